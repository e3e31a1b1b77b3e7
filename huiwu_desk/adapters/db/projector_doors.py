"""Doors (issue 18): scan points (``point.add``, ``point.set``: per field, last writer wins,
as other setup rows) and scans (``scan``: one row each, admitted or refused)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select, update

from ...domain.ops import Op, canonical_json
from . import tables as t
from .projector import Projector, _insert_ignore, _order_key, handles, inserts_row

POINT_COLUMNS = (
    "name",
    "kind",
    "categories",
    "start",
    "end",
    "tolerance_min",
    "credits_x10",
    "once",
    "once_per_day",
    "sort",
)


def _values(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in POINT_COLUMNS:
            continue
        if key == "categories":
            value = canonical_json(list(value or []))
        elif key in ("once", "once_per_day"):
            value = bool(value)
        elif key in ("tolerance_min", "sort"):
            value = int(value)
        out[key] = value
    return out


@handles("point.add")
def _point_add(conn: Connection, op: Op, _p: Projector) -> None:
    order = _order_key(op)
    row = {"tolerance_min": 15, "categories": "[]", "once": False, "once_per_day": False}
    row.update(_values(dict(op.payload)))
    row.update(id=op.entity, field_keys=canonical_json({k: order for k in op.payload}))
    _insert_ignore(conn, t.points, row)


@handles("point.set")
def _point_set(conn: Connection, op: Op, p: Projector) -> None:
    row = conn.execute(select(t.points.c.field_keys).where(t.points.c.id == op.entity)).first()
    if row is None:
        p.missing(op)
        return
    keys: dict[str, str] = json.loads(row.field_keys)
    order = _order_key(op)
    winners = {
        k: v
        for k, v in op.payload["fields"].items()
        if k in POINT_COLUMNS and keys.get(k, "") < order
    }
    if not winners:
        return
    keys.update({k: order for k in winners})
    values = _values(winners)
    values["field_keys"] = canonical_json(keys)
    conn.execute(update(t.points).where(t.points.c.id == op.entity).values(**values))


@inserts_row("scan", t.scans, "id", "point_id", "attendee_id", "typed", "version", "ok", "reason")
def _scan(conn: Connection, op: Op, p: Projector) -> tuple[Any, ...]:
    pl = op.payload
    return (
        op.entity,
        pl["point_id"],
        pl.get("attendee_id"),
        pl.get("typed", ""),
        pl.get("version"),
        bool(pl["ok"]),
        pl.get("reason", ""),
        *p.stamp_values(conn, op),
    )
