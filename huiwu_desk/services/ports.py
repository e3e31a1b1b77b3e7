"""Ports: what the use cases need from storage and the outside world.

Implemented by ``adapters.db`` (and printers later); services import only these Protocols.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from ..domain.doors import PointRules
from ..domain.model import (
    Attendee,
    Category,
    CheckIn,
    DeskContext,
    Event,
    FeeItem,
    Material,
    Operator,
    Payment,
    Room,
    RoomAssignment,
)
from ..domain.ops import Op
from ..domain.pins import PinTries

if TYPE_CHECKING:
    from .conflicts import ConflictRepo
from .fees.ports import MoneyLedger, ShiftRepo
from .listing import AttendeeListing
from .materials.ports import MaterialLedger
from .print_ports import PrintJobRepo


@dataclass(frozen=True, slots=True)
class AttendeeSummary:
    """One line of a search result or a listing."""

    id: str
    code: str
    name: str
    unit: str
    category: str
    phone: str
    checked_in: bool
    rank: int = 0


class OpLog(Protocol):
    def append(
        self,
        ctx: DeskContext,
        kind: str,
        entity: str,
        payload: dict[str, Any],
        *,
        supervisor: str | None = None,
    ) -> Op: ...

    def next_counter(self, name: str) -> int: ...

    def batch(self) -> AbstractContextManager[None]:
        """Buffer appends for bulk writes; the projection catches up when the batch ends."""
        ...


class AttendeeRepo(Protocol):
    def by_code(self, code: str) -> Attendee | None: ...
    def by_id(self, attendee_id: str) -> Attendee | None: ...
    def code_exists(self, code: str) -> bool: ...
    def field_keys(self, attendee_id: str) -> dict[str, str]: ...
    def likely_duplicates(self, name: str, phone: str, id_number: str) -> list[Attendee]: ...
    def search(self, query: str, limit: int | None) -> list[AttendeeSummary]: ...
    def count(self) -> int: ...


class CheckInRepo(Protocol):
    def first_for(self, attendee_id: str) -> CheckIn | None: ...
    def count_checked_in(self) -> int: ...
    def arrived(self) -> set[str]: ...  # ids of everyone checked in


class PaymentRepo(Protocol):
    def for_attendee(self, attendee_id: str) -> list[Payment]: ...
    def by_receipt(self, receipt_no: str) -> Payment | None: ...
    def totals(self) -> tuple[int, int]: ...  # (net fen, number of payments)


class MaterialRepo(Protocol):
    def all(self) -> list[Material]: ...
    def by_name(self, name: str) -> Material | None: ...
    def by_id(self, material_id: str) -> Material | None: ...
    def received(self, attendee_id: str, material_id: str) -> int: ...


class Sleeper(NamedTuple):
    """One person in one room on one night (a tuple: the grid reads 15,000 of them)."""

    room_id: str
    night: date
    attendee_id: str
    assignment_id: str
    code: str
    name: str
    gender: str


class RoomRepo(Protocol):
    def all(self) -> list[Room]: ...
    def by_number(self, number: str) -> Room | None: ...
    def occupancy(self, room_id: str, nights: Sequence[date]) -> dict[date, int]: ...
    def occupants(self, room_id: str) -> list[tuple[str, str]]: ...  # (code, name)
    def genders_on(self, room_id: str, nights: Sequence[date]) -> set[str]: ...
    def active_for(self, attendee_id: str) -> list[RoomAssignment]: ...
    def usage(self) -> tuple[int, int]: ...  # (rooms used, beds free) over the event nights
    def hotel_names(self) -> dict[str, str]: ...
    def by_id(self, room_id: str) -> Room | None: ...
    def with_number(self, number: str) -> list[Room]: ...
    def sleepers(self) -> list[Sleeper]: ...  # every bed taken, every night
    def needing(self) -> list[Attendee]: ...  # everyone who needs a room
    def active(self) -> list[RoomAssignment]: ...


class CatalogRepo(Protocol):
    def event(self) -> Event: ...
    def category(self, category_id: str | None) -> Category | None: ...
    def categories(self) -> list[Category]: ...
    def fee_items(self) -> list[FeeItem]: ...
    def category_fees(self) -> list[tuple[str, str, int, int]]: ...
    def operator(self, name: str) -> Operator | None: ...
    def operators(self) -> list[Operator]: ...
    def setting(self, key: str, default: Any = None) -> Any: ...


class BadgeRepo(Protocol):
    def latest_version(self, attendee_id: str) -> int: ...
    def count_for(self, attendee_id: str) -> int: ...


@dataclass(frozen=True, slots=True)
class CategoryCount:
    key: str
    name: str
    color: str
    checked_in: int
    total: int


@dataclass(frozen=True, slots=True)
class Bed:
    """A room on one night, with who sleeps there."""

    room: Room
    hotel: str
    occupants: tuple[tuple[str, str, str], ...]  # (attendee id, name, gender)

    @property
    def free(self) -> int:
        return max(self.room.beds - len(self.occupants), 0)


class CounterRepo(Protocol):
    def by_category(self) -> list[CategoryCount]: ...
    def money_by_method(self, since_ms: int) -> dict[str, int]: ...
    def beds(self, night: date) -> list[Bed]: ...
    def night_usage(self, night: date) -> tuple[int, int]: ...
    def paid_in_category(self, category_id: str) -> int: ...  # people with a payment
    def received_in_category(self, category_id: str, material_id: str) -> int: ...


class PinTryStore(Protocol):
    """This desk's wrong PINs per person (local state in ``meta``, never an op)."""

    def get(self, name: str) -> PinTries: ...

    def put(self, name: str, tries: PinTries, *, keep: bool = False) -> None:
        """``keep``: written even when the act's transaction rolls back (a wrong PIN counts)."""
        ...

    def now_ms(self) -> int: ...  # the desk's wall clock


class TrustRepo(Protocol):
    """Desks' keys and revocations (adapters/db/trust.py)."""

    def desk_by_code(self, code: str) -> str | None: ...
    def held_upto(self, desk_id: str) -> int: ...  # the highest seq of that desk held here
    def fork_seq(self, desk_id: str) -> int | None: ...  # where an alarmed fork starts
    def set_aside(self) -> int: ...  # revoked desks' later ops out of the log; how many


class ScanRow(NamedTuple):
    """One scan as the doors read it back (issue 18)."""

    point_id: str
    attendee_id: str | None
    typed: str
    ok: bool
    reason: str
    at_ms: int
    version: int | None


class DoorRepo(Protocol):  # scan points and scans (services/doors)
    def points(self) -> list[PointRules]: ...
    def point(self, name_or_id: str) -> PointRules | None: ...
    def is_row(self, point_id: str) -> bool: ...
    def last_admitted(self, point_id: str, attendee_id: str, since_ms: int) -> int | None: ...
    def counts(self, point_id: str, since_ms: int = 0) -> tuple[int, int]: ...
    def all_counts(self) -> dict[str, tuple[int, int]]: ...
    def recent(self, point_id: str, limit: int) -> list[ScanRow]: ...
    def scans(self, point_ids: list[str], *, admitted_only: bool = True) -> list[ScanRow]: ...


class UnitOfWork(Protocol):
    log: OpLog
    attendees: AttendeeRepo
    checkins: CheckInRepo
    payments: PaymentRepo
    materials: MaterialRepo
    material_ledger: MaterialLedger  # stock moves, use per category, 清退, 代领
    rooms: RoomRepo
    catalog: CatalogRepo
    badges: BadgeRepo
    counters: CounterRepo
    conflicts: ConflictRepo
    listing: AttendeeListing
    print_jobs: PrintJobRepo  # this desk's print queue and printers (local, not ops)
    money: MoneyLedger  # payments, refunds and voids as lines (the 收费 page)
    shifts: ShiftRepo
    pin_tries: PinTryStore
    trust: TrustRepo  # desks' keys and revocations (issue 17)
    doors: DoorRepo  # scan points and scans (issue 18)

    def writing(self) -> AbstractContextManager[None]:
        """BEGIN IMMEDIATE … COMMIT; rollback on any error."""
        ...

    def reading(self) -> AbstractContextManager[None]: ...

    def new_id(self) -> str: ...


def iter_chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
