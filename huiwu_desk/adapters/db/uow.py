"""The unit of work: one connection, one transaction, repositories bound to it."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from . import live_files
from .conflict_repo import SqlConflictRepo
from .door_repo import SqlDoorRepo
from .engine import BEGIN_OPTION
from .listing import SqlListing
from .material_repo import SqlMaterialLedger
from .money_repo import SqlMoneyLedger
from .oplog import LogState, SqlOpLog, wall_ms
from .pin_tries import SqlPinTries, put_meta
from .print_queue import SqlPrintJobRepo
from .projector import Projector
from .repositories import (
    SqlAttendeeRepo,
    SqlBadgeRepo,
    SqlCatalogRepo,
    SqlCheckInRepo,
    SqlCounterRepo,
    SqlMaterialRepo,
    SqlPaymentRepo,
)
from .room_repo import SqlRoomRepo
from .shift_repo import SqlShiftRepo
from .storage_errors import storage_failure
from .trust import SqlTrustRepo


def translate_db_error(exc: BaseException, path: str = "") -> Exception | None:
    """Turn SQLite's failures into one sentence a person understands (full disk, read-only
    file, folder or medium, locked, damaged); None when storage is not to blame."""
    return storage_failure(exc, path)


def _foreign_keys(conn: Connection, setting: str) -> None:
    raw: Any = conn.connection.dbapi_connection  # not through SQLAlchemy: that would BEGIN
    raw.execute(f"PRAGMA foreign_keys={setting}")


class SqlUnitOfWork:
    """Used from one thread at a time (the window's database worker, or the CLI)."""

    def __init__(self, engine: Engine, clock: Callable[[], int] = wall_ms) -> None:
        self.engine = engine
        self.clock = clock
        self.projector = Projector()
        self.log_state = LogState()
        self.conn: Connection | None = None
        self.signer: Any = None  # bundles.signing.Signer of this desk's key (eventfile)
        # local state that must outlive a rolled-back act (a wrong PIN): key → value
        self.kept_meta: dict[str, str] = {}

    def _bind(self, conn: Connection) -> None:
        self.conn = conn
        self.log = SqlOpLog(conn, self.projector, self.clock, self.log_state)
        self.attendees = SqlAttendeeRepo(conn)
        self.checkins = SqlCheckInRepo(conn)
        self.payments = SqlPaymentRepo(conn)
        self.materials = SqlMaterialRepo(conn)
        self.material_ledger = SqlMaterialLedger(conn)
        self.rooms = SqlRoomRepo(conn)
        self.catalog = SqlCatalogRepo(conn)
        self.badges = SqlBadgeRepo(conn)
        self.counters = SqlCounterRepo(conn)
        self.conflicts = SqlConflictRepo(conn)
        self.listing = SqlListing(conn)
        self.print_jobs = SqlPrintJobRepo(conn)
        self.money = SqlMoneyLedger(conn)
        self.shifts = SqlShiftRepo(conn)
        self.trust = SqlTrustRepo(conn)
        self.doors = SqlDoorRepo(conn)
        self.pin_tries = SqlPinTries(conn, self.clock, self.kept_meta)

    @contextmanager
    def _transaction(self, mode: str, *, foreign_keys: bool = True) -> Iterator[None]:
        if self.conn is not None:  # nested: the outer unit of work decides
            yield
            return
        gate = live_files.gate(self.engine)
        try:
            with gate if gate is not None else nullcontext():
                yield from self._connected(mode, foreign_keys)
        except BaseException:
            self._write_kept()
            raise
        if mode == "DEFERRED":
            return  # a read acknowledges nothing: no check on the path of every search
        # Committed; before anyone is told so, check the WAL we wrote is still the file's.
        try:
            live_files.verify(self.engine)
        except (OperationalError, sqlite3.Error) as exc:
            raise translate_db_error(exc, str(self.engine.url.database)) or exc from exc

    def _connected(self, mode: str, foreign_keys: bool) -> Iterator[None]:
        try:
            conn = self.engine.connect().execution_options(**{BEGIN_OPTION: mode})
        except OperationalError as exc:
            raise translate_db_error(exc, str(self.engine.url.database)) or exc from exc
        if not foreign_keys:  # outside any transaction, where SQLite takes the setting
            _foreign_keys(conn, "OFF")
        try:
            with conn.begin():
                self._bind(conn)
                yield
                if self.signer is not None and mode == "IMMEDIATE":
                    self.log.seal(self.signer.sign)
            self.kept_meta.clear()  # committed with everything else
        except BaseException as exc:
            self.log_state.forget()  # the rolled-back ops never happened
            if isinstance(exc, OperationalError):
                mapped = translate_db_error(exc, str(self.engine.url.database))
                if mapped is not None:
                    raise mapped from exc
            raise
        finally:
            self.conn = None
            if not foreign_keys:  # the connection goes back to the pool as it came
                try:
                    _foreign_keys(conn, "ON")
                except sqlite3.Error:
                    conn.invalidate()
            conn.close()

    def _write_kept(self) -> None:
        """After a rollback: what must stay written anyway (``kept_meta``), alone. Best
        effort: if even that fails, the act's own error is what the person needs to read."""
        kept = dict(self.kept_meta)
        self.kept_meta.clear()
        if not kept:
            return
        try:
            with self.writing():
                assert self.conn is not None
                for key, value in kept.items():
                    put_meta(self.conn, key, value)
        except Exception:  # the refusal that brought us here is what is raised
            pass

    def writing(self) -> AbstractContextManager[None]:
        """BEGIN IMMEDIATE … COMMIT; any exception rolls everything back."""
        return self._transaction("IMMEDIATE")

    def merging(self) -> AbstractContextManager[None]:
        """``writing`` for a sync merge, without foreign key checks: a relay may bring a
        payment or a check-in of a person whose creation this desk has not received yet
        (it comes with the desk that made it). The row is a fact like any other; the
        person it names arrives later, the same tables as a replay then."""
        return self._transaction("IMMEDIATE", foreign_keys=False)

    def reading(self) -> AbstractContextManager[None]:
        return self._transaction("DEFERRED")

    def new_id(self) -> str:
        return str(uuid.uuid4())
