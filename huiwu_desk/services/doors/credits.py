"""Credits from attendance (issue 18): the credit roster (``export credits``) from the actual
scans at credit topics. Hours per topic → credits by the event's rule (national I类: 1 credit
per 3 hours, setting ``credits.hours_per_credit``), a topic's own credits when it has them,
summed and capped per project (setting ``credits.cap``, in credits; none by default). A topic
counts only with at least one scan in every half day it spans; who missed one is listed
apart, on a second sheet, with the half days missing.

Without any credit topic the roster is what it was: the template's people and columns.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from ...domain.doors import HOURS_PER_CREDIT, CreditResult, credits_for, credits_text, local
from ..export_templates import CHOICES, ExportTemplate
from ..ports import UnitOfWork
from ..sheet_ports import Column, PersonRow, SheetSpec

HOURS_SETTING = "credits.hours_per_credit"
CAP_SETTING = "credits.cap"


def _number(value: Any, default: float | None) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default


def credit_results(uow: UnitOfWork) -> dict[str, CreditResult] | None:
    """Per attendee who scanned at a credit topic, their credits; None: the event has none."""
    topics = [p for p in uow.doors.points() if p.kind == "credit"]
    if not topics:
        return None
    per_hours = int(_number(uow.catalog.setting(HOURS_SETTING), HOURS_PER_CREDIT) or 3)
    cap = _number(uow.catalog.setting(CAP_SETTING), None)
    cap_x10 = None if cap is None else round(cap * 10)
    scans: dict[str, dict[str, list[datetime]]] = defaultdict(lambda: defaultdict(list))
    for row in uow.doors.scans([p.id for p in topics]):
        if row.attendee_id:
            scans[row.attendee_id][row.point_id].append(local(row.at_ms))
    return {
        attendee: credits_for(topics, dict(by_point), per_credit_hours=per_hours, cap_x10=cap_x10)
        for attendee, by_point in scans.items()
    }


def credit_sheets(
    uow: UnitOfWork, people: list[PersonRow], tpl: ExportTemplate, name: str
) -> list[SheetSpec] | None:
    """The roster with 项目编号, 学分类别, 学时 and 学分 from attendance, and the people below
    the minimum apart; None when the event has no credit topic (the old roster)."""
    results = credit_results(uow)
    if results is None:
        return None
    event = uow.catalog.event()
    chosen = [p for p in people if (not tpl.checked_in_only or p.checkin_ms)]
    chosen = [p for p in chosen if (not tpl.credits_only or p.attendee.wants_credits)]
    earned = [p for p in chosen if results.get(p.attendee.id, CreditResult()).credits_x10 > 0]
    keys = [c.key for c in tpl.columns]
    cols = [Column(c.title or CHOICES[c.key].title, CHOICES[c.key].kind) for c in tpl.columns]
    cols += [Column("项目编号")] + ([] if "credit_class" in keys else [Column("学分类别")])
    cols += [Column("学时", "text"), Column("学分", "text")]
    rows = []
    for seq, p in enumerate(earned, start=1):
        r = results[p.attendee.id]
        row: list[Any] = []
        for c in tpl.columns:
            if c.key == "seq":
                row.append(seq)
            elif c.key == "credit_class":
                row.append(c.value or event.credit_category)
            elif c.key == "text":
                row.append(c.value)
            else:
                row.append(CHOICES[c.key].value(p))
        row.append(event.credit_project)
        if "credit_class" not in keys:
            row.append(event.credit_category)
        row += [_hours(r.minutes), credits_text(r.credits_x10)]
        rows.append(row)
    apart_cols = [
        Column("序号", "int"),
        Column("姓名"),
        Column("身份证号"),
        Column("工作单位"),
        Column("手机"),
        Column("课题"),
        Column("缺少签到"),
    ]
    apart: list[list[Any]] = []
    for p in chosen:
        got = results.get(p.attendee.id)
        a = p.attendee
        misses = (
            [(t.point, "、".join(t.missing) or "无签到") for t in got.topics if not t.met]
            if got is not None
            else [("全部课题", "未在任何课题签到")]
        )
        for topic, missing in misses:
            apart.append([len(apart) + 1, a.name, a.id_number, a.unit, a.phone, topic, missing])
    return [SheetSpec(name, cols, rows), SheetSpec("未达签到要求", apart_cols, apart)]


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return str(hours) if rest == 0 else f"{minutes / 60:.1f}"
