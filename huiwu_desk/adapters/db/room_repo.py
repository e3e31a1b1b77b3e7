"""Rooms: the block, who sleeps where night by night (``room_nights``), and the board the 排房
page and pairing read in two queries whatever the size of the block."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select

from ...domain.model import Attendee, Room, RoomAssignment
from ...services.ports import Sleeper
from . import tables as t
from .bulk import driver_rows
from .repositories import Repo, attendee_from_row, room_from_row


class SqlRoomRepo(Repo):
    def all(self) -> list[Room]:
        rows = self.conn.execute(select(t.rooms).order_by(t.rooms.c.hotel_id, t.rooms.c.number))
        return [room_from_row(r) for r in rows]

    def hotel_names(self) -> dict[str, str]:
        return {r.id: r.name for r in self.conn.execute(select(t.hotels))}

    def by_number(self, number: str) -> Room | None:
        row = self.conn.execute(select(t.rooms).where(t.rooms.c.number == number).limit(1)).first()
        return room_from_row(row) if row else None

    def occupancy(self, room_id: str, nights: Sequence[date]) -> dict[date, int]:
        n = t.room_nights.c
        rows = self.conn.execute(
            select(n.night, func.count())
            .where(n.room_id == room_id, n.night.in_([d.isoformat() for d in nights]))
            .group_by(n.night)
        )
        return {date.fromisoformat(night): int(count) for night, count in rows}

    def occupants(self, room_id: str) -> list[tuple[str, str]]:
        a, ra = t.attendees.c, t.room_assignments.c
        rows = self.conn.execute(
            select(a.code, a.name)
            .join_from(t.room_assignments, t.attendees, ra.attendee_id == a.id)
            .where(ra.room_id == room_id, ra.released.is_(False))
            .order_by(ra.hlc)
        )
        return [(r.code, r.name) for r in rows]

    def genders_on(self, room_id: str, nights: Sequence[date]) -> set[str]:
        """The genders of who sleeps in the room on any of ``nights`` ("" when not given)."""
        n, a = t.room_nights.c, t.attendees.c
        rows = self.conn.execute(
            select(a.gender)
            .distinct()
            .join_from(t.room_nights, t.attendees, a.id == n.attendee_id)
            .where(n.room_id == room_id, n.night.in_([d.isoformat() for d in nights]))
        )
        return {g or "" for (g,) in rows}

    def active_for(self, attendee_id: str) -> list[RoomAssignment]:
        ra = t.room_assignments.c
        rows = self.conn.execute(
            select(t.room_assignments).where(ra.attendee_id == attendee_id, ra.released.is_(False))
        )
        return [_assignment(r) for r in rows]

    def usage(self) -> tuple[int, int]:
        """Rooms with anyone in them; free beds on the busiest night of the event."""
        n = t.room_nights.c
        used = int(self.conn.execute(select(func.count(func.distinct(n.room_id)))).scalar() or 0)
        total_beds = int(
            self.conn.execute(select(func.coalesce(func.sum(t.rooms.c.beds), 0))).scalar() or 0
        )
        nights = json.loads(self.conn.execute(select(t.event.c.nights)).scalar() or "[]")
        if not nights:
            return used, total_beds
        counts = dict(
            self.conn.execute(
                select(n.night, func.count()).where(n.night.in_(nights)).group_by(n.night)
            ).all()
        )
        busiest = max((counts.get(night, 0) for night in nights), default=0)
        return used, total_beds - busiest

    # --- by reference, for the desk and the command line ---------------------------------
    def by_id(self, room_id: str) -> Room | None:
        row = self.conn.execute(select(t.rooms).where(t.rooms.c.id == room_id)).first()
        return room_from_row(row) if row else None

    def with_number(self, number: str) -> list[Room]:
        """Every room with that number (two hotels may both have a 301)."""
        rows = self.conn.execute(
            select(t.rooms).where(t.rooms.c.number == number).order_by(t.rooms.c.hotel_id)
        )
        return [room_from_row(r) for r in rows]

    # --- the board: the whole block night by night, in two queries -----------------------
    def sleepers(self) -> list[Sleeper]:
        # the driver's tuples and one date per night: 15,000 room-nights in ~25 ms, not 100
        rows = driver_rows(self.conn, _SLEEPERS)
        days: dict[str, date] = {}
        return [
            Sleeper(
                room_id,
                days.get(night) or days.setdefault(night, date.fromisoformat(night)),
                attendee_id,
                assignment_id,
                code,
                name,
                gender or "",
            )
            for room_id, night, attendee_id, assignment_id, code, name, gender in rows
        ]

    def needing(self) -> list[Attendee]:
        """Everyone who needs a room (a record merged into another is not a person)."""
        a, al = t.attendees.c, t.attendee_aliases.c
        rows = self.conn.execute(
            select(t.attendees)
            .where(a.needs_room.is_(True), a.id.not_in(select(al.alias_id)))
            .order_by(a.code)
        )
        return [attendee_from_row(r) for r in rows]

    def active(self) -> list[RoomAssignment]:
        ra = t.room_assignments.c
        rows = self.conn.execute(select(t.room_assignments).where(ra.released.is_(False)))
        return [_assignment(r) for r in rows]


_SLEEPERS = (
    "SELECT n.room_id, n.night, n.attendee_id, n.assignment_id, a.code, a.name, a.gender "
    "FROM room_nights AS n JOIN attendees AS a ON a.id = n.attendee_id "
    "ORDER BY n.room_id, n.night, a.code"  # a cell always reads the same, on every desk
)


def _assignment(row: Any) -> RoomAssignment:
    return RoomAssignment(
        row.id,
        row.room_id,
        row.attendee_id,
        [date.fromisoformat(d) for d in json.loads(row.nights)],
    )
