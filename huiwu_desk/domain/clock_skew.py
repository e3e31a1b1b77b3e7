"""Whose clock is off: decided by the majority of the desks this desk has seen.

Each desk seen has an offset from this desk's clock, in ms (+ ahead): what its last bundle's
``created_ms`` said against this desk's clock when it was imported, or how far its newest
op's time lay ahead of it. A bundle may be carried for hours, so a peer that looks behind by
less than ``TRANSIT_MS`` is taken as on time (a slow desk learns it from the others, which
all look ahead to it). The offsets' median is the majority's time; a desk more than
``limit`` from it is off, this one included. With no majority (two desks that disagree)
both are named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median_low

WARN_MS = 5 * 60 * 1000
TRANSIT_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class ClockVerdict:
    own_off_ms: int = 0  # this desk against the majority (+ ahead); 0 when it agrees
    off: dict[str, int] = field(default_factory=dict)  # other desks off: code → ms (+ ahead)
    majority: bool = True  # False: too few desks agree to say which clock is wrong


def judge(own: str, offsets: dict[str, int], limit: int = WARN_MS) -> ClockVerdict:
    seen = {own: 0} | {
        code: (0 if -TRANSIT_MS <= ms <= 0 else ms) for code, ms in offsets.items() if code != own
    }
    middle = median_low(seen.values())
    agree = sum(1 for ms in seen.values() if abs(ms - middle) <= limit)
    majority = agree * 2 > len(seen)
    if not majority:
        middle = 0  # nothing to go by but this desk's own clock
    off = {code: ms - middle for code, ms in seen.items() if abs(ms - middle) > limit}
    own_off = off.pop(own, 0)
    return ClockVerdict(own_off, off, majority)
