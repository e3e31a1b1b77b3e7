"""The attendees table: which people match a filter (ids, in order), and their rows page by page.

The window holds the ids of everyone who matches and asks for rows only for the part of the
table that is on screen (Anki's browser), so 50,000 attendees never become 50,000 widgets or a
filter over every row in Python. The store answers with ``uow.listing``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .ports import UnitOfWork

# Columns the table can be sorted by; anything else sorts by code.
SORT_KEYS: tuple[str, ...] = (
    "code",
    "name",
    "gender",
    "category",
    "unit",
    "department",
    "title",
    "phone",
    "email",
    "id_number",
    "province",
    "city",
    "checkin",
    "fee",
    "paid",
    "room",
    "badges",
    "source",
)


@dataclass(frozen=True, slots=True)
class ListingFilter:
    text: str = ""  # code / pinyin / initials prefix; name, unit, phone substring
    checked_in: bool | None = None  # None: everyone
    fee_due: bool = False  # the category's fee is not yet fully paid
    room_needed: bool = False  # asked for a room and has none yet
    category_id: str | None = None
    sort: str = "code"
    descending: bool = False


@dataclass(frozen=True, slots=True)
class ListingRow:
    id: str
    code: str
    name: str
    gender: str
    unit: str
    department: str
    title: str
    phone: str
    email: str
    id_number: str
    province: str
    city: str
    category: str
    category_color: str
    source: str
    needs_room: bool
    checkin_ms: int | None
    checkin_desk: str
    checkin_operator: str
    fee_fen: int
    paid_fen: int  # net of refunds and voids
    room: str  # room number, "" when none
    badge_prints: int

    @property
    def fee_status(self) -> str:
        """``exempt``, ``paid``, ``partial`` or ``due`` (as on the attendee card)."""
        if self.fee_fen <= 0:
            return "exempt"
        if self.paid_fen >= self.fee_fen:
            return "paid"
        return "partial" if self.paid_fen > 0 else "due"

    @property
    def room_status(self) -> str:
        if self.room:
            return "assigned"
        return "needed" if self.needs_room else "not_needed"


class AttendeeListing(Protocol):
    def ids(self, wanted: ListingFilter) -> list[str]: ...
    def rows(self, ids: Sequence[str]) -> list[ListingRow]: ...


def listing_ids(uow: UnitOfWork, wanted: ListingFilter) -> list[str]:
    """The ids of everyone matching ``wanted``, in the table's order."""
    with uow.reading():
        return uow.listing.ids(wanted)


def listing_rows(uow: UnitOfWork, ids: Sequence[str]) -> list[ListingRow]:
    """One page of rows, in the order of ``ids`` (ids that no longer exist are left out)."""
    with uow.reading():
        return uow.listing.rows(ids)
