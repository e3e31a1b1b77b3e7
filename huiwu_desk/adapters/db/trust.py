"""Trust between desks in the event file: desk keys, revocations, supervisors, set-aside ops.

``desk_trust`` is a projection of ``desk.key`` (a desk's public key, in its own chain) and
``desk.revoke`` (a supervisor's: that desk's ops after ``upto`` no longer stand; of several
revocations of one desk the smallest ``upto`` holds, so every desk agrees whatever order
they arrive in). Ops of a revoked desk past its cut are refused at import and, when this
desk already held them, moved to ``set_aside_ops`` (``set_aside_revoked``) and the tables
rebuilt without them. Fork alarms (two validly signed histories of one desk) are this
desk's own knowledge: kept in ``meta`` (``alarm.fork.<desk id>``) until that desk is revoked
before the fork.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, text

from ...domain.model import Role
from ...domain.ops import Op
from . import tables as t
from .projector import HANDLERS, Projector, _order_key, handles

_add_desk = HANDLERS["desk.add"]  # projector.py's: the desks row

FORK_PREFIX = "alarm.fork."


@dataclass
class DeskTrust:
    """What the event holds about each desk's key, read at the start of a merge."""

    keys: dict[str, str] = field(default_factory=dict)  # desk id → admitted public key
    cuts: dict[str, int] = field(default_factory=dict)  # desk id → last seq that stands


def read_trust(conn: Connection) -> DeskTrust:
    trust = DeskTrust()
    for row in conn.execute(select(t.desk_trust)):
        if row.public_key:
            trust.keys[row.desk_id] = row.public_key
        if row.revoked_upto is not None:
            trust.cuts[row.desk_id] = int(row.revoked_upto)
    return trust


def supervisors(conn: Connection) -> set[str]:
    """Every name ever added as a supervisor (a supervisor stays one: the rule that a named
    approver must be a supervisor then only grows true with more ops, whatever their order)."""
    names = set()
    for (payload,) in conn.execute(select(t.ops.c.payload).where(t.ops.c.kind == "operator.add")):
        data = json.loads(payload)
        if data.get("role") == Role.SUPERVISOR:
            names.add(str(data.get("name", "")).strip())
    return names


def unknown_approvers(conn: Connection, from_rowid: int) -> list[tuple[str, int, str]]:
    """(desk id, seq, name) of ops from ``from_rowid`` on that name an approver who is no
    supervisor of the event."""
    known = supervisors(conn)
    o = t.ops.c
    rows = conn.execute(
        select(o.desk_id, o.seq, o.supervisor).where(
            text("ops.rowid >= :first").bindparams(first=from_rowid),
            o.supervisor.is_not(None),
            o.supervisor != "",
        )
    )
    return [(d, int(s), name) for d, s, name in rows if name.strip() not in known]


def set_aside_revoked(conn: Connection) -> int:
    """Move every op of a revoked desk past its cut out of the log (and the queue of ops
    waiting for a gap) into ``set_aside_ops``; the number moved (the caller rebuilds the
    tables when it is not zero). The desk's own ops are never moved."""
    own = conn.execute(select(t.meta.c.value).where(t.meta.c.key == "desk_id")).scalar()
    moved = 0
    now = int(time.time() * 1000)
    for desk_id, upto in read_trust(conn).cuts.items():
        if desk_id == own:
            continue
        for table in (t.ops, t.pending_ops):
            c = table.c
            where = (c.desk_id == desk_id) & (c.seq > upto)
            rows = conn.execute(select(table).where(where)).mappings().all()
            if not rows:
                continue
            conn.execute(
                insert(t.set_aside_ops).prefix_with("OR IGNORE"),
                [{**row, "reason": "revoked", "at_ms": now} for row in rows],
            )
            conn.execute(delete(table).where(where))
            moved += len(rows) if table is t.ops else 0
    return moved


def set_aside_count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(t.set_aside_ops)).scalar() or 0)


def record_fork(conn: Connection, desk_id: str, seq: int, path: str, code: str) -> None:
    from .eventfile import put_meta

    value = json.dumps({"seq": seq, "path": path, "code": code, "at_ms": int(time.time() * 1000)})
    put_meta(conn, FORK_PREFIX + desk_id, value)


def open_forks(conn: Connection) -> dict[str, dict[str, Any]]:
    """Fork alarms not yet answered by a revocation before the fork: desk id → alarm."""
    cuts = read_trust(conn).cuts
    out = {}
    rows = conn.execute(select(t.meta).where(t.meta.c.key.like(FORK_PREFIX + "%")))
    for key, value in rows:
        desk_id = key[len(FORK_PREFIX) :]
        try:
            alarm = json.loads(value)
            seq = int(alarm["seq"])
        except (ValueError, KeyError, TypeError):
            continue
        if desk_id in cuts and cuts[desk_id] < seq:
            continue  # answered: the desk is revoked before the fork
        out[desk_id] = alarm
    return out


# --- projection of desk.key and desk.revoke ---------------------------------------------
@handles("desk.add")
def _desk_add(conn: Connection, op: Op, p: Projector) -> None:
    """A desk and, when it names one, its key (a desk made since issue 17)."""
    _add_desk(conn, op, p)
    if "public_key" in op.payload:
        _desk_key(conn, op, p)


@handles("desk.key")
def _desk_key(conn: Connection, op: Op, _p: Projector) -> None:
    """A desk's key: the first of a desk stands (an import admits one only)."""
    dt = t.desk_trust.c
    pl = op.payload
    row = conn.execute(select(dt.public_key, dt.key_seq).where(dt.desk_id == op.entity)).first()
    values = {
        "public_key": pl["public_key"],
        "key_seq": op.seq,
        "admitted_by": op.supervisor or str(pl.get("admitted_by", "")),
    }
    if row is None:
        conn.execute(insert(t.desk_trust).values(desk_id=op.entity, **values))
    elif not row.public_key or op.seq < row.key_seq:
        conn.execute(t.desk_trust.update().where(dt.desk_id == op.entity).values(**values))


@handles("desk.revoke")
def _desk_revoke(conn: Connection, op: Op, _p: Projector) -> None:
    """Of several revocations of one desk, the smallest ``upto`` (then the first by order
    key) stands: the same on every desk, whatever order they arrive in."""
    dt = t.desk_trust.c
    upto = int(op.payload["upto"])
    row = conn.execute(
        select(dt.revoked_upto, dt.revoked_by).where(dt.desk_id == op.entity)
    ).first()
    by = f"{_order_key(op)}|{op.supervisor or ''}"
    if row is None:
        conn.execute(
            insert(t.desk_trust).values(desk_id=op.entity, revoked_upto=upto, revoked_by=by)
        )
    elif row.revoked_upto is None or (upto, by) < (row.revoked_upto, row.revoked_by):
        conn.execute(
            t.desk_trust.update()
            .where(dt.desk_id == op.entity)
            .values(revoked_upto=upto, revoked_by=by)
        )


class SqlTrustRepo:
    """What the revoke use case reads and does (services/desk_trust.py)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def desk_by_code(self, code: str) -> str | None:
        return self.conn.execute(select(t.desks.c.id).where(t.desks.c.code == code)).scalar()

    def held_upto(self, desk_id: str) -> int:
        top = self.conn.execute(
            select(func.max(t.ops.c.seq)).where(t.ops.c.desk_id == desk_id)
        ).scalar()
        return int(top or 0)

    def fork_seq(self, desk_id: str) -> int | None:
        alarm = open_forks(self.conn).get(desk_id)
        return int(alarm["seq"]) if alarm else None

    def set_aside(self) -> int:
        """Ops of revoked desks past their cut out of the log, the tables rebuilt."""
        from .projector import rebuild

        moved = set_aside_revoked(self.conn)
        if moved:
            rebuild(self.conn)
        return moved
