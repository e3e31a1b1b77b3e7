"""Hybrid logical clock: wall milliseconds + counter, never runs backwards.

The HLC orders operations for display ("first check-in at desk A 10:40"); it never decides
which payment or bed is valid (see shared/sync.md).

Another desk's time orders its ops, but it may pull this desk's clock at most
``MAX_AHEAD_MS`` ahead of this desk's own wall clock (``bounded_base``): one laptop set to
2031, or a forged op dated 2100, would otherwise stamp every later op of every desk that
imports it with that year, for good. Two minutes: more than laptop clocks drift apart over
a few days offline (seconds a day), so ordinary ops keep their cause-before-effect order
across desks; small enough that the times this desk shows and prints stay its own within
two minutes. A larger difference is a wrong clock, and ``sync status`` names the desk.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_AHEAD_MS = 2 * 60 * 1000
_COUNTER_MAX = 99_999  # five digits in ``encode``: beyond, the next millisecond


@dataclass(frozen=True, order=True, slots=True)
class Hlc:
    wall_ms: int
    counter: int = 0

    def tick(self, now_ms: int) -> Hlc:
        """The stamp for a new local event."""
        if now_ms > self.wall_ms:
            return Hlc(now_ms, 0)
        if self.counter >= _COUNTER_MAX:
            return Hlc(self.wall_ms + 1, 0)
        return Hlc(self.wall_ms, self.counter + 1)

    def receive(self, other: Hlc, now_ms: int) -> Hlc:
        """Merge a stamp seen from another desk so later local stamps sort after it (never
        more than ``MAX_AHEAD_MS`` past ``now_ms``)."""
        other = min(other, Hlc(now_ms + MAX_AHEAD_MS, 0))
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


def horizon(now_ms: int) -> str:
    """The greatest encoded stamp another desk's op may lend this desk's clock now."""
    return Hlc(now_ms + MAX_AHEAD_MS, _COUNTER_MAX).encode()
