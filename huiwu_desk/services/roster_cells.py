"""Turning what organizers typed into clean field values (pure functions, no I/O).

Each parser takes a raw cell (str, int, float, bool, date, datetime or None) and returns the
clean value, or raises ``CellProblem`` with a short note for the report (a ``Sentence``).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from typing import Any

from ..domain import import_notes as notes
from ..domain.names import clean_name, normalize_phone, valid_id_number
from ..domain.sentences import Sentence
from ..domain.text import clean_text


class CellProblem(ValueError):
    """A cell that could not be understood; the row is kept, the field left out, a warning shown."""

    def __init__(self, note: Sentence) -> None:
        super().__init__(note.both())
        self.note = note


_CJK = "\u3400-\u9fff\U00020000-\U0003134f"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_SPACES = re.compile(r"\s+")
EXCEL_EPOCH = date(1899, 12, 30)


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, float) and value != value  # NaN


def text(value: Any) -> str:
    """NFKC, trimmed, runs of spaces made one, spaces between Chinese characters dropped."""
    if value.__class__ is str:  # most cells: no isinstance chain
        return _clean(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value != value:
            return ""
        if value.is_integer():
            return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return _clean(str(value))


def _clean(raw: str) -> str:
    # Only whitespace can make the regexes change anything, and every whitespace character but
    # " " is unprintable: clean printable text without double spaces skips them. ASCII text is
    # its own NFKC form and has no Chinese characters. Control characters go (clean_text).
    if not raw.isprintable():
        raw = clean_text(raw)
    if raw.isascii():
        out = raw.strip()
        if "  " in out or not out.isprintable():
            out = _SPACES.sub(" ", out)
        return out
    out = unicodedata.normalize("NFKC", raw).strip()
    if "  " in out or not out.isprintable():
        out = _SPACES.sub(" ", out)
    return _SPACE_BETWEEN_CJK.sub("", out) if " " in out else out


def name(value: Any) -> str:
    """``张  三`` → ``张三``; Latin names keep single spaces."""
    return clean_name(text(value) if not isinstance(value, str) else clean_text(value))


_PHONE_SPLIT = re.compile(r"[/,;，；、]|\s{2,}")
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")
_NON_DIGIT = re.compile(r"\D")


def phone(value: Any) -> tuple[str, Sentence | None]:
    """(normalized phone, warning or None). Numbers, spaces, dashes, +86, full-width digits."""
    if isinstance(value, float) and value == value:
        if value.is_integer() and value < 1e15:
            value = int(value)
        else:
            raise CellProblem(notes.DigitsLost())
    raw = str(value)
    raw = (raw if raw.isascii() else unicodedata.normalize("NFKC", raw)).strip()
    if _SCIENTIFIC.match(raw):
        raise CellProblem(notes.DigitsLost())
    warning: Sentence | None = None
    if _PHONE_SPLIT.search(raw):
        parts = [p for p in _PHONE_SPLIT.split(raw) if p.strip()]
        if len(parts) > 1:
            warning = notes.SeveralPhones(raw=raw)
            raw = parts[0]
    out = normalize_phone(raw)
    digits = out if out.isdecimal() else _NON_DIGIT.sub("", out)
    if not digits:
        raise CellProblem(notes.NotAPhone(raw=raw))
    if out.isdigit() and out.startswith("1") and len(out) != 11:
        warning = notes.MobileLength(raw=raw)
    return out, warning


def id_number(value: Any) -> tuple[str, Sentence | None]:
    """(ID number or "", warning or None). An ID stored as a number has lost its last digits."""
    if isinstance(value, float) and value == value:
        whole = int(value)
        if value.is_integer() and len(str(whole)) == 15:
            return str(whole), notes.OldIdNumber()
        raise CellProblem(notes.IdDigitsLost(raw=f"{value:.15g}"))
    raw = text(value).replace(" ", "").upper()
    if _SCIENTIFIC.match(raw):
        raise CellProblem(notes.IdDigitsLost(raw=raw))
    if len(raw) == 18 and raw[:17].isdigit():
        if not valid_id_number(raw):
            return raw, notes.IdChecksum(raw=raw)
        return raw, None
    if len(raw) == 15 and raw.isdigit():
        return raw, notes.OldIdNumber()
    if raw.isdigit() and len(raw) >= 10:
        return raw, notes.IdLength(raw=raw)
    return raw, None  # passports and other documents: kept as typed


_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_MD_CN = re.compile(r"^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?")
_MD = re.compile(r"^(\d{1,2})\s*[./-]\s*(\d{1,2})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")  # English exports: 11/27/2026


def day(value: Any, year: int) -> date:
    """Excel dates and serials, 2026/11/27, 2026-11-27, 2026年11月27日, 11月27日, 11.27."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # an Excel serial in a cell without a date format
            return EXCEL_EPOCH + timedelta(days=int(value))
        if 1 <= value < 13:  # 11.27 typed into a number cell
            month, _, dd = f"{value}".partition(".")
            return _make(year, int(month), int(dd or 0), value)
        value = text(value)
    raw = text(value)
    m = _DMY.match(raw)
    if m:
        a, b, y = (int(g) for g in m.groups())
        return _make(y, b, a, raw) if a > 12 else _make(y, a, b, raw)
    for pattern, has_year in ((_YMD, True), (_COMPACT, True), (_MD_CN, False), (_MD, False)):
        m = pattern.match(raw)
        if m:
            parts = [int(g) for g in m.groups()]
            yy, mm, day_of = parts if has_year else [year, *parts]
            return _make(yy, mm, day_of, raw)
    raise CellProblem(notes.NotADate(raw=raw))


def _make(year: int, month: int, dd: int, raw: Any) -> date:
    try:
        return date(year, month, dd)
    except ValueError:
        raise CellProblem(notes.NotADate(raw=raw)) from None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_YES = _words("是 y yes true 1 √ ✓ ✔ 需要 要 有 住 住宿 参加 ok")
_NO = _words("否 n no false 0 × ✗ ✘ x 不需要 不要 无 不住 不住宿 不")


def yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raw = text(value).lower().rstrip("。.")
    if raw in _YES:
        return True
    if raw in _NO:
        return False
    raise CellProblem(notes.NotYesNo(raw=raw))


_MALE = {"男", "m", "male", "男性", "先生", "man"}
_FEMALE = {"女", "f", "female", "女性", "女士", "woman"}


def gender(value: Any) -> str:
    raw = text(value).lower()
    if raw in _MALE:
        return "M"
    if raw in _FEMALE:
        return "F"
    raise CellProblem(notes.NotAGender(raw=raw))


_SINGLE = ("单住", "单间", "单人", "独住", "包房", "大床", "single")
_SHARED = ("合住", "拼房", "拼住", "同住", "标间", "双人", "twin", "shared", "share")


def room_pref(value: Any) -> str:
    """单住/单间/大床 → "single"; 合住/拼房/标间 → "shared"."""
    raw = text(value).lower()
    if any(w in raw for w in _SINGLE):
        return "single"
    if any(w in raw for w in _SHARED):
        return "shared"
    raise CellProblem(notes.NotARoomWish(raw=raw))


def stay(value: Any) -> tuple[bool, str]:
    """是否住宿: yes/no, or a room wish that implies yes (单住 → (True, "single"))."""
    try:
        return yes_no(value), ""
    except CellProblem:
        return True, room_pref(value)


_EMAIL = re.compile(r"^[^@]+@[^@]+\.[^@]+$")


def email(value: Any) -> tuple[str, Sentence | None]:
    raw = text(value).replace(" ", "").lower()
    return raw, None if _EMAIL.match(raw) else notes.NotAnEmail(raw=raw)


CATEGORY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "delegate": ("代表", "参会代表", "正式代表", "普通代表", "delegate", "attendee", "participant"),
    "expert": (
        "专家",
        "讲者",
        "嘉宾",
        "特邀嘉宾",
        "讲课专家",
        "演讲嘉宾",
        "speaker",
        "expert",
        "faculty",
    ),
    "exhibitor": ("参展", "参展商", "厂家", "厂商", "企业", "展商", "exhibitor", "sponsor"),
    "staff": ("会务", "会务组", "工作人员", "志愿者", "staff", "organizer", "volunteer"),
}
CATEGORY_DEFAULT_NAMES = {
    "delegate": "代表",
    "expert": "专家",
    "exhibitor": "参展",
    "staff": "会务组",
}
_CATEGORY_WORD = {w: key for key, words in CATEGORY_SYNONYMS.items() for w in words}


def category_word(value: Any) -> str:
    """A category as typed, normalized for comparison (``嘉宾`` stays ``嘉宾``)."""
    return text(value).lower().replace(" ", "")


def category_key(word: str) -> str | None:
    return _CATEGORY_WORD.get(word)


_TOTAL = re.compile(
    r"^(合\s*计|总\s*计|小\s*计|共\s*计|总\s*人\s*数)|^(total|subtotal|sum)\b|^共\s*\d+\s*[人名位]"
)
_NOTE = re.compile(r"^(注|备注|说明|填表|制表|联系人|审核)[:：\s]")


def is_footer(cells: list[str]) -> bool:
    """A total row (合计 300人, 共 58 人, Total) or a note line under the table."""
    first = [c for c in cells if c][:3]
    if not first:
        return False
    if any(_TOTAL.match(c.lower()) for c in first):
        return True
    return len(first) == 1 and bool(_NOTE.match(first[0]))
