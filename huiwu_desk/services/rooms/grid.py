"""The 排房 grid: every room of the block × every night, with who sleeps there, and the list of
people still waiting for a bed. Read in a handful of queries whatever the size of the block
(1,500 rooms × 5 nights); the filters are pure and run on what was read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ...domain.model import Room, room_type_zh
from ...domain.room_pairing import number_key
from ...domain.rules import nights_for
from ..ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class GridSleeper:
    code: str
    name: str
    gender: str


@dataclass(frozen=True, slots=True)
class GridRoom:
    id: str
    hotel: str
    number: str
    type: str
    beds: int
    floor: str
    spare: bool  # 机动
    open_nights: frozenset[date] | None  # None: every night of the event
    cells: tuple[tuple[GridSleeper, ...], ...]  # one per night of the grid

    def is_open(self, night: date) -> bool:
        return self.open_nights is None or night in self.open_nights

    def free(self, i: int, night: date) -> int:
        return max(self.beds - len(self.cells[i]), 0) if self.is_open(night) else 0

    def over(self, i: int) -> bool:
        """More sleepers than beds (two desks gave the last bed offline)."""
        return len(self.cells[i]) > self.beds

    @property
    def genders(self) -> set[str]:
        return {s.gender for cell in self.cells for s in cell if s.gender}

    @property
    def type_text(self) -> str:
        return room_type_zh(self.type)


@dataclass(frozen=True, slots=True)
class RoomGrid:
    nights: tuple[date, ...]
    rooms: tuple[GridRoom, ...]

    @property
    def hotels(self) -> list[str]:
        return sorted({r.hotel for r in self.rooms})

    @property
    def floors(self) -> list[str]:
        return sorted({r.floor for r in self.rooms if r.floor}, key=_floor_key)

    def free_beds(self, i: int) -> int:
        night = self.nights[i]
        return sum(r.free(i, night) for r in self.rooms if not r.spare)


def _floor_key(floor: str) -> tuple[int, str]:
    return number_key(floor)  # "12" after "3", as room numbers


@dataclass(frozen=True, slots=True)
class GridFilter:
    hotel: str = ""
    type: str = ""
    floor: str = ""
    gender: str = ""  # rooms that can take this gender: empty, or only this gender in them
    free_only: bool = False  # a free bed on at least one night
    text: str = ""  # a room number or a sleeper's name or code


def filtered(grid: RoomGrid, f: GridFilter) -> list[GridRoom]:
    text = f.text.strip()
    out = []
    for room in grid.rooms:
        if f.hotel and room.hotel != f.hotel:
            continue
        if f.type and room.type != f.type:
            continue
        if f.floor and room.floor != f.floor:
            continue
        if f.gender and room.genders - {f.gender}:
            continue
        if f.free_only and not any(room.free(i, n) for i, n in enumerate(grid.nights)):
            continue
        if text and not _matches(room, text):
            continue
        out.append(room)
    return out


def _matches(room: GridRoom, text: str) -> bool:
    if text in room.number:
        return True
    return any(text in s.name or text == s.code for cell in room.cells for s in cell)


def room_grid(uow: UnitOfWork) -> RoomGrid:
    with uow.reading():
        nights = tuple(uow.catalog.event().nights)
        hotels = uow.rooms.hotel_names()
        rooms = uow.rooms.all()
        sleepers = uow.rooms.sleepers()
    index = {n: i for i, n in enumerate(nights)}
    cells: dict[str, list[list[GridSleeper]]] = defaultdict(lambda: [[] for _ in nights])
    people: dict[str, GridSleeper] = {}  # one per person, whatever their nights
    for s in sleepers:
        i = index.get(s.night)
        if i is not None:
            who = people.get(s.attendee_id)
            if who is None:
                who = people[s.attendee_id] = GridSleeper(s.code, s.name, s.gender)
            cells[s.room_id][i].append(who)
    empty: tuple[tuple[GridSleeper, ...], ...] = tuple(() for _ in nights)
    return RoomGrid(
        nights,
        tuple(
            sorted(
                (_grid_room(r, hotels.get(r.hotel_id, ""), cells.get(r.id), empty) for r in rooms),
                key=lambda g: (g.hotel, _floor_key(g.floor), number_key(g.number)),
            )
        ),
    )


def _grid_room(
    room: Room,
    hotel: str,
    cells: list[list[GridSleeper]] | None,
    empty: tuple[tuple[GridSleeper, ...], ...],
) -> GridRoom:
    return GridRoom(
        room.id,
        hotel,
        room.number,
        room.type,
        room.beds,
        room.floor,
        room.spare,
        frozenset(room.nights) if room.nights else None,
        tuple(tuple(c) for c in cells) if cells is not None else empty,
    )


@dataclass(frozen=True, slots=True)
class Waiting:
    """Someone who needs a room and has no bed on some night of the stay."""

    id: str
    code: str
    name: str
    gender: str
    unit: str
    department: str
    title: str
    category: str
    nights: tuple[date, ...]  # of the stay
    missing: tuple[date, ...]  # the nights without a bed
    room_pref: str  # "single" | "shared" | ""
    roommate_request: str
    arrived: bool  # checked in
    id_number: str = ""


def waiting_list(uow: UnitOfWork) -> list[Waiting]:
    """Everyone who needs a room and lacks a bed on a night of their stay, in code order."""
    with uow.reading():
        block = uow.catalog.event().nights
        people = uow.rooms.needing()
        bedded: dict[str, set[date]] = defaultdict(set)
        for a in uow.rooms.active():
            bedded[a.attendee_id].update(a.nights)
        arrived = uow.checkins.arrived()
        categories = {c.id: c.name for c in uow.catalog.categories()}
    out = []
    for p in people:
        stay = nights_for(p, block)
        missing = tuple(n for n in stay if n not in bedded.get(p.id, ()))
        if not missing:
            continue
        out.append(
            Waiting(
                p.id,
                p.code,
                p.name,
                p.gender,
                p.unit,
                p.department,
                p.title,
                categories.get(p.category_id or "", ""),
                tuple(stay),
                missing,
                p.room_pref,
                p.roommate_request,
                p.id in arrived,
                p.id_number,
            )
        )
    return out
