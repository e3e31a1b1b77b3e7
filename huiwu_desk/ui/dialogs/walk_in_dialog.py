"""Ctrl+N 现场注册: a new person at the desk, with the fields credit certificates need.

Before saving, the desk asks the store for a likely duplicate (same phone or ID number, or
the same name when neither is given). If there is one, the dialog says who, and only a
second Enter registers anyway — most "new" people at a desk are already on the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.model import Attendee
from ...services.desk_lists import CategoryChoice
from ..labels import masked_phone
from ..operations import error_sentence
from ..widgets.attendee_form import AttendeeForm
from ..widgets.fonts import scale
from .parts import enlarge, note, ok_cancel, show_warning, warning_line


class WalkInDialog(QDialog):
    duplicate_check_requested = Signal(dict)  # the fields; answered by show_duplicates()

    def __init__(self, categories: list[CategoryChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkInDialog")
        self.setWindowTitle(self.tr("现场注册"))
        enlarge(self)
        self.setMinimumWidth(680)
        heading = QLabel(self.tr("现场注册：新来的参会人员"))
        scale(heading, 1.3, bold=True)
        self.form = AttendeeForm(categories)
        # most people who walk up are delegates: that category first, if the event has one
        delegate = next((n for n, c in enumerate(categories) if c.key == "delegate"), 0)
        self.form.category.setCurrentIndex(delegate)
        self.warning = warning_line()
        self.buttons = ok_cancel(self, self.tr("登记"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        layout.addWidget(self.warning)
        layout.addWidget(note(self.tr("带 * 的必须填写。回车登记，Esc 取消。")))
        layout.addWidget(self.buttons)
        self._checking: dict[str, Any] | None = None
        self._accepted_with: dict[str, Any] | None = None  # fields already checked or warned
        self.form.name.setFocus()

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def accept(self) -> None:
        fields = self.values()
        if not fields["name"]:
            show_warning(self.warning, self.tr("请填写姓名。"))
            self.form.name.setFocus()
            return
        if (too_long := self.form.too_long()) is not None:  # said before the dialog closes
            show_warning(self.warning, error_sentence(too_long))
            return
        if fields == self._accepted_with:
            super().accept()
            return
        if self._checking is None:
            self._checking = fields
            self.duplicate_check_requested.emit(fields)

    def show_duplicates(self, found: list[Attendee]) -> None:
        fields, self._checking = self._checking, None
        if fields is None:
            return
        self._accepted_with = fields
        if not found:
            if fields == self.values():
                super().accept()
            return
        people = [
            "{}（{}，{}，{}）".format(
                p.name, p.code, p.unit or "-", masked_phone(p.phone) or p.id_number or "-"
            )
            for p in found[:5]
        ]
        show_warning(
            self.warning,
            self.tr(
                "可能已经登记过：{0}。如确认是另一个人，请再按回车登记；否则按 Esc 返回，在报到台搜索此人。"
            ).format(self.tr("；").join(people)),
        )
        ok = self.buttons.findChild(QPushButton, "okButton")
        if ok is not None:
            ok.setText(self.tr("仍然登记"))
