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
from ...domain.sync_errors import (
    DeskForked,
    ForgedOps,
    IntegrityAlarm,
    OpRefused,
    OwnOpsForged,
    UnsignedDesk,
)
from ..bundles.signing import verify
from . import tables as t
from .bulk import insert_tuples
from .op_lines import OP_FIELDS, Known, op_line, ops_in_block
from .projector import NeedsReplay, Projector, op_from_row, rebuild
from .trust import read_trust, set_aside_revoked, unknown_approvers

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
    skipped: int = 0  # ops of revoked desks past their cut, not taken
    dropped: int = 0  # ops that waited for a gap and proved not to belong there
    unsigned: set[str] = field(default_factory=set)  # desks of an older version (no key)
    admitted: dict[str, str] = field(default_factory=dict)  # new desk id → who admitted it

    @property
    def new_total(self) -> int:
        return sum(self.new.values())


_TRUST_KINDS = frozenset({"desk.add", "desk.key", "desk.revoke"})


class Merger:
    """Merges ops into one open write transaction, a block at a time.

    Each block's new ops are written at once and, as long as the strict projector takes
    them, applied on top in a savepoint of their own; then they are let go, so an import of
    any size holds one block in memory (and the ops waiting for a gap). ``finish()`` applies
    what could not go on top, reading it back from the ops table.

    Trust (shared/design.md, "Trust between desks"): an op enters the chain only as the next
    link of its desk's chain and covered by a verified signature of that desk's admitted
    key (``cover``, from op_lines; the signature of a later op of the same chain covers the
    ones before it). ``finish`` refuses the import when an op is left uncovered, except the
    unsigned ops of a desk of an older version this desk already knew (``legacy``; at a
    join, every desk of the lead's file). Ops in this desk's own name that it does not hold,
    and ops of a revoked desk past its cut, never enter. Two validly signed ops at one place
    of a desk's chain are a fork (``DeskForked``, which names the desk); a differing op that
    is not validly signed is a forgery (``ForgedOps``): either way the import is refused,
    and nothing unverified is ever written, so a forged op cannot block later genuine ones.
    """

    def __init__(
        self,
        conn: Connection,
        projector: Projector,
        *,
        own_desk: str | None = None,
        join: bool = False,
    ) -> None:
        self.conn = conn
        self.projector = projector
        self.own_desk = own_desk
        self.join = join
        trust = read_trust(conn)
        self.keys, self.cuts = trust.keys, trust.cuts
        self.new_keys: dict[str, str] = {}
        self.uncovered: dict[str, int] = {}  # desk → first seq in the chain not yet covered
        self.revoked = False  # a desk.revoke came: its desk's later ops are set aside
        self.newest: dict[str, str] = {}  # desk → newest HLC among its ops taken now
        self.origin = ""
        self.first_rowid: int | None = None
        self.tips: dict[str, tuple[int, str]] = {}
        self.first_tips: dict[str, int] = {}  # each desk's tip before this merge
        # per desk: op hashes of the ops table, up to a seq (read when an op comes twice)
        self.known_hashes: dict[str, tuple[int, dict[int, str]]] = {}
        # ops waiting for a gap: (op, the key covering it, "?" when read from the table)
        self.pending: dict[str, dict[int, tuple[Op, str]]] = {}
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
            self.pending.setdefault(op.desk_id, {})[op.seq] = (op, "?")

    def key_of(self, desk_id: str) -> str | None:
        return self.keys.get(desk_id) or self.new_keys.get(desk_id)

    def code(self, desk_id: str) -> str:
        code = self.conn.execute(select(t.desks.c.code).where(t.desks.c.id == desk_id)).scalar()
        return str(code or desk_id[:8])

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

    def _compare(
        self, desk_id: str, seq: int, op_hash: str, origin: str, cover: Any = None
    ) -> None:
        """An op this desk knows: the same id with another hash is a fork or a forgery."""
        if self._known_hash(desk_id, seq) != op_hash:
            self._differs(desk_id, seq, origin, cover)
        self.report.known += 1

    def _differs(self, desk_id: str, seq: int, origin: str, cover: Any) -> None:
        """``cover``: the key covering the differing op, or a call that reads its block again
        (an op only compared by its hash: the rare path)."""
        if callable(cover):
            cover = _cover_in(cover(), origin, desk_id, seq, self.key_of(desk_id))
        key = self.key_of(desk_id)
        if key is None:  # a desk of an older version: nothing tells which history is true
            raise IntegrityAlarm(path=origin, op=f"{self.code(desk_id)}#{seq}")
        if cover == key:
            raise DeskForked(path=origin, desk=self.code(desk_id), seq=seq, desk_id=desk_id)
        raise ForgedOps(path=origin, desk=self.code(desk_id))

    def add(self, op: Op, origin: str, cover: str = "") -> None:
        desk = op.desk_id
        seq, tip_hash = self._tip(desk)
        if op.seq <= seq:
            self._compare(desk, op.seq, op.op_hash, origin, cover)
            return
        if desk == self.own_desk:
            raise OwnOpsForged(path=origin, desk=self.code(desk))
        cut = self.cuts.get(desk)
        if cut is not None and op.seq > cut:
            self.report.skipped += 1
            return
        if op.seq > seq + 1:
            waiting = self.pending.setdefault(desk, {})
            if op.seq in waiting and waiting[op.seq][0].op_hash != op.op_hash:
                waiting.clear()  # unapplied, unproven: the chain will say which is true
            waiting[op.seq] = (op, cover)
            return
        if op.prev_hash != tip_hash:  # a second history of the same desk: never merge it
            self._differs(desk, op.seq, origin, cover)
        self._accept(op, cover, origin)
        self._drain(desk, origin)

    def _drain(self, desk: str, origin: str) -> None:
        """Ops that waited for the gap just filled join the chain, each covered by a valid
        signature (those read from the table are verified again here); any that is not, or
        does not link, is dropped: it never belonged to this desk's chain."""
        waiting = self.pending.get(desk)
        if not waiting:
            return
        run: list[tuple[Op, str]] = []
        seq, prev = self.tips[desk]
        while (entry := waiting.get(seq + 1 + len(run))) is not None:
            if entry[0].prev_hash != (run[-1][0].op_hash if run else prev):
                break
            run.append(entry)
        if not run:
            return
        run = _recovered(run, self.key_of(desk))
        for op, cover in run:
            if cover == "?" or (cover and cover != self.key_of(desk)):
                break
            del waiting[op.seq]
            self._accept(op, cover, origin)
        if waiting and min(waiting) <= self.tips[desk][0] + 1:
            self.report.dropped += len(waiting)
            waiting.clear()

    def add_all(
        self,
        ops: list[Op],
        origin: str,
        known: Iterable[Known] = (),
        cover: list[str] | None = None,
        reread: Any = None,
    ) -> None:
        """A block of ops in bundle order. The new ones are written and applied at once, so
        that this overlaps with checking the next block (op_reader.py). ``known``: the
        (desk, seq, hash) of ops the event held before this merge, only compared; ``cover``:
        per op, the key whose verified signature covers it (op_lines.checked_block)."""
        for desk_id, seq, op_hash in known:
            self._tip(desk_id)
            self._compare(desk_id, seq, op_hash, origin, reread)
        self.origin = origin
        cover = cover or [""] * len(ops)
        tips, pending, accept = self.tips, self.pending, self.block.append
        keys, uncovered, cuts, own = self.keys, self.uncovered, self.cuts, self.own_desk
        new_keys, newest = self.new_keys, self.newest
        for op, key in zip(ops, cover, strict=True):
            desk = op.desk_id
            tip = tips.get(desk)
            # the usual op, the next link of its desk's chain with no later one waiting,
            # covered by the desk's known key (or by none yet: a later op must), is
            # accepted without add()'s lookups
            if (
                tip is not None
                and op.seq == tip[0] + 1
                and op.prev_hash == tip[1]
                and not pending.get(desk)
                and (not key or key == keys.get(desk) or key == new_keys.get(desk))
                and op.kind not in _TRUST_KINDS
                and desk != own
                and desk not in cuts
            ):
                tips[desk] = (op.seq, op.op_hash)  # _accept, inline
                if key:
                    uncovered.pop(desk, None)
                elif desk not in uncovered:
                    uncovered[desk] = op.seq
                if op.hlc > newest.get(desk, ""):
                    newest[desk] = op.hlc
                accept(op)
            else:
                self.add(op, origin, key)
        self._flush()

    def _accept(self, op: Op, cover: str, origin: str) -> None:
        desk = op.desk_id
        if op.kind == "desk.key" or (op.kind == "desk.add" and "public_key" in op.payload):
            known = self.key_of(desk)
            if known is not None and known != op.payload["public_key"]:
                raise ForgedOps(path=origin, desk=self.code(desk))  # a second key
            if known is None:
                self.new_keys[desk] = op.payload["public_key"]
                self.report.admitted[desk] = op.supervisor or str(op.payload.get("via", ""))
        elif op.kind == "desk.revoke":
            upto = int(op.payload["upto"])
            self.cuts[op.entity] = min(upto, self.cuts.get(op.entity, upto))
            self.revoked = True
        key = self.key_of(desk)
        if cover and key is not None and cover != key:
            raise ForgedOps(path=origin, desk=self.code(desk))
        if cover and key is not None:
            self.uncovered.pop(desk, None)
        else:
            self.uncovered.setdefault(desk, op.seq)
        self.tips[desk] = (op.seq, op.op_hash)
        if op.hlc > self.newest.get(desk, ""):
            self.newest[desk] = op.hlc
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
        if self.first_rowid is None:
            self.first_rowid = self._rowid(block[0])
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

    def _trusted(self, origin: str) -> None:
        """Every op taken is covered by its desk's signature (or is an older version's op of
        a desk this desk already knew: legacy); every op that waits is covered too; every
        approver named is a supervisor of the event. Else the import is refused."""
        for desk in self.uncovered:
            if self.key_of(desk) is not None:
                raise ForgedOps(path=origin, desk=self.code(desk))
            if not (self.join or self.first_tips.get(desk, 0) > 0):
                raise UnsignedDesk(path=origin, desk=self.code(desk))
            self.report.unsigned.add(desk)
        for desk, waiting in self.pending.items():
            key = self.key_of(desk)
            for _op, cover in waiting.values():
                if cover == "?" or (cover and (key is None or cover == key)):
                    continue
                if cover or key is not None:
                    raise ForgedOps(path=origin, desk=self.code(desk))
                if not (self.join or self.first_tips.get(desk, 0) > 0):
                    raise UnsignedDesk(path=origin, desk=self.code(desk))
        if self.first_rowid is not None:
            for desk, seq, name in unknown_approvers(self.conn, self.first_rowid):
                raise OpRefused(
                    path=origin,
                    desk=self.code(desk),
                    seq=seq,
                    reason=f"“{name}”不是本会议的主管",
                    reason_en=f"“{name}” is no supervisor of this event",
                )

    def finish(self) -> MergeReport:
        conn = self.conn
        self._flush()
        self._trusted(self.origin)
        conn.execute(delete(t.pending_ops))
        waiting = [op for ops in self.pending.values() for op, _cover in ops.values()]
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
        if self.revoked and set_aside_revoked(conn):
            self._replay()
        elif self.unapplied_from is not None:
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
        op.sig or None,
    )


def _cover_in(block: bytes, origin: str, desk_id: str, seq: int, key: str | None) -> str:
    """The key covering op ``seq`` of ``desk_id`` in a block read again (the rare path)."""
    ops, _known, cover = ops_in_block(block, origin, None, {desk_id: key} if key else {})
    return next(
        (c for op, c in zip(ops, cover, strict=True) if (op.desk_id, op.seq) == (desk_id, seq)),
        "",
    )


def _recovered(run: list[tuple[Op, str]], key: str | None) -> list[tuple[Op, str]]:
    """A run of waiting ops about to join the chain: those read from the table ("?") are
    covered again by the last signed one among them, verified with the desk's key (a desk
    without one, of an older version: uncovered, for ``_trusted`` to judge)."""
    if key is None:
        return [(op, "" if cover == "?" else cover) for op, cover in run]
    if all(cover != "?" for _op, cover in run):
        return run
    last = max(
        (i for i, (op, _c) in enumerate(run) if op.sig and verify(key, op.op_hash, op.sig)),
        default=-1,
    )
    return [(op, key if i <= last else cover) for i, (op, cover) in enumerate(run)]
