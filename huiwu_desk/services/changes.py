"""What a use case changed, so each screen refreshes only what it shows (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Changes:
    attendees: set[str] = field(default_factory=set)
    checkins: bool = False
    payments: bool = False
    handouts: bool = False
    rooms: bool = False
    badges: bool = False
    setup: bool = False
    everything: bool = False
    result: Any = None  # what the use case produced (receipt number, new attendee id…)
    pin_change: str = ""  # a supervisor whose too-short PIN just approved its last act here

    def merge(self, other: Changes) -> Changes:
        return Changes(
            attendees=self.attendees | other.attendees,
            checkins=self.checkins or other.checkins,
            payments=self.payments or other.payments,
            handouts=self.handouts or other.handouts,
            rooms=self.rooms or other.rooms,
            badges=self.badges or other.badges,
            setup=self.setup or other.setup,
            everything=self.everything or other.everything,
            result=other.result if other.result is not None else self.result,
            pin_change=other.pin_change or self.pin_change,
        )
