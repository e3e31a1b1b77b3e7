"""PINs of operators and supervisors: shape, salted hash, constant-time check.

A PIN is 4 to 8 digits (full-width digits from an input method count as digits). Only its
hash is ever stored or synced, as one string ``scrypt$n$r$p$salt$hash`` (hex), with a fresh
random salt per PIN; the PIN itself stays in memory for the one check that needs it.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import unicodedata

from .errors import BadPinShape

PIN_MIN, PIN_MAX = 4, 8
SCHEME = "scrypt"
# n=2**14, r=8 (16 MiB, a few tens of ms on a desk laptop): cheap for one approval, costly
# for anyone trying all 10,000 four-digit PINs against a copied event file.
_N, _R, _P = 2**14, 8, 1
_SALT_BYTES = 16
_HASH_BYTES = 32
_SHAPE = re.compile(rf"[0-9]{{{PIN_MIN},{PIN_MAX}}}")


def normalize_pin(pin: str) -> str:
    """The digits as typed: full-width ０-９ become 0-9, surrounding spaces go."""
    return unicodedata.normalize("NFKC", pin or "").strip()


def check_pin_shape(pin: str) -> str:
    """The normalized PIN, or ``BadPinShape`` if it is not 4–8 digits."""
    pin = normalize_pin(pin)
    if not _SHAPE.fullmatch(pin):
        raise BadPinShape(low=PIN_MIN, high=PIN_MAX)
    return pin


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, size: int = _HASH_BYTES) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=size
    )


def hash_pin(pin: str) -> str:
    """``scrypt$n$r$p$salt$hash`` for a PIN of the right shape (raises ``BadPinShape``)."""
    pin = check_pin_shape(pin)
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = _derive(pin, salt, _N, _R, _P)
    return f"{SCHEME}${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


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
    if not 16 <= len(expected) <= 64:
        return False
    candidate = normalize_pin(pin)
    if not _SHAPE.fullmatch(candidate):
        candidate = ""  # still do the work: a wrong shape takes as long as a wrong PIN
    try:
        digest = _derive(candidate, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest, expected) and bool(candidate)
