"""Words the window shows for the core's codes (payment methods, statuses, genders…).

One literal ``translate`` call per word, so that lupdate finds each of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from ..domain.documents import BUILTIN_TEMPLATES, LANDSCAPE, PORTRAIT, ROLL_80
from ..domain.money import format_yuan

# The order of the payment dialog: keys 1–6.
METHODS = ("cash", "wechat", "alipay", "card", "transfer", "bill")


def method_label(method: str) -> str:
    labels = {
        "cash": QCoreApplication.translate("labels", "现金"),
        "wechat": QCoreApplication.translate("labels", "微信"),
        "alipay": QCoreApplication.translate("labels", "支付宝"),
        "card": QCoreApplication.translate("labels", "银联卡"),
        "transfer": QCoreApplication.translate("labels", "汇款已到账"),
        "bill": QCoreApplication.translate("labels", "签单/统一结算"),
    }
    return labels.get(method, method)


def method_short_label(method: str) -> str:
    """For the counters strip, read at a glance."""
    labels = {
        "cash": QCoreApplication.translate("labels", "现金"),
        "wechat": QCoreApplication.translate("labels", "微信"),
        "alipay": QCoreApplication.translate("labels", "支付宝"),
        "card": QCoreApplication.translate("labels", "刷卡"),
        "transfer": QCoreApplication.translate("labels", "汇款"),
        "bill": QCoreApplication.translate("labels", "签单"),
    }
    return labels.get(method, method)


def fee_status_label(status: str) -> str:
    labels = {
        "exempt": QCoreApplication.translate("labels", "免费"),
        "paid": QCoreApplication.translate("labels", "已缴清"),
        "partial": QCoreApplication.translate("labels", "部分缴费"),
        "due": QCoreApplication.translate("labels", "待缴费"),
    }
    return labels.get(status, status)


def room_status_label(status: str) -> str:
    labels = {
        "assigned": QCoreApplication.translate("labels", "已排房"),
        "needed": QCoreApplication.translate("labels", "需排房"),
        "not_needed": QCoreApplication.translate("labels", "不住宿"),
    }
    return labels.get(status, status)


def gender_label(gender: str) -> str:
    labels = {
        "M": QCoreApplication.translate("labels", "男"),
        "F": QCoreApplication.translate("labels", "女"),
    }
    return labels.get(gender, "")


def role_label(role: str) -> str:
    labels = {
        "supervisor": QCoreApplication.translate("labels", "主管"),
        "operator": QCoreApplication.translate("labels", "操作员"),
    }
    return labels.get(role, role)


def room_type_label(kind: str) -> str:
    labels = {
        "twin": QCoreApplication.translate("labels", "标间"),
        "king": QCoreApplication.translate("labels", "大床"),
        "single": QCoreApplication.translate("labels", "单人间"),
        "suite": QCoreApplication.translate("labels", "套房"),
    }
    return labels.get(kind, kind)


def source_label(source: str) -> str:
    labels = {
        "preregistered": QCoreApplication.translate("labels", "预报名"),
        "walk_in": QCoreApplication.translate("labels", "现场注册"),
    }
    return labels.get(source, source)


def template_name(key: str, name: str) -> str:
    """A built-in badge template's name in the UI language (its stored name stays); a name
    given by a person (the event's own templates, a built-in renamed in the form) as given."""
    builtin = BUILTIN_TEMPLATES.get(key)
    if builtin is None or name not in ("", builtin.name):
        return name
    names = {
        LANDSCAPE.key: QCoreApplication.translate("printing", "横版 90×54 mm"),
        PORTRAIT.key: QCoreApplication.translate("printing", "竖版 70×100 mm"),
        ROLL_80.key: QCoreApplication.translate("printing", "80 mm 热敏纸"),
    }
    return names.get(key, builtin.name)


def yuan(fen: int) -> str:
    """¥1,200.00"""
    return "¥" + format_yuan(fen)


def when_text(at_ms: int) -> str:
    """10:40 today; 11-26 10:40 on another day."""
    moment = datetime.fromtimestamp(at_ms / 1000)
    if moment.date() == date.today():
        return moment.strftime("%H:%M")
    return moment.strftime("%m-%d %H:%M")


def masked_phone(phone: str) -> str:
    """138****8000: enough to recognise, not enough to copy at a public desk."""
    if len(phone) == 11 and phone.isdigit():
        return f"{phone[:3]}****{phone[-4:]}"
    return phone


def reason_label(reason: str) -> str:
    """Why a room is suggested (services/suggest.py says it in Chinese)."""
    prefix, suffix = "同住人 ", " 在此房间"
    if reason.startswith(prefix) and reason.endswith(suffix):
        name = reason[len(prefix) : -len(suffix)]
        return QCoreApplication.translate("labels", "同住人 {0} 在此房间").format(name)
    labels = {
        "单住": QCoreApplication.translate("labels", "单住"),
        "单住（标间）": QCoreApplication.translate("labels", "单住（标间）"),
        "同性别拼房": QCoreApplication.translate("labels", "同性别拼房"),
        "空标间": QCoreApplication.translate("labels", "空标间"),
        "空房": QCoreApplication.translate("labels", "空房"),
    }
    return labels.get(reason, reason)


def join_list(items: Iterable[str]) -> str:
    """资料袋、会议手册 — or "bag, book" in English."""
    return QCoreApplication.translate("labels", "、").join(items)
