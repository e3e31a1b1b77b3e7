"""Scan points as 设置 shows and edits them (``setup_model.PointSetup``): read from the rows
(and the old setting), and the ``point.add`` / ``point.set`` ops that bring them to what the
setup page or the workbook wants. ``setup_plan`` calls these; nothing is deleted (a point
that has scans stays, as a category that has people)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...domain.doors import PointRules, credits_of, credits_text, minute_text
from ...domain.setup_model import PointSetup
from ..ports import UnitOfWork

Op = tuple[str, str, dict[str, Any]]


def _setup_kind(kind: str) -> str:
    return "materials" if kind == "material" else kind


def _point_kind(kind: str) -> str:
    return "material" if kind == "materials" else kind


def setup_points(uow: UnitOfWork) -> list[PointSetup]:
    return [to_setup(p) for p in uow.doors.points()]


def to_setup(p: PointRules) -> PointSetup:
    return PointSetup(
        p.name,
        _setup_kind(p.kind),
        list(p.categories),
        p.start,
        p.end,
        "" if p.credits_x10 is None else credits_text(p.credits_x10),
        p.once,
        p.once_per_day,
        p.tolerance_min,
        id=p.id,
    )


def fields_of(p: PointSetup) -> dict[str, Any]:
    """A checked PointSetup (setup_model.problems) as the fields of its ops."""
    fields: dict[str, Any] = {
        "name": p.name,
        "kind": _point_kind(p.kind),
        "categories": list(p.categories),
        "start": minute_text(p.start),
        "end": minute_text(p.end),
        "tolerance_min": p.tolerance_min,
        "once": p.once,
        "once_per_day": p.once_per_day,
    }
    tenths = credits_of(p.credits)
    if tenths is not None:
        fields["credits_x10"] = tenths
    return fields


def plan_points(
    now: list[PointSetup],
    wanted: list[PointSetup],
    rows: set[str],
    new_id: Callable[[], str],
) -> tuple[list[Op], int, int, int]:
    """(ops, created, changed, unchanged). ``rows``: ids of points that are rows already (the
    others come from the old setting: their ``point.add`` keeps the id every desk gives them)."""
    ops: list[Op] = []
    created = changed = same = 0
    for sort, p in enumerate(wanted):
        old = next((o for o in now if p.id and o.id == p.id), None) or next(
            (o for o in now if o.name == p.name), None
        )
        fields = fields_of(p) | {"sort": sort}
        if old is None or old.id not in rows:
            ops.append(("point.add", old.id if old else new_id(), fields))
            created += 1
            continue
        before = fields_of(old)
        diff = {k: v for k, v in fields.items() if k != "sort" and before.get(k) != v}
        if "credits_x10" in before and "credits_x10" not in fields:
            diff["credits_x10"] = None
        if diff:
            ops.append(("point.set", old.id, {"fields": diff}))
            changed += 1
        else:
            same += 1
    return ops, created, changed, same
