"""The hotel's numbers: per hotel and night, rooms used by type, singles, spare (机动) used and
held, free rooms and beds. The hotel bills from this (export ``hotel``); the 排房 page shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...domain.model import RoomType, room_type_zh
from ..ports import UnitOfWork
from ..sheet_ports import Column, SheetSpec
from .grid import RoomGrid, room_grid

TYPES = [t.value for t in RoomType]


@dataclass(slots=True)
class NightCount:
    hotel: str
    night: date
    used: dict[str, int] = field(default_factory=dict)  # room type → rooms with a sleeper
    singles: int = 0  # rooms used by one person (a twin sold as a single included)
    spare_used: int = 0  # 机动 rooms someone sleeps in
    spare_held: int = 0  # 机动 rooms still empty
    free_rooms: int = 0  # open that night, nobody in them, not 机动
    free_beds: int = 0  # beds a desk may still give (not 机动)
    guests: int = 0
    closed: int = 0  # rooms the hotel does not give that night

    @property
    def rooms_used(self) -> int:
        return sum(self.used.values())


def night_counts(grid: RoomGrid) -> list[NightCount]:
    """Pure: from a grid already read (the 排房 page has one)."""
    counts: dict[tuple[str, date], NightCount] = {}
    for hotel in grid.hotels:
        for night in grid.nights:
            counts[(hotel, night)] = NightCount(hotel, night)
    for room in grid.rooms:
        for i, night in enumerate(grid.nights):
            c = counts[(room.hotel, night)]
            sleepers = len(room.cells[i])
            if not room.is_open(night) and not sleepers:
                c.closed += 1
                continue
            c.guests += sleepers
            if sleepers:
                c.used[room.type] = c.used.get(room.type, 0) + 1
                c.singles += sleepers == 1
                c.spare_used += room.spare
            elif room.spare:
                c.spare_held += 1
            else:
                c.free_rooms += 1
            if not room.spare:
                c.free_beds += room.free(i, night)
    return list(counts.values())


def hotel_numbers(uow: UnitOfWork) -> list[NightCount]:
    return night_counts(room_grid(uow))


def hotel_sheets(uow: UnitOfWork) -> list[SheetSpec]:
    """Export ``hotel``: one line per hotel and night, then the room-nights per hotel."""
    counts = hotel_numbers(uow)
    kinds = TYPES + sorted({k for c in counts for k in c.used if k not in TYPES})
    cols = [
        Column("酒店"),
        Column("日期", "date"),
        *(Column(f"{room_type_zh(k)}(间)", "int") for k in kinds),
        Column("用房合计(间)", "int"),
        Column("其中单住(间)", "int"),
        Column("机动房已用(间)", "int"),
        Column("机动房未用(间)", "int"),
        Column("空房(间)", "int"),
        Column("空床(张)", "int"),
        Column("入住人数", "int"),
    ]
    rows: list[list[Any]] = []
    totals: dict[str, dict[str, int]] = {}
    for c in counts:
        rows.append(
            [
                c.hotel,
                c.night,
                *(c.used.get(k, 0) for k in kinds),
                c.rooms_used,
                c.singles,
                c.spare_used,
                c.spare_held,
                c.free_rooms,
                c.free_beds,
                c.guests,
            ]
        )
        t = totals.setdefault(c.hotel, {k: 0 for k in [*kinds, "all", "singles", "guests"]})
        for k in kinds:
            t[k] += c.used.get(k, 0)
        t["all"] += c.rooms_used
        t["singles"] += c.singles
        t["guests"] += c.guests
    sum_cols = [
        Column("酒店"),
        *(Column(f"{room_type_zh(k)}(间夜)", "int") for k in kinds),
        Column("合计(间夜)", "int"),
        Column("其中单住(间夜)", "int"),
        Column("人夜", "int"),
    ]
    sums = [
        [hotel, *(t[k] for k in kinds), t["all"], t["singles"], t["guests"]]
        for hotel, t in totals.items()
    ]
    return [SheetSpec("酒店用房", cols, rows), SheetSpec("间夜合计", sum_cols, sums)]
