"""What one person owes, fee item by fee item (F2 offers the items with something left first,
the amount prefilled with what is left)."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.fees import Due, compute_dues, first_owed
from ...domain.model import Attendee, Source
from .. import lookup
from ..ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class PersonDues:
    code: str
    name: str
    category: str
    walk_in: bool  # owes the on-site prices
    nights: int  # of the person's active room assignment (per-night items)
    dues: tuple[Due, ...]

    @property
    def due_fen(self) -> int:
        return sum(d.due_fen for d in self.dues)

    @property
    def paid_fen(self) -> int:
        return sum(d.paid_fen for d in self.dues)

    @property
    def left_fen(self) -> int:
        return sum(d.left_fen for d in self.dues)

    @property
    def owed_first(self) -> tuple[Due, ...]:
        """The items in the order F2 offers them: something left first, then the rest."""
        return tuple(
            sorted(self.dues, key=lambda d: d.left_fen <= 0)
        )  # sorted() is stable: the event's order within each group

    @property
    def next_item(self) -> Due | None:
        """Where a payment goes when the desk names no item."""
        return first_owed(list(self.dues))


def dues_for(uow: UnitOfWork, person: Attendee) -> list[Due]:
    """Inside the caller's transaction: every fee item of the event for ``person``."""
    category = uow.catalog.category(person.category_id)
    prices: dict[str, tuple[int, int]] = {}
    if category is not None:
        prices = {
            item: (early, onsite)
            for cat, item, early, onsite in uow.catalog.category_fees()
            if cat == category.id
        }
    nights = sum(len(a.nights) for a in uow.rooms.active_for(person.id))
    paid: dict[str, int] = {}
    for payment in uow.payments.for_attendee(person.id):
        paid[payment.fee_item_id] = paid.get(payment.fee_item_id, 0) + payment.balance_fen
    return compute_dues(
        uow.catalog.fee_items(),
        prices,
        walk_in=person.source == Source.WALK_IN.value,
        nights=nights,
        paid=paid,
        base_fee_fen=category.base_fee_fen if category else 0,
    )


def person_dues(uow: UnitOfWork, code: str) -> PersonDues:
    """F2: what the person owes per fee item (an event without fee items: no dues)."""
    with uow.reading():
        person = lookup.attendee(uow, code)
        category = uow.catalog.category(person.category_id)
        dues = dues_for(uow, person)
        nights = sum(len(a.nights) for a in uow.rooms.active_for(person.id))
    return PersonDues(
        person.code,
        person.name,
        category.name if category else "",
        person.source == Source.WALK_IN.value,
        nights,
        tuple(dues),
    )
