"""`pay`, `refund` and `void` (shared/cli.md, issue 15; `shift …` in shift_commands.py).

Each command calls the same use case as the window (services/printing.py: pay_with_receipt,
refund_with_receipt, void_with_slip), which queues its own receipt or slip when this desk has a
receipt printer (or ``--printer`` names one); the command line then sends it at once and waits
for it. Amounts are read by the one strict parser (domain/money.parse_yuan) before the event
file is opened.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from ..domain.fees import BillTo, InvoiceRequest
from ..domain.model import PAYMENT_METHOD_ZH, PaymentMethod
from ..domain.money import format_yuan, parse_yuan, yuan_number
from ..services import printing
from ..services.fees import shifts
from ..services.fees.payments import Recorded
from . import shift_commands
from .commands import _ctx, _open, _person
from .output import emit
from .print_commands import say_unprinted, send_queued


def _yuan(fen: int | None) -> float | int | None:
    return None if fen is None else yuan_number(fen)


# --- pay ----------------------------------------------------------------------------------
def _details(args: argparse.Namespace) -> dict[str, Any]:
    invoice = InvoiceRequest(
        type=args.invoice_type or "",
        title=args.invoice_title or "",
        tax_number=args.tax_number or "",
        address_phone=args.invoice_address or "",
        bank_account=args.invoice_bank or "",
        content=args.invoice_content or "",
        phone=args.invoice_phone or "",
        email=args.email or "",
    ).checked()
    details: dict[str, Any] = {
        "item": args.item,
        "reference": args.ref or "",
        "note": args.note or "",
        "invoice": invoice,
    }
    if args.tendered is not None:
        details["tendered_fen"] = parse_yuan(args.tendered)
    if args.method == PaymentMethod.BILL or args.bill_unit or args.bill_contact:
        details["bill_to"] = BillTo(args.bill_unit or "", args.bill_contact or "")
    return details


def cmd_pay(args: argparse.Namespace) -> int:
    amount = parse_yuan(args.amount)
    details = _details(args)  # every bad option says so before the file is opened
    with _open(args, write=True) as store:
        ctx = _ctx(store, args)
        queued: printing.Queued = printing.pay_with_receipt(
            store.uow, ctx, args.code, amount, args.method, uri=args.printer, **details
        ).result
        printed = send_queued(store, queued.job_id)
        person = _person(store, args.code)
        done: Recorded | None = queued.payment
        assert done is not None
        shift = shifts.shift_report(store.uow, done.shift_id) if done.shift_id else None
    req: InvoiceRequest = details["invoice"]
    data = {
        "receipt_no": done.receipt_no,
        "code": person.code,
        "name": person.name,
        "amount": yuan_number(amount),
        "method": done.method,
        "item": done.item,
        "change": _yuan(done.change_fen),
        "tendered": _yuan(done.tendered_fen),
        "shift_id": done.shift_id or None,
        "shift_no": shift.no if shift else None,
        "reference": args.ref or "",
        "invoice": (
            {
                "type": req.type,
                "title": req.title,
                "tax_number": req.tax_number,
                "address_phone": req.address_phone,
                "bank_account": req.bank_account,
                "content": req.content,
                "phone": req.phone,
                "email": req.email,
            }
            if req.requested
            else None
        ),
        **printed,
    }
    method = PAYMENT_METHOD_ZH[PaymentMethod(done.method)]
    line = f"收据 {done.receipt_no}：{person.name} {done.item} {format_yuan(amount)} 元（{method}）"
    if done.change_fen:
        line += f"，找零 {format_yuan(done.change_fen)} 元"
    emit(args.json, data, line)
    say_unprinted(printed, "收据")
    return 0


# --- refund and void ------------------------------------------------------------------------
def cmd_refund(args: argparse.Namespace) -> int:
    amount = parse_yuan(args.amount) if args.amount is not None else None
    with _open(args, write=True) as store:
        ctx = _ctx(store, args)
        queued: printing.Queued = printing.refund_with_receipt(
            store.uow, ctx, args.receipt, amount, args.reason, uri=args.printer
        ).result
        printed = send_queued(store, queued.job_id)
        with store.uow.reading():
            payment = store.uow.payments.by_receipt(args.receipt)
            assert payment is not None
            person = store.uow.attendees.by_id(payment.attendee_id)
    refunded = payment.refunded_fen if amount is None else amount
    name = person.name if person else ""
    data = {
        "receipt_no": queued.value,
        "original_receipt": args.receipt,
        "code": person.code if person else "",
        "name": name,
        "amount": yuan_number(refunded),
        "supervisor": ctx.supervisor,
        **printed,
    }
    emit(
        args.json,
        data,
        f"退款收据 {queued.value}：{name} 退还 {format_yuan(refunded)} 元"
        f"（原收据 {args.receipt}，主管 {ctx.supervisor} 批准）",
    )
    say_unprinted(printed, "退款收据")
    return 0


def cmd_void(args: argparse.Namespace) -> int:
    with _open(args, write=True) as store:
        ctx = _ctx(store, args)
        queued: printing.Queued = printing.void_with_slip(
            store.uow, ctx, args.receipt, args.reason, uri=args.printer
        ).result
        printed = send_queued(store, queued.job_id)
        with store.uow.reading():
            payment = store.uow.payments.by_receipt(args.receipt)
            assert payment is not None
            person = store.uow.attendees.by_id(payment.attendee_id)
    name = person.name if person else ""
    data = {
        "receipt_no": payment.receipt_no,
        "void_id": queued.value,
        "voided": True,
        "code": person.code if person else "",
        "name": name,
        "amount": yuan_number(payment.amount_fen),
        "method": payment.method,
        "reason": args.reason.strip(),
        "supervisor": ctx.supervisor,
        **printed,
    }
    emit(
        args.json,
        data,
        f"收据 {payment.receipt_no} 已作废：{name} {format_yuan(payment.amount_fen)} 元"
        f"（主管 {ctx.supervisor} 批准，原因：{args.reason.strip()}）",
    )
    say_unprinted(printed, "作废凭证")
    return 0


# --- the parsers --------------------------------------------------------------------------
def _file(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="event file (.huiwu)")
    p.add_argument("--json", action="store_true", help="print one JSON document")


def _approval(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--supervisor", required=required, help="the approving supervisor's name")
    p.add_argument(
        "--pin",
        default=os.environ.get("HUIWU_SUPERVISOR_PIN"),
        help="the supervisor's PIN (or set HUIWU_SUPERVISOR_PIN)",
    )


def register(sub: Any) -> None:
    methods = [m.value for m in PaymentMethod]
    p = sub.add_parser("pay", help="record a payment (and print its receipt)")
    _file(p)
    p.add_argument("--operator", help="who does it (default: the desk's operator)")
    p.add_argument("code")
    p.add_argument("--amount", required=True, help="yuan")
    p.add_argument("--method", required=True, choices=methods)
    p.add_argument("--item", help="fee item (default: the first with something left)")
    p.add_argument("--tendered", help="cash handed over, yuan (the change is what is more)")
    p.add_argument("--ref", help="transaction number (WeChat, Alipay, card terminal)")
    p.add_argument("--invoice-type", help="normal (普票) or special (专票)")
    p.add_argument("--invoice-title", help="invoice title (抬头)")
    p.add_argument("--tax-number", help="taxpayer number (税号)")
    p.add_argument("--invoice-address", help="专票: address and phone (地址、电话)")
    p.add_argument("--invoice-bank", help="专票: bank and account (开户行及账号)")
    p.add_argument("--invoice-content", help="会务费, 培训费, 住宿费…")
    p.add_argument("--invoice-phone", help="phone the e-fapiao goes to")
    p.add_argument("--email", help="email the e-fapiao goes to")
    p.add_argument("--bill-unit", help="签单: the unit that settles")
    p.add_argument("--bill-contact", help="签单: who to ask there")
    p.add_argument("--note")
    p.add_argument("--printer", help="print the receipt on this printer URI")
    p.set_defaults(run=cmd_pay)

    p = sub.add_parser("refund", help="refund a payment, approved by a supervisor")
    _file(p)
    p.add_argument("--operator", help="who does it (default: the desk's operator)")
    p.add_argument("receipt", help="the receipt number of the payment")
    _approval(p, required=True)
    p.add_argument("--amount", help="yuan (default: all that is left of the payment)")
    p.add_argument("--reason", default="", help="why the money goes back")
    p.add_argument("--printer", help="print the refund slip on this printer URI")
    p.set_defaults(run=cmd_refund)

    p = sub.add_parser("void", help="void a payment entered by mistake (supervisor)")
    _file(p)
    p.add_argument("--operator", help="who does it (default: the desk's operator)")
    p.add_argument("receipt", help="the receipt number of the payment")
    _approval(p, required=True)
    p.add_argument("--reason", required=True, help="why it is void")
    p.add_argument("--printer", help="print the void slip on this printer URI")
    p.set_defaults(run=cmd_void)
    shift_commands.register(sub, _file, _approval)
