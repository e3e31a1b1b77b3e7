"""Putting people in beds night by night: assign (F4), release, move (换房) and swap.

Each act checks its rules inside ``BEGIN IMMEDIATE`` and writes ``room.assign`` /
``room.release`` ops only: a move is a release and an assign in one transaction, so a refused
move (full, wrong gender, a closed night) writes nothing. One person never has two beds on one
night; a bed is never given twice (check_capacity on every night).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ...domain.errors import (
    AlreadyInRoom,
    MixedRoom,
    NoRooms,
    NotInRoom,
    RoomClosed,
    UnknownRoom,
)
from ...domain.model import Attendee, DeskContext, Room, RoomAssignment
from ...domain.room_errors import (
    AlreadyBedded,
    AmbiguousRoom,
    NightOutsideBlock,
    NotPlacedForSwap,
    SameRoom,
    SwapSamePerson,
)
from ...domain.rules import check_capacity, nights_for
from .. import lookup
from ..changes import Changes
from ..conflicts import refresh_if_open
from ..operators import approving_supervisor
from ..ports import UnitOfWork

GENDER_WORDS = {"M": ("男", "male"), "F": ("女", "female")}


def find_room(uow: UnitOfWork, ref: str) -> Room:
    """The room ``ref`` names: its id, its number when one hotel has it, or "hotel/number"
    (also "hotel 301") when two hotels both have a 301. Inside the caller's transaction."""
    ref = ref.strip()
    room = uow.rooms.by_id(ref)
    if room is not None:
        return room
    found = uow.rooms.with_number(ref)
    if len(found) == 1:
        return found[0]
    hotels = uow.rooms.hotel_names()
    if len(found) > 1:
        names = "、".join(sorted(hotels.get(r.hotel_id, "?") for r in found))
        raise AmbiguousRoom(number=ref, hotels=names)
    for sep in ("/", "／", " ", "\t"):
        hotel, _, number = ref.rpartition(sep)
        if hotel.strip() and number.strip():
            wanted = hotel.strip()
            for r in uow.rooms.with_number(number.strip()):
                if hotels.get(r.hotel_id, "") == wanted:
                    return r
    if not hotels:
        raise NoRooms()
    raise UnknownRoom(number=ref)


def room_label(uow: UnitOfWork, room: Room) -> str:
    """ "301", or "华美酒店/301" when another hotel also has a 301."""
    if len(uow.rooms.with_number(room.number)) > 1:
        return f"{uow.rooms.hotel_names().get(room.hotel_id, '')}/{room.number}"
    return room.number


def block_nights(uow: UnitOfWork, nights: Sequence[date]) -> None:
    """Refuse a night outside the event's block (one sentence)."""
    block = uow.catalog.event().nights
    for night in nights:
        if night not in block:
            raise NightOutsideBlock(
                night=night.isoformat(),
                first=block[0].isoformat() if block else "—",
                last=block[-1].isoformat() if block else "—",
            )


def bedded(uow: UnitOfWork, person: Attendee) -> dict[date, str]:
    """The nights the person already has a bed on, and in which room."""
    return {n: a.room_id for a in uow.rooms.active_for(person.id) for n in a.nights}


def put_in_room(
    uow: UnitOfWork,
    ctx: DeskContext,
    person: Attendee,
    room: Room,
    nights: Sequence[date],
) -> str:
    """Inside the caller's transaction: every check, then the ``room.assign`` op."""
    nights = sorted(set(nights))
    block_nights(uow, nights)
    taken = bedded(uow, person)
    for night in nights:
        if night in taken:
            other = uow.rooms.by_id(taken[night])
            raise AlreadyBedded(
                name=person.name, night=night.isoformat(), number=other.number if other else "?"
            )
    closed = [n for n in nights if room.nights and n not in room.nights]
    if closed:
        raise RoomClosed(number=room.number, night=closed[0].isoformat())
    check_capacity(room, uow.rooms.occupancy(room.id, nights), nights)
    supervisor = _same_gender_or_approved(uow, ctx, person, room, nights)
    assignment_id = uow.new_id()
    uow.log.append(
        ctx,
        "room.assign",
        assignment_id,
        {"room_id": room.id, "attendee_id": person.id, "nights": [n.isoformat() for n in nights]},
        supervisor=supervisor,
    )
    return assignment_id


def give_back(uow: UnitOfWork, ctx: DeskContext, assignment: RoomAssignment) -> None:
    uow.log.append(ctx, "room.release", uow.new_id(), {"assignment_id": assignment.id})


def reshape(
    uow: UnitOfWork, ctx: DeskContext, assignment: RoomAssignment, nights: Sequence[date]
) -> None:
    """Keep the bed for ``nights`` only (a subset: no check needed) or give it back."""
    keep = sorted(set(nights))
    if keep == sorted(assignment.nights):
        return
    give_back(uow, ctx, assignment)
    if keep:
        uow.log.append(
            ctx,
            "room.assign",
            uow.new_id(),
            {
                "room_id": assignment.room_id,
                "attendee_id": assignment.attendee_id,
                "nights": [n.isoformat() for n in keep],
            },
        )


def assign_room(
    uow: UnitOfWork,
    ctx: DeskContext,
    code: str,
    room_ref: str,
    nights: Sequence[date] | None = None,
) -> Changes:
    """F4 and ``room assign``: a bed on ``nights`` (default: the nights of the person's stay
    that have no bed yet). ``result``: the assignment id."""
    with uow.writing():
        person = lookup.attendee(uow, code)
        room = find_room(uow, room_ref)
        if nights is None:
            taken = bedded(uow, person)
            stay = nights_for(person, uow.catalog.event().nights)
            nights = [n for n in stay if n not in taken]
            if not nights and taken:
                current = uow.rooms.by_id(next(iter(taken.values())))
                raise AlreadyInRoom(name=person.name, number=current.number if current else "?")
        assignment_id = put_in_room(uow, ctx, person, room, nights)
        refresh_if_open(uow)
    return Changes(attendees={person.id}, rooms=True, result=assignment_id)


def _same_gender_or_approved(
    uow: UnitOfWork, ctx: DeskContext, person: Attendee, room: Room, nights: Sequence[date]
) -> str | None:
    """A shared room holds one gender on every night of the stay; a supervisor may approve
    otherwise (a couple, a family). Unknown genders never block. Returns the approver."""
    mixed = _mixed(uow, person, room, nights)
    if mixed is None:
        return None
    if not (ctx.supervisor or "").strip():
        raise mixed
    return approving_supervisor(uow, ctx)


def _mixed(
    uow: UnitOfWork, person: Attendee, room: Room, nights: Sequence[date]
) -> MixedRoom | None:
    if not person.gender:
        return None
    others = uow.rooms.genders_on(room.id, nights) - {"", person.gender}
    if not others:
        return None
    words = [GENDER_WORDS.get(g, (g, g)) for g in sorted(others)]
    zh, en = GENDER_WORDS.get(person.gender, (person.gender, person.gender))
    return MixedRoom(
        number=room.number,
        name=person.name,
        others_zh="、".join(w[0] + "性" for w in words),
        others_en=" and ".join(w[1] for w in words),
        gender_zh=zh,
        gender_en=en,
    )


def mixed_room(uow: UnitOfWork, code: str, room_ref: str) -> MixedRoom | None:
    """Would putting the person in that room mix genders? (The desk asks a supervisor first.)"""
    with uow.reading():
        person = lookup.attendee(uow, code)
        try:
            room = find_room(uow, room_ref)
        except (UnknownRoom, NoRooms, AmbiguousRoom):
            return None  # assign_room says so
        taken = bedded(uow, person)
        nights = [n for n in nights_for(person, uow.catalog.event().nights) if n not in taken]
        moving = [n for n, rid in taken.items() if rid != room.id]
        return _mixed(uow, person, room, nights or moving)


def release_room(
    uow: UnitOfWork, ctx: DeskContext, code: str, nights: Sequence[date] | None = None
) -> Changes:
    """Give the bed back: every night, or only ``nights`` (the rest of the stay keeps it)."""
    with uow.writing():
        person = lookup.attendee(uow, code)
        current = uow.rooms.active_for(person.id)
        if not current:
            raise NotInRoom(name=person.name)
        drop = set(nights) if nights is not None else None
        for assignment in current:
            keep = [] if drop is None else [n for n in assignment.nights if n not in drop]
            reshape(uow, ctx, assignment, keep)
        refresh_if_open(uow)
    return Changes(attendees={person.id}, rooms=True)


def move_room(
    uow: UnitOfWork,
    ctx: DeskContext,
    code: str,
    room_ref: str,
    nights: Sequence[date] | None = None,
) -> Changes:
    """换房 in one step: out of the current room(s) and into ``room_ref`` for the same nights
    (or only ``nights``); both or neither. Someone with no bed yet is simply put there."""
    with uow.writing():
        person = lookup.attendee(uow, code)
        room = find_room(uow, room_ref)
        current = uow.rooms.active_for(person.id)
        if not current:
            assignment_id = put_in_room(
                uow, ctx, person, room, nights or nights_for(person, uow.catalog.event().nights)
            )
        else:
            held = sorted({n for a in current for n in a.nights})
            moving = sorted(set(nights) & set(held)) if nights is not None else held
            if nights is not None and not moving:
                raise NotInRoom(name=person.name)
            if all(a.room_id == room.id for a in current if set(a.nights) & set(moving)):
                raise SameRoom(name=person.name, number=room.number)
            for assignment in current:
                reshape(uow, ctx, assignment, [n for n in assignment.nights if n not in moving])
            assignment_id = put_in_room(uow, ctx, person, room, moving)
        refresh_if_open(uow)
    return Changes(attendees={person.id}, rooms=True, result=assignment_id)


def swap_rooms(uow: UnitOfWork, ctx: DeskContext, code_a: str, code_b: str) -> Changes:
    """Two placed people trade rooms, each for their own nights; both or neither."""
    with uow.writing():
        a = lookup.attendee(uow, code_a)
        b = lookup.attendee(uow, code_b)
        if a.id == b.id:
            raise SwapSamePerson()
        held_a, held_b = uow.rooms.active_for(a.id), uow.rooms.active_for(b.id)
        for person, held in ((a, held_a), (b, held_b)):
            if not held:
                raise NotPlacedForSwap(name=person.name)
        room_a, room_b = _main_room(uow, held_a), _main_room(uow, held_b)
        if room_a.id == room_b.id:
            raise SameRoom(name=b.name, number=room_a.number)
        nights_a = sorted({n for x in held_a for n in x.nights})
        nights_b = sorted({n for x in held_b for n in x.nights})
        for assignment in (*held_a, *held_b):
            give_back(uow, ctx, assignment)
        put_in_room(uow, ctx, a, room_b, nights_a)
        put_in_room(uow, ctx, b, room_a, nights_b)
        refresh_if_open(uow)
    return Changes(attendees={a.id, b.id}, rooms=True)


def _main_room(uow: UnitOfWork, held: Sequence[RoomAssignment]) -> Room:
    longest = max(held, key=lambda x: len(x.nights))
    room = uow.rooms.by_id(longest.room_id)
    assert room is not None  # an assignment always names a room of the block
    return room
