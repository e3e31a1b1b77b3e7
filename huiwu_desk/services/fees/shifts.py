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

from ...domain import print_jobs as pj
from ...domain.errors import InvalidAmount, UnknownOperator
from ...domain.fee_documents import ShiftReportDocument
from ...domain.fee_errors import (
    MalformedCount,
    NoOpenShift,
    ShiftAlreadyClosed,
    ShiftAlreadyOpen,
    VarianceNeedsApproval,
    VarianceNeedsReason,
)
from ...domain.fees import (
    DEFAULT_VARIANCE_LIMIT_FEN,
    VARIANCE_LIMIT_SETTING,
    field_text,
    method_of,
    total_variance,
    variance_of,
)
from ...domain.model import DeskContext
from ...domain.money import format_yuan, yuan_number
from .. import printing
from ..changes import Changes
from ..operators import approving_supervisor
from ..ports import UnitOfWork
from .receipts import method_zh, when
from .shift_report import (
    Closed,
    ShiftReport,
    add_report_job,
    find_shift,
    report_document,
    report_of,
)


def shift_report(uow: UnitOfWork, shift: str) -> ShiftReport:
    """One shift by id or number (A1-S001), open or closed, any desk."""
    with uow.reading():
        return report_of(uow, find_shift(uow, shift))


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
        report = report_of(uow, find_shift(uow, shift_id))
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
        report = report_of(uow, find_shift(uow, shift.id))
        target = printing.printer_target(uow, pj.PrinterRole.RECEIPT, uri, required=False)
        job_id = add_report_job(uow, report, target, copy=False) if target else None
    return Changes(payments=True, result=Closed(report, job_id))


def shift_document(uow: UnitOfWork, shift: str) -> ShiftReportDocument:
    """The Z-report of a shift (by id or number) as it would print: the window's preview."""
    with uow.reading():
        return report_document(uow, report_of(uow, find_shift(uow, shift)))


def print_shift_report(
    uow: UnitOfWork, ctx: DeskContext, shift: str, *, uri: str | None = None
) -> Changes:
    """Print a shift's report (any shift, open or closed); a second print says 补打."""
    with uow.writing():
        target = printing.printer_target(uow, pj.PrinterRole.RECEIPT, uri, required=True)
        assert target is not None
        report = report_of(uow, find_shift(uow, shift))
        copy = uow.print_jobs.count_for(pj.JobKind.SHIFT_REPORT.value, report.shift_id) > 0
        job_id = add_report_job(uow, report, target, copy=copy)
    return Changes(result=printing.Queued(report.no, job_id))


__all__ = [  # the window's calls (ShiftReport and Closed from shift_report.py)
    "Closed",
    "ShiftReport",
    "close_shift",
    "current_shift",
    "open_shift",
    "print_shift_report",
    "set_variance_limit",
    "shift_document",
    "shift_report",
    "shift_reports",
    "variance_limit",
]
