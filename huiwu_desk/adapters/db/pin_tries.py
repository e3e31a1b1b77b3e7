"""Wrong PINs per person at this desk, in ``meta`` (local state: never an op, never synced).

A wrong PIN refuses the act, and the act's transaction rolls back; the count must not. So a
``keep`` write is also handed to the unit of work, which writes it again, alone, after the
rollback (``SqlUnitOfWork``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert

from ...domain.pins import PinTries
from . import tables as t

PREFIX = "pin.tries."


class SqlPinTries:
    """The ``PinTryStore`` port."""

    def __init__(self, conn: Connection, clock: Callable[[], int], kept: dict[str, str]) -> None:
        self.conn = conn
        self.clock = clock
        self.kept = kept  # key → value, written again if this transaction rolls back

    def get(self, name: str) -> PinTries:
        value = self.conn.execute(
            select(t.meta.c.value).where(t.meta.c.key == PREFIX + name)
        ).scalar()
        return PinTries.decode(value)

    def put(self, name: str, tries: PinTries, *, keep: bool = False) -> None:
        put_meta(self.conn, PREFIX + name, tries.encode())
        if keep:
            self.kept[PREFIX + name] = tries.encode()

    def now_ms(self) -> int:
        return self.clock()


def put_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        insert(t.meta)
        .values(key=key, value=value)
        .on_conflict_do_update(index_elements=["key"], set_={"value": value})
    )
