"""Hybrid logical clock: wall milliseconds + counter, never runs backwards.

The HLC orders operations for display ("first check-in at desk A 10:40"); it never decides
which payment or bed is valid (see shared/sync.md).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True, slots=True)
class Hlc:
    wall_ms: int
    counter: int = 0

    def tick(self, now_ms: int) -> Hlc:
        """The stamp for a new local event."""
        if now_ms > self.wall_ms:
            return Hlc(now_ms, 0)
        return Hlc(self.wall_ms, self.counter + 1)

    def receive(self, other: Hlc, now_ms: int) -> Hlc:
        """Merge a stamp seen from another desk so later local stamps sort after it."""
        wall = max(self.wall_ms, other.wall_ms, now_ms)
        if wall == self.wall_ms == other.wall_ms:
            return Hlc(wall, max(self.counter, other.counter) + 1)
        if wall == self.wall_ms:
            return Hlc(wall, self.counter + 1)
        if wall == other.wall_ms:
            return Hlc(wall, other.counter + 1)
        return Hlc(wall, 0)

    def encode(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:05d}"

    @staticmethod
    def wall_ms_of(text: str) -> int:
        """``decode(text).wall_ms`` without making an Hlc (once per row of a big merge)."""
        return int(text.partition(".")[0])

    @classmethod
    def decode(cls, text: str) -> Hlc:
        wall, _, counter = text.partition(".")
        return cls(int(wall), int(counter or 0))
