"""Text a person or a file hands the desk, without control characters.

``clean_text`` is the one cleaner of every entry (roster and setup cells, the window's forms,
the command line's arguments; the sync engine refuses an op whose text it would change):

- line breaks and tabs (``\\r\\n``, ``\\n``, ``\\r``, ``\\t``, ``\\v``, ``\\f``, the
  separators ``\\x1c``–``\\x1f``, NEL ``\\x85``, U+2028, U+2029) become one space in a
  single-line field; with ``multiline`` (notes) a line break stays one ``\\n``, a tab a space;
- every other C0 control, DEL, C1 control, lone surrogate (a command line's undecodable byte)
  and U+FFFE/U+FFFF (not allowed in XML, so not in a spreadsheet) is removed.

Nothing else changes: no trimming, no NFKC (callers do what their field needs), so clean text
is returned as it is and ``clean_text(s) == s`` says that ``s`` is clean.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import TypeVar

T = TypeVar("T")

# what breaks a line or a column: a space in one line (a run of them: one space)
_BREAKS = "\t\n\v\f\r\x1c\x1d\x1e\x1f\x85\u2028\u2029"
_BREAK_RUN = re.compile(f"[{_BREAKS}]+")
_NEWLINE = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_TAB = re.compile("[\t\x1f]")
# everything else that is no text: C0, DEL, C1, surrogates, the two XML non-characters
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_ANY = re.compile(f"[{_BREAKS}\x00-\x08\x0e-\x1b\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """``value`` without control characters (see the module); clean text comes back as is."""
    if value.isprintable() or not _ANY.search(value):
        return value  # the common case: one C-level scan
    spaced = _TAB.sub(" ", _NEWLINE.sub("\n", value)) if multiline else _BREAK_RUN.sub(" ", value)
    return _CONTROL.sub("", spaced)


def has_control(value: str, *, multiline: bool = False) -> bool:
    """True when ``clean_text`` would change ``value`` (for refusing rather than cleaning)."""
    return clean_text(value, multiline=multiline) != value


def clean_optional(value: str | None, *, multiline: bool = False) -> str | None:
    """``clean_text`` for an optional field: ``None`` stays ``None``."""
    return None if value is None else clean_text(value, multiline=multiline)


def clean_strings(value: T) -> T:
    """A copy of ``value`` (a dataclass, list, tuple or dict of them, as a setup is) with every
    string in it through ``clean_text`` (one line); everything else as it is."""
    if isinstance(value, str):
        return clean_text(value)  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: clean_strings(getattr(value, f.name)) for f in fields(value)}
        return replace(value, **changes)
    if isinstance(value, list):
        return [clean_strings(v) for v in value]  # type: ignore[return-value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(clean_strings(v) for v in value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {clean_strings(k): clean_strings(v) for k, v in value.items()}  # type: ignore[return-value]
    return value
