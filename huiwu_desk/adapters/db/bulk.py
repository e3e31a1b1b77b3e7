"""Many rows into one table with one DBAPI executemany.

SQLAlchemy's Core executemany builds parameters per row in Python; for the tens of
thousands of rows of an import, a sync merge or a rebuild that costs more than SQLite's
own work, so these paths hand the rows straight to the driver.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Connection


@lru_cache(maxsize=64)
def _sql(table: str, columns: tuple[str, ...], ignore: bool) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join(f":{c}" for c in columns)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    return f'{verb} INTO "{table}" ({names}) VALUES ({marks})'


def insert_many(conn: Connection, table: Any, rows: list[dict[str, Any]], *, ignore: bool) -> None:
    """``rows`` must all have the same keys (the first row's are used)."""
    if not rows:
        return
    conn.exec_driver_sql(_sql(table.name, tuple(rows[0]), ignore), rows)  # type: ignore[arg-type]
