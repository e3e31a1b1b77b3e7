"""F2 收费: amount prefilled with what is still due, method by key 1–6, Enter confirms.

The method list has the keyboard first, so "F2, 1, Enter" takes the full fee in cash; Tab
reaches the amount and the optional invoice details (title, tax number, e-mail). More than
is due, or money from someone with nothing due, needs a second Enter after a warning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InvalidAmount
from ...domain.money import format_yuan, yuan_to_fen
from ...services.card import AttendeeCard
from ..labels import METHODS, fee_status_label, method_label, yuan
from .parts import enlarge, note, ok_cancel, person_header, show_warning, warning_line


@dataclass(frozen=True)
class PaymentInput:
    amount_fen: int
    method: str
    invoice_title: str
    tax_number: str
    email: str


class MethodList(QListWidget):
    """Keys 1–6 choose a method (type-ahead search would swallow them otherwise)."""

    def sizeHint(self) -> QSize:
        # every method in sight, always: before the list is polished sizeHintForRow says 0,
        # and a warning line appearing later squeezed the list down to four rows
        row = max(self.sizeHintForRow(0), self.fontMetrics().height() + 6)
        rows = row * self.count()
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth() + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and "1" <= text <= str(self.count()):
            self.setCurrentRow(int(text) - 1)
            return
        super().keyPressEvent(event)


class PaymentDialog(QDialog):
    def __init__(
        self,
        card: AttendeeCard,
        parent: QWidget | None = None,
        methods: Sequence[str] = METHODS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("收费"))
        enlarge(self)
        self.card = card
        left = card.fee_left_fen
        summary = QLabel(
            self.tr("{0}　应收 {1} · 已收 {2} · 待收 {3}").format(
                fee_status_label(card.fee_status),
                yuan(card.fee_fen),
                yuan(card.paid_fen),
                yuan(left),
            )
        )
        summary.setObjectName("feeSummary")
        self.methods = MethodList()
        self.methods.setObjectName("methodList")
        # the methods the event's setup keeps in use, in their usual order
        self.method_codes = [m for m in METHODS if m in methods] or list(METHODS)
        for n, method in enumerate(self.method_codes, start=1):
            self.methods.addItem(f"{n}　{method_label(method)}")
        self.methods.setCurrentRow(0)
        self.methods.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.amount = QLineEdit(format_yuan(left).replace(",", "") if left > 0 else "")
        self.amount.setObjectName("amountField")
        self.invoice_title = QLineEdit()
        self.invoice_title.setObjectName("invoiceTitle")
        self.invoice_title.setPlaceholderText(self.tr("需要发票时填写"))
        self.tax_number = QLineEdit()
        self.tax_number.setObjectName("taxNumber")
        self.email = QLineEdit()
        self.email.setObjectName("invoiceEmail")
        form = QFormLayout()
        form.addRow(self.tr("付款方式"), self.methods)
        form.addRow(self.tr("金额（元）"), self.amount)
        form.addRow(self.tr("发票抬头"), self.invoice_title)
        form.addRow(self.tr("税号"), self.tax_number)
        form.addRow(self.tr("电子邮箱"), self.email)
        self.warning = warning_line()
        self._warned_for: tuple[int, str] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(person_header(card.person))
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(
            note(
                self.tr("按 1–{0} 选择付款方式，Tab 修改金额或填写发票信息，回车确认收款。").format(
                    len(self.method_codes)
                )
            )
        )
        layout.addWidget(ok_cancel(self, self.tr("确认收款")))
        self.methods.setFocus()

    def method(self) -> str:
        return self.method_codes[max(self.methods.currentRow(), 0)]

    def value(self) -> PaymentInput:
        return PaymentInput(
            yuan_to_fen(self.amount.text()),
            self.method(),
            self.invoice_title.text().strip(),
            self.tax_number.text().strip(),
            self.email.text().strip(),
        )

    def accept(self) -> None:
        try:
            fen = yuan_to_fen(self.amount.text())
        except InvalidAmount:
            fen = 0
        if fen <= 0:
            show_warning(self.warning, self.tr("请输入收款金额。"))
            self.amount.setFocus()
            self.amount.selectAll()
            return
        left = self.card.fee_left_fen
        if fen > left and self._warned_for != (fen, self.method()):
            self._warned_for = (fen, self.method())
            if left == 0:
                text = self.tr("此人没有待收费用（{0}）。确实要再收 {1}，请再按回车。")
                text = text.format(fee_status_label(self.card.fee_status), yuan(fen))
            else:
                text = self.tr("金额 {0} 超过待收 {1}。确实要收，请再按回车。").format(
                    yuan(fen), yuan(left)
                )
            show_warning(self.warning, text)
            return
        super().accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on the method list reaches the dialog: confirm, as everywhere else.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
