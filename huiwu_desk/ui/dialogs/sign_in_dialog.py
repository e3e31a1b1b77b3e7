"""切换操作员: who takes the desk over; their PIN when they have one.

The payments, refunds and shifts made from now on are theirs, so the window asks for the PIN
of an operator who set one; the use case (``services.operators.sign_in``) checks it. A wrong
PIN is one sentence here; the desk stays with the operator it had.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...services.operators import Team
from ..labels import role_label
from .approval import SubmitDialog, pin_edit
from .parts import enlarge, note, ok_cancel, show_warning


class SignInDialog(SubmitDialog):
    def __init__(
        self, team: Team, current: str, chosen: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("切换操作员"))
        enlarge(self)
        self.setMinimumWidth(480)
        self.team = team
        self.operator = QComboBox()
        self.operator.setObjectName("operatorChoice")
        for member in team.members:
            self.operator.addItem(f"{member.name}（{role_label(member.role)}）", member.name)
        names = [m.name for m in team.members]
        self.operator.setCurrentIndex(names.index(chosen) if chosen in names else 0)
        self.pin = pin_edit("operatorPin")
        self.pin_label = QLabel(self.tr("PIN"))
        form = QFormLayout()
        form.addRow(self.tr("当前操作员"), QLabel(current))
        form.addRow(self.tr("切换为"), self.operator)
        form.addRow(self.pin_label, self.pin)
        self.form = form
        self.retry_field = self.pin
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(
            note(self.tr("设置了 PIN 的操作员需输入自己的 PIN；此后的收费和班次都记在此人名下。"))
        )
        layout.addWidget(ok_cancel(self, self.tr("切换")))
        self.operator.currentIndexChanged.connect(self._chosen)
        self._chosen()
        (self.pin if self.needs_pin() and chosen in names else self.operator).setFocus()

    def name(self) -> str:
        return str(self.operator.currentData() or "")

    def needs_pin(self) -> bool:
        member = self.team.member(self.name())
        return member is not None and member.has_pin

    def pin_text(self) -> str:
        return self.pin.text() if self.needs_pin() else ""

    def _chosen(self, _index: int = 0) -> None:
        self.form.setRowVisible(self.pin, self.needs_pin())
        self.pin.clear()
        show_warning(self.warning, "")

    def accept(self) -> None:
        if self.needs_pin() and not self.pin.text():
            show_warning(self.warning, self.tr("请 {0} 输入自己的 PIN。").format(self.name()))
            self.pin.setFocus()
            return
        self.submit()
