"""Stays: arrival and departure edited at the desk (续住 adds nights, 提前离店 gives them back).

The person's dates change (``attendee.update``), a bed is kept only for the nights still
inside the stay, and new nights are added in the same room when it has a bed on them (else
they wait on the 排房 page's list). The 住宿费 follows the nights of the bed (fees/dues.py), so
an early arrival or a late departure shows as a balance at F2.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ...domain.errors import UserFacingError
from ...domain.model import Attendee, DeskContext, RoomAssignment
from ...domain.room_errors import NoBlockNights, StayBackwards
from ...domain.setup_model import nights_between
from .. import lookup
from ..attendees import update_attendee
from ..changes import Changes
from ..conflicts import refresh_if_open
from ..ports import UnitOfWork
from .place import block_nights, put_in_room, reshape


@dataclass(frozen=True, slots=True)
class StayChange:
    code: str
    name: str
    nights: tuple[date, ...]  # of the new stay
    kept: tuple[date, ...]  # nights that keep their bed
    added: tuple[date, ...]  # new nights given a bed in the same room
    waiting: tuple[date, ...]  # nights of the stay with no bed (the 排房 list shows them)
    released: tuple[date, ...]  # nights given back to the hotel


def change_stay(
    uow: UnitOfWork, ctx: DeskContext, code: str, arrive: date, depart: date
) -> Changes:
    """``room stay`` and the stay dialog. ``result``: StayChange."""
    if depart <= arrive:
        raise StayBackwards(arrive=arrive.isoformat(), depart=depart.isoformat())
    with uow.writing():
        person = lookup.attendee(uow, code)
        if not uow.catalog.event().nights:
            raise NoBlockNights()
        nights = nights_between(arrive, depart)
        block_nights(uow, nights)
        update_attendee(
            uow, ctx, person.code, {"arrival": arrive.isoformat(), "departure": depart.isoformat()}
        )
        wanted = set(nights)
        held = uow.rooms.active_for(person.id)
        kept: set[date] = set()
        released: set[date] = set()
        for assignment in held:
            keep = [n for n in assignment.nights if n in wanted]
            released |= set(assignment.nights) - wanted
            kept |= set(keep)
            reshape(uow, ctx, assignment, keep)
        missing = sorted(wanted - kept)
        added: list[date] = []
        if missing and held:
            added = _extend_in_place(uow, ctx, person, held, missing)
        refresh_if_open(uow)
    waiting = tuple(n for n in missing if n not in added) if person.needs_room or held else ()
    result = StayChange(
        person.code,
        person.name,
        tuple(nights),
        tuple(sorted(kept)),
        tuple(added),
        waiting,
        tuple(sorted(released)),
    )
    return Changes(attendees={person.id}, rooms=True, result=result)


def _extend_in_place(
    uow: UnitOfWork,
    ctx: DeskContext,
    person: Attendee,
    held: list[RoomAssignment],
    missing: list[date],
) -> list[date]:
    """续住 / early arrival: the room the person sleeps in takes the new nights when it can."""
    last = max(held, key=lambda a: max(a.nights)) if held else None
    if last is None:
        return []
    room = uow.rooms.by_id(last.room_id)
    if room is None:
        return []
    try:
        put_in_room(uow, ctx, person, room, missing)
    except UserFacingError:
        # full or closed on one of them: give the nights the room can take, one by one
        added: list[date] = []
        for night in missing:
            try:
                put_in_room(uow, ctx, person, room, [night])
            except UserFacingError:
                continue
            added.append(night)
        return added
    return list(missing)


def extend_stay(uow: UnitOfWork, ctx: DeskContext, code: str, nights: int = 1) -> Changes:
    """续住: ``nights`` more at the end of the stay."""
    with uow.reading():
        person = lookup.attendee(uow, code)
        arrive, depart = _stay_of(uow, person)
    return change_stay(uow, ctx, code, arrive, depart + timedelta(days=nights))


def _stay_of(uow: UnitOfWork, person: Attendee) -> tuple[date, date]:
    block = uow.catalog.event().nights
    if not block:
        raise NoBlockNights()
    arrive = person.arrival or block[0]
    depart = person.departure or block[-1] + timedelta(days=1)
    return arrive, depart
