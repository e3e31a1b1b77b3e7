"""Cashiers' shifts: open with a float, close blind, the report and its Z-report printout.

A shift belongs to one operator at one desk (one open at a time). Payments, refunds and voids
made by that operator at that desk while it is open carry its id (fees/payments.py). The
close is blind: the cashier passes what they counted per method; what they should hold is
computed then (the float + payments − refunds of the shift; voided payments count nowhere)
and recorded with the variance in the ``shift.close`` op. A variance needs a reason; above
the event's limit (``cash.variance_limit_fen``) a supervisor's PIN. With a receipt printer
the close queues its Z-report in the same transaction. Shifts of other desks arrive by sync.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ...domain import print_jobs as pj
from ...domain.errors import InvalidAmount, UnknownOperator
from ...domain.fee_documents import MethodSums, ShiftReportDocument
from ...domain.fee_errors import (
    MalformedCount,
    NoOpenShift,
    ShiftAlreadyClosed,
    ShiftAlreadyOpen,
    UnknownShift,
    VarianceNeedsApproval,
    VarianceNeedsReason,
)
from ...domain.fees import (
    DEFAULT_VARIANCE_LIMIT_FEN,
    VARIANCE_LIMIT_SETTING,
    expected_by_method,
    field_text,
    method_of,
    total_variance,
    variance_of,
)
from ...domain.model import DeskContext, PaymentMethod
from ...domain.money import format_yuan, yuan_number
from .. import printing
from ..changes import Changes
from ..operators import approving_supervisor
from ..ports import UnitOfWork
from .ports import MoneyFilter, ShiftRecord
from .receipts import method_zh, when


@dataclass(frozen=True, slots=True)
class ShiftReport:
    """A shift as the report shows it: open (what it holds so far) or closed (as recorded)."""

    shift_id: str
    no: str
    desk: str
    operator: str
    float_fen: int
    opened_ms: int
    closed_ms: int | None
    closed_by: str
    expected: dict[str, int]
    counted: dict[str, int] = field(default_factory=dict)
    variance: dict[str, int] = field(default_factory=dict)
    payments: int = 0
    payments_fen: int = 0
    refunds: int = 0
    refunds_fen: int = 0
    voids: int = 0
    voids_fen: int = 0
    invoices: int = 0
    first_receipt: str = ""
    last_receipt: str = ""
    reason: str = ""
    approved_by: str = ""

    @property
    def closed(self) -> bool:
        return self.closed_ms is not None

    def methods(self) -> list[MethodSums]:
        """Per method, in the desk's order: expected, and once closed counted and variance."""
        order = [m.value for m in PaymentMethod]
        names = sorted(
            {*self.expected, *self.counted, *self.variance},
            key=lambda m: order.index(m) if m in order else len(order),
        )
        return [
            MethodSums(
                m,
                self.expected.get(m, 0),
                self.counted.get(m, 0 if m in self.variance else None) if self.closed else None,
                self.variance.get(m) if self.closed else None,
            )
            for m in names
        ]

    @property
    def total_variance_fen(self) -> int:
        return total_variance(self.variance)


@dataclass(frozen=True, slots=True)
class Closed:
    report: ShiftReport
    job_id: str | None  # the Z-report's print job (None: no receipt printer)


# --- reading ----------------------------------------------------------------------------
def report_of(uow: UnitOfWork, shift: ShiftRecord) -> ShiftReport:
    """Inside a transaction: the shift with its sums (as recorded once it is closed)."""
    paid: dict[str, int] = {}
    refunded: dict[str, int] = {}
    n = {"payments": 0, "payments_fen": 0, "refunds": 0, "refunds_fen": 0}
    n |= {"voids": 0, "voids_fen": 0, "invoices": 0}
    wanted = MoneyFilter(kinds=("payment", "refund"), shift_id=shift.id)
    for g in uow.money.groups(wanted, by=()):
        if g.kind == "refund":
            refunded[g.method] = refunded.get(g.method, 0) + g.fen
            n["refunds"] += g.count
            n["refunds_fen"] += g.fen
        elif g.voided:
            n["voids"] += g.count
            n["voids_fen"] += g.fen
        else:
            paid[g.method] = paid.get(g.method, 0) + g.fen
            n["payments"] += g.count
            n["payments_fen"] += g.fen
            n["invoices"] += g.count if g.invoice else 0
    first, last = uow.shifts.receipts(shift.id)
    expected = (
        dict(shift.expected)
        if shift.closed
        else expected_by_method(shift.float_fen, paid, refunded)
    )
    return ShiftReport(
        shift.id,
        shift.no,
        shift.desk_code,
        shift.operator,
        shift.float_fen,
        shift.opened_ms,
        shift.closed_ms,
        shift.closed_by,
        expected,
        dict(shift.counted),
        dict(shift.variance),
        first_receipt=first,
        last_receipt=last,
        reason=shift.reason,
        approved_by=shift.approved_by,
        **n,
    )


def _find(uow: UnitOfWork, ref: str) -> ShiftRecord:
    shift = uow.shifts.by_id(ref.strip()) or uow.shifts.by_no(ref.strip())
    if shift is None:
        raise UnknownShift(shift=ref)
    return shift


def shift_report(uow: UnitOfWork, shift: str) -> ShiftReport:
    """One shift by id or number (A1-S001), open or closed, any desk."""
    with uow.reading():
        return report_of(uow, _find(uow, shift))


def shift_reports(uow: UnitOfWork, operator: str | None = None) -> list[ShiftReport]:
    """Every shift of the event (every desk, by sync), oldest first; or one operator's."""
    with uow.reading():
        return [report_of(uow, s) for s in uow.shifts.all(operator)]


def current_shift(
    uow: UnitOfWork, ctx: DeskContext, operator: str | None = None
) -> ShiftReport | None:
    """The open shift of ``operator`` (default: the acting one) at this desk, with its sums."""
    with uow.reading():
        shift = uow.shifts.open_for(ctx.desk_id, (operator or ctx.operator).strip())
        return report_of(uow, shift) if shift else None


def variance_limit(uow: UnitOfWork) -> int:
    """The variance above which a close needs a supervisor (fen; 50 yuan unless set)."""
    with uow.reading():
        return _limit(uow)


def _limit(uow: UnitOfWork) -> int:
    value = uow.catalog.setting(VARIANCE_LIMIT_SETTING, DEFAULT_VARIANCE_LIMIT_FEN)
    return int(value) if isinstance(value, int) and value >= 0 else DEFAULT_VARIANCE_LIMIT_FEN


def set_variance_limit(uow: UnitOfWork, ctx: DeskContext, limit_fen: int) -> Changes:
    """The event's limit (also the setup's 会议 part: 交班差额上限)."""
    if limit_fen < 0:
        raise InvalidAmount(amount=yuan_number(limit_fen))
    key = VARIANCE_LIMIT_SETTING
    with uow.writing():
        uow.log.append(ctx, "setting.set", f"setting:{key}", {"key": key, "value": limit_fen})
    return Changes(setup=True)


# --- acting -----------------------------------------------------------------------------
def open_shift(
    uow: UnitOfWork, ctx: DeskContext, float_fen: int = 0, *, operator: str | None = None
) -> Changes:
    """Open ``operator``'s (default: the acting operator's) shift at this desk with a float."""
    if float_fen < 0:
        raise InvalidAmount(amount=yuan_number(float_fen))
    who = field_text(operator or ctx.operator)
    if not who:
        raise UnknownOperator(name="")
    with uow.writing():
        current = uow.shifts.open_for(ctx.desk_id, who)
        if current is not None:
            raise ShiftAlreadyOpen(
                operator=who, desk=ctx.desk_code, shift=current.no, since=when(current.opened_ms)
            )
        no = f"{ctx.desk_code}-S{uow.log.next_counter('shift'):03d}"
        shift_id = uow.new_id()
        payload = {"operator": who, "float_fen": float_fen, "no": no}
        uow.log.append(ctx, "shift.open", shift_id, payload)
        report = report_of(uow, _find(uow, shift_id))
    return Changes(payments=True, result=report)


def _counted(counted: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, fen in counted.items():
        method = method_of(name)
        if method is None or not isinstance(fen, int) or fen < 0 or method in out:
            raise MalformedCount(text=f"{name}={fen}")
        out[method] = fen
    return out


def _variance_words(variance: dict[str, int]) -> tuple[str, str]:
    moved = [(m, v) for m, v in variance.items() if v]
    zh = "、".join(f"{method_zh(m)} {'+' if v > 0 else ''}{format_yuan(v)}" for m, v in moved)
    en = ", ".join(f"{m} {'+' if v > 0 else ''}{format_yuan(v)}" for m, v in moved)
    return zh, en


def close_shift(
    uow: UnitOfWork,
    ctx: DeskContext,
    counted: dict[str, int],
    reason: str = "",
    *,
    operator: str | None = None,
    uri: str | None = None,
) -> Changes:
    """Close ``operator``'s (default: the acting operator's) open shift at this desk, blind.

    ``counted``: fen per method as the cashier counted them (methods by code or Chinese
    name). A supervisor named in ``ctx`` approves with their PIN (needed when the variance is
    over the limit). ``result``: Closed(report, Z-report job)."""
    wanted = _counted(counted)
    reason = field_text(reason)
    who = field_text(operator or ctx.operator)
    with uow.writing():
        shift = uow.shifts.open_for(ctx.desk_id, who)
        if shift is None:
            done = [s for s in uow.shifts.all(who) if s.desk_id == ctx.desk_id and s.closed]
            if done and done[-1].closed_ms is not None:
                raise ShiftAlreadyClosed(shift=done[-1].no, at=when(done[-1].closed_ms))
            raise NoOpenShift(operator=who, desk=ctx.desk_code)
        expected = report_of(uow, shift).expected
        variance = variance_of(expected, wanted)
        total = total_variance(variance)
        if total and not reason:
            zh, en = _variance_words(variance)
            raise VarianceNeedsReason(variance=zh, variance_en=en)
        approver = ""
        if total > _limit(uow) or (ctx.supervisor or "").strip():
            if not (ctx.supervisor or "").strip():
                raise VarianceNeedsApproval(
                    total=yuan_number(total), limit=yuan_number(_limit(uow))
                )
            approver = approving_supervisor(uow, ctx)
        payload = {
            "shift_id": shift.id,
            "counted": wanted,
            "expected": expected,
            "variance": variance,
            "reason": reason,
            "approved_by": approver,
        }
        uow.log.append(ctx, "shift.close", shift.id, payload, supervisor=approver or None)
        report = report_of(uow, _find(uow, shift.id))
        target = printing.printer_target(uow, pj.PrinterRole.RECEIPT, uri, required=False)
        job_id = _add_report_job(uow, report, target, copy=False) if target else None
    return Changes(payments=True, result=Closed(report, job_id))


# --- the Z-report -----------------------------------------------------------------------
def report_document(
    uow: UnitOfWork, report: ShiftReport, *, copy: bool = False
) -> ShiftReportDocument:
    """Inside a transaction: the Z-report as printed (also the window's preview)."""
    event = uow.catalog.event()
    return ShiftReportDocument(
        shift_no=report.no,
        desk=report.desk,
        operator=report.operator,
        opened_at=when(report.opened_ms),
        closed_at=when(report.closed_ms) if report.closed_ms is not None else "",
        organizer=event.organizer,
        event_name=event.name,
        float_fen=report.float_fen,
        first_receipt=report.first_receipt,
        last_receipt=report.last_receipt,
        methods=tuple(
            MethodSums(method_zh(m.method), m.expected_fen, m.counted_fen, m.variance_fen)
            for m in report.methods()
        ),
        payments=report.payments,
        payments_fen=report.payments_fen,
        refunds=report.refunds,
        refunds_fen=report.refunds_fen,
        voids=report.voids,
        voids_fen=report.voids_fen,
        invoices=report.invoices,
        reason=report.reason,
        approved_by=report.approved_by,
        printed_at=datetime.now().strftime("%Y-%m-%d %H:%M"),
        copy=copy,
    )


def _add_report_job(uow: UnitOfWork, report: ShiftReport, target: str, *, copy: bool) -> str:
    doc = report_document(uow, report, copy=copy)
    kind = pj.ShiftReportCopyJobTitle if copy else pj.ShiftReportJobTitle
    payload = {"uri": target, **pj.title_payload(kind(shift=report.no)), "report": doc.to_dict()}
    return uow.print_jobs.add(pj.JobKind.SHIFT_REPORT.value, report.shift_id, payload)


def print_shift_report(
    uow: UnitOfWork, ctx: DeskContext, shift: str, *, uri: str | None = None
) -> Changes:
    """Print a shift's report (any shift, open or closed); a second print says 补打."""
    with uow.writing():
        target = printing.printer_target(uow, pj.PrinterRole.RECEIPT, uri, required=True)
        assert target is not None
        report = report_of(uow, _find(uow, shift))
        copy = uow.print_jobs.count_for(pj.JobKind.SHIFT_REPORT.value, report.shift_id) > 0
        job_id = _add_report_job(uow, report, target, copy=copy)
    return Changes(result=printing.Queued(report.no, job_id))
