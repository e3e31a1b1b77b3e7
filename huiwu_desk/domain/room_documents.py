"""The room slip (住宿凭单) that goes into the key envelope: who, which hotel and room, which
nights, with whom. Printed on the receipt printer by the same renderers as receipts (label：
value lines; the name and the room drawn large), when a bed is given (F4, 换房) or on demand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Any


def stay_dates(nights: Sequence[str]) -> tuple[str, str]:
    """(check-in, check-out) of ISO nights: the first night, and the day after the last."""
    if not nights:
        return "", ""
    days = sorted(date.fromisoformat(n) for n in nights)
    return days[0].isoformat(), (days[-1] + timedelta(days=1)).isoformat()


def _contiguous(nights: Sequence[str]) -> bool:
    days = sorted(date.fromisoformat(n) for n in nights)
    return all(b - a == timedelta(days=1) for a, b in pairwise(days))


def short_day(night: str) -> str:
    """ "2026-11-27" → "11-27"."""
    return night[5:] if len(night) == 10 else night


@dataclass(frozen=True, slots=True)
class RoomSlipDocument:
    """住宿凭单: one person's bed in one room; ``nights`` are ISO dates (the night begins)."""

    name: str
    code: str
    hotel: str
    room: str  # the number as the desk says it ("301", "华美酒店/301" when two hotels have one)
    nights: tuple[str, ...]
    check_in: str = ""  # ISO; the first night
    check_out: str = ""  # ISO; the day after the last night
    room_type: str = ""  # as shown: 标间, 大床…
    unit: str = ""
    roommates: tuple[str, ...] = ()  # names of the others in the room on those nights
    other_rooms: tuple[str, ...] = ()  # "302（11-29）": nights of the stay in another room
    organizer: str = ""
    event_name: str = ""
    desk: str = ""
    operator: str = ""
    printed_at: str = ""
    copy: bool = False

    @property
    def heading(self) -> str:
        return "住宿凭单" + ("（补打）" if self.copy else "")

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) lines of the body, in print order (empty values left out)."""
        check_in, check_out = self.check_in, self.check_out
        if not (check_in and check_out):
            check_in, check_out = stay_dates(self.nights)
        spread = bool(self.nights) and not _contiguous(self.nights)
        rows = [
            ("姓名", self.name),
            ("编号", self.code),
            ("单位", self.unit),
            ("酒店", self.hotel),
            ("房号", self.room),
            ("房型", self.room_type),
            ("入住", check_in),
            ("离店", check_out),
            ("晚数", f"{len(self.nights)} 晚" if self.nights else ""),
            ("住宿日", "、".join(short_day(n) for n in sorted(self.nights)) if spread else ""),
            ("同住人", "、".join(self.roommates)),
            ("另住", "；".join(self.other_rooms)),
            ("报到台", self.desk),
            ("经办人", self.operator),
            ("打印时间", self.printed_at),
        ]
        return [(k, v) for k, v in rows if v]

    @property
    def foot(self) -> str:
        return "请凭此单到酒店前台办理入住"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RoomSlipDocument:
        values = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        for key in ("nights", "roommates", "other_rooms"):
            values[key] = tuple(values.get(key, ()))
        return cls(**values)
