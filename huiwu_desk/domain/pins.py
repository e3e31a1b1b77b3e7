"""PINs of operators and supervisors: shape, salted hash, constant-time check, and the rules
that make guessing one slow (pure: the time and the tries are handed in).

A PIN is digits (full-width digits from an input method count as digits): an operator's 4 to
12, a supervisor's 6 to 12. A supervisor's shorter PIN set before that rule still checks,
once at each desk; then it must be changed (``services.operators``). Only its hash is ever
stored or synced, as one string ``scrypt$n$r$p$salt$hash`` (hex) that carries its own
parameters, with a fresh random salt per PIN; the PIN itself stays in memory for the one check
that needs it. Hashes made with the older, cheaper parameters keep checking.

Cost: ``SCRYPT`` makes one check (one guess) cost about 0.7 s of one core and 128 MiB on the
machine this was measured on (``bench/pins.py``), so the hash that travels in every bundle
gives up a 6-digit PIN only after about 4 core-days on average (8 at most), where a 4-digit
one fell in 45 s with the old parameters. At the desk, ``MAX_WRONG`` wrong PINs in a row lock
that person for ``LOCK_MS`` at that desk (``PinTries``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass, replace
from typing import NamedTuple

from .errors import BadPinShape

PIN_MIN, SUPERVISOR_PIN_MIN, PIN_MAX = 4, 6, 12
SCHEME = "scrypt"


class ScryptCost(NamedTuple):
    n: int
    r: int
    p: int


# n=2**17, r=8: 128 MiB per check (memory-hard against graphics cards), p=2: two passes,
# ~0.7 s of one core here; the old 2**14/8/1 was ~40 ms.
SCRYPT = ScryptCost(2**17, 8, 2)
_COST = [SCRYPT]  # what new hashes cost: SCRYPT, unless a test suite made it cheap (set_cost)
_MAXMEM = 512 * 1024 * 1024  # what verify accepts from a stored hash: n·r·128 within it
_SALT_BYTES = 16
_HASH_BYTES = 32
_SHAPE = re.compile(rf"[0-9]{{{PIN_MIN},{PIN_MAX}}}")

MAX_WRONG = 5  # wrong PINs in a row …
LOCK_MS = 5 * 60 * 1000  # … lock that person at that desk for 5 minutes


def normalize_pin(pin: str) -> str:
    """The digits as typed: full-width ０-９ become 0-9, surrounding spaces go."""
    return unicodedata.normalize("NFKC", pin or "").strip()


def check_pin_shape(pin: str, *, supervisor: bool = False) -> str:
    """The normalized PIN, or ``BadPinShape`` if it is not 4–12 digits (a supervisor's: 6–12)."""
    pin = normalize_pin(pin)
    low = SUPERVISOR_PIN_MIN if supervisor else PIN_MIN
    if not _SHAPE.fullmatch(pin) or len(pin) < low:
        raise BadPinShape(low=low, high=PIN_MAX)
    return pin


def is_short(pin: str) -> bool:
    """A PIN that was typed (not empty) but is shorter than a supervisor's must be."""
    typed = normalize_pin(pin)
    return 0 < len(typed) < SUPERVISOR_PIN_MIN


def _derive(pin: str, salt: bytes, cost: ScryptCost, size: int = _HASH_BYTES) -> bytes:
    n, r, p = cost
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=size)


def set_cost(cost: ScryptCost) -> None:
    """The cost of hashes made from now on in this process. Only the test suite lowers it
    (``HUIWU_TEST_CHEAP_PINS``, read by ``bootstrap``), so that hundreds of PIN checks do not
    take minutes; a hash carries its own parameters, so it checks anywhere either way."""
    _COST[0] = cost


def hash_pin(pin: str, *, supervisor: bool = False, cost: ScryptCost | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` for a PIN of the right shape (raises ``BadPinShape``)."""
    pin = check_pin_shape(pin, supervisor=supervisor)
    salt = secrets.token_bytes(_SALT_BYTES)
    cost = cost or _COST[0]
    digest = _derive(pin, salt, cost)
    return f"{SCHEME}${cost.n}${cost.r}${cost.p}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches the stored hash; a malformed or empty hash matches nothing."""
    parts = (stored or "").split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return False
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt, expected = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
    except ValueError:
        return False
    if not (1 < n <= 2**20 and 0 < r <= 32 and 0 < p <= 16) or not salt:
        return False
    if n & (n - 1) or 128 * r * n > _MAXMEM // 2 or not 16 <= len(expected) <= 64:
        return False
    candidate = normalize_pin(pin)
    if not _SHAPE.fullmatch(candidate):
        candidate = ""  # still do the work: a wrong shape takes as long as a wrong PIN
    try:
        digest = _derive(candidate, salt, ScryptCost(n, r, p), len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest, expected) and bool(candidate)


@dataclass(frozen=True, slots=True)
class PinTries:
    """One person's PIN at one desk: wrong PINs in a row, locked until (ms since the epoch,
    0: not locked), and whether their too-short supervisor PIN has had its one last use here.
    Kept in the desk's local state (``meta``), never synced."""

    wrong: int = 0
    locked_until_ms: int = 0
    short_used: bool = False

    def locked(self, now_ms: int) -> bool:
        # never longer than LOCK_MS from now: a clock set back, or a damaged value, cannot
        # lock anyone for good
        return now_ms < self.locked_until_ms <= now_ms + LOCK_MS

    def after_wrong(self, now_ms: int) -> PinTries:
        """One more wrong PIN; the ``MAX_WRONG``-th locks for ``LOCK_MS`` and starts afresh."""
        wrong = self.wrong + 1
        if wrong >= MAX_WRONG:
            return replace(self, wrong=0, locked_until_ms=now_ms + LOCK_MS)
        return replace(self, wrong=wrong, locked_until_ms=0)

    def after_right(self) -> PinTries:
        return replace(self, wrong=0, locked_until_ms=0)

    def encode(self) -> str:
        return json.dumps(
            {"wrong": self.wrong, "until": self.locked_until_ms, "short_used": self.short_used}
        )

    @classmethod
    def decode(cls, text: str | None) -> PinTries:
        """Whatever is stored: a damaged value counts as no tries (never as a lock for good)."""
        try:
            data = json.loads(text or "{}")
            return cls(
                wrong=max(0, min(int(data.get("wrong", 0)), MAX_WRONG)),
                locked_until_ms=max(0, int(data.get("until", 0))),
                short_used=bool(data.get("short_used", False)),
            )
        except (ValueError, TypeError, AttributeError):
            return cls()
