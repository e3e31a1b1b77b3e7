"""作废: a payment entered by mistake (no money moved) is cancelled, with a reason and the
supervisor's name and PIN. The use case checks the PIN and refuses a void of a void or of a
payment with a refund; a refusal is one sentence here, the dialog stays open, nothing is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...services.operators import Team
from .approval import SubmitDialog, SupervisorRows
from .parts import enlarge, note, ok_cancel, show_warning


class VoidDialog(SubmitDialog):
    def __init__(self, facts: str, team: Team, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("作废收据（需主管批准）"))
        enlarge(self)
        self.setMinimumWidth(560)
        about = QLabel(facts)
        about.setObjectName("voidFacts")
        about.setWordWrap(True)
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("voidReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason.addItems(["", self.tr("金额录错"), self.tr("方式选错"), self.tr("人员选错")])
        form.addRow(self.tr("作废原因"), self.reason)
        self.pins_in_force = team.pins_in_force
        self.approval = SupervisorRows(
            form, team.supervisors, self.tr("批准的主管"), self.tr("主管 PIN"),
            with_pin=team.pins_in_force,
        )  # fmt: skip
        self.retry_field = self.approval.pin
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(
            note(
                self.tr(
                    "作废只用于录错、实际没有收到钱的一笔；已收的钱请用退款。作废的收据仍保留在记录中，"
                    "并打印作废凭证。"
                )
            )
        )
        layout.addWidget(ok_cancel(self, self.tr("作废")))
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.currentText().strip()

    def supervisor_name(self) -> str:
        return self.approval.name()

    def pin_text(self) -> str:
        return self.approval.pin_text()

    def accept(self) -> None:
        if not self.reason_text():
            show_warning(self.warning, self.tr("请填写作废原因。"))
            self.reason.setFocus()
            return
        missing = self.approval.missing()
        if missing:
            show_warning(self.warning, missing)
            (self.approval.pin if self.approval.name() else self.approval.supervisor).setFocus()
            return
        self.submit()
