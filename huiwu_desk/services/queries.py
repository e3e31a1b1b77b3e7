"""Read-only questions the desk asks: search, counters, room list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.model import Operator
from .ports import AttendeeSummary, UnitOfWork


@dataclass(frozen=True, slots=True)
class Stats:
    attendees: int
    checked_in: int
    paid_total_fen: int
    payments: int
    rooms_used: int
    beds_free: int
    conflicts: int = 0


@dataclass(frozen=True, slots=True)
class RoomLine:
    number: str
    type: str
    beds: int
    hotel: str
    occupants: list[tuple[str, str]]  # (code, name)


@dataclass(frozen=True, slots=True)
class EventSummary:
    name: str
    organizer: str
    nights: list[date]
    operators: list[Operator]


def event_summary(uow: UnitOfWork) -> EventSummary:
    with uow.reading():
        event = uow.catalog.event()
        return EventSummary(event.name, event.organizer, event.nights, uow.catalog.operators())


def search(uow: UnitOfWork, query: str, limit: int | None = 100) -> list[AttendeeSummary]:
    with uow.reading():
        return uow.attendees.search(query, limit)


def stats(uow: UnitOfWork) -> Stats:
    with uow.reading():
        paid, count = uow.payments.totals()
        used, free = uow.rooms.usage()
        return Stats(
            attendees=uow.attendees.count(),
            checked_in=uow.checkins.count_checked_in(),
            paid_total_fen=paid,
            payments=count,
            rooms_used=used,
            beds_free=free,
            conflicts=len(uow.conflicts.listing()),
        )


def room_list(uow: UnitOfWork) -> list[RoomLine]:
    with uow.reading():
        hotels = uow.rooms.hotel_names()
        return [
            RoomLine(
                r.number, r.type, r.beds, hotels.get(r.hotel_id, ""), uow.rooms.occupants(r.id)
            )
            for r in uow.rooms.all()
        ]
