"""What a desk knows of the others: ops per desk, peers, keys, alarms, and whose clock is off.

Nothing here trusts what a bundle said: peers and clock facts kept in ``meta`` are read
defensively (a value that does not parse is left out), so ``sync status`` always answers.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from ..domain.clock_skew import judge
from ..domain.hlc import Hlc
from .db import tables as t
from .db.eventfile import EventStore
from .db.sync_store import fingerprint
from .db.trust import open_forks, read_trust, set_aside_count

CLOCK_PREFIX = "clock."


def clock_facts(
    manifests: dict[str, dict[str, Any]], newest: dict[str, str], now_ms: int
) -> dict[str, str]:
    """``meta`` entries of what an import taught about other desks' clocks: a sender's
    ``created_ms`` against this desk's clock, else how far a desk's newest op lay ahead."""
    facts: dict[str, int] = {}
    for desk_id, hlc in newest.items():
        if (ahead := Hlc.wall_ms_of(hlc) - now_ms) > 0:  # an op from this desk's future
            facts[desk_id] = ahead
    for desk_id, manifest in manifests.items():
        created = manifest.get("created_ms")
        if type(created) is int:  # an op dated further ahead than its bundle says more
            facts[desk_id] = max(created - now_ms, facts.get(desk_id, created - now_ms))
    return {
        CLOCK_PREFIX + desk_id: json.dumps({"offset_ms": ms, "at_ms": now_ms})
        for desk_id, ms in facts.items()
    }


def _peer(value: str) -> dict[str, Any] | None:
    try:
        info = json.loads(value)
        vv = info["vv"]
        seen = int(info["seen_ms"])
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(vv, dict):
        return None
    clean = {str(d): n for d, n in vv.items() if type(n) is int and n >= 0}
    return {"vv": clean, "seen_ms": seen, "code": str(info.get("code", ""))}


def _offset(value: str) -> int | None:
    try:
        ms = json.loads(value)["offset_ms"]
    except (ValueError, KeyError, TypeError):
        return None
    return ms if type(ms) is int else None


def sync_status(store: EventStore) -> dict[str, Any]:
    with store.engine.connect() as conn:
        codes = dict(conn.execute(select(t.desks.c.id, t.desks.c.code)).all())
        counts = dict(
            conn.execute(select(t.ops.c.desk_id, func.count()).group_by(t.ops.c.desk_id)).all()
        )
        pending = int(conn.execute(select(func.count()).select_from(t.pending_ops)).scalar() or 0)
        fp = fingerprint(conn)
        trust = read_trust(conn)
        forks = open_forks(conn)
        set_aside = set_aside_count(conn)
        conn.rollback()
    peers = {}
    offsets: dict[str, int] = {}
    for name, value in store.meta.items():
        if name.startswith("peer.") and (info := _peer(value)) is not None:
            desk_id = name[5:]
            vv = info["vv"]
            behind = sum(max(counts.get(d, 0) - int(vv.get(d, 0)), 0) for d in counts)
            peers[codes.get(desk_id, info["code"] or desk_id[:8])] = {
                "last_seen_ms": info["seen_ms"],
                "behind": behind,
            }
        elif name.startswith(CLOCK_PREFIX) and (ms := _offset(value)) is not None:
            desk_id = name[len(CLOCK_PREFIX) :]
            if desk_id != store.desk_id:
                offsets[codes.get(desk_id, desk_id[:8])] = ms
    verdict = judge(store.desk_code, offsets)
    desks = {}
    for desk_id in sorted(set(counts) | set(trust.keys), key=lambda d: codes.get(d, d)):
        state = "signed" if desk_id in trust.keys else "unsigned"
        if desk_id in trust.cuts:
            state = "revoked"
        desks[codes.get(desk_id, desk_id[:8])] = state
    return {
        "desk": store.desk_code,
        "desk_id": store.desk_id,
        "fingerprint": fp,
        "known": {
            codes.get(d, d[:8]): n
            for d, n in sorted(counts.items(), key=lambda x: codes.get(x[0], x[0]))
        },
        "pending": pending,
        "peers": peers,
        # this desk's clock against the majority of the desks seen
        "clock_behind_ms": max(-verdict.own_off_ms, 0),
        "clock_ahead_ms": max(verdict.own_off_ms, 0),
        "clock_warning": verdict.own_off_ms != 0,
        # other desks whose clock is off (ms, + ahead), by majority; ``clock_majority``
        # False: two clocks disagree and nothing says which is wrong
        "clock_off": verdict.off,
        "clock_majority": verdict.majority,
        "desks": desks,  # code → signed | unsigned (older version) | revoked
        "forks": {
            codes.get(d, str(a.get("code", d[:8]))): int(a.get("seq", 0)) for d, a in forks.items()
        },
        "set_aside": set_aside,
    }
