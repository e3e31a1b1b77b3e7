"""The 排房 page after a change to a few people: the rooms they sleep in now (whole rows, with
everyone in them) and their places on the waiting list.

A whole grid is read in a handful of queries whatever the size of the block (``grid``), but
at 1,500 rooms × 5 nights that is ~200 ms, and a 排入, 换房 or 退房 touches two or three
rooms. This reads only those, a few queries per person, so the page shows the change at once.
The page takes the people out of the rows it holds and puts in the rows read here; only the
people named changed, so the rest of those rooms is as it was.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date

from ...domain.model import Attendee, RoomAssignment
from ...domain.rules import nights_for
from ..ports import UnitOfWork
from .grid import GridRoom, GridSleeper, RoomGrid, Waiting

MANY = 40  # more people than this changed (排房建议 applied): read the whole grid instead


@dataclass(frozen=True, slots=True)
class GridUpdate:
    codes: dict[str, str]  # attendee id → code, for everyone asked about who exists
    rooms: tuple[GridRoom, ...]  # every room those people sleep in now, with all its sleepers
    waiting: dict[str, Waiting | None]  # attendee id → the list's entry (None: not waiting)


def grid_update(uow: UnitOfWork, attendee_ids: Collection[str]) -> GridUpdate:
    with uow.reading():
        block = uow.catalog.event().nights
        codes: dict[str, str] = {}
        waiting: dict[str, Waiting | None] = {}
        room_ids: dict[str, None] = {}
        for attendee_id in attendee_ids:
            person = uow.attendees.by_id(attendee_id)
            if person is None:
                waiting[attendee_id] = None
                continue
            codes[attendee_id] = person.code
            held = uow.rooms.active_for(attendee_id)
            for assignment in held:
                room_ids.setdefault(assignment.room_id)
            waiting[attendee_id] = _waiting(uow, person, held, block)
        hotels = uow.rooms.hotel_names()
        rooms = tuple(
            row for row in (_row(uow, rid, tuple(block), hotels) for rid in room_ids) if row
        )
    return GridUpdate(codes, rooms, waiting)


def merged(grid: RoomGrid, update: GridUpdate) -> RoomGrid | None:
    """The grid with the update in it: the rooms read replace theirs, and the people read are
    taken out of the rooms they left. None when the update names a room the grid does not
    have (the block changed meanwhile: read it all again)."""
    fresh = {r.id: r for r in update.rooms}
    if not fresh.keys() <= {r.id for r in grid.rooms}:
        return None
    codes = set(update.codes.values())
    rooms = []
    for room in grid.rooms:
        if room.id in fresh:
            rooms.append(fresh[room.id])
        elif any(s.code in codes for cell in room.cells for s in cell):
            cells = tuple(tuple(s for s in c if s.code not in codes) for c in room.cells)
            rooms.append(replace(room, cells=cells))
        else:
            rooms.append(room)
    return RoomGrid(grid.nights, tuple(rooms))


def _row(
    uow: UnitOfWork, room_id: str, nights: tuple[date, ...], hotels: dict[str, str]
) -> GridRoom | None:
    room = uow.rooms.by_id(room_id)
    if room is None:
        return None
    index = {n: i for i, n in enumerate(nights)}
    cells: list[list[tuple[str, GridSleeper]]] = [[] for _ in nights]
    for code in dict.fromkeys(code for code, _name in uow.rooms.occupants(room_id)):
        person = uow.attendees.by_code(code)
        if person is None:
            continue
        sleeper = GridSleeper(person.code, person.name, person.gender or "")
        for assignment in uow.rooms.active_for(person.id):
            if assignment.room_id != room_id:
                continue
            for night in assignment.nights:
                i = index.get(night)
                if i is not None:
                    cells[i].append((assignment.id, sleeper))
    return GridRoom(
        room.id,
        hotels.get(room.hotel_id, ""),
        room.number,
        room.type,
        room.beds,
        room.floor,
        room.spare,
        frozenset(room.nights) if room.nights else None,
        # in the order room_grid reads them (by code), so a row reads the same
        tuple(tuple(s for _, s in sorted(cell, key=lambda x: x[1].code)) for cell in cells),
    )


def _waiting(
    uow: UnitOfWork, person: Attendee, held: list[RoomAssignment], block: list[date]
) -> Waiting | None:
    """As ``waiting_list`` says it for one person."""
    if not person.needs_room:
        return None
    stay = nights_for(person, block)
    bedded = {n for a in held for n in a.nights}
    missing = tuple(n for n in stay if n not in bedded)
    if not missing:
        return None
    category = uow.catalog.category(person.category_id)
    return Waiting(
        person.id,
        person.code,
        person.name,
        person.gender,
        person.unit,
        person.department,
        person.title,
        category.name if category else "",
        tuple(stay),
        missing,
        person.room_pref,
        person.roommate_request,
        uow.checkins.first_for(person.id) is not None,
        person.id_number,
    )
