"""Suggesting a bed (F4): same gender, the roommate asked for, every night free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...domain.errors import NoRooms
from ...domain.model import RoomType
from ...domain.rules import nights_for
from .. import lookup
from ..ports import Bed, UnitOfWork
from .pairing import one_night_single


@dataclass(frozen=True, slots=True)
class RoomSuggestion:
    number: str
    hotel: str
    type: str
    beds: int
    free: int  # beds still free on the fullest of the person's nights
    roommates: tuple[str, ...]
    reason: str  # why this room, in Chinese, for the desk


def wants_room_alone(room_pref: str, nights: int, one_night: bool = True) -> bool:
    """Single by request, or a one-night stay (the organizer's rule, an event setting)."""
    return room_pref == "single" or (one_night and nights == 1)


def suggest_rooms(uow: UnitOfWork, code: str, limit: int = 5) -> list[RoomSuggestion]:
    with uow.reading():
        person = lookup.attendee(uow, code)
        nights = nights_for(person, uow.catalog.event().nights)
        if not nights:
            return []
        per_night = [{b.room.id: b for b in uow.counters.beds(n)} for n in nights]
        one_night = one_night_single(uow)
    alone = wants_room_alone(person.room_pref, len(nights), one_night)
    wanted = person.roommate_request.strip()
    scored: list[tuple[int, RoomSuggestion]] = []
    for room_id, first in per_night[0].items():
        room = first.room
        if room.spare or not room.open_on(nights):
            continue  # 机动 rooms are the lead's to give; a closed night cannot be slept
        beds: list[Bed] = [night[room_id] for night in per_night]
        free = min(b.free for b in beds)
        if free <= 0:
            continue
        sleepers = {o for b in beds for o in b.occupants}
        genders = {g for _, _, g in sleepers if g}
        if person.gender and genders and genders != {person.gender}:
            continue  # people share by gender
        names = tuple(sorted({name for _, name, _ in sleepers}))
        if alone and sleepers:
            continue
        if wanted and wanted in names:
            score, reason = 0, f"同住人 {wanted} 在此房间"
        elif alone:
            small = room.type in (RoomType.KING.value, RoomType.SINGLE.value)
            score, reason = (1, "单住") if small else (3, "单住（标间）")
        elif sleepers:
            score, reason = 1, "同性别拼房"
        else:
            score, reason = (2, "空标间") if room.beds >= 2 else (4, "空房")
        scored.append(
            (
                score,
                RoomSuggestion(room.number, first.hotel, room.type, room.beds, free, names, reason),
            )
        )
    scored.sort(key=lambda item: (item[0], item[1].hotel, item[1].number))
    return [s for _, s in scored[:limit]]


@dataclass(frozen=True, slots=True)
class RoomOptions:
    """What F4 shows: the suggested beds, and the beds free on each night of the stay."""

    suggestions: list[RoomSuggestion]
    free_by_night: list[tuple[date, int]]  # the person's own nights, not the event's first


def room_options(uow: UnitOfWork, code: str, limit: int = 8) -> RoomOptions:
    with uow.reading():
        if not uow.rooms.hotel_names():
            raise NoRooms()  # F4 on an event without rooms says where to add them
    suggestions = suggest_rooms(uow, code, limit)
    with uow.reading():
        person = lookup.attendee(uow, code)
        nights = nights_for(person, uow.catalog.event().nights)
        free = [(night, uow.counters.night_usage(night)[1]) for night in nights]
    return RoomOptions(suggestions, free)
