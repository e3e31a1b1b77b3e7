"""设置 PIN / 修改 PIN for one operator or supervisor.

Changing a PIN needs the old one, or another supervisor's approval with their PIN (someone
forgot theirs); a first PIN needs a supervisor's approval once the event's supervisors use
PINs. The use case (services/operators.set_pin) checks all of it; this only asks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...services.operators import Team, TeamMember
from ..labels import role_label
from ..widgets.fonts import scale
from .approval import SubmitDialog, SupervisorRows, pin_edit
from .parts import enlarge, note, ok_cancel, show_warning


class PinDialog(SubmitDialog):
    """``why``: a line above the form, when the desk asks for a new PIN on its own (a
    supervisor's too-short PIN has just had its last use)."""

    def __init__(
        self, member: TeamMember, team: Team, parent: QWidget | None = None, *, why: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.member = member
        role = role_label(member.role)
        if member.has_pin:
            self.setWindowTitle(self.tr("修改 PIN"))
            title = self.tr("修改 {0}（{1}）的 PIN").format(member.name, role)
        else:
            self.setWindowTitle(self.tr("设置 PIN"))
            title = self.tr("为 {0}（{1}）设置 PIN").format(member.name, role)
        enlarge(self)
        self.setMinimumWidth(560)
        header = QLabel(title)
        header.setObjectName("pinHeader")
        scale(header, 1.2, bold=True)
        self.pin = pin_edit("newPin")
        self.pin_again = pin_edit("newPinAgain")
        self.old_pin = pin_edit("oldPin")
        form = QFormLayout()
        form.addRow(self.tr("新 PIN"), self.pin)
        form.addRow(self.tr("再输一次新 PIN"), self.pin_again)
        others = [name for name in team.supervisors if name != member.name]
        if member.has_pin:
            form.addRow(self.tr("原 PIN"), self.old_pin)
            self.approval = SupervisorRows(
                form, others, self.tr("或由另一位主管批准"), self.tr("该主管的 PIN")
            )
            self.approval.supervisor.insertItem(0, "")  # none: the old PIN is enough
            self.approval.supervisor.setCurrentIndex(0)
            self.approval.set_shown(bool(others))
            if others:
                explain = self.tr(
                    "输入原 PIN；忘记原 PIN 时，请另一位主管选择自己的名字并输入 PIN。"
                )
            else:
                explain = self.tr("请输入原 PIN。")
        else:
            self.old_pin.hide()
            self.approval = SupervisorRows(form, others, self.tr("批准的主管"), self.tr("主管 PIN"))
            self.approval.set_shown(team.pins_in_force)
            if team.pins_in_force:
                explain = self.tr("设置 PIN 需要一位已设置 PIN 的主管批准。")
            elif member.role == "supervisor":
                explain = self.tr(
                    "设置后，本会议的退款和作废都需要主管输入自己的 PIN（所有报到台同步后生效）。"
                )
            else:
                explain = self.tr("PIN 只保存加密后的摘要，随同步文件传到其他报到台。")
        self.retry_field = self.old_pin if member.has_pin else self.approval.pin
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        if why:
            reason = QLabel(why)
            reason.setObjectName("pinWhy")
            reason.setWordWrap(True)
            layout.addWidget(reason)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        if member.role == "supervisor":
            shape = self.tr("主管的 PIN 为 6 到 12 位数字。")
        else:
            shape = self.tr("PIN 为 4 到 12 位数字。")
        layout.addWidget(note(shape + explain))
        layout.addWidget(ok_cancel(self, self.tr("保存 PIN")))
        self.pin.setFocus()

    def new_pin(self) -> str:
        return self.pin.text()

    def old_pin_text(self) -> str:
        return self.old_pin.text() if self.member.has_pin else ""

    def accept(self) -> None:
        if not self.pin.text():
            show_warning(self.warning, self.tr("请输入新 PIN。"))
            self.pin.setFocus()
            return
        if self.pin.text() != self.pin_again.text():
            show_warning(self.warning, self.tr("两次输入的新 PIN 不一致。"))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        approver = self.approval.name()
        if self.member.has_pin and not self.old_pin_text() and not approver:
            show_warning(self.warning, self.tr("请输入原 PIN，或请另一位主管批准。"))
            self.old_pin.setFocus()
            return
        if approver and not self.approval.pin_text():
            show_warning(self.warning, self.tr("请批准的主管输入自己的 PIN。"))
            self.approval.pin.setFocus()
            return
        if self.approval.shown() and not self.member.has_pin and not approver:
            show_warning(self.warning, self.tr("请选择批准的主管。"))
            self.approval.supervisor.setFocus()
            return
        self.submit()
