"""Scan points: made in 设置 or by ``point add``, synced as ``point.add`` / ``point.set`` ops.

Points an older event kept in the setting ``scan.points`` are read as points too (with an id
made from the name, the same at every desk) until they become rows: the first scan at one
or the next save of the setup writes its ``point.add``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ...domain.door_errors import BadPoint, DuplicatePoint, UnknownPoint
from ...domain.doors import (
    POINT_KINDS,
    PointRules,
    credits_text,
    minute_text,
    parse_minute,
    point_kind,
)
from ...domain.model import DeskContext
from ...domain.text import clean_text
from ..changes import Changes
from ..ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class PointLine:
    id: str
    name: str
    kind: str  # session | meal | material | credit
    scans: int
    admitted: int
    refused: int
    categories: tuple[str, ...] = ()
    start: str | None = None  # local "YYYY-MM-DDTHH:MM"
    end: str | None = None
    tolerance_min: int = 15
    credits: str = ""  # "2", "1.5"; "" for hours / the event's rule
    once: bool = False
    once_per_day: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "scans": self.scans,
            "admitted": self.admitted,
            "refused": self.refused,
            "categories": list(self.categories),
            "start": self.start,
            "end": self.end,
            "tolerance_min": self.tolerance_min,
            "credits": self.credits,
            "once": self.once,
            "once_per_day": self.once_per_day,
        }


def point_list(uow: UnitOfWork) -> list[PointLine]:
    with uow.reading():
        points = uow.doors.points()
        counts = uow.doors.all_counts()
    out = []
    for p in points:
        admitted, refused = counts.get(p.id, (0, 0))
        out.append(
            PointLine(
                p.id,
                p.name,
                p.kind,
                admitted + refused,
                admitted,
                refused,
                p.categories,
                minute_text(p.start),
                minute_text(p.end),
                p.tolerance_min,
                "" if p.credits_x10 is None else credits_text(p.credits_x10),
                p.once,
                p.once_per_day,
            )
        )
    return out


def _moment(name: str, value: str | datetime | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return minute_text(value)
    moment = parse_minute(value)
    if moment is None:
        raise BadPoint(
            name=name,
            why=f"时间“{value}”应写作 2026-12-03T12:00",
            why_en=f"the time “{value}” should read 2026-12-03T12:00",
        )
    return minute_text(moment)


def point_payload(
    name: str,
    kind: str,
    *,
    categories: tuple[str, ...] | list[str] = (),
    start: str | datetime | None = None,
    end: str | datetime | None = None,
    tolerance_min: int = 15,
    credits: float | str | None = None,
    once: bool = False,
    once_per_day: bool = False,
) -> dict[str, Any]:
    """The fields of a point as its ``point.add`` carries them, checked."""
    name = clean_text(name).strip()
    if not name:
        raise BadPoint(name=name, why="名称不能为空", why_en="it has no name")
    wanted = point_kind(kind)
    if wanted is None:
        raise BadPoint(
            name=name,
            why=f"类型应为 {'、'.join(POINT_KINDS)}",
            why_en=f"the kind must be one of {', '.join(POINT_KINDS)}",
        )
    a, b = _moment(name, start), _moment(name, end)
    if a and b and b < a:
        raise BadPoint(name=name, why="结束早于开始", why_en="it ends before it starts")
    if wanted == "credit" and not (a and b) and credits is None:
        raise BadPoint(
            name=name,
            why="学分课题需要开始和结束时间（或学分）",
            why_en="a credit topic needs its start and end (or its credits)",
        )
    if once and once_per_day:
        raise BadPoint(name=name, why="“一次”与“每天一次”只能选一个", why_en="once or once per day")
    if not 0 <= int(tolerance_min) <= 24 * 60:
        raise BadPoint(name=name, why="宽限分钟数不对", why_en="a wrong tolerance")
    payload: dict[str, Any] = {
        "name": name,
        "kind": wanted,
        "categories": [clean_text(c).strip() for c in categories if clean_text(c).strip()],
        "start": a,
        "end": b,
        "tolerance_min": int(tolerance_min),
        "once": bool(once),
        "once_per_day": bool(once_per_day),
    }
    if credits is not None and str(credits).strip() != "":
        try:
            tenths = round(float(str(credits).strip()) * 10)
        except ValueError:
            tenths = -1
        if not 0 <= tenths <= 10_000:
            raise BadPoint(name=name, why="学分数不对", why_en="a wrong number of credits")
        payload["credits_x10"] = tenths
    return payload


def add_point(
    uow: UnitOfWork,
    ctx: DeskContext,
    name: str,
    kind: str,
    *,
    categories: tuple[str, ...] | list[str] = (),
    start: str | datetime | None = None,
    end: str | datetime | None = None,
    tolerance_min: int = 15,
    credits: float | str | None = None,
    once: bool = False,
    once_per_day: bool = False,
) -> Changes:
    payload = point_payload(
        name,
        kind,
        categories=categories,
        start=start,
        end=end,
        tolerance_min=tolerance_min,
        credits=credits,
        once=once,
        once_per_day=once_per_day,
    )
    with uow.writing():
        old = uow.doors.point(payload["name"])
        if old is not None and uow.doors.is_row(old.id):
            raise DuplicatePoint(name=payload["name"])
        point_id = old.id if old is not None else uow.new_id()  # an old setting's point
        uow.log.append(ctx, "point.add", point_id, payload)
    return Changes(setup=True, result=point_id)


def set_point(uow: UnitOfWork, ctx: DeskContext, name: str, **fields: Any) -> Changes:
    """Change some fields of a point (``point.set``: per field, last writer wins)."""
    with uow.writing():
        point = uow.doors.point(name)
        if point is None:
            raise UnknownPoint(name=name)
        ensure_row(uow, ctx, point)
        base = point_payload(
            fields.get("name", point.name),
            fields.get("kind", point.kind),
            categories=fields.get("categories", point.categories),
            start=fields.get("start", point.start),
            end=fields.get("end", point.end),
            tolerance_min=fields.get("tolerance_min", point.tolerance_min),
            credits=fields.get(
                "credits", None if point.credits_x10 is None else point.credits_x10 / 10
            ),
            once=fields.get("once", point.once),
            once_per_day=fields.get("once_per_day", point.once_per_day),
        )
        changed = {k: v for k, v in base.items() if k in fields or k == "credits_x10"}
        if "credits" not in fields:
            changed.pop("credits_x10", None)
        if changed:
            uow.log.append(ctx, "point.set", point.id, {"fields": changed})
    return Changes(setup=True, result=point.id)


def ensure_row(uow: UnitOfWork, ctx: DeskContext, point: PointRules) -> bool:
    """A point of the old setting becomes a row (same id at every desk); True if made now."""
    if uow.doors.is_row(point.id):
        return False
    uow.log.append(
        ctx,
        "point.add",
        point.id,
        {"name": point.name, "kind": point.kind, "tolerance_min": point.tolerance_min},
    )
    return True
