"""The parts of F2 that appear only when they matter: cash tendered and the change, a
transaction number, 签单 (the unit and a contact), and the invoice request.

Each part owns its rows of a form, shows or hides them, and reads what was typed as the
domain's values (``BillTo``, ``InvoiceRequest``); the domain's own checks decide what is
missing, so the dialog and the command line refuse the same things with the same sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QWidget

from ...domain.errors import UserFacingError
from ...domain.fees import INVOICE_CONTENTS, BillTo, InvoiceRequest, InvoiceType
from ...domain.money import parse_yuan
from ..labels import yuan
from ..widgets.fonts import scale

CHANGE_OK = "color: #1a7f37;"
CHANGE_SHORT = "color: #a40e26;"
REFERENCE_METHODS = ("wechat", "alipay", "card", "transfer")


def _fen(text: str) -> int | None:
    """What a person typed as yuan, or None while it is empty or not (yet) an amount."""
    try:
        return parse_yuan(text, allow_zero=True) if text.strip() else None
    except UserFacingError:
        return None


@dataclass(frozen=True)
class PaymentInput:
    amount_fen: int
    method: str
    fee_item_id: str
    item: str
    tendered_fen: int | None = None
    reference: str = ""
    invoice: InvoiceRequest = field(default_factory=InvoiceRequest)
    bill_to: BillTo | None = None

    def details(self) -> dict[str, Any]:
        """The keyword arguments of the payment use case (``printing.pay_with_receipt``)."""
        out: dict[str, Any] = {
            "fee_item_id": self.fee_item_id,
            "reference": self.reference,
            "invoice": self.invoice,
        }
        if self.tendered_fen is not None:
            out["tendered_fen"] = self.tendered_fen
        if self.bill_to is not None:
            out["bill_to"] = self.bill_to
        return out


class MethodList(QListWidget):
    """Keys 1–n choose a method (type-ahead search would swallow them otherwise)."""

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


class Rows:
    """Some rows of a form, shown and hidden together."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.fields: list[QWidget] = []

    def add(self, label: str, field: QWidget) -> None:
        self.form.addRow(label, field)
        self.fields.append(field)

    def set_shown(self, shown: bool) -> None:
        for widget in self.fields:
            self.form.setRowVisible(widget, shown)

    def shown(self) -> bool:
        return bool(self.fields) and not self.fields[0].isHidden()


class CashRows(Rows):
    """现金: what the person handed over (optional) and the change, live."""

    def __init__(self, form: QFormLayout) -> None:
        super().__init__(form)
        self.tendered = QLineEdit()
        self.tendered.setObjectName("tenderedField")
        self.tendered.setPlaceholderText(
            QCoreApplication.translate("payment", "可不填；填了显示找零")
        )
        self.change = QLabel()
        self.change.setObjectName("changeLabel")
        scale(self.change, 1.15, bold=True)
        self.add(QCoreApplication.translate("payment", "实收现金（元）"), self.tendered)
        self.add(QCoreApplication.translate("payment", "找零"), self.change)

    def tendered_fen(self) -> int | None:
        return _fen(self.tendered.text()) if self.shown() else None

    def typed(self) -> bool:
        return self.shown() and bool(self.tendered.text().strip())

    def show_change(self, amount_fen: int | None) -> None:
        given = _fen(self.tendered.text())
        if given is None or amount_fen is None or amount_fen <= 0:
            self.change.setText("")
        elif given < amount_fen:
            self.change.setText(
                QCoreApplication.translate("payment", "还差 {0}").format(yuan(amount_fen - given))
            )
            self.change.setStyleSheet(CHANGE_SHORT)
        else:
            self.change.setText(yuan(given - amount_fen))
            self.change.setStyleSheet(CHANGE_OK)


class ReferenceRows(Rows):
    """微信、支付宝、刷卡、汇款: the transaction number, if the person reads it out."""

    def __init__(self, form: QFormLayout) -> None:
        super().__init__(form)
        self.reference = QLineEdit()
        self.reference.setObjectName("referenceField")
        self.reference.setPlaceholderText(QCoreApplication.translate("payment", "可不填"))
        self.add(QCoreApplication.translate("payment", "交易单号"), self.reference)

    def text(self) -> str:
        return self.reference.text().strip() if self.shown() else ""


class BillRows(Rows):
    """签单 / 统一结算: the unit that settles later and who to ask there (both required)."""

    def __init__(self, form: QFormLayout, unit: str) -> None:
        super().__init__(form)
        self.unit = QLineEdit(unit)
        self.unit.setObjectName("billUnit")
        self.contact = QLineEdit()
        self.contact.setObjectName("billContact")
        self.contact.setPlaceholderText(QCoreApplication.translate("payment", "姓名和电话"))
        self.add(QCoreApplication.translate("payment", "签单单位"), self.unit)
        self.add(QCoreApplication.translate("payment", "单位联系人"), self.contact)

    def value(self) -> BillTo:
        """Checked: raises the domain's sentence when the unit or the contact is missing."""
        return BillTo(self.unit.text(), self.contact.text()).checked()

    def missing_field(self) -> QLineEdit:
        return self.unit if not self.unit.text().strip() else self.contact


class InvoiceRows:
    """发票: the title first (no title, no invoice); the rest appears once one is typed, and
    专票's address/phone and bank/account only for 专票."""

    def __init__(self, form: QFormLayout, content: str) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("invoiceTitle")
        self.title.setPlaceholderText(
            QCoreApplication.translate("payment", "需要发票时填写单位名称或个人姓名")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("invoiceType")
        self.kind.addItem(
            QCoreApplication.translate("payment", "普票（增值税普通发票）"),
            InvoiceType.NORMAL.value,
        )
        self.kind.addItem(
            QCoreApplication.translate("payment", "专票（增值税专用发票）"),
            InvoiceType.SPECIAL.value,
        )
        self.tax_number = QLineEdit()
        self.tax_number.setObjectName("taxNumber")
        self.tax_number.setPlaceholderText(
            QCoreApplication.translate("payment", "纳税人识别号，个人可不填")
        )
        self.address_phone = QLineEdit()
        self.address_phone.setObjectName("invoiceAddressPhone")
        self.bank_account = QLineEdit()
        self.bank_account.setObjectName("invoiceBankAccount")
        self.content = QComboBox()
        self.content.setObjectName("invoiceContent")
        self.content.setEditable(True)
        self.content.addItems(list(INVOICE_CONTENTS))
        self.content.setCurrentText(content)
        self.contact = QLineEdit()
        self.contact.setObjectName("invoiceContact")
        self.contact.setPlaceholderText(
            QCoreApplication.translate("payment", "电子发票发到此手机或邮箱")
        )
        form.addRow(QCoreApplication.translate("payment", "发票抬头"), self.title)
        self.details = Rows(form)
        self.details.add(QCoreApplication.translate("payment", "发票类型"), self.kind)
        self.details.add(QCoreApplication.translate("payment", "税号"), self.tax_number)
        self.special = Rows(form)
        self.special.add(QCoreApplication.translate("payment", "地址、电话"), self.address_phone)
        self.special.add(QCoreApplication.translate("payment", "开户行及账号"), self.bank_account)
        self.rest = Rows(form)
        self.rest.add(QCoreApplication.translate("payment", "开票内容"), self.content)
        self.rest.add(QCoreApplication.translate("payment", "手机或邮箱"), self.contact)
        self.title.textChanged.connect(self.update_rows)
        self.kind.currentIndexChanged.connect(self.update_rows)
        self.update_rows()

    def widgets(self) -> list[QWidget]:
        """In the order Tab visits them."""
        return [
            self.title,
            self.kind,
            self.tax_number,
            self.address_phone,
            self.bank_account,
            self.content,
            self.contact,
        ]

    def requested(self) -> bool:
        return bool(self.title.text().strip())

    def special_wanted(self) -> bool:
        return self.kind.currentData() == InvoiceType.SPECIAL.value

    def update_rows(self, *_args: object) -> None:
        wanted = self.requested()
        self.details.set_shown(wanted)
        self.special.set_shown(wanted and self.special_wanted())
        self.rest.set_shown(wanted)

    def suggest_content(self, item: str) -> None:
        """The fee item's name when it is one of the usual contents (not over what was typed)."""
        now = self.content.currentText().strip()
        if not now or now in INVOICE_CONTENTS:
            self.content.setCurrentText(item if item in INVOICE_CONTENTS else INVOICE_CONTENTS[0])

    def value(self) -> InvoiceRequest:
        """Checked: raises the domain's sentence (a 专票 without its bank, a bad tax number…)."""
        if not self.requested():
            return InvoiceRequest()
        contact = self.contact.text().strip()
        email = contact if "@" in contact else ""
        return InvoiceRequest(
            type=str(self.kind.currentData()),
            title=self.title.text(),
            tax_number=self.tax_number.text(),
            address_phone=self.address_phone.text() if self.special_wanted() else "",
            bank_account=self.bank_account.text() if self.special_wanted() else "",
            content=self.content.currentText(),
            phone="" if email else contact,
            email=email,
        ).checked()

    def missing_field(self) -> QWidget:
        """Where the cursor goes after a refusal: the first empty field 专票 needs."""
        if self.special_wanted():
            for field in (self.tax_number, self.address_phone, self.bank_account):
                if not field.text().strip():
                    return field
        return self.tax_number if self.tax_number.text().strip() else self.title
