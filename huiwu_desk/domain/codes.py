"""What a scanned or typed attendee code means, before anyone looks it up.

Scanners type what the badge's QR holds: the code, or ``CODE.N`` for the N-th version of a
reprinted badge (documents.qr_payload). People type codes in lower case, with an input method
that makes full-width letters and digits, or with spaces around them. One reading for all.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_VERSIONED = re.compile(r"^(?P<code>[0-9A-Z][0-9A-Z-]*)\.(?P<version>[1-9][0-9]{0,2})$")


@dataclass(frozen=True, slots=True)
class ScannedCode:
    code: str  # as stored: upper case, no spaces
    version: int | None  # the badge version a ``CODE.N`` scan names; None for a bare code
    typed: str  # what was scanned or typed, trimmed, for the sentence that says "not found"


def read_code(text: str) -> ScannedCode:
    """``" a100021.2 "`` and ``"Ａ１００００２１．２"`` both read as ``A100021``, version 2."""
    typed = text.strip()
    norm = re.sub(r"\s+", "", unicodedata.normalize("NFKC", typed)).upper()
    match = _VERSIONED.match(norm)
    if match:
        return ScannedCode(match["code"], int(match["version"]), typed)
    return ScannedCode(norm, None, typed)


def superseded(scanned_version: int | None, latest_version: int) -> bool:
    """A scanned badge older than the newest one printed (None: nothing was scanned)."""
    return scanned_version is not None and scanned_version < latest_version
