"""F6 修改: correct a person's details (names and units are printed on credit certificates)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ...domain.model import Attendee
from ...services.desk_lists import CategoryChoice
from ..operations import error_sentence
from ..widgets.attendee_form import AttendeeForm
from .parts import enlarge, note, ok_cancel, person_header, show_warning, warning_line


class EditDialog(QDialog):
    def __init__(
        self, person: Attendee, categories: list[CategoryChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editDialog")
        self.setWindowTitle(self.tr("修改参会人员信息"))
        enlarge(self)
        self.setMinimumWidth(680)
        self.form = AttendeeForm(categories)
        self.form.set_person(person)
        self.warning = warning_line()
        layout = QVBoxLayout(self)
        layout.addWidget(person_header(person))
        layout.addWidget(self.form)
        layout.addWidget(self.warning)
        layout.addWidget(note(self.tr("回车保存，Esc 取消。")))
        layout.addWidget(ok_cancel(self, self.tr("保存")))
        self.form.name.setFocus()

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def accept(self) -> None:
        if not self.values()["name"]:
            show_warning(self.warning, self.tr("请填写姓名。"))
            self.form.name.setFocus()
            return
        if (too_long := self.form.too_long()) is not None:  # said before the dialog closes
            show_warning(self.warning, error_sentence(too_long))
            return
        super().accept()
