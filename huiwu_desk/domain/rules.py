"""Rules of the desk that do not depend on how things are stored."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta

from .errors import InvalidNights, RoomFull
from .model import Attendee, Room

RECEIPT_DIGITS = 6


def receipt_number(desk_code: str, counter: int) -> str:
    """Per-desk receipt numbers, unique without coordination: ``A1-000123``."""
    return f"{desk_code}-{counter:0{RECEIPT_DIGITS}d}"


def nights_between(arrival: date, departure: date) -> list[date]:
    """The nights slept from arrival to departure (departure day itself not included)."""
    if departure <= arrival:
        raise InvalidNights(reason=f"{arrival} → {departure}")
    return [arrival + timedelta(days=i) for i in range((departure - arrival).days)]


def nights_for(attendee: Attendee, event_nights: list[date]) -> list[date]:
    """The event nights the attendee stays; all event nights when dates are unknown."""
    if attendee.arrival and attendee.departure and attendee.departure > attendee.arrival:
        wanted = set(nights_between(attendee.arrival, attendee.departure))
        chosen = [n for n in event_nights if n in wanted]
        if chosen:
            return chosen
    return list(event_nights)


def check_capacity(room: Room, occupancy: Mapping[date, int], nights: Iterable[date]) -> None:
    """Refuse a bed when any of the nights is already full in this room."""
    for night in nights:
        if occupancy.get(night, 0) >= room.beds:
            raise RoomFull(number=room.number, night=night.isoformat(), beds=room.beds)


def clock_text(at_ms: int) -> str:
    """Local wall-clock time of an op, as people at the desk say it ("10:40")."""
    return datetime.fromtimestamp(at_ms / 1000).strftime("%H:%M")


def short_code(number: int) -> str:
    """Attendee codes people can read and scanners carry: ``HW000123``-like, short."""
    return f"{number:06d}"
