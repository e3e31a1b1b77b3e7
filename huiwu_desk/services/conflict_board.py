"""What the conflicts page shows: each open conflict with the people and rooms it names,
and the resolutions that need more than one use case (a room move).

The conflicts themselves come from ``conflicts.open_conflicts``; this adds the facts a person
needs to decide (names, units, phones, check-in and fee state, room type and hotel) in one
read, so the page never asks the database row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.hlc import Hlc
from ..domain.model import Attendee, ConflictKind, DeskContext, Role
from . import conflicts
from .changes import Changes
from .ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class PersonFacts:
    id: str
    code: str
    name: str
    gender: str
    unit: str
    department: str
    phone: str
    id_number: str
    category: str
    source: str
    checked_in: bool
    paid_fen: int
    room: str  # the room number they hold now, or ""


@dataclass(frozen=True, slots=True)
class RoomFacts:
    number: str
    hotel: str
    type: str
    beds: int


@dataclass(frozen=True, slots=True)
class BoardConflict:
    id: str
    kind: str
    attendee_code: str
    detail: dict[str, Any]
    people: dict[str, PersonFacts]  # by attendee id
    room: RoomFacts | None = None

    def person(self, attendee_id: str) -> PersonFacts | None:
        return self.people.get(attendee_id)

    def by_code(self, code: str) -> PersonFacts | None:
        return next((p for p in self.people.values() if p.code == code), None)


@dataclass(frozen=True, slots=True)
class Board:
    conflicts: list[BoardConflict] = field(default_factory=list)
    supervisors: list[str] = field(default_factory=list)
    pins_in_force: bool = False  # approvals need the supervisor's PIN (services/operators.py)


def order_ms(order: str) -> int:
    """The wall time of an HLC order key ("first assigned at 10:40")."""
    try:
        return Hlc.decode(order).wall_ms
    except ValueError:
        return 0


def conflict_board(uow: UnitOfWork) -> Board:
    views = conflicts.open_conflicts(uow)
    with uow.reading():
        team = [o for o in uow.catalog.operators() if o.role == Role.SUPERVISOR]
        supervisors = [o.name for o in team]
        pins_in_force = any(o.pin_hash for o in team)
        cache: dict[str, PersonFacts | None] = {}
        out = []
        for view in views:
            people: dict[str, PersonFacts] = {}
            for person in _people_of(uow, view.kind, view.attendee_code, view.detail):
                if person.id not in cache:
                    cache[person.id] = _facts(uow, person)
                found = cache[person.id]
                if found is not None:
                    people[person.id] = found
            room = None
            if view.kind == ConflictKind.ROOM_OVERBOOKED:
                room = _room(uow, view.detail)
            out.append(
                BoardConflict(view.id, view.kind, view.attendee_code, view.detail, people, room)
            )
    return Board(out, supervisors, pins_in_force)


def _people_of(uow: UnitOfWork, kind: str, code: str, detail: dict[str, Any]) -> list[Attendee]:
    found: list[Attendee | None] = []
    if kind == ConflictKind.ROOM_OVERBOOKED:
        ids = [a.get("attendee_id", "") for a in detail.get("assignments", [])]
        found = [uow.attendees.by_id(i) for i in dict.fromkeys(ids) if i]
    elif kind == ConflictKind.DUPLICATE_PERSON:
        found = [uow.attendees.by_code(p.get("code", "")) for p in detail.get("people", [])]
    elif code:
        found = [uow.attendees.by_code(code)]
    return [p for p in found if p is not None]


def _facts(uow: UnitOfWork, person: Attendee) -> PersonFacts:
    category = uow.catalog.category(person.category_id)
    payments = uow.payments.for_attendee(person.id)
    active = uow.rooms.active_for(person.id)
    room = ""
    if active:
        numbers = {r.id: r.number for r in uow.rooms.all()}
        room = numbers.get(active[0].room_id, "")
    return PersonFacts(
        id=person.id,
        code=person.code,
        name=person.name,
        gender=person.gender,
        unit=person.unit,
        department=person.department,
        phone=person.phone,
        id_number=person.id_number,
        category=category.name if category else "",
        source=person.source,
        checked_in=uow.checkins.first_for(person.id) is not None,
        paid_fen=sum(p.balance_fen for p in payments),
        room=room,
    )


def _room(uow: UnitOfWork, detail: dict[str, Any]) -> RoomFacts | None:
    room = uow.rooms.by_id(str(detail.get("room_id", ""))) or uow.rooms.by_number(
        str(detail.get("room", ""))
    )
    if room is None:
        return None
    hotel = uow.rooms.hotel_names().get(room.hotel_id, "")
    return RoomFacts(room.number, hotel, room.type, room.beds)


def merge_into(
    uow: UnitOfWork, ctx: DeskContext, keep_code: str, alias_codes: list[str]
) -> Changes:
    """Several records are one person: every alias behind the kept record, all or none."""
    changes = Changes()
    with uow.writing():
        for alias in alias_codes:
            changes = changes.merge(conflicts.merge_people(uow, ctx, keep_code, alias))
    return changes
