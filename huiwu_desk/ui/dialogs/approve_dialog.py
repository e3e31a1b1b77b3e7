"""A supervisor approves one exception the desk would refuse (a shared room across genders):
the refusal as it would read, the supervisor's name and PIN, Enter to approve."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...services.operators import Team
from .approval import SupervisorRows
from .parts import enlarge, note, ok_cancel, show_warning, warning_line


class ApproveDialog(QDialog):
    def __init__(self, sentence: str, team: Team, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(self.tr("主管批准"))
        enlarge(self)
        self.setMinimumWidth(520)
        why = QLabel(sentence)
        why.setObjectName("approveWhy")
        why.setWordWrap(True)
        form = QFormLayout()
        self.pins_in_force = team.pins_in_force
        self.approval = SupervisorRows(
            form, team.supervisors, self.tr("批准的主管"), self.tr("主管 PIN"),
            with_pin=team.pins_in_force,
        )  # fmt: skip
        self.warning = warning_line()
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(note(self.tr("主管在场时选择自己的名字、输入 PIN 后按回车；Esc 取消。")))
        layout.addWidget(ok_cancel(self, self.tr("批准")))
        (self.approval.pin if self.pins_in_force else self.approval.supervisor).setFocus()

    def supervisor_name(self) -> str:
        return self.approval.name()

    def pin_text(self) -> str:
        return self.approval.pin_text()

    def accept(self) -> None:
        missing = self.approval.missing()
        if missing:
            show_warning(self.warning, missing)
            return
        super().accept()
