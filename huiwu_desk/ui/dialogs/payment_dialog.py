"""F2 收费, keyboard first: the fee item, the method by key 1–n, the amount, then only the
fields that method needs (cash tendered and the change, a transaction number, 签单's unit and
contact) and the invoice request (its details appear once a title is typed); Enter pays.

The person's items with something left come first, the amount prefilled with what is left on
the chosen one ("F2, 1, Enter" takes it in cash); Shift+Tab or Alt+I reaches the item. More
than is left, or money from someone with nothing due, needs a second Enter after a warning.
The dialog stays open while the use case runs: a refusal is one sentence here, nothing lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserFacingError
from ...domain.fees import Due
from ...domain.money import format_yuan, parse_yuan
from ...services.card import AttendeeCard
from ..labels import METHODS, fee_status_label, method_label, yuan
from ..operations import error_sentence
from .approval import SubmitDialog
from .parts import enlarge, note, ok_cancel, person_header, show_warning
from .payment_fields import (
    REFERENCE_METHODS,
    BillRows,
    CashRows,
    InvoiceRows,
    MethodList,
    PaymentInput,
    ReferenceRows,
)

if TYPE_CHECKING:
    from ...services.fees.dues import PersonDues


def _amount_text(fen: int) -> str:
    return format_yuan(fen).replace(",", "") if fen > 0 else ""


class PaymentDialog(SubmitDialog):
    def __init__(
        self,
        card: AttendeeCard,
        dues: PersonDues,
        parent: QWidget | None = None,
        methods: Sequence[str] = METHODS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("收费"))
        enlarge(self)
        self.setMinimumWidth(880)  # two columns: the payment, the invoice
        self.card = card
        self.dues = dues
        summary = QLabel(
            self.tr("{0}　应收 {1} · 已收 {2} · 待收 {3}").format(
                fee_status_label(card.fee_status) if dues.left_fen else self.tr("无待收"),
                yuan(dues.due_fen),
                yuan(dues.paid_fen),
                yuan(dues.left_fen),
            )
        )
        summary.setObjectName("feeSummary")

        # --- left: what is paid, how ------------------------------------------------------
        self.items = list(dues.owed_first)
        self.item = QComboBox()
        self.item.setObjectName("feeItemChoice")
        for due in self.items:
            self.item.addItem(self._item_text(due), due.item_id)
        self.item_detail = QLabel()
        self.item_detail.setObjectName("itemDetail")
        self.item_detail.setStyleSheet("color: #57606a;")
        self.methods = MethodList()
        self.methods.setObjectName("methodList")
        # the methods the event's setup keeps in use, in their usual order
        self.method_codes = [m for m in METHODS if m in methods] or list(METHODS)
        for n, method in enumerate(self.method_codes, start=1):
            self.methods.addItem(f"{n}　{method_label(method)}")
        self.methods.setCurrentRow(0)
        self.methods.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.methods.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.amount = QLineEdit()
        self.amount.setObjectName("amountField")
        left_form = QFormLayout()
        item_label = QLabel(self.tr("收费项目(&I)"))
        item_label.setBuddy(self.item)
        left_form.addRow(item_label, self.item)
        left_form.addRow("", self.item_detail)
        left_form.addRow(self.tr("付款方式"), self.methods)
        left_form.addRow(self.tr("金额（元）"), self.amount)
        self.cash = CashRows(left_form)
        self.reference = ReferenceRows(left_form)
        self.bill = BillRows(left_form, card.person.unit)

        # --- right: the invoice -----------------------------------------------------------
        right_form = QFormLayout()
        invoice_head = QLabel(self.tr("发票（不要发票时留空）"))
        invoice_head.setStyleSheet("font-weight: bold;")
        right_form.addRow(invoice_head)
        self.invoice = InvoiceRows(right_form, self.items[0].item if self.items else "")

        columns = QHBoxLayout()
        columns.addLayout(left_form, 5)
        columns.addSpacing(16)
        columns.addLayout(right_form, 6)
        self._warned_for: tuple[int, str, str] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(person_header(card.person))
        layout.addWidget(summary)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addWidget(self.warning)
        layout.addWidget(
            note(
                self.tr(
                    "按 1–{0} 选择付款方式，Tab 填写金额、找零、单号或发票，Shift+Tab 换收费项目，"
                    "回车确认收款。"
                ).format(len(self.method_codes))
            )
        )
        layout.addWidget(ok_cancel(self, self.tr("确认收款")))
        chain: list[QWidget] = [self.item, self.methods, self.amount, self.cash.tendered]
        chain += [self.reference.reference, self.bill.unit, self.bill.contact]
        for before, after in pairwise([*chain, *self.invoice.widgets()]):
            QWidget.setTabOrder(before, after)

        self.item.currentIndexChanged.connect(self._item_changed)
        self.methods.currentRowChanged.connect(self._method_changed)
        self.amount.textChanged.connect(self._show_change)
        self.cash.tendered.textChanged.connect(self._show_change)
        self.invoice.title.textChanged.connect(self._refit)
        self.invoice.kind.currentIndexChanged.connect(self._refit)
        self._item_changed(0)
        self._method_changed(0)
        self.methods.setFocus()

    # --- what is shown ----------------------------------------------------------------------
    def _item_text(self, due: Due) -> str:
        if due.left_fen > 0:
            return self.tr("{0}（待收 {1}）").format(due.item, yuan(due.left_fen))
        if due.due_fen > 0:
            return self.tr("{0}（已缴清）").format(due.item)
        return self.tr("{0}（无应收）").format(due.item)

    def _detail_text(self, due: Due) -> str:
        if due.per_night:
            due_text = self.tr("{0} 晚 × {1} = {2}").format(
                due.nights, yuan(due.price_fen), yuan(due.due_fen)
            )
        else:
            due_text = self.tr("应收 {0}").format(yuan(due.due_fen))
        return self.tr("{0} · 已收 {1} · 待收 {2}").format(
            due_text, yuan(due.paid_fen), yuan(due.left_fen)
        )

    def chosen_due(self) -> Due | None:
        index = self.item.currentIndex()
        return self.items[index] if 0 <= index < len(self.items) else None

    def _item_changed(self, _index: int) -> None:
        due = self.chosen_due()
        self.item_detail.setText(self._detail_text(due) if due else "")
        self.amount.setText(_amount_text(due.left_fen) if due else "")
        if due is not None:
            self.invoice.suggest_content(due.item)

    def _method_changed(self, _row: int) -> None:
        method = self.method()
        self.cash.set_shown(method == "cash")
        self.reference.set_shown(method in REFERENCE_METHODS)
        self.bill.set_shown(method == "bill")
        self._show_change()
        self._refit()

    def _show_change(self, *_args: object) -> None:
        self.cash.show_change(self._amount_fen())

    def _refit(self, *_args: object) -> None:
        QTimer.singleShot(0, self._fit_now)  # rows came or went

    def _fit_now(self) -> None:
        """The window takes the height its rows need now (no more, no less)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        need = max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height())
        if need != self.height():
            self.resize(self.width(), need)

    # --- what was typed ---------------------------------------------------------------------
    def method(self) -> str:
        return self.method_codes[max(self.methods.currentRow(), 0)]

    def _amount_fen(self) -> int | None:
        try:
            return parse_yuan(self.amount.text())
        except UserFacingError:
            return None

    def value(self) -> PaymentInput:
        """Call once ``accept`` has checked it (raises the domain's sentence otherwise)."""
        due = self.chosen_due()
        method = self.method()
        return PaymentInput(
            parse_yuan(self.amount.text()),
            method,
            due.item_id if due else "",
            due.item if due else "",
            self.cash.tendered_fen() if method == "cash" else None,
            self.reference.text(),
            self.invoice.value(),
            self.bill.value() if method == "bill" else None,
        )

    def _refuse(self, text: str, where: QWidget) -> None:
        show_warning(self.warning, text)
        where.setFocus()
        if isinstance(where, QLineEdit):
            where.selectAll()

    def accept(self) -> None:
        if self.busy:
            return
        fen = self._amount_fen()
        if fen is None:
            typed = self.amount.text().strip()
            text = self.tr("“{0}”不是金额。").format(typed) if typed else ""
            self._refuse(text or self.tr("请输入收款金额。"), self.amount)
            return
        method = self.method()
        if method == "cash" and self.cash.typed():
            given = self.cash.tendered_fen()
            if given is None or given < fen:
                text = (
                    self.tr("实收现金 {0} 少于收款金额 {1}。").format(yuan(given), yuan(fen))
                    if given is not None
                    else self.tr("实收现金“{0}”不是金额。").format(self.cash.tendered.text())
                )
                self._refuse(text, self.cash.tendered)
                return
        if method == "bill":
            try:
                self.bill.value()
            except UserFacingError as exc:
                self._refuse(error_sentence(exc), self.bill.missing_field())
                return
        try:
            self.invoice.value()
        except UserFacingError as exc:
            self._refuse(error_sentence(exc), self.invoice.missing_field())
            return
        if self._over_what_is_left(fen, method):
            return
        self.submit()

    def _over_what_is_left(self, fen: int, method: str) -> bool:
        """True when it warned (once per amount, method and item): a second Enter goes on."""
        due = self.chosen_due()
        left = due.left_fen if due else 0
        key = (fen, method, due.item_id if due else "")
        if fen <= left or self._warned_for == key:
            return False
        self._warned_for = key
        if self.dues.left_fen == 0:
            text = self.tr("此人没有待收费用（{0}）。确实要再收 {1}，请再按回车。")
            text = text.format(fee_status_label(self.card.fee_status), yuan(fen))
        else:
            text = self.tr("金额 {0} 超过{1}待收 {2}。确实要收，请再按回车。").format(
                yuan(fen), due.item if due else "", yuan(left)
            )
        show_warning(self.warning, text)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on the method list or a combo reaches the dialog: confirm, as elsewhere
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
