"""Many rows into one table with one DBAPI executemany.

SQLAlchemy's Core executemany builds parameters per row in Python; for the tens of
thousands of rows of an import, a sync merge or a rebuild that costs more than SQLite's
own work, so these paths hand the rows straight to the driver, as positional tuples (the
driver binds a tuple faster than it looks up a dict's names).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection


@lru_cache(maxsize=64)
def _sql(table: str, columns: tuple[str, ...], ignore: bool) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    verb = "INSERT OR IGNORE" if ignore else "INSERT"
    return f'{verb} INTO "{table}" ({names}) VALUES ({marks})'


def insert_many(conn: Connection, table: Any, rows: list[dict[str, Any]], *, ignore: bool) -> None:
    """``rows`` must all have the same keys (the first row's are used)."""
    if not rows:
        return
    columns = tuple(rows[0])
    if len(columns) == 1:
        values: list[Sequence[Any]] = [(row[columns[0]],) for row in rows]
    else:
        values = list(map(itemgetter(*columns), rows))
    insert_tuples(conn, table, columns, values, ignore=ignore)


def insert_tuples(
    conn: Connection,
    table: Any,
    columns: tuple[str, ...],
    rows: Sequence[Sequence[Any]],
    *,
    ignore: bool,
) -> None:
    """Rows as tuples in the order of ``columns``."""
    if rows:
        conn.exec_driver_sql(_sql(table.name, columns, ignore), rows)  # type: ignore[arg-type]


def driver_rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """All rows of a query as the driver's plain tuples, in the connection's transaction."""
    cursor = conn.connection.cursor()
    try:
        return list(cursor.execute(sql, params))
    finally:
        cursor.close()


@contextmanager
def roomy_cache(conn: Connection, kib: int = 32 * 1024) -> Iterator[None]:
    """A bigger page cache while a merge or rebuild writes tens of thousands of rows.

    Ops, payments and their indexes are keyed by random UUIDs: with SQLite's default 2 MB
    the inserts keep evicting and re-reading the same index pages.
    """
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic collection while a merge or rebuild makes tens of thousands of objects.

    Nothing they make is cyclic garbage, yet every few hundred allocations the collector
    walks them all again: about a tenth of a 50,000-op merge. It runs again afterwards if
    it was on (the window switches it off for its own timer, ui/gc_guard.py).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
