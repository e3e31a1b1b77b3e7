"""Small read-only questions of the desk window: category choices, and what Enter found."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import NoFeeItems, UnknownCode
from . import card as card_service
from . import setup_plan
from .card import AttendeeCard
from .ports import AttendeeSummary, UnitOfWork


@dataclass(frozen=True, slots=True)
class CategoryChoice:
    id: str
    key: str
    name: str
    color: str
    fee_fen: int


def categories(uow: UnitOfWork) -> list[CategoryChoice]:
    """The event's categories in their own order, for the forms and the filters."""
    with uow.reading():
        return [
            CategoryChoice(c.id, c.key, c.name, c.badge_color, c.fee_fen)
            for c in uow.catalog.categories()
        ]


def payment_methods(uow: UnitOfWork) -> list[str]:
    """F2: the methods in use; an event with no fee item yet cannot take money (it says where
    to set one)."""
    with uow.reading():
        if not uow.catalog.fee_items():
            raise NoFeeItems()
        return setup_plan.payment_methods(uow)


@dataclass(frozen=True, slots=True)
class DeskLookup:
    """What typing or scanning ``query`` + Enter found: one person's card, or the candidates."""

    query: str
    card: AttendeeCard | None
    matches: list[AttendeeSummary]


def lookup(uow: UnitOfWork, query: str, limit: int = 20) -> DeskLookup:
    """A code (the scanner) opens the card at once; otherwise the search decides.

    Exactly one match opens that card too; several are returned for the desk to choose from;
    none is an empty result (the window beeps).
    """
    text = query.strip()
    if not text:
        return DeskLookup(text, None, [])
    try:
        return DeskLookup(text, card_service.attendee_card(uow, text, scanned=True), [])
    except UnknownCode:
        pass
    with uow.reading():
        matches = uow.attendees.search(text, limit)
    if len(matches) == 1:
        return DeskLookup(text, card_service.attendee_card(uow, matches[0].code), matches)
    return DeskLookup(text, None, matches)


def one_step_enabled(uow: UnitOfWork) -> bool:
    """The event's setting: Enter completes check-in and handout for easy cases."""
    with uow.reading():
        return bool(uow.catalog.setting(card_service.ONE_STEP_SETTING, True))
