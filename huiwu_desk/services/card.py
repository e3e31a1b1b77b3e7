"""What the desk shows about one person, and the one-step completion for the easy cases."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from ..domain.codes import read_code, superseded
from ..domain.model import Attendee, DeskContext, Payment
from . import badge_rules, desk, lookup, printing
from .changes import Changes
from .ports import UnitOfWork

ONE_STEP_SETTING = "desk.one_step"


@dataclass(frozen=True, slots=True)
class CheckInInfo:
    at_ms: int
    desk_code: str
    operator: str


@dataclass(frozen=True, slots=True)
class MaterialLine:
    id: str
    name: str
    entitled: bool
    received: int
    in_stock: int


@dataclass(frozen=True, slots=True)
class RoomInfo:
    number: str
    hotel: str
    type: str
    nights: tuple[date, ...]


@dataclass(frozen=True, slots=True)
class AttendeeCard:
    person: Attendee
    category_key: str
    category_name: str
    category_color: str
    checkin: CheckInInfo | None
    fee_fen: int  # the category's fee rule
    paid_fen: int  # net of refunds and voids
    payments: tuple[Payment, ...]
    materials: tuple[MaterialLine, ...]
    room: RoomInfo | None
    badge_prints: int
    one_step: bool = False  # the event lets Enter complete everything for easy cases
    notes: list[str] = field(default_factory=list)
    badge_version: int = 0  # the newest badge printed (0: none yet)
    badge_held_fen: int = 0  # the fee still owed, which holds the badge (pay before badge)
    scanned_version: int | None = None  # the badge version the scan named (``CODE.N``)

    @property
    def superseded_badge(self) -> bool:
        """The scan was of a badge older than the newest one (reprinted after a loss)."""
        return superseded(self.scanned_version, self.badge_version)

    @property
    def fee_status(self) -> str:
        """``exempt`` (no fee), ``paid``, ``partial`` or ``due``."""
        if self.fee_fen <= 0:
            return "exempt"
        if self.paid_fen >= self.fee_fen:
            return "paid"
        return "partial" if self.paid_fen > 0 else "due"

    @property
    def fee_left_fen(self) -> int:
        return max(self.fee_fen - self.paid_fen, 0)

    @property
    def materials_owed(self) -> tuple[MaterialLine, ...]:
        return tuple(m for m in self.materials if m.entitled and m.received <= 0)

    @property
    def room_status(self) -> str:
        """``assigned``, ``needed`` or ``not_needed``."""
        if self.room is not None:
            return "assigned"
        return "needed" if self.person.needs_room else "not_needed"

    @property
    def nothing_to_decide(self) -> bool:
        """Prepaid or exempt: Enter may check in and hand out at once (a room still to be
        chosen is said afterwards, it does not hold the rest back)."""
        return self.fee_status in ("exempt", "paid")


def attendee_card(uow: UnitOfWork, code: str, *, scanned: bool = False) -> AttendeeCard:
    """The card for ``code``. ``scanned``: the text came from the scan field, so a badge it
    names (a bare code is the first badge, ``CODE.N`` the N-th) is checked against the newest."""
    with uow.reading():
        card = _card(uow, lookup.attendee(uow, code))
    if not scanned:
        return card
    return replace(card, scanned_version=read_code(code).version or 1)


def _card(uow: UnitOfWork, person: Attendee) -> AttendeeCard:
    category = uow.catalog.category(person.category_id)
    first = uow.checkins.first_for(person.id)
    payments = tuple(uow.payments.for_attendee(person.id))
    order = list(category.material_ids) if category else []
    entitled = set(order)
    lines = [
        MaterialLine(
            m.id, m.name, m.id in entitled, uow.materials.received(person.id, m.id), m.remaining
        )
        for m in uow.materials.all()
    ]
    # the category's own order (the checklist the desk reads), then anything else received
    materials = tuple(
        sorted(
            (m for m in lines if m.entitled or m.received > 0),
            key=lambda m: order.index(m.id) if m.id in entitled else len(order),
        )
    )
    room = None
    active = uow.rooms.active_for(person.id)
    if active:
        by_id = {r.id: r for r in uow.rooms.all()}
        found = by_id.get(active[0].room_id)
        if found is not None:
            hotel = uow.rooms.hotel_names().get(found.hotel_id, "")
            room = RoomInfo(found.number, hotel, found.type, tuple(active[0].nights))
    fee = category.fee_for(person.source) if category else 0
    paid = sum(p.balance_fen for p in payments)
    return AttendeeCard(
        person=person,
        category_key=category.key if category else "",
        category_name=category.name if category else "",
        category_color=category.badge_color if category else "#6e7781",
        checkin=CheckInInfo(first.at_ms, first.desk_code, first.operator) if first else None,
        fee_fen=fee,
        paid_fen=paid,
        payments=payments,
        materials=materials,
        room=room,
        badge_prints=uow.badges.count_for(person.id),
        badge_version=uow.badges.latest_version(person.id),
        # what badge_rules.badge_held_for says, from the fee and payments read above
        badge_held_fen=max(fee - paid, 0) if badge_rules.applies(uow, category) else 0,
        one_step=bool(uow.catalog.setting(ONE_STEP_SETTING, True)),
    )


@dataclass(frozen=True, slots=True)
class OneStepResult:
    checkin: desk.CheckInResult
    handed_out: tuple[str, ...]
    badge_job: str | None = None  # the badge print job, when this desk prints at check-in
    room_needed: bool = False  # what one step leaves to the desk: choosing a room (F4)
    held_fen: int = 0  # the fee still owed, which holds the badge back


def complete_check_in(uow: UnitOfWork, ctx: DeskContext, code: str) -> Changes:
    """One step for a person with nothing to decide: check in and hand out what they are owed.

    All in one transaction: if a material is out of stock nothing is recorded and the desk
    sees why. With a badge printer, the first badge is queued in the same transaction.
    """
    with uow.writing():
        changes = desk.check_in(uow, ctx, code)
        checked: desk.CheckInResult = changes.result
        person = uow.attendees.by_code(checked.code)
        assert person is not None
        handed: tuple[str, ...] = ()
        if _card(uow, person).materials_owed:
            handout = desk.hand_out(uow, ctx, checked.code)
            changes = changes.merge(handout)
            handed = tuple(handout.result)
        badge = printing.badge_if_configured(uow, ctx, checked.code)
        room_needed = person.needs_room and not uow.rooms.active_for(person.id)
    changes.badges = changes.badges or badge.job_id is not None
    changes.result = OneStepResult(checked, handed, badge.job_id, room_needed, badge.held_fen)
    return changes


@dataclass(frozen=True, slots=True)
class DeskCounters:
    total: int
    checked_in: int
    by_category: tuple[tuple[str, str, int, int], ...]  # (name, colour, checked in, total)
    money_today_fen: dict[str, int]  # by payment method
    night: date | None
    rooms_used: int
    beds_free: int


def desk_counters(
    uow: UnitOfWork, today: date | None = None, night: date | None = None
) -> DeskCounters:
    """The live strip on the desk page: people, money today, beds tonight (or ``night``)."""
    today = today or date.today()
    midnight = int(datetime.combine(today, datetime.min.time()).timestamp() * 1000)
    with uow.reading():
        cats = uow.counters.by_category()
        nights = uow.catalog.event().nights
        if night is None:
            night = today if today in nights else (nights[0] if nights else None)
        used = free = 0
        if night is not None:
            used, free = uow.counters.night_usage(night)
        return DeskCounters(
            total=sum(c.total for c in cats),
            checked_in=sum(c.checked_in for c in cats),
            by_category=tuple((c.name, c.color, c.checked_in, c.total) for c in cats),
            money_today_fen=uow.counters.money_by_method(midnight),
            night=night,
            rooms_used=used,
            beds_free=free,
        )
