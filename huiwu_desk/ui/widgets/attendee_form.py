"""The fields of a person, as credit certificates and the directory need them exactly.

Used by the walk-in registration (Ctrl+N) and the edit dialog (F6). Two columns of labelled
fields, in the order people are asked: name, gender, unit, department, title, phone, ID…
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...domain.limit_errors import FieldTooLong
from ...domain.model import Attendee
from ...domain.names import valid_id_number
from ...domain.text import clean_text
from ...services.attendees import check_lengths
from ...services.desk_lists import CategoryChoice


class AttendeeForm(QWidget):
    def __init__(self, categories: list[CategoryChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.gender = QComboBox()
        for text, value in ((self.tr("未填"), ""), (self.tr("男"), "M"), (self.tr("女"), "F")):
            self.gender.addItem(text, value)
        self.category = QComboBox()
        for c in categories:
            self.category.addItem(c.name, c.id)
        self.category.addItem(self.tr("未分类"), None)
        self.unit = QLineEdit()
        self.department = QLineEdit()
        self.title = QLineEdit()
        self.phone = QLineEdit()
        self.id_number = QLineEdit()
        self.email = QLineEdit()
        self.needs_room = QCheckBox(self.tr("需要住宿"))
        self.room_pref = QComboBox()
        for text, value in (
            (self.tr("不限"), ""),
            (self.tr("合住"), "shared"),
            (self.tr("单住"), "single"),
        ):
            self.room_pref.addItem(text, value)
        self.arrival = _date_edit()
        self.departure = _date_edit()
        self.roommate = QLineEdit()
        self.wants_credits = QCheckBox(self.tr("需要学分"))
        self.notes = QLineEdit()
        self.id_warning = QLabel()
        self.id_warning.setStyleSheet("color: #9a6700;")
        self.id_number.textChanged.connect(self._check_id)
        names = {
            "name": self.name,
            "gender": self.gender,
            "category": self.category,
            "unit": self.unit,
            "department": self.department,
            "title": self.title,
            "phone": self.phone,
            "id_number": self.id_number,
            "email": self.email,
            "room_pref": self.room_pref,
            "arrival": self.arrival,
            "departure": self.departure,
            "roommate": self.roommate,
            "notes": self.notes,
        }
        for key, widget in names.items():
            widget.setObjectName(f"field_{key}")
        rows = [
            (self.tr("姓名 *"), self.name, self.tr("性别"), self.gender),
            (self.tr("单位"), self.unit, self.tr("类别"), self.category),
            (self.tr("科室"), self.department, self.tr("职称"), self.title),
            (self.tr("手机"), self.phone, self.tr("身份证号"), self.id_number),
            (self.tr("电子邮箱"), self.email, "", self.id_warning),
            ("", self.needs_room, self.tr("住宿要求"), self.room_pref),
            (self.tr("入住日期"), self.arrival, self.tr("离店日期"), self.departure),
            (self.tr("希望同住"), self.roommate, "", self.wants_credits),
            (self.tr("备注"), self.notes, "", None),
        ]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        for row, (label_a, field_a, label_b, field_b) in enumerate(rows):
            grid.addWidget(QLabel(label_a), row, 0)
            grid.addWidget(field_a, row, 1)
            if field_b is not None:
                grid.addWidget(QLabel(label_b), row, 2)
                grid.addWidget(field_b, row, 3)
        order: list[QWidget] = [
            self.name,
            self.gender,
            self.unit,
            self.category,
            self.department,
            self.title,
            self.phone,
            self.id_number,
            self.email,
            self.needs_room,
            self.room_pref,
            self.arrival,
            self.departure,
            self.roommate,
            self.wants_credits,
            self.notes,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _check_id(self, text: str) -> None:
        bad = bool(text.strip()) and not valid_id_number(text)
        self.id_warning.setText(self.tr("身份证号校验不通过，请核对") if bad else "")

    def set_person(self, p: Attendee) -> None:
        self.name.setText(p.name)
        self.gender.setCurrentIndex(max(self.gender.findData(p.gender), 0))
        found = self.category.findData(p.category_id)
        self.category.setCurrentIndex(found if found >= 0 else self.category.count() - 1)
        for widget, value in (
            (self.unit, p.unit),
            (self.department, p.department),
            (self.title, p.title),
            (self.phone, p.phone),
            (self.id_number, p.id_number),
            (self.email, p.email),
            (self.roommate, p.roommate_request),
            (self.notes, p.notes),
        ):
            widget.setText(value)
        self.needs_room.setChecked(p.needs_room)
        for edit, day in ((self.arrival, p.arrival), (self.departure, p.departure)):
            edit.setDate(QDate(day.year, day.month, day.day) if day else edit.minimumDate())
        self.room_pref.setCurrentIndex(max(self.room_pref.findData(p.room_pref), 0))
        self.wants_credits.setChecked(p.wants_credits)

    def too_long(self) -> FieldTooLong | None:
        """The first value longer than its field takes (domain/limits.py), that field
        focused; None when all fit. Nothing is cut: the person shortens it."""
        try:
            check_lengths(self.values())
        except FieldTooLong as exc:
            key = exc.params["key"]
            widget = getattr(self, "roommate" if key == "roommate_request" else key, None)
            if isinstance(widget, QWidget):
                widget.setFocus()
            return exc
        return None

    def values(self) -> dict[str, Any]:
        """What was typed, without control characters (a paste from a spreadsheet)."""
        return {
            "name": _typed(self.name),
            "gender": self.gender.currentData() or "",
            "category_id": self.category.currentData(),
            "unit": _typed(self.unit),
            "department": _typed(self.department),
            "title": _typed(self.title),
            "phone": _typed(self.phone),
            "id_number": _typed(self.id_number).upper(),
            "email": _typed(self.email),
            "needs_room": self.needs_room.isChecked(),
            "room_pref": self.room_pref.currentData() or "",
            "arrival": _date_of(self.arrival),
            "departure": _date_of(self.departure),
            "roommate_request": _typed(self.roommate),
            "wants_credits": self.wants_credits.isChecked(),
            "notes": _typed(self.notes),
        }


def _typed(edit: QLineEdit) -> str:
    return clean_text(edit.text()).strip()


def _date_edit() -> QDateEdit:
    """A date, or 未填 (the lowest date stands for none: QDateEdit has no empty state)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setSpecialValueText(QCoreApplication.translate("AttendeeForm", "未填"))
    edit.setDate(edit.minimumDate())
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())
