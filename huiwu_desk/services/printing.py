"""Printing use cases: a job is queued in the same transaction as the desk op that asks for it.

A printer never blocks or undoes the desk: these functions only write a ``queued`` job (a
snapshot of what to print); the print worker (adapters/printing/worker.py) sends it after the
commit, off the caller's thread, and records ``done`` or ``failed`` with one sentence.
When this desk has no printer for the role, nothing is queued and the op still happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain import print_jobs as pj
from ..domain.documents import BadgeDocument, BadgeTemplate
from ..domain.model import Attendee, DeskContext
from ..domain.print_errors import NoPrinterConfigured
from ..domain.print_jobs import ROLE_ZH, JobKind, PrinterRole, parse_printer_uri
from . import badge_rules, desk, lookup
from .changes import Changes
from .fees import payments, receipts
from .ports import UnitOfWork
from .print_templates import template_for

receipt_document = receipts.receipt_document  # the receipt as recorded (fees/receipts.py)

BADGE_ON_CHECKIN_SETTING = "print.badge_on_checkin"  # event setting, default on


@dataclass(frozen=True, slots=True)
class Queued:
    """What a printing use case did: the desk op's own result, and the job (None: no printer)."""

    value: Any  # badge version, receipt number, check-in result…
    job_id: str | None
    held_fen: int = 0  # a badge not printed yet: the fee still owed holds it (badge_rules)
    badge_job: str | None = None  # a payment that cleared the fee released the held badge
    payment: payments.Recorded | None = None  # pay_with_receipt: item, change, shift


# --- printers of this desk ----------------------------------------------------------------
def printers(uow: UnitOfWork) -> dict[str, str]:
    with uow.reading():
        return uow.print_jobs.printers()


def set_printer(uow: UnitOfWork, role: str, uri: str | None) -> Changes:
    """Give this desk a printer for a role (``badge`` / ``receipt``); None removes it."""
    role = PrinterRole(role).value
    text = parse_printer_uri(uri).text if uri else None
    with uow.writing():
        uow.print_jobs.set_printer(role, text)
    return Changes(setup=True)


def printer_target(
    uow: UnitOfWork, role: PrinterRole, uri: str | None, *, required: bool
) -> str | None:
    if uri:
        return parse_printer_uri(uri).text
    found = uow.print_jobs.printers().get(role.value)
    if found is None and required:
        raise NoPrinterConfigured(role=ROLE_ZH[role], role_en=role.value)
    return found


# --- documents ----------------------------------------------------------------------------
def badge_document(uow: UnitOfWork, person: Attendee, version: int) -> BadgeDocument:
    category = uow.catalog.category(person.category_id)
    return BadgeDocument(
        code=person.code,
        version=version,
        name=person.name,
        unit=person.unit,
        title=person.title,
        category=category.name if category else "",
        category_color=category.badge_color if category else "#6e7781",
        event_name=uow.catalog.event().name,
    )


def _person(uow: UnitOfWork, code: str) -> Attendee:
    return lookup.attendee(uow, code)


def preview_badge(
    uow: UnitOfWork, code: str, template_key: str | None = None
) -> tuple[BadgeDocument, BadgeTemplate]:
    """The badge a person would get now (their current version), and its template; records nothing."""
    with uow.reading():
        person = _person(uow, code)
        version = max(uow.badges.latest_version(person.id), 1)
        doc = badge_document(uow, person, version)
        category = uow.catalog.category(person.category_id)
        template = template_for(uow, category.key if category else "", template_key=template_key)
    return doc, template


# --- queueing (call inside or outside a transaction: nested ones join the outer) ----------
def _add_badge_job(
    uow: UnitOfWork, person: Attendee, version: int, target: str, template_key: str | None
) -> str:
    category = uow.catalog.category(person.category_id)
    template = template_for(uow, category.key if category else "", uri=target,
                            template_key=template_key)  # fmt: skip
    doc = badge_document(uow, person, version)
    title = (
        pj.BadgeReprintJobTitle(name=person.name, version=version)
        if version > 1
        else pj.BadgeJobTitle(name=person.name)
    )
    payload = {
        "uri": target,
        **pj.title_payload(title),
        "template": template.to_dict(),
        "docs": [doc.to_dict()],
    }
    return uow.print_jobs.add(JobKind.BADGE.value, person.id, payload)


def queue_badge(
    uow: UnitOfWork,
    ctx: DeskContext,
    code: str,
    *,
    reason: str = "",
    uri: str | None = None,
    template_key: str | None = None,
) -> Changes:
    """Print a badge: the next version is recorded (a reprint needs a reason) and a job queued."""
    with uow.writing():
        target = printer_target(uow, PrinterRole.BADGE, uri, required=True)
        assert target is not None
        version = desk.record_badge_print(uow, ctx, code, reason).result
        person = _person(uow, code)
        job_id = _add_badge_job(uow, person, version, target, template_key)
    return Changes(attendees={person.id}, badges=True, result=Queued(version, job_id))


def badge_if_configured(uow: UnitOfWork, ctx: DeskContext, code: str) -> Queued:
    """Inside a check-in's transaction: a first badge when this desk prints badges at check-in."""
    person = _person(uow, code)
    owed = badge_rules.badge_held_for(uow, person)
    if owed > 0:  # printed (or a pre-printed one handed over) once the fee is paid
        return Queued(None, None, held_fen=owed)
    target = printer_target(uow, PrinterRole.BADGE, None, required=False)
    if target is None or not uow.catalog.setting(BADGE_ON_CHECKIN_SETTING, True):
        return Queued(None, None)
    if uow.badges.latest_version(person.id) > 0:
        return Queued(None, None)  # pre-printed: the desk hands out the badge it already has
    version = desk.record_badge_print(uow, ctx, code).result
    return Queued(version, _add_badge_job(uow, person, version, target, None))


def check_in_with_badge(uow: UnitOfWork, ctx: DeskContext, code: str) -> Changes:
    with uow.writing():
        changes = desk.check_in(uow, ctx, code)
        badge = badge_if_configured(uow, ctx, code)
    changes.badges = badge.job_id is not None
    changes.result = Queued(changes.result, badge.job_id, held_fen=badge.held_fen)
    return changes


def queue_receipt(
    uow: UnitOfWork, ctx: DeskContext, receipt_no: str, *, uri: str | None = None
) -> Changes:
    """(Re)print a receipt or refund receipt; a second print of one number says 补打."""
    with uow.writing():
        target = printer_target(uow, PrinterRole.RECEIPT, uri, required=True)
        assert target is not None
        job_id = receipts.add_receipt_job(uow, receipt_no.strip(), target)
    return Changes(payments=True, result=Queued(receipt_no.strip(), job_id))


def reprint_receipt(
    uow: UnitOfWork, ctx: DeskContext, receipt_no: str, *, uri: str | None = None
) -> Changes:
    """The 收费 page's 补打: a receipt or refund receipt printed again, always marked 补打
    (whichever desk printed the first one)."""
    with uow.writing():
        target = printer_target(uow, PrinterRole.RECEIPT, uri, required=True)
        assert target is not None
        job_id = receipts.add_receipt_job(uow, receipt_no.strip(), target, copy=True)
    return Changes(payments=True, result=Queued(receipt_no.strip(), job_id))


def pay_with_receipt(
    uow: UnitOfWork,
    ctx: DeskContext,
    code: str,
    amount_fen: int,
    method: str,
    *,
    uri: str | None = None,
    **details: Any,
) -> Changes:
    """THE payment of the desk (F2 and ``pay``): fees.payments.record (``details``: item or
    fee_item_id, tendered_fen, reference, invoice, bill_to, note…) and, when this desk prints
    receipts (or ``uri`` is given), its receipt; a badge held back for the fee is released.
    ``result``: Queued(receipt number, receipt job, …, payment=Recorded)."""
    with uow.writing():
        target = printer_target(uow, PrinterRole.RECEIPT, uri, required=False)
        done = payments.record(uow, ctx, code, amount_fen, method, **details)
        job_id = receipts.add_receipt_job(uow, done.receipt_no, target) if target else None
        # the badge held back at check-in for this fee goes to the printer now
        badge = Queued(None, None)
        if uow.checkins.first_for(done.attendee_id) is not None:
            badge = badge_if_configured(uow, ctx, code)
    return Changes(
        attendees={done.attendee_id},
        payments=True,
        badges=badge.job_id is not None,
        result=Queued(
            done.receipt_no, job_id, held_fen=badge.held_fen, badge_job=badge.job_id, payment=done
        ),
    )


def refund_with_receipt(
    uow: UnitOfWork,
    ctx: DeskContext,
    receipt_no: str,
    amount_fen: int | None = None,
    reason: str = "",
    *,
    uri: str | None = None,
) -> Changes:
    """THE refund (partial or whole; supervisor's PIN in ``ctx``) and its refund slip."""
    with uow.writing():
        target = printer_target(uow, PrinterRole.RECEIPT, uri, required=False)
        changes = desk.refund_payment(uow, ctx, receipt_no, amount_fen, reason)
        job_id = receipts.add_receipt_job(uow, changes.result, target) if target else None
    changes.result = Queued(changes.result, job_id)
    return changes


def void_with_slip(
    uow: UnitOfWork,
    ctx: DeskContext,
    receipt_no: str,
    reason: str,
    *,
    uri: str | None = None,
) -> Changes:
    """THE void (作废; supervisor's PIN in ``ctx``) and, with a receipt printer, its slip.
    ``result``: Queued(void id, slip job)."""
    with uow.writing():
        target = printer_target(uow, PrinterRole.RECEIPT, uri, required=False)
        changes = desk.void_payment(uow, ctx, receipt_no, reason)
        job_id = receipts.add_void_job(uow, receipt_no.strip(), target) if target else None
    changes.result = Queued(changes.result, job_id)
    return changes
