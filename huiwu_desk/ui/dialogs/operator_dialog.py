"""添加操作员: a name, a role, and a PIN if the person wants one now.

Adding a supervisor, once the event's supervisors use PINs, needs a supervisor's approval
with their PIN (the rows appear when 主管 is chosen); the use case checks it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ...domain.model import Role
from ...domain.text import clean_text
from ..labels import role_label
from .approval import SubmitDialog, SupervisorRows, pin_edit
from .parts import enlarge, note, ok_cancel, show_warning


class AddOperatorDialog(SubmitDialog):
    def __init__(
        self, supervisors: list[str], pins_in_force: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("addOperatorDialog")
        self.setWindowTitle(self.tr("添加操作员"))
        enlarge(self)
        self.setMinimumWidth(520)
        self.pins_in_force = pins_in_force
        self.name = QLineEdit()
        self.name.setObjectName("operatorName")
        self.role = QComboBox()
        self.role.setObjectName("operatorRole")
        for role in (Role.OPERATOR, Role.SUPERVISOR):
            self.role.addItem(role_label(role.value), role.value)
        self.pin = pin_edit("newPin")
        self.pin_again = pin_edit("newPinAgain")
        form = QFormLayout()
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("PIN（可不填）"), self.pin)
        form.addRow(self.tr("再输一次 PIN"), self.pin_again)
        self.approval = SupervisorRows(
            form, supervisors, self.tr("批准的主管"), self.tr("主管 PIN")
        )
        self.retry_field = self.approval.pin
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(
            note(
                self.tr(
                    "PIN 为 4 到 12 位数字（主管至少 6 位），只保存加密后的摘要。"
                    "添加主管需要一位已设置 PIN 的主管批准。"
                )
                if pins_in_force
                else self.tr("PIN 为 4 到 12 位数字（主管至少 6 位），只保存加密后的摘要。")
            )
        )
        layout.addWidget(ok_cancel(self, self.tr("添加")))
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.name.setFocus()

    def _role_changed(self, _index: int = 0) -> None:
        self.approval.set_shown(self.pins_in_force and self.role_value() == Role.SUPERVISOR)

    def operator_name(self) -> str:
        return clean_text(self.name.text()).strip()  # a paste may hold control characters

    def role_value(self) -> Role:
        return Role(str(self.role.currentData()))

    def pin_text(self) -> str:
        return self.pin.text()

    def accept(self) -> None:
        if not self.operator_name():
            show_warning(self.warning, self.tr("请填写姓名。"))
            self.name.setFocus()
            return
        if self.pin.text() != self.pin_again.text():
            show_warning(self.warning, self.tr("两次输入的 PIN 不一致。"))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        if self.approval.shown() and not self.approval.pin_text():
            show_warning(self.warning, self.tr("请批准的主管输入自己的 PIN。"))
            self.approval.pin.setFocus()
            return
        self.submit()
