"""What the conflicts page says about a conflict: its kind, one line for the list, the facts.

The core's own summary is Chinese for the command line; the window builds its sentences
from the conflict's detail, in the UI language. One literal ``translate`` call per string.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..services.conflict_board import BoardConflict, PersonFacts, order_ms
from .labels import (
    gender_label,
    join_list,
    masked_phone,
    method_label,
    room_type_label,
    source_label,
    when_text,
    yuan,
)

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def kind_title(kind: str) -> str:
    titles = {
        "double_payment": translate("conflicts", "重复收费"),
        "room_overbooked": translate("conflicts", "房间超员"),
        "double_bed": translate("conflicts", "一人两床"),
        "duplicate_person": translate("conflicts", "疑似同一人"),
        "duplicate_checkin": translate("conflicts", "重复报到"),
        "concurrent_edit": translate("conflicts", "同时修改"),
        "over_entitlement": translate("conflicts", "超额领取"),
        "payment_state": translate("conflicts", "收款记录矛盾"),
    }
    return titles.get(kind, kind)


def field_title(name: str) -> str:
    titles = {
        "name": translate("conflicts", "姓名"),
        "gender": translate("conflicts", "性别"),
        "unit": translate("conflicts", "单位"),
        "department": translate("conflicts", "科室"),
        "title": translate("conflicts", "职称"),
        "phone": translate("conflicts", "手机"),
        "email": translate("conflicts", "电子邮箱"),
        "id_number": translate("conflicts", "身份证号"),
        "category_id": translate("conflicts", "参会类别"),
        "notes": translate("conflicts", "备注"),
    }
    return titles.get(name, name)


def named(name: str, code: str) -> str:
    """张三（A100001）"""
    return translate("conflicts", "{0}（{1}）").format(name, code)


def person_name(c: BoardConflict, code: str = "") -> str:
    person = c.by_code(code or c.attendee_code)
    if person is None:
        return code or c.attendee_code
    return named(person.name, person.code)


def _who(fact: dict[str, Any]) -> str:
    """desk A1 · 李娜 · 10:40"""
    at = fact.get("at_ms") or order_ms(str(fact.get("order", "")))
    parts = [
        translate("conflicts", "报到台 {0}").format(fact.get("desk", "")),
        str(fact.get("operator", "")),
        when_text(int(at)) if at else "",
    ]
    return " · ".join(p for p in parts if p)


def headline(c: BoardConflict) -> str:
    """One line in the list."""
    d = c.detail
    if c.kind == "double_payment":
        payments = d.get("payments", [])
        total = sum(int(p.get("amount_fen", 0)) for p in payments)
        return translate("conflicts", "{0} 收费 {1} 次，共 {2}").format(
            person_name(c), len(payments), yuan(total)
        )
    if c.kind == "room_overbooked":
        return translate("conflicts", "{0} 房间：{1} 张床排了 {2} 人").format(
            d.get("room", ""), d.get("beds", ""), len(c.people) or len(d.get("assignments", []))
        )
    if c.kind == "double_bed":
        rooms = join_list(str(a.get("room", "")) for a in d.get("assignments", []))
        return translate("conflicts", "{0} 同一晚排了两个房间：{1}").format(person_name(c), rooms)
    if c.kind == "duplicate_person":
        names = join_list(
            named(str(p.get("name", "")), str(p.get("code", ""))) for p in d.get("people", [])
        )
        if d.get("field") == "id_number":
            return translate("conflicts", "身份证号相同：{0}").format(names)
        return translate("conflicts", "手机号相同：{0}").format(names)
    if c.kind == "duplicate_checkin":
        desks = join_list(str(k.get("desk", "")) for k in d.get("checkins", []))
        return translate("conflicts", "{0} 在 {1} 各报到一次").format(person_name(c), desks)
    if c.kind == "concurrent_edit":
        return translate("conflicts", "{0} 的“{1}”被同时改成不同的值").format(
            person_name(c), field_title(str(d.get("field", "")))
        )
    if c.kind == "payment_state":
        return translate("conflicts", "{0} 收据 {1}：{2}").format(
            person_name(c), d.get("receipt_no", ""), _payment_state_reason(str(d.get("reason")))
        )
    return person_name(c)


def _payment_state_reason(reason: str) -> str:
    reasons = {
        "over_refund": translate("conflicts", "退款超过收款"),
        "refund_voided": translate("conflicts", "已作废的收款又有退款"),
        "double_void": translate("conflicts", "作废了两次"),
    }
    return reasons.get(reason, reason)


def _person_line(p: PersonFacts) -> str:
    facts = [
        gender_label(p.gender),
        p.category,
        p.unit,
        p.department,
        masked_phone(p.phone),
        source_label(p.source),
        translate("conflicts", "已报到") if p.checked_in else translate("conflicts", "未报到"),
        translate("conflicts", "已收 {0}").format(yuan(p.paid_fen)) if p.paid_fen else "",
        translate("conflicts", "住 {0}").format(p.room) if p.room else "",
    ]
    details = escape(" · ".join(f for f in facts if f))
    who = named(f"<b>{escape(p.name)}</b>", escape(p.code))  # the template has no markup
    return f"{who}&nbsp;&nbsp;{details}"


def _advice(text: str) -> str:
    return f'<br><span style="color:#57606a">{escape(text)}</span>'


def facts_html(c: BoardConflict) -> str:
    """The facts a person decides on, as rich text."""
    d = c.detail
    lines: list[str] = []
    if c.kind == "double_payment":
        for p in c.people.values():
            lines.append(_person_line(p))
        for pay in d.get("payments", []):
            lines.append(
                escape(
                    translate("conflicts", "收据 {0}：{1} {2} — {3}").format(
                        pay.get("receipt_no", ""),
                        method_label(str(pay.get("method", ""))),
                        yuan(int(pay.get("amount_fen", 0))),
                        _who(pay),
                    )
                )
            )
        lines.append(
            _advice(
                translate(
                    "conflicts", "同一笔费用收了两次。请主管确认后退还其中一笔（会生成退款收据）。"
                )
            )
        )
    elif c.kind == "room_overbooked":
        room = c.room
        if room is not None:
            lines.append(
                escape(
                    translate("conflicts", "{0} {1}（{2}，{3} 张床）").format(
                        room.hotel, room.number, room_type_label(room.type), room.beds
                    )
                )
            )
        nights = d.get("nights", [])
        if nights:
            lines.append(
                escape(
                    translate("conflicts", "超员的晚上：{0}").format(
                        join_list(n[5:] for n in nights)
                    )
                )
            )
        movers = set(d.get("to_move", []))
        for a in d.get("assignments", []):
            who = c.person(str(a.get("attendee_id", "")))
            name = named(who.name, who.code) if who else str(a.get("attendee_id", ""))[:8]
            mark = (
                translate("conflicts", "（暂时保留）")
                if a.get("attendee_id") not in movers
                else translate("conflicts", "（需调出）")
            )
            lines.append(
                escape(translate("conflicts", "{0} 排入 — {1}{2}").format(name, _who(a), mark))
            )
        lines.append(
            _advice(translate("conflicts", "先排入的人暂时保留床位。请把需调出的人换到其他房间。"))
        )
    elif c.kind == "double_bed":
        for a in d.get("assignments", []):
            lines.append(
                escape(
                    translate("conflicts", "{0} {1} 排入 — {2}").format(
                        a.get("hotel", ""), a.get("room", ""), _who(a)
                    )
                )
            )
        lines.append(
            _advice(
                translate(
                    "conflicts", "先排的床位 {0} 暂时保留。请“换房”到保留的房间，退回另一张床。"
                ).format(d.get("keep_room", ""))
            )
        )
    elif c.kind == "duplicate_person":
        for p in c.people.values():
            lines.append(_person_line(p))
        lines.append(
            _advice(
                translate(
                    "conflicts", "如果是同一个人，请合并为一条记录；如果不是，选择“保留两人”。"
                )
            )
        )
    elif c.kind == "duplicate_checkin":
        for p in c.people.values():
            lines.append(_person_line(p))
        for n, k in enumerate(d.get("checkins", []), start=1):
            lines.append(escape(translate("conflicts", "第 {0} 次报到：{1}").format(n, _who(k))))
        lines.append(
            _advice(
                translate(
                    "conflicts",
                    "两台报到台都为此人办理了报到。确认证件和资料只发了一份后，点“已核实”。",
                )
            )
        )
    elif c.kind == "concurrent_edit":
        for p in c.people.values():
            lines.append(_person_line(p))
        for v in d.get("values", []):
            lines.append(
                escape(translate("conflicts", "“{0}” — {1}").format(v.get("value", ""), _who(v)))
            )
        lines.append(
            _advice(
                translate("conflicts", "现在显示：“{0}”。请选择要保留的值。").format(
                    d.get("shown", "")
                )
            )
        )
    elif c.kind == "payment_state":
        for p in c.people.values():
            lines.append(_person_line(p))
        lines.append(
            escape(
                translate("conflicts", "收据 {0}：收款 {1}，已退 {2} — {3}").format(
                    d.get("receipt_no", ""),
                    yuan(int(d.get("amount_fen", 0))),
                    yuan(int(d.get("refunded_fen", 0))),
                    _who(d),
                )
            )
        )
        lines.append(
            _advice(
                translate(
                    "conflicts",
                    "{0}。两台报到台离线时各自操作，或有伪造的操作。请主管核对实际收退的钱后确认。",
                ).format(_payment_state_reason(str(d.get("reason"))))
            )
        )
    else:
        lines.append(escape(str(d)))
    return "<br>".join(lines)
