"""The rows and columns of each list (pure functions over the bulk rows of the event)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from ..domain.fees import invoice_type_zh
from ..domain.model import PAYMENT_METHOD_ZH, PaymentMethod, room_type_zh
from .export_templates import CHOICES, ExportTemplate
from .ports import UnitOfWork
from .sheet_ports import Column, PersonRow, SheetIO, SheetSpec

_GENDER = {"M": "男", "F": "女"}
_PREF = {"single": "单住", "shared": "合住"}


def _yes(value: bool) -> str:
    return "是" if value else "否"


def _when(ms: int | None) -> datetime | None:
    return datetime.fromtimestamp(ms / 1000) if ms else None


def roster(people: list[PersonRow]) -> tuple[list[Column], list[list[Any]]]:
    # Titles are the import's own synonyms: a roster export imports back as the same people.
    cols = [
        Column("编号"),
        Column("姓名"),
        Column("性别"),
        Column("工作单位"),
        Column("科室"),
        Column("职称"),
        Column("手机"),
        Column("邮箱"),
        Column("身份证号"),
        Column("省份"),
        Column("城市"),
        Column("参会类别"),
        Column("入住日期", "date"),
        Column("离店日期", "date"),
        Column("是否住宿"),
        Column("住房要求"),
        Column("同住人"),
        Column("是否需要学分"),
        Column("备注"),
        Column("来源"),
        Column("报到时间", "datetime"),
        Column("报到台"),
    ]
    rows = []
    for p in people:
        a = p.attendee
        rows.append(
            [
                a.code,
                a.name,
                _GENDER.get(a.gender, ""),
                a.unit,
                a.department,
                a.title,
                a.phone,
                a.email,
                a.id_number,
                a.province,
                a.city,
                p.category_name,
                a.arrival,
                a.departure,
                _yes(a.needs_room),
                _PREF.get(a.room_pref, a.room_pref),
                a.roommate_request,
                _yes(a.wants_credits),
                a.notes,
                "现场注册" if a.source == "walk_in" else "预报名",
                _when(p.checkin_ms),
                p.checkin_desk,
            ]
        )
    return cols, rows


def templated(people: list[PersonRow], tpl: ExportTemplate) -> tuple[list[Column], list[list[Any]]]:
    chosen = [p for p in people if (not tpl.checked_in_only or p.checkin_ms)]
    chosen = [p for p in chosen if (not tpl.credits_only or p.attendee.wants_credits)]
    cols = [Column(c.title or CHOICES[c.key].title, CHOICES[c.key].kind) for c in tpl.columns]
    getters = [(c.key, c.value, CHOICES[c.key].value) for c in tpl.columns]
    rows = []
    for seq, p in enumerate(chosen, start=1):
        row = []
        for key, fixed, get in getters:
            row.append(
                seq if key == "seq" else fixed if key in ("credit_class", "text") else get(p)
            )
        rows.append(row)
    return cols, rows


def noshow(people: list[PersonRow]) -> tuple[list[Column], list[list[Any]]]:
    cols = [
        Column("序号", "int"),
        Column("编号"),
        Column("姓名"),
        Column("工作单位"),
        Column("参会类别"),
        Column("手机"),
        Column("备注"),
    ]
    waiting = sorted(
        (p for p in people if not p.checkin_ms), key=lambda p: (p.category_sort, p.attendee.code)
    )
    rows = [
        [
            i,
            p.attendee.code,
            p.attendee.name,
            p.attendee.unit,
            p.category_name,
            p.attendee.phone,
            "",
        ]
        for i, p in enumerate(waiting, start=1)
    ]
    return cols, rows


def rooming(io: SheetIO) -> list[SheetSpec]:
    lines: dict[tuple[str, str, str], dict[str, Any]] = {}
    per_night: dict[tuple[str, str], set[str]] = defaultdict(set)
    beds: dict[tuple[str, str], int] = defaultdict(int)
    for r in io.rows.room_nights():
        key = (r.hotel, r.night, r.room)
        line = lines.setdefault(key, {"r": r, "people": []})
        leave = date.fromisoformat(max(r.nights)).toordinal() + 1
        line["people"].append(
            (r.name, _GENDER.get(r.gender, ""), min(r.nights), date.fromordinal(leave).isoformat())
        )
        per_night[(r.hotel, r.night)].add(r.room)
        beds[(r.hotel, r.night)] += 1
    cols = [
        Column("酒店"),
        Column("日期", "date"),
        Column("房号"),
        Column("房型"),
        Column("床位", "int"),
        Column("入住人"),
        Column("性别"),
        Column("入住日期"),
        Column("离店日期"),
    ]
    rows = []
    for (hotel, night, room), line in lines.items():
        r, people = line["r"], line["people"]
        rows.append(
            [
                hotel,
                date.fromisoformat(night),
                room,
                room_type_zh(r.room_type),
                r.beds,
                "、".join(p[0] for p in people),
                "、".join(p[1] for p in people),
                "、".join(p[2] for p in people),
                "、".join(p[3] for p in people),
            ]
        )
    summary = [
        [h, date.fromisoformat(n), len(rooms), beds[(h, n)]] for (h, n), rooms in per_night.items()
    ]
    return [
        SheetSpec("分房表", cols, rows),
        SheetSpec(
            "每晚用房",
            [
                Column("酒店"),
                Column("日期", "date"),
                Column("用房数", "int"),
                Column("入住人次", "int"),
            ],
            summary,
        ),
    ]


def _method(m: str) -> str:
    return PAYMENT_METHOD_ZH[PaymentMethod(m)] if m in PaymentMethod._value2member_map_ else m


def fees(io: SheetIO) -> list[SheetSpec]:
    cols = [
        Column("收据号"),
        Column("时间", "datetime"),
        Column("报到台"),
        Column("操作员"),
        Column("类型"),
        Column("编号"),
        Column("姓名"),
        Column("工作单位"),
        Column("收费项目"),
        Column("方式"),
        Column("金额(元)", "money"),
        Column("发票抬头"),
        Column("税号"),
        Column("主管"),
        Column("备注"),
        Column("班次"),
        Column("发票类型"),
        Column("发票内容"),
        Column("交易号"),
        Column("签单单位"),
    ]
    rows = []
    by_method: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_desk: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for m in io.rows.money():
        kind = "退款" if m.amount_fen < 0 else ("作废" if m.voided else "收款")
        rows.append(
            [
                m.receipt_no,
                _when(m.at_ms),
                m.desk_code,
                m.operator,
                kind,
                m.code,
                m.name,
                m.unit,
                m.fee_item,
                _method(m.method),
                m.amount_fen / 100,
                m.invoice_title,
                m.tax_number,
                m.supervisor,
                m.note,
                m.shift_no,
                invoice_type_zh(m.invoice_type),
                m.invoice_content,
                m.reference,
                m.bill_unit,
            ]
        )
        if m.voided:
            continue
        for totals in (by_method[_method(m.method)], by_desk[m.desk_code]):
            totals[0 if m.amount_fen > 0 else 1] += abs(m.amount_fen)
            totals[2] += 1 if m.amount_fen > 0 else 0
    sums = []
    for group, table in (("按收费方式", by_method), ("按报到台", by_desk)):
        for name, (paid, back, count) in sorted(table.items()):
            sums.append([group, name, count, paid / 100, back / 100, (paid - back) / 100])
        paid, back, count = (sum(v[i] for v in table.values()) for i in range(3))
        sums.append([group, "合计", count, paid / 100, back / 100, (paid - back) / 100])
    sum_cols = [
        Column("分组"),
        Column("项目"),
        Column("笔数", "int"),
        Column("收款(元)", "money"),
        Column("退款(元)", "money"),
        Column("净额(元)", "money"),
    ]
    return [SheetSpec("收费明细", cols, rows), SheetSpec("汇总", sum_cols, sums)]


def materials(uow: UnitOfWork, io: SheetIO) -> list[SheetSpec]:
    items = uow.materials.all()
    cols = [
        Column("资料"),
        Column("库存", "int"),
        Column("已发", "int"),
        Column("已退", "int"),
        Column("剩余", "int"),
    ]
    rows = [[m.name, m.stock, m.handed_out, m.returned, m.remaining] for m in items]
    by_cat = [
        [
            h.category_name or "（无类别）",
            h.material,
            h.handed_out,
            h.returned,
            h.handed_out - h.returned,
        ]
        for h in io.rows.handouts_by_category()
    ]
    cat_cols = [
        Column("参会类别"),
        Column("资料"),
        Column("已发", "int"),
        Column("已退", "int"),
        Column("实发", "int"),
    ]
    return [SheetSpec("资料库存", cols, rows), SheetSpec("按类别", cat_cols, by_cat)]
