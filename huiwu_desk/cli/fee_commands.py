"""`pay`, `refund`, `void` and `shift open|close|report|day` (shared/cli.md, issue 15).

Each command calls the same use case as the window (services/printing.py: pay_with_receipt,
refund_with_receipt, void_with_slip; services/fees/shifts.py), which queues its own receipt,
slip or Z-report when this desk has a receipt printer (or ``--printer`` names one); the
command line then sends it at once and waits for it. Amounts and counts are read by the one
strict parser (domain/money.parse_yuan) before the event file is opened.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime
from typing import Any

from ..bootstrap import EventStore
from ..domain.errors import InvalidField
from ..domain.fees import BillTo, InvoiceRequest, parse_counted
from ..domain.model import PAYMENT_METHOD_ZH, PaymentMethod
from ..domain.money import format_yuan, parse_yuan, yuan_number
from ..services import printing
from ..services.fees import day_close, shifts
from ..services.fees.payments import Recorded
from ..services.fees.receipts import method_zh
from .commands import _ctx, _open, _person
from .output import emit


def _yuan(fen: int | None) -> float | int | None:
    return None if fen is None else yuan_number(fen)


def _by_method(values: dict[str, int]) -> dict[str, float | int]:
    return {method: yuan_number(fen) for method, fen in values.items()}


def _when(ms: int | None) -> str | None:
    return None if ms is None else datetime.fromtimestamp(ms / 1000).isoformat(timespec="seconds")


def _send(store: EventStore, job_id: str | None) -> dict[str, Any]:
    """Send a queued job now; the JSON keys of print_commands.print_outcome."""
    from .print_commands import _send_now, print_outcome

    return print_outcome(_send_now(store, job_id)) if job_id else {}


def _said(printed: dict[str, Any], what: str) -> None:
    if printed and not printed.get("printed"):  # the act stands; the job waits for a retry
        sys.stderr.write(f"{what}未打印：{printed.get('print_error')}\n")


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
        printed = _send(store, queued.job_id)
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
    _said(printed, "收据")
    return 0


# --- refund and void ------------------------------------------------------------------------
def cmd_refund(args: argparse.Namespace) -> int:
    amount = parse_yuan(args.amount) if args.amount is not None else None
    with _open(args, write=True) as store:
        ctx = _ctx(store, args)
        queued: printing.Queued = printing.refund_with_receipt(
            store.uow, ctx, args.receipt, amount, args.reason, uri=args.printer
        ).result
        printed = _send(store, queued.job_id)
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
    _said(printed, "退款收据")
    return 0


def cmd_void(args: argparse.Namespace) -> int:
    with _open(args, write=True) as store:
        ctx = _ctx(store, args)
        queued: printing.Queued = printing.void_with_slip(
            store.uow, ctx, args.receipt, args.reason, uri=args.printer
        ).result
        printed = _send(store, queued.job_id)
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
    _said(printed, "作废凭证")
    return 0


# --- shifts -------------------------------------------------------------------------------
def shift_json(report: shifts.ShiftReport) -> dict[str, Any]:
    return {
        "shift_id": report.shift_id,
        "shift_no": report.no,
        "operator": report.operator,
        "desk": report.desk,
        "status": "closed" if report.closed else "open",
        "opened_at": _when(report.opened_ms),
        "closed_at": _when(report.closed_ms),
        "float": yuan_number(report.float_fen),
        "expected": _by_method(report.expected),
        "counted": _by_method(report.counted),
        "variance": _by_method(report.variance),
        "payments": report.payments,
        "payments_total": yuan_number(report.payments_fen),
        "refunds": report.refunds,
        "refunds_total": yuan_number(report.refunds_fen),
        "voids": report.voids,
        "voids_total": yuan_number(report.voids_fen),
        "invoices": report.invoices,
        "first_receipt": report.first_receipt or None,
        "last_receipt": report.last_receipt or None,
        "reason": report.reason,
        "approved_by": report.approved_by or None,
    }


def _shift_line(r: shifts.ShiftReport) -> str:
    state = f"已交班 {_when(r.closed_ms)}" if r.closed else "未交班"
    sums = []
    for m in r.methods():
        part = f"{method_zh(m.method)}应有 {format_yuan(m.expected_fen)}"
        if m.counted_fen is not None and m.variance_fen is not None:
            part += f" 实点 {format_yuan(m.counted_fen)} 差额 {format_yuan(m.variance_fen)}"
        sums.append(part)
    return (
        f"{r.no}\t{r.desk}\t{r.operator}\t{state}\t收款 {r.payments} 笔 退款 {r.refunds} 笔 "
        f"作废 {r.voids} 笔\t{'，'.join(sums)}\t收据 {r.first_receipt or '—'} 至 "
        f"{r.last_receipt or '—'}"
    )


def cmd_shift_open(args: argparse.Namespace) -> int:
    float_fen = parse_yuan(args.float, allow_zero=True)
    with _open(args, write=True) as store:
        report: shifts.ShiftReport = shifts.open_shift(
            store.uow, _ctx(store, args), float_fen
        ).result
    emit(
        args.json,
        shift_json(report),
        f"{report.operator} 在 {report.desk} 台开班 {report.no}，备用金 {format_yuan(float_fen)} 元",
    )
    return 0


def cmd_shift_close(args: argparse.Namespace) -> int:
    counted = parse_counted(args.counted)  # blind: what the cashier holds, before any figure
    with _open(args, write=True) as store:
        closed: shifts.Closed = shifts.close_shift(
            store.uow, _ctx(store, args), counted, args.reason or "", uri=args.printer
        ).result
        printed = _send(store, closed.job_id)
    report = closed.report
    emit(args.json, {**shift_json(report), **printed}, _shift_line(report))
    _said(printed, "交班报表")
    return 0


def cmd_shift_report(args: argparse.Namespace) -> int:
    if args.printer and not args.shift:
        raise InvalidField(field="--shift", reason="打印交班报表要用 --shift 指定班次")
    with _open(args, write=bool(args.printer)) as store:
        printed: dict[str, Any] = {}
        if args.printer:
            queued: printing.Queued = shifts.print_shift_report(
                store.uow, _ctx(store, args), args.shift, uri=args.printer
            ).result
            printed = _send(store, queued.job_id)
        if args.shift:
            found = [shifts.shift_report(store.uow, args.shift)]
        else:
            found = shifts.shift_reports(store.uow, (args.operator or "").strip() or None)
    data: Any = [shift_json(r) for r in found]
    if printed:
        data = {"shifts": data, **printed}
    emit(args.json, data, [_shift_line(r) for r in found] or ["还没有班次"])
    return 0


def cmd_shift_day(args: argparse.Namespace) -> int:
    day = date.fromisoformat(args.date) if args.date else date.today()
    with _open(args, write=False) as store:
        close = day_close.day_close(store.uow, day)

    def rows(found: tuple[day_close.DayRow, ...]) -> list[dict[str, Any]]:
        return [{"key": r.key, **_totals(r.totals)} for r in found]

    data = {
        "date": day.isoformat(),
        **_totals(close.total),
        "by_desk": rows(close.by_desk),
        "by_operator": rows(close.by_operator),
        "by_method": rows(close.by_method),
        "by_fee_item": rows(close.by_fee_item),
        "shifts": [shift_json(s) for s in close.shifts],
        "open_shifts": close.open_shifts,
    }
    t = close.total
    lines = [
        f"{day.isoformat()} 日结：收款 {t.payments} 笔 {format_yuan(t.paid_fen)} 元，"
        f"退款 {t.refunds} 笔 {format_yuan(t.refunded_fen)} 元，净额 {format_yuan(t.net_fen)} 元，"
        f"作废 {t.voided} 笔；班次 {len(close.shifts)}（未交班 {close.open_shifts}）"
    ]
    for title, found in (
        ("报到台", close.by_desk),
        ("操作员", close.by_operator),
        ("收款方式", close.by_method),
        ("收费项目", close.by_fee_item),
    ):
        for r in found:
            key = method_zh(r.key) if found is close.by_method else r.key
            lines.append(f"  {title} {key}：净额 {format_yuan(r.totals.net_fen)} 元")
    emit(args.json, data, lines)
    return 0


def _totals(t: Any) -> dict[str, Any]:
    return {
        "payments": t.payments,
        "paid": yuan_number(t.paid_fen),
        "refunds": t.refunds,
        "refunded": yuan_number(t.refunded_fen),
        "voided": t.voided,
        "net": yuan_number(t.net_fen),
        "invoices": t.invoices,
    }


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

    shift = sub.add_parser("shift", help="cashiers' shifts: open, close (blind), report, day")
    shift_sub = shift.add_subparsers(dest="shift_command", required=True,
                                     metavar="open|close|report|day")  # fmt: skip
    p = shift_sub.add_parser("open", help="open the operator's shift at this desk")
    _file(p)
    p.add_argument("--operator", required=True)
    p.add_argument("--float", default="0", help="cash float, yuan (default 0)")
    p.set_defaults(run=cmd_shift_open)
    p = shift_sub.add_parser("close", help="close the operator's shift, blind")
    _file(p)
    p.add_argument("--operator", required=True)
    p.add_argument("--counted", required=True, help="METHOD=YUAN[,METHOD=YUAN…] as counted")
    p.add_argument("--reason", help="why the count differs (needed for any variance)")
    _approval(p, required=False)
    p.add_argument("--printer", help="print the Z-report on this printer URI")
    p.set_defaults(run=cmd_shift_close)
    p = shift_sub.add_parser("report", help="every shift, open or closed")
    _file(p)
    p.add_argument("--operator", help="only this operator's shifts")
    p.add_argument("--shift", help="one shift, by id or number (A1-S001)")
    p.add_argument("--printer", help="print the shift's report (with --shift)")
    p.set_defaults(run=cmd_shift_report)
    p = shift_sub.add_parser("day", help="the day's close (日结) of the whole event")
    _file(p)
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.set_defaults(run=cmd_shift_day)
