"""Column layouts of the credits and directory lists, chosen by the user and kept in the event.

Each organizer wants their own layout, so a template (columns, order, header titles, who is
listed) is saved as a setting op — it travels to the other desks with everything else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from ..domain.model import DeskContext
from ..domain.sheet_errors import InvalidTemplate, UnknownExportKind
from . import setup
from .changes import Changes
from .ports import UnitOfWork
from .sheet_ports import PersonRow

TEMPLATE_KINDS = ("credits", "directory")
_MARKED = {"expert", "staff", "vip"}  # shown in the directory's 身份 column
_GENDER = {"M": "男", "F": "女"}


def _at(p: PersonRow) -> datetime | None:
    return datetime.fromtimestamp(p.checkin_ms / 1000) if p.checkin_ms else None


@dataclass(frozen=True)
class ColumnChoice:
    key: str
    title: str  # default header title
    kind: str  # text, int, date, datetime
    value: Callable[[PersonRow], Any]


CHOICES: dict[str, ColumnChoice] = {
    c.key: c
    for c in (
        ColumnChoice("seq", "序号", "int", lambda p: None),  # numbered when written
        ColumnChoice("code", "编号", "text", lambda p: p.attendee.code),
        ColumnChoice("name", "姓名", "text", lambda p: p.attendee.name),
        ColumnChoice("gender", "性别", "text", lambda p: _GENDER.get(p.attendee.gender, "")),
        ColumnChoice("unit", "工作单位", "text", lambda p: p.attendee.unit),
        ColumnChoice("department", "科室", "text", lambda p: p.attendee.department),
        ColumnChoice("title", "职称", "text", lambda p: p.attendee.title),
        ColumnChoice("phone", "手机", "text", lambda p: p.attendee.phone),
        ColumnChoice("email", "邮箱", "text", lambda p: p.attendee.email),
        ColumnChoice("id_number", "身份证号", "text", lambda p: p.attendee.id_number),
        ColumnChoice("province", "省份", "text", lambda p: p.attendee.province),
        ColumnChoice("city", "城市", "text", lambda p: p.attendee.city),
        ColumnChoice("category", "参会类别", "text", lambda p: p.category_name),
        ColumnChoice(
            "role", "身份", "text", lambda p: p.category_name if p.category_key in _MARKED else ""
        ),
        ColumnChoice("checkin_time", "报到时间", "datetime", _at),
        ColumnChoice("checkin_desk", "报到台", "text", lambda p: p.checkin_desk),
        ColumnChoice("arrival", "入住日期", "date", lambda p: p.attendee.arrival),
        ColumnChoice("departure", "离店日期", "date", lambda p: p.attendee.departure),
        ColumnChoice("notes", "备注", "text", lambda p: p.attendee.notes),
        # fixed text, the same on every line: 学分类别 (e.g. 国家级Ⅰ类), or any text the organizer wants
        ColumnChoice("credit_class", "学分类别", "text", lambda p: None),
        ColumnChoice("text", "自定义", "text", lambda p: None),
    )
}
FIXED = ("credit_class", "text")


@dataclass(frozen=True)
class TemplateColumn:
    key: str
    title: str
    value: str = ""  # the fixed text of credit_class/text columns


@dataclass(frozen=True)
class ExportTemplate:
    kind: str
    columns: tuple[TemplateColumn, ...]
    checked_in_only: bool = False
    credits_only: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def to_setting(self) -> dict[str, Any]:
        return {
            "columns": [{"key": c.key, "title": c.title, "value": c.value} for c in self.columns],
            "checked_in_only": self.checked_in_only,
            "credits_only": self.credits_only,
        }


def _cols(*keys: str) -> tuple[TemplateColumn, ...]:
    return tuple(TemplateColumn(k, CHOICES[k].title) for k in keys)


DEFAULTS = {
    "credits": ExportTemplate(
        "credits",
        _cols(
            "seq",
            "name",
            "gender",
            "unit",
            "department",
            "title",
            "phone",
            "id_number",
            "credit_class",
            "checkin_time",
        ),
        checked_in_only=True,
        credits_only=True,
    ),
    "directory": ExportTemplate(
        "directory", _cols("seq", "name", "unit", "title", "phone", "email", "role")
    ),
}


def _check_kind(kind: str) -> None:
    if kind not in TEMPLATE_KINDS:
        raise UnknownExportKind(kind=kind, kinds="、".join(TEMPLATE_KINDS))


def setting_key(kind: str) -> str:
    return f"export.template.{kind}"


def column_choices() -> list[tuple[str, str]]:
    """(key, default title) of every column a template may hold, for the window's list."""
    return [(c.key, c.title) for c in CHOICES.values()]


def default_template(kind: str) -> ExportTemplate:
    _check_kind(kind)
    return DEFAULTS[kind]


def template_from_setting(kind: str, value: Any) -> ExportTemplate:
    if not isinstance(value, dict) or not value.get("columns"):
        return default_template(kind)
    columns = tuple(
        TemplateColumn(str(c["key"]), str(c.get("title") or ""), str(c.get("value") or ""))
        for c in value["columns"]
        if isinstance(c, dict) and c.get("key") in CHOICES
    )
    if not columns:
        return default_template(kind)
    return ExportTemplate(
        kind, columns, bool(value.get("checked_in_only")), bool(value.get("credits_only"))
    )


def get_template(uow: UnitOfWork, kind: str) -> ExportTemplate:
    """The saved layout of this event, or the default one."""
    _check_kind(kind)
    with uow.reading():
        return template_from_setting(kind, uow.catalog.setting(setting_key(kind)))


def save_template(uow: UnitOfWork, ctx: DeskContext, template: ExportTemplate) -> Changes:
    """Validate and store the layout (a setting op, so other desks get it too)."""
    _check_kind(template.kind)
    if not template.columns:
        raise InvalidTemplate(reason="至少要有一列 (at least one column)")
    fixed = []
    for col in template.columns:
        if col.key not in CHOICES:
            raise InvalidTemplate(reason=f"不认识的列“{col.key}” (unknown column)")
        fixed.append(replace(col, title=col.title.strip() or CHOICES[col.key].title))
    clean = replace(template, columns=tuple(fixed))
    return setup.set_setting(uow, ctx, setting_key(template.kind), clean.to_setting())


def reset_template(uow: UnitOfWork, ctx: DeskContext, kind: str) -> Changes:
    _check_kind(kind)
    return setup.set_setting(uow, ctx, setting_key(kind), None)
