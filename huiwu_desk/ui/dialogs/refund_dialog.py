"""退款: a payment given back, approved by a supervisor with their PIN — the whole of one of a
double payment (冲突), or on the 收费 page all or part of what is left (``left_fen``: the amount
field, prefilled with what is left, read by the one strict parser).

The refund is an op with its own refund receipt; the supervisor's name is recorded on it, the
PIN is checked by the use case and never kept. A wrong PIN is one sentence here, the dialog
stays open and nothing is written. (An event whose supervisors have no PIN yet approves by
name; the PIN row is hidden and a note says how to change that.)
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserFacingError
from ...domain.money import format_yuan, parse_yuan
from ..labels import method_label, when_text, yuan
from ..operations import error_sentence
from .approval import SubmitDialog, SupervisorRows
from .parts import enlarge, note, ok_cancel, show_warning


class RefundDialog(SubmitDialog):
    def __init__(
        self,
        person: str,
        payment: dict[str, Any],
        supervisors: list[str],
        parent: QWidget | None = None,
        *,
        pins_in_force: bool = True,
        left_fen: int | None = None,
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
        form = QFormLayout()
        self.approval = SupervisorRows(
            form, supervisors, self.tr("批准的主管"), self.tr("主管 PIN"), with_pin=pins_in_force
        )
        self.supervisor = self.approval.supervisor
        self.pin = self.approval.pin
        self.pins_in_force = pins_in_force
        self.left_fen = left_fen
        self.amount = QLineEdit(format_yuan(left_fen or 0).replace(",", ""))
        self.amount.setObjectName("refundAmount")
        if left_fen is not None:
            form.insertRow(0, self.tr("退款金额（元）"), self.amount)
            form.insertRow(1, "", QLabel(self.tr("可退 {0}").format(yuan(left_fen))))
        self.reason = QLineEdit(self.tr("重复收费") if left_fen is None else "")
        self.reason.setObjectName("refundReason")
        form.addRow(self.tr("退款原因"), self.reason)
        self.retry_field = self.pin
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        if left_fen is not None:
            text = self.tr(
                "退还全部或部分金额，并打印退款收据。请主管在场选择自己的名字、输入自己的 PIN，"
                "填写原因后按回车。"
            )
        elif pins_in_force:
            text = self.tr(
                "退还这一笔的全部金额，并生成退款收据。请主管在场选择自己的名字、"
                "输入自己的 PIN 后按回车。"
            )
        else:
            text = self.tr(
                "退还这一笔的全部金额，并生成退款收据。本会议的主管还没有设置 PIN，"
                "凭主管姓名批准；可在“设置”页面为主管设置 PIN。"
            )
        layout.addWidget(note(text))
        layout.addWidget(ok_cancel(self, self.tr("退款")))
        if not supervisors:
            show_warning(self.warning, self.tr("本会议没有主管操作员，不能退款。请先添加主管。"))
        if left_fen is not None:  # Tab as the rows read: amount, supervisor, PIN, reason
            QWidget.setTabOrder(self.amount, self.supervisor)
            QWidget.setTabOrder(self.supervisor, self.pin)
            QWidget.setTabOrder(self.pin, self.reason)
            self.amount.setFocus()
            self.amount.selectAll()
        else:
            (self.pin if pins_in_force and supervisors else self.supervisor).setFocus()

    def supervisor_name(self) -> str:
        return self.approval.name()

    def pin_text(self) -> str:
        return self.approval.pin_text()

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def amount_fen(self) -> int | None:
        """What to give back (None: all that is left); call after ``accept`` took it."""
        if self.left_fen is None:
            return None
        return parse_yuan(self.amount.text())

    def accept(self) -> None:
        if self.left_fen is not None:
            try:
                self.amount_fen()
            except UserFacingError as exc:
                show_warning(self.warning, error_sentence(exc))
                self.amount.setFocus()
                return
        if not self.supervisor_name():
            show_warning(self.warning, self.tr("本会议没有主管操作员，不能退款。请先添加主管。"))
            return
        if self.pins_in_force and not self.pin_text():
            show_warning(self.warning, self.tr("请主管输入自己的 PIN。"))
            self.pin.setFocus()
            return
        if not self.reason_text():
            show_warning(self.warning, self.tr("请填写退款原因。"))
            self.reason.setFocus()
            return
        self.submit()
