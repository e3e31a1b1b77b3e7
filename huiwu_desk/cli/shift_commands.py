"""`shift open|close|report|day` (shared/cli.md, issue 15): a cashier's shift from its float
to its blind close and Z-report, every shift of the event, and the day's close (日结).

The use cases are services/fees/shifts.py and day_close.py, as in the window; a Z-report the
close queues (this desk's receipt printer, or ``--printer``) is sent at once.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from ..domain.errors import InvalidField
from ..domain.fees import parse_counted
from ..domain.money import format_yuan, parse_yuan, yuan_number
from ..services import printing
from ..services.fees import day_close, shifts
from ..services.fees.receipts import method_zh
from .commands import _ctx, _open
from .output import emit
from .print_commands import say_unprinted, send_queued


def _by_method(values: dict[str, int]) -> dict[str, float | int]:
    return {method: yuan_number(fen) for method, fen in values.items()}


def _when(ms: int | None) -> str | None:
    return None if ms is None else datetime.fromtimestamp(ms / 1000).isoformat(timespec="seconds")


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
        printed = send_queued(store, closed.job_id)
    report = closed.report
    emit(args.json, {**shift_json(report), **printed}, _shift_line(report))
    say_unprinted(printed, "交班报表")
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
            printed = send_queued(store, queued.job_id)
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


Adder = Callable[..., None]


def register(sub: Any, _file: Adder, _approval: Adder) -> None:
    shift = sub.add_parser("shift", help="cashiers' shifts: open, close (blind), report, day")
    shift_sub = shift.add_subparsers(
        dest="shift_command", required=True, metavar="open|close|report|day"
    )
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
