"""Appending ops: seq, HLC and hash chain allocated in the writing transaction."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, func, select

from ...domain.hlc import Hlc, horizon
from ...domain.model import DeskContext
from ...domain.ops import GENESIS_HASH, Op, canonical_json
from . import tables as t
from .bulk import insert_many
from .projector import Projector

_INSERT_OP = t.ops.insert()


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class LogState:
    """Chain tips and the newest HLC, remembered between transactions of one writer.

    Safe because one process holds the event file's write lock; the unit of work forgets it
    after a rollback, and anything that inserts ops by another path (sync import) must call
    ``forget()``.
    """

    def __init__(self) -> None:
        self.tips: dict[str, tuple[int, str]] = {}
        self.hlc: Hlc | None = None

    def forget(self) -> None:
        self.tips.clear()
        self.hlc = None


class SqlOpLog:
    """The op log of one open transaction. Applies each op to the projection as it goes."""

    def __init__(
        self,
        conn: Connection,
        projector: Projector,
        clock: Callable[[], int] = wall_ms,
        state: LogState | None = None,
    ) -> None:
        self.conn = conn
        self.projector = projector
        self.clock = clock
        self.state = state or LogState()
        self._tip = self.state.tips
        self._buffer: list[Op] | None = None
        self.last_own: Op | None = None  # the op this transaction wrote last: it is signed

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Buffer appends and write them with one executemany per table (imports, demo).

        Inside a batch the projection lags the log until the batch ends: callers must not
        read back what they appended in it.
        """
        if self._buffer is not None:
            yield
            return
        self._buffer = []
        try:
            yield
            self._flush()
        finally:
            self._buffer = None

    def _flush(self) -> None:
        ops, self._buffer = self._buffer or [], []
        if not ops:
            return
        insert_many(self.conn, t.ops, [op_row(op) for op in ops], ignore=False)
        self.projector.apply_all(self.conn, ops)

    def _chain_tip(self, desk_id: str) -> tuple[int, str]:
        tip = self._tip.get(desk_id)
        if tip is None:
            row = self.conn.execute(
                select(t.ops.c.seq, t.ops.c.op_hash)
                .where(t.ops.c.desk_id == desk_id)
                .order_by(t.ops.c.seq.desc())
                .limit(1)
            ).first()
            tip = (row.seq, row.op_hash) if row else (0, GENESIS_HASH)
        return tip

    def _next_hlc(self, desk_id: str) -> Hlc:
        """After this desk's own newest stamp (its clock never runs backwards) and every
        other desk's, except what lies more than ``MAX_AHEAD_MS`` past this desk's wall
        clock: another desk's wrong clock orders its own ops, it does not drag this one
        (domain/hlc.py)."""
        now = self.clock()
        if self.state.hlc is None:
            own = self.conn.execute(
                select(t.ops.c.hlc)
                .where(t.ops.c.desk_id == desk_id)
                .order_by(t.ops.c.seq.desc())
                .limit(1)
            ).scalar()
            others = self.conn.execute(
                select(func.max(t.ops.c.hlc)).where(t.ops.c.hlc <= horizon(now))
            ).scalar()
            stamps = [Hlc.decode(h) for h in (own, others) if h]
            self.state.hlc = max(stamps, default=Hlc(0, 0))
        self.state.hlc = self.state.hlc.tick(now)
        return self.state.hlc

    def append(
        self,
        ctx: DeskContext,
        kind: str,
        entity: str,
        payload: dict[str, Any],
        *,
        supervisor: str | None = None,
    ) -> Op:
        seq, prev_hash = self._chain_tip(ctx.desk_id)
        op = Op(
            desk_id=ctx.desk_id,
            seq=seq + 1,
            hlc=self._next_hlc(ctx.desk_id).encode(),
            kind=kind,
            entity=entity,
            operator=ctx.operator,
            payload=payload,
            payload_json=canonical_json(payload),
            supervisor=supervisor,
            prev_hash=prev_hash,
        )
        op = replace(op, op_hash=op.compute_hash())
        self._tip[ctx.desk_id] = (op.seq, op.op_hash)
        self.last_own = op
        if self._buffer is not None:
            self._buffer.append(op)
            if len(self._buffer) >= 5000:
                self._flush()
            return op
        self.conn.execute(_INSERT_OP, op_row(op))
        self.projector.apply(self.conn, op)
        return op

    def seal(self, sign: Callable[[str], str]) -> None:
        """Sign the last op this transaction wrote, just before it commits: its hash binds
        every earlier op of this desk, so one signature per transaction covers them all."""
        self._flush()
        op = self.last_own
        if op is None:
            return
        self.conn.execute(
            t.ops.update()
            .where(t.ops.c.desk_id == op.desk_id, t.ops.c.seq == op.seq)
            .values(sig=sign(op.op_hash))
        )
        self.last_own = None

    def next_counter(self, name: str) -> int:
        """A per-desk counter (receipts, codes) kept in meta, advanced in this transaction."""
        row = self.conn.exec_driver_sql(
            "INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value",
            (f"counter.{name}",),
        ).first()
        assert row is not None
        return int(row[0])


def op_row(op: Op) -> dict[str, Any]:
    return {
        "desk_id": op.desk_id,
        "seq": op.seq,
        "hlc": op.hlc,
        "kind": op.kind,
        "entity": op.entity,
        "operator": op.operator,
        "supervisor": op.supervisor,
        "payload": op.encoded_payload(),
        "prev_hash": op.prev_hash,
        "op_hash": op.op_hash,
        "sig": op.sig or None,
    }
