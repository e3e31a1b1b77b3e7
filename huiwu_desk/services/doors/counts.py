"""What the doors counted (issue 18): meals per sitting for the caterer (staff apart) and
attendance per session with times — the ``meals`` and ``attendance`` exports.

People, not scans: a person admitted twice in one use of a point (two doors that admitted
them offline, seen after sync) counts once, and the repeat is its own column.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from ...domain.doors import PointRules, local, minute_text
from ..ports import ScanRow, UnitOfWork
from ..sheet_ports import Column, PersonRow, SheetIO, SheetSpec

STAFF = "staff"  # the category key of 会务组 (domain.md: staff meals apart)


def _use_key(point: PointRules, row: ScanRow) -> tuple[str, str]:
    day = local(row.at_ms).date().isoformat() if point.once_per_day else ""
    return (row.attendee_id or "", day)


def _by_point(uow: UnitOfWork, kinds: tuple[str, ...]) -> list[tuple[PointRules, list[ScanRow]]]:
    chosen = [p for p in uow.doors.points() if p.kind in kinds]
    if not chosen:
        return []
    rows = uow.doors.scans([p.id for p in chosen], admitted_only=False)
    per: dict[str, list[ScanRow]] = defaultdict(list)
    for row in rows:
        per[row.point_id].append(row)
    return [(p, per.get(p.id, [])) for p in chosen]


def _when(point: PointRules) -> tuple[datetime | None, datetime | None]:
    return point.start, point.end


def meal_sheets(uow: UnitOfWork, io: SheetIO) -> list[SheetSpec]:
    people = {p.attendee.id: p for p in io.rows.people()}
    cols = [
        Column("餐次"),
        Column("开始", "datetime"),
        Column("结束", "datetime"),
        Column("就餐人数（不含会务组）", "int"),
        Column("会务组", "int"),
        Column("合计", "int"),
        Column("重复放行", "int"),
        Column("拒绝", "int"),
    ]
    rows: list[list[Any]] = []
    by_cat: list[list[Any]] = []
    for point, scans in _by_point(uow, ("meal",)):
        seen: dict[tuple[str, str], int] = defaultdict(int)
        for s in scans:
            if s.ok and s.attendee_id:
                seen[_use_key(point, s)] += 1
        staff = sum(1 for (a, _d) in seen if _cat(people, a)[0] == STAFF)
        repeats = sum(n - 1 for n in seen.values())
        refused = sum(1 for s in scans if not s.ok)
        start, end = _when(point)
        rows.append([point.name, start, end, len(seen) - staff, staff, len(seen), repeats, refused])
        cats: dict[str, int] = defaultdict(int)
        for a, _d in seen:
            cats[_cat(people, a)[1]] += 1
        by_cat += [[point.name, name, n] for name, n in sorted(cats.items())]
    cat_cols = [Column("餐次"), Column("参会类别"), Column("人数", "int")]
    return [SheetSpec("用餐统计", cols, rows), SheetSpec("按类别", cat_cols, by_cat)]


def _cat(people: dict[str, PersonRow], attendee_id: str) -> tuple[str, str]:
    p = people.get(attendee_id)
    return (p.category_key, p.category_name) if p else ("", "")


def attendance_sheets(uow: UnitOfWork, io: SheetIO) -> list[SheetSpec]:
    people = {p.attendee.id: p for p in io.rows.people()}
    summary_cols = [
        Column("场次"),
        Column("类型"),
        Column("开始", "datetime"),
        Column("结束", "datetime"),
        Column("入场人数", "int"),
        Column("扫码次数", "int"),
        Column("拒绝", "int"),
    ]
    detail_cols = [
        Column("场次"),
        Column("编号"),
        Column("姓名"),
        Column("工作单位"),
        Column("参会类别"),
        Column("手机"),
        Column("首次入场", "datetime"),
        Column("最后一次", "datetime"),
        Column("次数", "int"),
    ]
    summary: list[list[Any]] = []
    detail: list[list[Any]] = []
    kind_zh = {"session": "会场", "credit": "学分课题"}
    for point, scans in _by_point(uow, ("session", "credit")):
        times: dict[str, list[int]] = defaultdict(list)
        for s in scans:
            if s.ok and s.attendee_id:
                times[s.attendee_id].append(s.at_ms)
        refused = sum(1 for s in scans if not s.ok)
        summary.append(
            [
                point.name,
                kind_zh.get(point.kind, point.kind),
                point.start,
                point.end,
                len(times),
                len(scans),
                refused,
            ]
        )
        lines = []
        for attendee_id, at in times.items():
            p = people.get(attendee_id)
            a = p.attendee if p else None
            lines.append(
                [
                    point.name,
                    a.code if a else "",
                    a.name if a else "",
                    a.unit if a else "",
                    p.category_name if p else "",
                    a.phone if a else "",
                    local(min(at)),
                    local(max(at)),
                    len(at),
                ]
            )
        detail += sorted(lines, key=lambda r: (r[6], r[1]))
    return [
        SheetSpec("出勤统计", summary_cols, summary),
        SheetSpec("出勤明细", detail_cols, detail),
    ]


def window_text(point: PointRules) -> str:
    a, b = minute_text(point.start), minute_text(point.end)
    return f"{a or ''}–{b or ''}" if a or b else ""
