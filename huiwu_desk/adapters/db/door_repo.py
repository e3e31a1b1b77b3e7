"""Doors (issue 18): scan points and scans, as the door services read them."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Connection, and_, bindparam, case, func, select

from ...domain.doors import PointRules, parse_minute, point_kind
from ...services.ports import ScanRow
from . import tables as t

POINTS_SETTING = "scan.points"  # where points lived before they were rows (services/setup_plan)

_LAST_ADMITTED = select(func.max(t.scans.c.at_ms)).where(
    t.scans.c.point_id == bindparam("point_id"),
    t.scans.c.attendee_id == bindparam("attendee_id"),
    t.scans.c.ok.is_(True),
    t.scans.c.at_ms >= bindparam("since_ms"),
)
_COUNTS = select(
    func.coalesce(func.sum(case((t.scans.c.ok.is_(True), 1), else_=0)), 0),
    func.coalesce(func.sum(case((t.scans.c.ok.is_(True), 0), else_=1)), 0),
).where(t.scans.c.point_id == bindparam("point_id"), t.scans.c.at_ms >= bindparam("since_ms"))


def legacy_point_id(name: str) -> str:
    """One id for a point of the old setting at every desk: two desks that make it a row
    offline make the same row."""
    return "pt-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:24]


def point_from_row(row: Any) -> PointRules:
    return PointRules(
        id=row.id,
        name=row.name,
        kind=row.kind,
        categories=tuple(json.loads(row.categories or "[]")),
        start=parse_minute(row.start),
        end=parse_minute(row.end),
        tolerance_min=int(row.tolerance_min),
        credits_x10=row.credits_x10,
        once=bool(row.once),
        once_per_day=bool(row.once_per_day),
    )


class SqlDoorRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def points(self) -> list[PointRules]:
        """Rows first (by sort, then name), then the old setting's points not yet rows."""
        rows = self.conn.execute(select(t.points).order_by(t.points.c.sort, t.points.c.name)).all()
        out = [point_from_row(r) for r in rows]
        names = {p.name for p in out}
        raw = self.conn.execute(
            select(t.settings.c.value).where(t.settings.c.key == POINTS_SETTING)
        ).scalar()
        old = json.loads(raw) if raw else []
        for item in old if isinstance(old, list) else []:
            if not isinstance(item, dict):
                continue
            name = str(item.get("name", "")).strip()
            kind = point_kind(str(item.get("kind", "materials"))) or "material"
            if name and name not in names:
                names.add(name)
                out.append(PointRules(legacy_point_id(name), name, kind, tolerance_min=15))
        return out

    def point(self, name_or_id: str) -> PointRules | None:
        row = self.conn.execute(
            select(t.points).where((t.points.c.name == name_or_id) | (t.points.c.id == name_or_id))
        ).first()
        if row is not None:
            return point_from_row(row)
        return next((p for p in self.points() if name_or_id in (p.name, p.id)), None)

    def is_row(self, point_id: str) -> bool:
        return (
            self.conn.execute(select(t.points.c.id).where(t.points.c.id == point_id)).first()
            is not None
        )

    def last_admitted(self, point_id: str, attendee_id: str, since_ms: int) -> int | None:
        value = self.conn.execute(
            _LAST_ADMITTED,
            {"point_id": point_id, "attendee_id": attendee_id, "since_ms": since_ms},
        ).scalar()
        return None if value is None else int(value)

    def counts(self, point_id: str, since_ms: int = 0) -> tuple[int, int]:
        """(admitted, refused) at the point since ``since_ms``."""
        row = self.conn.execute(_COUNTS, {"point_id": point_id, "since_ms": since_ms}).one()
        return int(row[0]), int(row[1])

    def all_counts(self) -> dict[str, tuple[int, int]]:
        s = t.scans.c
        rows = self.conn.execute(
            select(
                s.point_id,
                func.sum(case((s.ok.is_(True), 1), else_=0)),
                func.sum(case((s.ok.is_(True), 0), else_=1)),
            ).group_by(s.point_id)
        ).all()
        return {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in rows}

    def recent(self, point_id: str, limit: int) -> list[ScanRow]:
        s = t.scans.c
        rows = self.conn.execute(
            select(s.attendee_id, s.typed, s.ok, s.reason, s.at_ms, s.version)
            .where(s.point_id == point_id)
            .order_by(s.hlc.desc())
            .limit(limit)
        ).all()
        return [ScanRow(point_id, *r) for r in rows]

    def scans(self, point_ids: list[str], *, admitted_only: bool = True) -> list[ScanRow]:
        """Every scan at these points, oldest first (exports, credits)."""
        s = t.scans.c
        query = select(s.attendee_id, s.typed, s.ok, s.reason, s.at_ms, s.version, s.point_id)
        query = query.where(s.point_id.in_(point_ids))
        if admitted_only:
            query = query.where(and_(s.ok.is_(True), s.attendee_id.is_not(None)))
        rows = self.conn.execute(query.order_by(s.hlc)).all()
        return [ScanRow(r[6], *r[:6]) for r in rows]
