"""What the window's printing pages read and do in one step (printers, templates, batch, F5).

Small compositions of the printing use cases, so each page asks the database worker once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..domain.documents import BadgeTemplate
from ..domain.model import DeskContext
from ..domain.print_jobs import PrinterRole
from . import badge_rules, desk, desk_lists, lookup, print_batch, print_templates, printing
from .changes import Changes
from .desk_lists import CategoryChoice
from .ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class PrintSetup:
    """This desk's printers by role and the event's "badge at check-in" setting."""

    printers: dict[str, str]
    badge_on_checkin: bool


def print_setup(uow: UnitOfWork) -> PrintSetup:
    with uow.reading():
        found = uow.print_jobs.printers()
        on = bool(uow.catalog.setting(printing.BADGE_ON_CHECKIN_SETTING, True))
    return PrintSetup(dict(found), on)


@dataclass(frozen=True, slots=True)
class TemplateSetup:
    """The template page's lists: categories, every template, and which category uses which."""

    categories: list[CategoryChoice]
    templates: dict[str, BadgeTemplate]
    assigned: dict[str, str]  # category key → template key


def template_setup(uow: UnitOfWork) -> TemplateSetup:
    return TemplateSetup(
        desk_lists.categories(uow),
        print_templates.badge_templates(uow),
        print_templates.category_templates(uow),
    )


def save_and_assign(
    uow: UnitOfWork, ctx: DeskContext, template: BadgeTemplate, category_key: str
) -> Changes:
    """Save one of the event's own templates and use it for a category, in one transaction."""
    with uow.writing():
        saved = print_templates.save_template(uow, ctx, template)
        if category_key:
            saved = saved.merge(
                print_templates.assign_template(uow, ctx, category_key, template.key)
            )
    saved.result = template.key
    return saved


def batch_count(
    uow: UnitOfWork, category_ids: Sequence[str] | None = None, only_unprinted: bool = True
) -> int:
    """How many badges a batch with this filter would print now."""
    with uow.reading():
        people = print_batch.batch_people(uow, category_ids, only_unprinted=only_unprinted)
    return len(people)


def badge_at_desk(uow: UnitOfWork, ctx: DeskContext, code: str, reason: str = "") -> Changes:
    """F5: queue the badge on this desk's badge printer; without one, only record the print.

    Result: ``printing.Queued`` (job_id None when there is no badge printer).
    """
    with uow.writing():
        # pay before badge: someone who owes gets it once paid, or with a supervisor's approval
        badge_rules.require_paid_or_approved(uow, ctx, lookup.attendee(uow, code))
        if uow.print_jobs.printers().get(PrinterRole.BADGE.value):
            return printing.queue_badge(uow, ctx, code, reason=reason)
        changes = desk.record_badge_print(uow, ctx, code, reason)
    changes.result = printing.Queued(changes.result, None)
    return changes
