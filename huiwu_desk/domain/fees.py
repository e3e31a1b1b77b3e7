"""Fees at the desk, as rules over plain values: what a person owes per fee item, what a
payment carries besides its amount (an invoice request, a bill-to unit), and the sums of a
cashier's shift (expected per method, a blind count, the variance).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import StrEnum

from .fee_errors import (
    BadTaxNumber,
    BillToMissing,
    CountedTwice,
    InvoiceTitleMissing,
    MalformedCount,
    SpecialInvoiceIncomplete,
    UnknownInvoiceType,
)
from .model import PAYMENT_METHOD_ZH, FeeItem, PaymentMethod
from .money import MAX_COUNTED_YUAN, parse_yuan
from .text import clean_text

MAX_TEXT = 200  # an invoice or bill-to field, as typed


def field_text(value: object, *, upper: bool = False) -> str:
    """A field as stored: NFKC, no control characters, trimmed, at most ``MAX_TEXT``."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value))
    text = clean_text(text).strip()[:MAX_TEXT]
    return text.upper() if upper else text


# --- invoices ---------------------------------------------------------------------------
class InvoiceType(StrEnum):
    NORMAL = "normal"  # 普票: 增值税普通发票
    SPECIAL = "special"  # 专票: 增值税专用发票


INVOICE_TYPE_ZH = {InvoiceType.NORMAL: "普票", InvoiceType.SPECIAL: "专票"}
INVOICE_TYPE_WORDS = {
    "normal": InvoiceType.NORMAL,
    "普票": InvoiceType.NORMAL,
    "普通发票": InvoiceType.NORMAL,
    "增值税普通发票": InvoiceType.NORMAL,
    "special": InvoiceType.SPECIAL,
    "专票": InvoiceType.SPECIAL,
    "专用发票": InvoiceType.SPECIAL,
    "增值税专用发票": InvoiceType.SPECIAL,
}
INVOICE_CONTENTS = ("会务费", "培训费", "住宿费")  # what the window offers; any text is kept


def invoice_type_zh(value: str) -> str:
    """普票 / 专票 for a stored type ("" for none or one not known)."""
    return INVOICE_TYPE_ZH[InvoiceType(value)] if value in InvoiceType._value2member_map_ else ""


TAX_NUMBER = re.compile(r"[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20}")


@dataclass(frozen=True, slots=True)
class InvoiceRequest:
    """What a person asks finance to invoice: type, title (抬头), tax number; for 专票 the
    address and phone (地址、电话) and bank and account (开户行及账号) as on the invoice; the
    content (会务费…); a phone or email the e-fapiao goes to. No title: no invoice."""

    type: str = ""  # InvoiceType value; "" when none is asked for
    title: str = ""
    tax_number: str = ""
    address_phone: str = ""
    bank_account: str = ""
    content: str = ""
    phone: str = ""
    email: str = ""

    @property
    def requested(self) -> bool:
        return bool(self.title)

    @property
    def type_zh(self) -> str:
        return invoice_type_zh(self.type)

    def checked(self) -> InvoiceRequest:
        """Cleaned and complete, or one sentence saying what is missing or wrong."""
        req = InvoiceRequest(
            type=field_text(self.type).lower(),
            title=field_text(self.title),
            tax_number=re.sub(r"\s", "", field_text(self.tax_number, upper=True)),
            address_phone=field_text(self.address_phone),
            bank_account=field_text(self.bank_account),
            content=field_text(self.content),
            phone=field_text(self.phone),
            email=field_text(self.email),
        )
        if req.type:
            kind = INVOICE_TYPE_WORDS.get(req.type)
            if kind is None:
                raise UnknownInvoiceType(kind=self.type)
            req = replace(req, type=kind.value)
        details = (req.type, req.tax_number, req.address_phone, req.bank_account, req.content)
        if not req.title:
            if any(details) or req.phone:
                raise InvoiceTitleMissing()
            return InvoiceRequest(email=req.email)  # an email alone: kept, no invoice
        if not req.type:
            req = replace(req, type=InvoiceType.NORMAL.value)
        if req.tax_number and not TAX_NUMBER.fullmatch(req.tax_number):
            raise BadTaxNumber(number=req.tax_number)
        if req.type == InvoiceType.SPECIAL:
            wanted = (
                ("税号", "tax number", req.tax_number),
                ("地址电话", "address and phone", req.address_phone),
                ("开户行及账号", "bank and account", req.bank_account),
            )
            missing = [(zh, en) for zh, en, value in wanted if not value]
            if missing:
                raise SpecialInvoiceIncomplete(
                    missing="、".join(m[0] for m in missing),
                    missing_en=", ".join(m[1] for m in missing),
                )
        return req


@dataclass(frozen=True, slots=True)
class BillTo:
    """签单 / 统一结算: the unit that settles for the person later, and who to ask there."""

    unit: str = ""
    contact: str = ""

    def checked(self) -> BillTo:
        bill = BillTo(field_text(self.unit), field_text(self.contact))
        wanted = (("单位", "unit", bill.unit), ("联系人", "contact", bill.contact))
        missing = [(zh, en) for zh, en, value in wanted if not value]
        if missing:
            raise BillToMissing(
                missing="、".join(m[0] for m in missing),
                missing_en=" and ".join(m[1] for m in missing),
            )
        return bill


# --- what a person owes -----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Due:
    """One fee item for one person: what is due, what was paid on it (net of refunds, voids
    left out), what is left. A per-night item is its price × the nights of the person's room."""

    item_id: str
    item: str
    per_night: bool
    price_fen: int  # for one night when ``per_night``
    nights: int
    due_fen: int
    paid_fen: int

    @property
    def left_fen(self) -> int:
        return max(self.due_fen - self.paid_fen, 0)


def compute_dues(
    items: list[FeeItem],
    prices: dict[str, tuple[int, int]],
    *,
    walk_in: bool,
    nights: int,
    paid: dict[str, int],
    base_fee_fen: int = 0,
) -> list[Due]:
    """Every fee item of the event, in its order, for one person.

    ``prices``: fee item id → (early, on-site) price of the person's category; a walk-in owes
    the on-site price (as ``Category.fee_for``). ``base_fee_fen``: the single fee a category
    was made with before prices by item (an older event) counts on the first fixed item, as
    the setup shows it. ``paid``: fee item id → paid net of refunds, voided payments left out.
    """
    dues: list[Due] = []
    base_left = base_fee_fen
    for item in items:
        early, onsite = prices.get(item.id, (0, 0))
        price = onsite if walk_in else early
        if item.per_night:
            due = price * max(nights, 0)
        else:
            due, base_left = price + base_left, 0
        dues.append(
            Due(
                item.id,
                item.name,
                item.per_night,
                price,
                nights if item.per_night else 0,
                due,
                paid.get(item.id, 0),
            )
        )
    return dues


def first_owed(dues: list[Due]) -> Due | None:
    """The item a payment goes to when the desk names none: the first with something left."""
    return next((d for d in dues if d.left_fen > 0), None)


# --- a cashier's shift ------------------------------------------------------------------
# Methods whose money the cashier holds or sees on their own terminal: counted at every
# close (missing from the count = counted 0). Transfers received before the event and bills
# to units are shown as expected; they are reconciled only when the cashier counts them.
COUNTED_METHODS = (
    PaymentMethod.CASH.value,
    PaymentMethod.WECHAT.value,
    PaymentMethod.ALIPAY.value,
    PaymentMethod.CARD.value,
)
METHOD_WORDS: dict[str, str] = {
    **{m.value: m.value for m in PaymentMethod},
    **{zh: m.value for m, zh in PAYMENT_METHOD_ZH.items()},
    "签单": PaymentMethod.BILL.value,
    "银行卡": PaymentMethod.CARD.value,
    "刷卡": PaymentMethod.CARD.value,
    "汇款": PaymentMethod.TRANSFER.value,
}
VARIANCE_LIMIT_SETTING = "cash.variance_limit_fen"
DEFAULT_VARIANCE_LIMIT_FEN = 5000


def expected_by_method(
    float_fen: int, paid: dict[str, int], refunded: dict[str, int]
) -> dict[str, int]:
    """What the cashier should hold per method: the float (cash) + payments − refunds of
    the shift (voided payments count nowhere: the caller leaves them out)."""
    expected = {PaymentMethod.CASH.value: float_fen}
    for method, fen in paid.items():
        expected[method] = expected.get(method, 0) + fen
    for method, fen in refunded.items():
        expected[method] = expected.get(method, 0) - fen
    return expected


def variance_of(expected: dict[str, int], counted: dict[str, int]) -> dict[str, int]:
    """counted − expected for cash, every counted method, and every method the cashier holds
    (``COUNTED_METHODS``) that the shift took; a method left out of the count counts 0."""
    methods = {PaymentMethod.CASH.value, *counted}
    methods |= {m for m in expected if m in COUNTED_METHODS and expected[m]}
    return {m: counted.get(m, 0) - expected.get(m, 0) for m in _in_order(methods)}


def _in_order(methods: set[str]) -> list[str]:
    order = [m.value for m in PaymentMethod]
    return sorted(methods, key=lambda m: (order.index(m) if m in order else len(order), m))


def method_of(word: str) -> str | None:
    return METHOD_WORDS.get(field_text(word).lower()) or METHOD_WORDS.get(field_text(word))


def parse_counted(text: str) -> dict[str, int]:
    """``cash=1200,wechat=300.50`` (or 现金=1200，微信=300.5) → fen per method; strict."""
    counted: dict[str, int] = {}
    raw = unicodedata.normalize("NFKC", text or "").strip()
    if not raw:
        raise MalformedCount(text=text)
    for part in re.split(r"[,;、]", raw):
        name, sep, amount = part.partition("=")
        method = method_of(name) if sep else None
        if method is None:
            raise MalformedCount(text=text)
        if method in counted:
            raise CountedTwice(method=name.strip())
        # a bad amount says so itself; a count adds up many payments: the larger limit
        counted[method] = parse_yuan(amount, allow_zero=True, limit_yuan=MAX_COUNTED_YUAN)
    return counted


def total_variance(variance: dict[str, int]) -> int:
    """The variance that decides an approval: every method's difference, short or over."""
    return sum(abs(v) for v in variance.values())
