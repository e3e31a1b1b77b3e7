"""退款: one payment of a double payment given back, approved by a supervisor by name.

The refund is an op with its own refund receipt; the supervisor's name is recorded on it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..labels import method_label, when_text, yuan
from .parts import enlarge, note, ok_cancel, show_warning, warning_line


class RefundDialog(QDialog):
    def __init__(
        self,
        person: str,
        payment: dict[str, Any],
        supervisors: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("退款（需主管批准）"))
        enlarge(self)
        self.setMinimumWidth(560)
        self.receipt_no = str(payment.get("receipt_no", ""))
        at = int(payment.get("at_ms", 0) or 0)
        facts = QLabel(
            self.tr("{0}\n收据 {1}：{2} {3}\n报到台 {4} · {5} · {6}").format(
                person,
                self.receipt_no,
                method_label(str(payment.get("method", ""))),
                yuan(int(payment.get("amount_fen", 0))),
                payment.get("desk", ""),
                payment.get("operator", ""),
                when_text(at) if at else "",
            )
        )
        facts.setObjectName("refundFacts")
        self.supervisor = QComboBox()
        self.supervisor.setObjectName("supervisorChoice")
        self.supervisor.addItems(supervisors)
        self.reason = QLineEdit(self.tr("重复收费"))
        self.reason.setObjectName("refundReason")
        form = QFormLayout()
        form.addRow(self.tr("批准的主管"), self.supervisor)
        form.addRow(self.tr("退款原因"), self.reason)
        self.warning = warning_line()
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(
            note(self.tr("退还这一笔的全部金额，并生成退款收据。请主管在场确认后按回车。"))
        )
        layout.addWidget(ok_cancel(self, self.tr("退款")))
        if not supervisors:
            show_warning(self.warning, self.tr("本会议没有主管操作员，不能退款。请先添加主管。"))
        self.supervisor.setFocus()

    def supervisor_name(self) -> str:
        return self.supervisor.currentText().strip()

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def accept(self) -> None:
        if not self.supervisor_name():
            show_warning(self.warning, self.tr("本会议没有主管操作员，不能退款。请先添加主管。"))
            return
        if not self.reason_text():
            show_warning(self.warning, self.tr("请填写退款原因。"))
            self.reason.setFocus()
            return
        super().accept()
