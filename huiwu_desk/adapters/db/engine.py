"""SQLite engine with the durability settings of shared/sync.md.

WAL + synchronous=FULL (a payment acknowledged on screen survives power loss), foreign keys
on, and explicit BEGIN so that write transactions can say BEGIN IMMEDIATE: the pysqlite
driver otherwise delays BEGIN until the first write, after the read-check step.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import NullPool

BEGIN_OPTION = "huiwu_begin"
WAL_AUTOCHECKPOINT_PAGES = 10_000  # about 40 MB of WAL


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """How every reader of an event file opens it (``sqlite3.connect(..., uri=True)``):
    ``mode=ro`` can never delete a WAL; ``immutable`` for read-only media."""
    return f"{Path(path).resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"


def make_engine(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """``read_only`` opens the file with ``mode=ro``: such a connection can never checkpoint,
    truncate or delete the WAL of a file another process writes, even when that process's
    locks were lost. ``immutable`` is for read-only media, where no ``-shm`` can be made."""
    target, uri = str(path), False
    if read_only:
        target, uri = read_only_uri(path, immutable=immutable), True

    def connect() -> sqlite3.Connection:
        # Our own connect, not a URL SQLAlchemy parses: a folder named "会议#1?" stays a folder.
        return sqlite3.connect(target, uri=uri, check_same_thread=False, timeout=10)

    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        creator=connect,
        poolclass=NullPool if read_only else None,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we send BEGIN ourselves
        cur = dbapi_conn.cursor()
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            # Checkpoints copy the WAL back into the file with more fsyncs: keep them out of
            # the scan path (the window checkpoints when the desk is idle; closing does too).
            cur.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        # A sync merge applies ops in a savepoint: its journal of changed pages, and sorts,
        # stay in memory rather than in a temporary file written beside every insert.
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine
