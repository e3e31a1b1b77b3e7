"""The receipt, the refund receipt and the void slip of a payment, as recorded, and their print
jobs (queued in the caller's transaction; services/printing.py decides when)."""

from __future__ import annotations

from datetime import datetime

from ...domain import print_jobs as pj
from ...domain.documents import ReceiptDocument
from ...domain.errors import UnknownPayment
from ...domain.fees import invoice_type_zh
from ...domain.model import PAYMENT_METHOD_ZH, Payment, PaymentMethod
from ...domain.print_jobs import JobKind
from ..ports import UnitOfWork
from .ports import MoneyFilter


def when(at_ms: int) -> str:
    return datetime.fromtimestamp(at_ms / 1000).strftime("%Y-%m-%d %H:%M")


def method_zh(method: str) -> str:
    try:
        return PAYMENT_METHOD_ZH[PaymentMethod(method)]
    except ValueError:
        return method


def _shift_no(uow: UnitOfWork, shift_id: str) -> str:
    shift = uow.shifts.by_id(shift_id) if shift_id else None
    return shift.no if shift else ""


def _payment_document(uow: UnitOfWork, payment: Payment, copy: bool) -> ReceiptDocument:
    event = uow.catalog.event()
    fee_items = {f.id: f.name for f in uow.catalog.fee_items()}
    person = uow.attendees.by_id(payment.attendee_id)
    change = payment.tendered_fen - payment.amount_fen if payment.tendered_fen else 0
    return ReceiptDocument(
        receipt_no=payment.receipt_no,
        at=when(payment.at_ms),
        payer_name=person.name if person else "",
        payer_unit=person.unit if person else "",
        amount_fen=payment.amount_fen,
        method=method_zh(payment.method),
        desk=payment.desk_code,
        operator=payment.operator,
        organizer=event.organizer,
        event_name=event.name,
        fee_item=fee_items.get(payment.fee_item_id, ""),
        invoice_title=payment.invoice_title,
        tax_number=payment.tax_number,
        copy=copy,
        tendered_fen=payment.tendered_fen,
        change_fen=change,
        reference=payment.reference,
        invoice_type=invoice_type_zh(payment.invoice_type) if payment.invoice_title else "",
        invoice_content=payment.invoice_content,
        bill_unit=payment.bill_unit,
        bill_contact=payment.bill_contact,
        shift_no=_shift_no(uow, payment.shift_id),
    )


def receipt_document(uow: UnitOfWork, receipt_no: str, *, copy: bool = False) -> ReceiptDocument:
    """The receipt (or refund receipt) with that number, as recorded; inside a transaction."""
    payment = uow.payments.by_receipt(receipt_no)
    if payment is not None:
        return _payment_document(uow, payment, copy)
    refund = uow.print_jobs.refund(receipt_no)
    if refund is None:
        raise UnknownPayment(receipt=receipt_no)
    event = uow.catalog.event()
    fee_items = {f.id: f.name for f in uow.catalog.fee_items()}
    person = uow.attendees.by_id(refund.attendee_id)
    lines = uow.money.page(MoneyFilter(kinds=("refund",), receipt=receipt_no), 0, 1)
    return ReceiptDocument(
        receipt_no=refund.receipt_no,
        at=when(refund.at_ms),
        payer_name=person.name if person else "",
        payer_unit=person.unit if person else "",
        amount_fen=refund.amount_fen,
        method=method_zh(refund.method),
        desk=refund.desk_code,
        operator=refund.operator,
        organizer=event.organizer,
        event_name=event.name,
        fee_item=fee_items.get(refund.fee_item_id, ""),
        refund=True,
        original_receipt=refund.payment_receipt_no,
        reason=refund.reason,
        supervisor=refund.supervisor,
        copy=copy,
        shift_no=_shift_no(uow, lines[0].shift_id) if lines else "",
    )


def void_document(uow: UnitOfWork, receipt_no: str, *, copy: bool = False) -> ReceiptDocument:
    """The slip of the (latest) void of the payment with that receipt number."""
    payment = uow.payments.by_receipt(receipt_no)
    voids = uow.money.page(MoneyFilter(kinds=("void",), receipt=receipt_no), 0, 1)
    if payment is None or not voids:
        raise UnknownPayment(receipt=receipt_no)
    void = voids[0]
    doc = _payment_document(uow, payment, copy)
    return ReceiptDocument(
        **{
            **doc.to_dict(),
            "void": True,
            "at": when(void.at_ms),
            "desk": void.desk_code,
            "operator": void.operator,
            "supervisor": void.supervisor,
            "reason": void.reason,
            "tendered_fen": 0,
            "change_fen": 0,
            "shift_no": _shift_no(uow, void.shift_id),
        }
    )


def add_receipt_job(
    uow: UnitOfWork, receipt_no: str, target: str, *, copy: bool | None = None
) -> str:
    """Queue a receipt or refund receipt; ``copy`` None: a copy when printed here before."""
    if copy is None:
        copy = uow.print_jobs.count_for(JobKind.RECEIPT.value, receipt_no) > 0
    doc = receipt_document(uow, receipt_no, copy=copy)
    kinds = (
        (pj.ReceiptJobTitle, pj.ReceiptCopyJobTitle),
        (pj.RefundJobTitle, pj.RefundCopyJobTitle),
    )
    title = kinds[doc.refund][copy](receipt=receipt_no)
    payload = {"uri": target, **pj.title_payload(title), "doc": doc.to_dict()}
    return uow.print_jobs.add(JobKind.RECEIPT.value, receipt_no, payload)


def add_void_job(uow: UnitOfWork, receipt_no: str, target: str) -> str:
    """Queue the slip of a void (its own job: the receipt's reprints stay counted apart)."""
    doc = void_document(uow, receipt_no)
    payload = {
        "uri": target,
        **pj.title_payload(pj.VoidJobTitle(receipt=receipt_no)),
        "doc": doc.to_dict(),
    }
    return uow.print_jobs.add(JobKind.RECEIPT.value, f"{receipt_no}#void", payload)
