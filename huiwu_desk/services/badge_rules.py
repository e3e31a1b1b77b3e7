"""Pay before badge: the desk prints a badge for someone who still owes the fee only when a
supervisor says so. On by default for every category whose fee is due; an event can switch it
off for one category (``desk.pay_before_badge.<category key>``) or for all."""

from __future__ import annotations

from ..domain.errors import BadgeNeedsPayment
from ..domain.model import Attendee, Category, DeskContext
from ..domain.money import format_yuan
from .operators import approving_supervisor
from .ports import UnitOfWork

PAY_BEFORE_BADGE_SETTING = "desk.pay_before_badge"


def balance_fen(uow: UnitOfWork, person: Attendee) -> int:
    """What the person still owes: the category's fee less what was paid (net of refunds)."""
    category = uow.catalog.category(person.category_id)
    fee = category.fee_for(person.source) if category else 0
    paid = sum(p.balance_fen for p in uow.payments.for_attendee(person.id))
    return max(fee - paid, 0)


def applies(uow: UnitOfWork, category: Category | None) -> bool:
    """Is the rule in force for this category (its own setting, else the event's)?"""
    key = f"{PAY_BEFORE_BADGE_SETTING}.{category.key}" if category else PAY_BEFORE_BADGE_SETTING
    return bool(uow.catalog.setting(key, uow.catalog.setting(PAY_BEFORE_BADGE_SETTING, True)))


def badge_held_for(uow: UnitOfWork, person: Attendee) -> int:
    """The amount that holds the person's badge back (0: nothing holds it)."""
    if not applies(uow, uow.catalog.category(person.category_id)):
        return 0
    return balance_fen(uow, person)


def require_paid_or_approved(uow: UnitOfWork, ctx: DeskContext, person: Attendee) -> None:
    """Inside a write: refuse the badge of someone who owes, unless ``ctx`` names a supervisor
    whose PIN checks out (the override is then recorded with the print, as any approval)."""
    owed = badge_held_for(uow, person)
    if owed <= 0:
        return
    if not (ctx.supervisor or "").strip():
        raise BadgeNeedsPayment(name=person.name, amount=f"¥{format_yuan(owed)}")
    approving_supervisor(uow, ctx)
