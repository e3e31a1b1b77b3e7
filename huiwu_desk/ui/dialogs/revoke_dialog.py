"""A supervisor revokes a desk (a lost laptop, a copied event file): which desk, why, their
name and PIN. The use case (services/desk_trust.revoke_desk) checks the PIN; a refusal stays
in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...services.operators import Team
from .approval import SubmitDialog, SupervisorRows
from .parts import enlarge, note, ok_cancel, show_warning


class RevokeDialog(SubmitDialog):
    def __init__(
        self, desks: list[str], forked: list[str], team: Team, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revokeDialog")
        self.setWindowTitle(self.tr("吊销报到台"))
        enlarge(self)
        self.setMinimumWidth(560)
        why = QLabel(
            self.tr(
                "被吊销的报到台此后的操作在所有报到台都不再有效（同步后生效），"
                "它需要用新的会议文件重新加入。用于电脑丢失，或会议文件被复制后两处都在使用。"
            )
        )
        why.setWordWrap(True)
        form = QFormLayout()
        self.desk = QComboBox()
        self.desk.setObjectName("revokeDesk")
        self.desk.addItems(forked + [d for d in desks if d not in forked])
        form.addRow(self.tr("报到台"), self.desk)
        self.reason = QLineEdit()
        self.reason.setObjectName("revokeReason")
        self.reason.setPlaceholderText(self.tr("例如：电脑丢失"))
        form.addRow(self.tr("原因"), self.reason)
        self.approval = SupervisorRows(
            form, team.supervisors, self.tr("批准的主管"), self.tr("主管 PIN"),
            with_pin=team.pins_in_force,
        )  # fmt: skip
        self.retry_field = self.approval.pin
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(note(self.tr("主管在场时选择自己的名字、输入 PIN 后按回车；Esc 取消。")))
        layout.addWidget(ok_cancel(self, self.tr("吊销")))
        self.desk.setFocus()

    def desk_code(self) -> str:
        return self.desk.currentText()

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def supervisor_name(self) -> str:
        return self.approval.name()

    def pin_text(self) -> str:
        return self.approval.pin_text()

    def accept(self) -> None:
        if not self.desk_code():
            show_warning(self.warning, self.tr("没有可以吊销的报到台。"))
            return
        missing = self.approval.missing()
        if missing:
            show_warning(self.warning, missing)
            return
        self.submit()
