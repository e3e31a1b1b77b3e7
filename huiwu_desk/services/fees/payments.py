"""Money received, given back, or cancelled: the ops of a payment, a refund and a void.

Each checks its rules inside BEGIN IMMEDIATE and writes exactly one op; what is wrong with
the input is said before anything starts. A payment goes to the fee item the desk names, else
to the person's first item with something left (``dues``). An operator with an open shift at
this desk stamps the shift on the payment, refund or void they make. The desk's use cases
with their receipts are services/printing.py (``pay_with_receipt`` …).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...domain.errors import (
    InvalidAmount,
    NoFeeItems,
    PaymentAlreadyCancelled,
    RefundTooLarge,
    UnknownPayment,
    UnknownPaymentMethod,
)
from ...domain.fee_errors import (
    PaymentAlreadyVoided,
    PaymentHasRefunds,
    TenderedNotCash,
    TenderedTooLittle,
    UnknownFeeItem,
    VoidReasonMissing,
)
from ...domain.fees import BillTo, InvoiceRequest, field_text, first_owed
from ...domain.model import Attendee, DeskContext, FeeItem, PaymentMethod
from ...domain.money import yuan_number
from ...domain.rules import receipt_number
from .. import lookup
from ..changes import Changes
from ..conflicts import refresh_if_open
from ..operators import approving_supervisor
from ..ports import UnitOfWork
from .dues import dues_for


@dataclass(frozen=True, slots=True)
class Recorded:
    """A payment as recorded: its receipt, where it went, the change for cash, its shift."""

    receipt_no: str
    payment_id: str
    attendee_id: str
    fee_item_id: str
    item: str
    amount_fen: int
    method: str
    tendered_fen: int | None  # cash: what the person handed over (None: not given)
    change_fen: int | None  # cash: tendered − amount (0 when not given); None otherwise
    shift_id: str


def shift_of(uow: UnitOfWork, ctx: DeskContext) -> str:
    """The open shift of the acting operator at this desk ("" when none)."""
    shift = uow.shifts.open_for(ctx.desk_id, ctx.operator)
    return shift.id if shift else ""


def _item(uow: UnitOfWork, person: Attendee, fee_item_id: str | None, name: str | None) -> FeeItem:
    items = uow.catalog.fee_items()
    if not items:
        raise NoFeeItems()
    wanted = field_text(name) if name else None
    if fee_item_id or wanted:
        found = next((i for i in items if i.id == fee_item_id or i.name == wanted), None)
        if found is None:
            raise UnknownFeeItem(name=wanted or fee_item_id, known="、".join(i.name for i in items))
        return found
    owed = first_owed(dues_for(uow, person))
    return next((i for i in items if owed and i.id == owed.item_id), items[0])


def _invoice(
    invoice: InvoiceRequest | None, title: str, tax_number: str, email: str
) -> InvoiceRequest:
    """The request as given; the older keyword arguments fill what it leaves empty."""
    req = invoice or InvoiceRequest()
    return replace(
        req,
        title=req.title or title,
        tax_number=req.tax_number or tax_number,
        email=req.email or email,
    ).checked()


def record(
    uow: UnitOfWork,
    ctx: DeskContext,
    code: str,
    amount_fen: int,
    method: str,
    *,
    fee_item_id: str | None = None,
    item: str | None = None,
    tendered_fen: int | None = None,
    reference: str = "",
    invoice: InvoiceRequest | None = None,
    invoice_title: str = "",
    tax_number: str = "",
    email: str = "",
    bill_to: BillTo | None = None,
    note: str = "",
) -> Recorded:
    """Record money received; the receipt number is allocated in the same transaction.

    ``item`` names the fee item (``fee_item_id`` is the window's way); none: the person's
    first item with something left, else the first item. ``tendered_fen``: cash handed over
    (the change is what is more). ``bill_to``: required when the method is ``bill``.
    """
    if amount_fen <= 0:
        raise InvalidAmount(amount=yuan_number(amount_fen))
    try:
        method = PaymentMethod(method).value
    except ValueError:
        raise UnknownPaymentMethod(method=method) from None
    change: int | None = None
    if tendered_fen is not None:
        if method != PaymentMethod.CASH:
            raise TenderedNotCash()
        if tendered_fen < amount_fen:
            raise TenderedTooLittle(
                tendered=yuan_number(tendered_fen), amount=yuan_number(amount_fen)
            )
        change = tendered_fen - amount_fen
    elif method == PaymentMethod.CASH:
        change = 0
    request = _invoice(invoice, invoice_title, tax_number, email)
    bill = (bill_to or BillTo()).checked() if method == PaymentMethod.BILL else BillTo()
    with uow.writing():
        person = lookup.attendee(uow, code)
        fee_item = _item(uow, person, fee_item_id, item)
        shift_id = shift_of(uow, ctx)
        receipt = receipt_number(ctx.desk_code, uow.log.next_counter("receipt"))
        payment_id = uow.new_id()
        payload = {
            "attendee_id": person.id,
            "fee_item_id": fee_item.id,
            "amount_fen": amount_fen,
            "method": method,
            "receipt_no": receipt,
            "invoice_title": request.title,
            "tax_number": request.tax_number,
            "email": request.email,
            "note": field_text(note),
        }
        extra = {
            "invoice_type": request.type,
            "invoice_address_phone": request.address_phone,
            "invoice_bank_account": request.bank_account,
            "invoice_content": request.content,
            "invoice_phone": request.phone,
            "tendered_fen": tendered_fen or 0,
            "reference": field_text(reference),
            "bill_unit": bill.unit,
            "bill_contact": bill.contact,
            "shift_id": shift_id,
        }
        payload.update({k: v for k, v in extra.items() if v})  # older ops: none of these
        uow.log.append(ctx, "payment", payment_id, payload)
    return Recorded(
        receipt,
        payment_id,
        person.id,
        fee_item.id,
        fee_item.name,
        amount_fen,
        method,
        tendered_fen,
        change,
        shift_id,
    )


def record_payment(
    uow: UnitOfWork,
    ctx: DeskContext,
    code: str,
    amount_fen: int,
    method: str,
    *,
    fee_item_id: str | None = None,
    item: str | None = None,
    tendered_fen: int | None = None,
    reference: str = "",
    invoice: InvoiceRequest | None = None,
    invoice_title: str = "",
    tax_number: str = "",
    email: str = "",
    bill_to: BillTo | None = None,
    note: str = "",
) -> Changes:
    """``record`` as a Changes whose result is the receipt number (no receipt is printed:
    the desk's payment is ``printing.pay_with_receipt``)."""
    done = record(
        uow,
        ctx,
        code,
        amount_fen,
        method,
        fee_item_id=fee_item_id,
        item=item,
        tendered_fen=tendered_fen,
        reference=reference,
        invoice=invoice,
        invoice_title=invoice_title,
        tax_number=tax_number,
        email=email,
        bill_to=bill_to,
        note=note,
    )
    return Changes(attendees={done.attendee_id}, payments=True, result=done.receipt_no)


def refund_payment(
    uow: UnitOfWork,
    ctx: DeskContext,
    receipt_no: str,
    amount_fen: int | None = None,
    reason: str = "",
) -> Changes:
    """Money given back: a new fact with its own refund receipt, approved by a supervisor."""
    with uow.writing():
        supervisor = approving_supervisor(uow, ctx)  # checks the PIN
        payment = uow.payments.by_receipt(receipt_no)
        if payment is None:
            raise UnknownPayment(receipt=receipt_no)
        left = payment.balance_fen
        if left <= 0:
            raise PaymentAlreadyCancelled(receipt=receipt_no)
        amount = left if amount_fen is None else amount_fen
        if amount <= 0:
            raise InvalidAmount(amount=yuan_number(amount))
        if amount > left:
            raise RefundTooLarge(amount=yuan_number(amount), left=yuan_number(left))
        refund_receipt = receipt_number(ctx.desk_code, uow.log.next_counter("receipt"))
        payload: dict[str, object] = {
            "payment_id": payment.id,
            "amount_fen": amount,
            "receipt_no": refund_receipt,
            "reason": field_text(reason),
        }
        shift_id = shift_of(uow, ctx)
        if shift_id:
            payload["shift_id"] = shift_id
        uow.log.append(ctx, "payment.refund", uow.new_id(), payload, supervisor=supervisor)
        refresh_if_open(uow)
    return Changes(attendees={payment.attendee_id}, payments=True, result=refund_receipt)


def void_payment(uow: UnitOfWork, ctx: DeskContext, receipt_no: str, reason: str) -> Changes:
    """Cancel a payment entered by mistake (no money moved); supervisor only, kept in history.

    Refused for a payment already void, and for one with a refund (money did move: the rest
    is refunded instead)."""
    reason = field_text(reason)
    if not reason:
        raise VoidReasonMissing()
    with uow.writing():
        supervisor = approving_supervisor(uow, ctx)  # checks the PIN
        payment = uow.payments.by_receipt(receipt_no)
        if payment is None:
            raise UnknownPayment(receipt=receipt_no)
        if payment.voided:
            raise PaymentAlreadyVoided(receipt=payment.receipt_no)
        if payment.refunded_fen:
            raise PaymentHasRefunds(
                receipt=payment.receipt_no, refunded=yuan_number(payment.refunded_fen)
            )
        payload: dict[str, object] = {"payment_id": payment.id, "reason": reason}
        shift_id = shift_of(uow, ctx)
        if shift_id:
            payload["shift_id"] = shift_id
        void_id = uow.new_id()
        uow.log.append(ctx, "payment.void", void_id, payload, supervisor=supervisor)
        refresh_if_open(uow)
    return Changes(attendees={payment.attendee_id}, payments=True, result=void_id)
