"""Ops in and out of the event file for sync: version vectors, export lines, the merge.

The merge accepts an op (parsed and hash-checked by op_lines.py) only as the next link of its
desk's hash chain; one that arrives after a gap waits in ``pending_ops``; the same id with
another hash is an integrity alarm. New ops that all sort after what is applied are applied
in order; late ones go on top of the tables when the projector says that equals a replay,
else every op is replayed (``Merger._project``), so the tables are the same function of the
same set of ops everywhere.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, delete, func, select, text
from sqlalchemy.dialects.sqlite import insert

from ...domain.ops import Op
from ...domain.sync_errors import IntegrityAlarm
from . import tables as t
from .bulk import insert_tuples
from .op_lines import OP_FIELDS, Known, op_line
from .projector import NeedsReplay, Projector, op_from_row, rebuild

_ORDER_KEY = attrgetter("hlc", "desk_id", "seq")  # Op.order_key, without a Python call


def version_vector(conn: Connection) -> dict[str, int]:
    rows = conn.execute(select(t.ops.c.desk_id, func.max(t.ops.c.seq)).group_by(t.ops.c.desk_id))
    return {desk: int(seq) for desk, seq in rows}


def iter_op_lines(conn: Connection, above: dict[str, int] | None = None) -> Iterator[bytes]:
    """Ops this desk holds above ``above`` (per origin desk), in (desk, seq) order."""
    above = above or {}
    for desk_id, top in version_vector(conn).items():
        start = above.get(desk_id, 0)
        if top <= start:
            continue
        rows = conn.execute(
            select(t.ops)
            .where(t.ops.c.desk_id == desk_id, t.ops.c.seq > start)
            .order_by(t.ops.c.seq)
            .execution_options(yield_per=2000)
        ).mappings()
        for row in rows:
            yield op_line(row)


def fingerprint(conn: Connection) -> str:
    """Equal on two desks exactly when they hold the same set of ops."""
    digest = hashlib.sha256()
    for (op_hash,) in conn.execute(select(t.ops.c.op_hash).order_by(t.ops.c.desk_id, t.ops.c.seq)):
        digest.update(op_hash.encode())
    return digest.hexdigest()


@dataclass
class MergeReport:
    new: dict[str, int] = field(default_factory=dict)  # per origin desk id
    known: int = 0
    pending: int = 0
    rebuilt: bool = False

    @property
    def new_total(self) -> int:
        return sum(self.new.values())


class Merger:
    """Merges ops into one open write transaction, a block at a time.

    Each block's new ops are written at once and, as long as the strict projector takes
    them, applied on top in a savepoint of their own; then they are let go, so an import of
    any size holds one block in memory (and the ops waiting for a gap). ``finish()`` applies
    what could not go on top, reading it back from the ops table.
    """

    def __init__(self, conn: Connection, projector: Projector) -> None:
        self.conn = conn
        self.projector = projector
        self.tips: dict[str, tuple[int, str]] = {}
        self.first_tips: dict[str, int] = {}  # each desk's tip before this merge
        # per desk: op hashes of the ops table, up to a seq (read when an op comes twice)
        self.known_hashes: dict[str, tuple[int, dict[int, str]]] = {}
        self.pending: dict[str, dict[int, Op]] = {}
        self.block: list[Op] = []  # accepted, not written yet
        self.block_hashes: dict[tuple[str, int], str] = {}  # of block[:block_hashed]
        self.block_hashed = 0
        self.written_tips: dict[str, int] = {}  # each desk's tip in the ops table
        # None once the strict projector refused an op (finish applies the rest from the
        # ops table, from rowid ``unapplied_from`` on), or from the start when a replay is due
        self.on_top: Projector | None = None if _dangling(conn) else Projector(strict=True)
        self.unapplied_from: int | None = None
        self.report = MergeReport()
        newest = conn.execute(
            select(t.ops.c.hlc, t.ops.c.desk_id, t.ops.c.seq)
            .order_by(t.ops.c.hlc.desc(), t.ops.c.desk_id.desc(), t.ops.c.seq.desc())
            .limit(1)
        ).first()
        self.max_applied = (newest.hlc, newest.desk_id, newest.seq) if newest else None
        for row in conn.execute(select(t.pending_ops)).mappings():
            op = op_from_row(row)
            self.pending.setdefault(op.desk_id, {})[op.seq] = op

    def _tip(self, desk_id: str) -> tuple[int, str]:
        tip = self.tips.get(desk_id)
        if tip is None:
            row = self.conn.execute(
                select(t.ops.c.seq, t.ops.c.op_hash)
                .where(t.ops.c.desk_id == desk_id)
                .order_by(t.ops.c.seq.desc())
                .limit(1)
            ).first()
            tip = self.tips[desk_id] = (row.seq, row.op_hash) if row else (0, "0" * 64)
            self.first_tips[desk_id] = tip[0]
        return tip

    def _known_hash(self, desk_id: str, seq: int) -> str | None:
        """The hash of a known op: in the ops table, or in the block not written yet (the same
        ops twice in one import: a bundle given twice, two desks' files relaying a third's)."""
        if seq > self.written_tips.get(desk_id, self.first_tips[desk_id]):
            new = self.block[self.block_hashed :]  # accepted since last asked
            self.block_hashes.update(((op.desk_id, op.seq), op.op_hash) for op in new)
            self.block_hashed = len(self.block)
            return self.block_hashes.get((desk_id, seq))
        upto, hashes = self.known_hashes.get(desk_id, (0, {}))
        if seq > upto:  # written since it was last read (or never read): read what is new
            rows = self.conn.execute(
                select(t.ops.c.seq, t.ops.c.op_hash).where(
                    t.ops.c.desk_id == desk_id, t.ops.c.seq > upto
                )
            )
            hashes.update((int(s), h) for s, h in rows)
            self.known_hashes[desk_id] = (max(hashes, default=0), hashes)
        return hashes.get(seq)

    def _compare(self, desk_id: str, seq: int, op_hash: str, origin: str) -> None:
        """An op this desk knows: the same id with another hash is an integrity alarm."""
        if self._known_hash(desk_id, seq) != op_hash:
            raise IntegrityAlarm(path=origin, op=f"{desk_id[:8]}#{seq}")
        self.report.known += 1

    def add(self, op: Op, origin: str) -> None:
        seq, tip_hash = self._tip(op.desk_id)
        if op.seq <= seq:
            self._compare(op.desk_id, op.seq, op.op_hash, origin)
            return
        if op.seq > seq + 1:
            waiting = self.pending.setdefault(op.desk_id, {})
            if op.seq in waiting and waiting[op.seq].op_hash != op.op_hash:
                raise IntegrityAlarm(path=origin, op=f"{op.desk_id[:8]}#{op.seq}")
            waiting[op.seq] = op
            return
        if op.prev_hash != tip_hash:  # a second history of the same desk: never merge it
            raise IntegrityAlarm(path=origin, op=f"{op.desk_id[:8]}#{op.seq}")
        self._accept(op)
        waiting = self.pending.get(op.desk_id, {})
        while (nxt := waiting.get(self.tips[op.desk_id][0] + 1)) is not None:
            if nxt.prev_hash != self.tips[op.desk_id][1]:
                raise IntegrityAlarm(path=origin, op=f"{nxt.desk_id[:8]}#{nxt.seq}")
            del waiting[nxt.seq]
            self._accept(nxt)

    def add_all(self, ops: list[Op], origin: str, known: Iterable[Known] = ()) -> None:
        """A block of ops in bundle order. The new ones are written and applied at once, so
        that this overlaps with checking the next block (op_reader.py). ``known``: the
        (desk, seq, hash) of ops the event held before this merge, only compared."""
        for desk_id, seq, op_hash in known:
            self._tip(desk_id)
            self._compare(desk_id, seq, op_hash, origin)
        tips, pending, accept = self.tips, self.pending, self.block.append
        for op in ops:
            tip = tips.get(op.desk_id)
            # the usual op, the next link of its desk's chain with no later one waiting, is
            # accepted without add()'s lookups
            if (
                tip is not None
                and op.seq == tip[0] + 1
                and op.prev_hash == tip[1]
                and not pending.get(op.desk_id)
            ):
                tips[op.desk_id] = (op.seq, op.op_hash)  # _accept, inline
                accept(op)
            else:
                self.add(op, origin)
        self._flush()

    def _accept(self, op: Op) -> None:
        self.tips[op.desk_id] = (op.seq, op.op_hash)
        self.block.append(op)

    def _flush(self) -> None:
        """Write the block; apply it on top in a savepoint while the strict projector takes
        it: what a replay gives (the usual sync: payments, check-ins, edits). The first op
        it refuses undoes the block's changes to the tables, not its ops; ``finish`` then
        applies that block and the rest."""
        block = self.block
        if not block:
            return
        self.block, self.block_hashes, self.block_hashed = [], {}, 0
        insert_tuples(self.conn, t.ops, OP_FIELDS, [op_values(op) for op in block], ignore=False)
        self.written_tips = {d: seq for d, (seq, _) in self.tips.items()}
        if self.on_top is None:
            if self.unapplied_from is None:
                self.unapplied_from = self._rowid(block[0])
            return
        savepoint = self.conn.begin_nested()
        try:
            self.on_top.apply_all(self.conn, block)
        except NeedsReplay:
            savepoint.rollback()
            self.on_top = None
            self.unapplied_from = self._rowid(block[0])
            return
        savepoint.commit()
        newest = max(map(_ORDER_KEY, block))
        if self.max_applied is None or newest > self.max_applied:
            self.max_applied = newest

    def _rowid(self, op: Op) -> int:
        ops = t.ops.c
        where = (ops.desk_id == op.desk_id) & (ops.seq == op.seq)
        return int(
            self.conn.execute(select(text("rowid")).select_from(t.ops).where(where)).scalar_one()
        )

    def finish(self) -> MergeReport:
        conn = self.conn
        self._flush()
        conn.execute(delete(t.pending_ops))
        waiting = [op for ops in self.pending.values() for op in ops.values()]
        insert_tuples(
            conn, t.pending_ops, OP_FIELDS, [op_values(op) for op in waiting], ignore=False
        )
        self.report.pending = len(waiting)
        # every accepted op is its desk's next link: the count is how far each tip moved
        self.report.new = {
            d: seq - self.first_tips[d]
            for d, (seq, _) in self.tips.items()
            if seq > self.first_tips[d]
        }
        if self.unapplied_from is not None:
            self._project()
        return self.report

    def _project(self) -> None:
        """Apply the ops not applied on top: after the newest applied ones in order, else on
        top, else replay all.

        Ops older than ones already applied (desks that worked at the same time: the usual
        case) go on top of the tables when the projector says that gives what a replay would
        (projector.py); a full replay (seconds on a big event) only when it does not.
        """
        conn = self.conn
        if _dangling(conn):  # an earlier op waits for its row: replay with what came now
            self._replay()
            return
        c = t.ops.c
        first = conn.execute(
            select(c.hlc, c.desk_id, c.seq)
            .where(self._unapplied())
            .order_by(c.hlc, c.desk_id, c.seq)
            .limit(1)
        ).one()
        if self.max_applied is None or tuple(first) > self.max_applied:
            before = self.projector.dangling
            for ops in self._rest():
                self.projector.apply_all(conn, ops)
            _set_dangling(conn, self.projector.dangling - before)
            return
        on_top = Projector(strict=True)
        try:
            with conn.begin_nested():
                for ops in self._rest():
                    on_top.apply_all(conn, ops)
        except NeedsReplay:
            self._replay()

    def _unapplied(self) -> Any:
        return text("ops.rowid >= :first").bindparams(first=self.unapplied_from)

    def _rest(self) -> Iterator[list[Op]]:
        """The ops from ``unapplied_from`` on, in total order, a block at a time."""
        query = (
            select(t.ops)
            .where(self._unapplied())
            .order_by(t.ops.c.hlc, t.ops.c.desk_id, t.ops.c.seq)
            .execution_options(yield_per=2000)
        )
        for part in self.conn.execute(query).mappings().partitions():
            yield [op_from_row(row) for row in part]

    def _replay(self) -> None:
        projector = Projector()
        rebuild(self.conn, projector)
        _set_dangling(self.conn, projector.dangling)
        self.report.rebuilt = True


DANGLING_KEY = "projection.dangling"


def _dangling(conn: Connection) -> bool:
    return (
        conn.execute(select(t.meta.c.value).where(t.meta.c.key == DANGLING_KEY)).first() is not None
    )


def _set_dangling(conn: Connection, count: int) -> None:
    """Remember ops that changed nothing because their row had not arrived: the next merge
    replays everything, so they take effect once it has."""
    if count:
        stmt = insert(t.meta).values(key=DANGLING_KEY, value=str(count))
        conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": str(count)}))
    else:
        conn.execute(delete(t.meta).where(t.meta.c.key == DANGLING_KEY))


def op_values(op: Op) -> tuple[Any, ...]:
    """An op's row as a tuple in ``OP_FIELDS`` order."""
    return (
        op.desk_id,
        op.seq,
        op.hlc,
        op.kind,
        op.entity,
        op.operator,
        op.supervisor,
        op.encoded_payload(),
        op.prev_hash,
        op.op_hash,
    )


def merge_ops(
    conn: Connection, projector: Projector, ops: Iterable[Op], origin: str
) -> MergeReport:
    merger = Merger(conn, projector)
    for op in ops:
        merger.add(op, origin)
    return merger.finish()
