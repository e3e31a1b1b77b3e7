"""A shift as its report shows it, and its Z-report (交班报表) as printed on the receipt
printer: the sums of its lines (fees/shifts.py opens and closes it; day_close.py and the
exports list it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ...domain import print_jobs as pj
from ...domain.fee_documents import MethodSums, ShiftReportDocument
from ...domain.fee_errors import UnknownShift
from ...domain.fees import expected_by_method, total_variance
from ...domain.model import PaymentMethod
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


def find_shift(uow: UnitOfWork, ref: str) -> ShiftRecord:
    shift = uow.shifts.by_id(ref.strip()) or uow.shifts.by_no(ref.strip())
    if shift is None:
        raise UnknownShift(shift=ref)
    return shift


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


def add_report_job(uow: UnitOfWork, report: ShiftReport, target: str, *, copy: bool) -> str:
    doc = report_document(uow, report, copy=copy)
    kind = pj.ShiftReportCopyJobTitle if copy else pj.ShiftReportJobTitle
    payload = {"uri": target, **pj.title_payload(kind(shift=report.no)), "report": doc.to_dict()}
    return uow.print_jobs.add(pj.JobKind.SHIFT_REPORT.value, report.shift_id, payload)
