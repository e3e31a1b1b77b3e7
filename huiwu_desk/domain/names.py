"""Names, phones and codes as the desk searches them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from operator import mul

# Surnames whose everyday reading differs from the character's most common one.
SURNAME_READINGS: dict[str, str] = {
    "万俟": "mo qi",
    "尉迟": "yu chi",
    "长孙": "zhang sun",
    "单": "shan",
    "曾": "zeng",
    "解": "xie",
    "区": "ou",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "盖": "ge",
    "乐": "yue",
    "员": "yun",
    "覃": "qin",
    "缪": "miao",
    "翟": "zhai",
    "繁": "po",
    "黑": "he",
    "召": "shao",
    "隗": "wei",
    "种": "chong",
    "折": "she",
    "秘": "bi",
    "句": "gou",
    "阚": "kan",
    "牟": "mu",
    "洗": "xian",
    "蔺": "lin",
    "宿": "su",
    "都": "du",
}

_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
_SPACES = re.compile(r"\s+")


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def clean_name(raw: str) -> str:
    """NFKC, and drop the spaces used to align two-character names (``张  三`` → ``张三``)."""
    raw = raw or ""
    # Every whitespace character but " " is unprintable, so printable text without the spaces
    # the regex would change is returned as it is; ASCII is its own NFKC form, without CJK.
    if raw.__class__ is str and raw.isascii():
        text = raw.strip()
        if "  " in text or not text.isprintable():
            return _SPACES.sub(" ", text)
        return text
    text = unicodedata.normalize("NFKC", raw).strip()
    if has_cjk(text):
        return _SPACES.sub("", text) if " " in text or not text.isprintable() else text
    return _SPACES.sub(" ", text) if "  " in text or not text.isprintable() else text


@lru_cache(maxsize=1)
def _lazy_pinyin():  # type: ignore[no-untyped-def]
    from pypinyin import Style, lazy_pinyin

    return lambda s: lazy_pinyin(s, style=Style.NORMAL, errors="ignore")


@lru_cache(maxsize=1)
def _phrases() -> Mapping[str, object]:
    from pypinyin.constants import PHRASES_DICT

    return PHRASES_DICT


def _is_phrase(text: str) -> bool:
    return len(text) > 1 and text in _phrases()


@lru_cache(maxsize=20_000)
def _phrase_pinyin(text: str) -> tuple[str, ...]:
    return tuple(_lazy_pinyin()(text))


@lru_cache(maxsize=20_000)
def _char_pinyin(char: str) -> tuple[str, ...]:
    # Names are read character by character (phrase context rarely applies to a given name),
    # and a roster repeats a few thousand characters: caching them makes pinyin ~20× cheaper.
    return tuple(_lazy_pinyin()(char))


@lru_cache(maxsize=20_000)
def _given_pinyin(rest: str) -> tuple[str, ...]:
    # Given names repeat far more than whole names (伟, 芳, 建国…): cached as a unit.
    if _is_phrase(rest):
        return _phrase_pinyin(rest)  # 长江 reads changjiang, not zhangjiang
    syllables: list[str] = []
    for char in rest:
        syllables.extend(_char_pinyin(char))
    return tuple(syllables)


# Longest surname first, as a lookup per length instead of a scan of every surname.
_SURNAME_LENGTHS = sorted({len(s) for s in SURNAME_READINGS}, reverse=True)
_SURNAME_SYLLABLES = {s: tuple(r.split()) for s, r in SURNAME_READINGS.items()}
_NOT_LATIN = re.compile(r"[^a-z ]")


def name_pinyin(name: str) -> tuple[str, str]:
    """Full pinyin and initials of a name: 张三 → ("zhangsan", "zs"); 单雄信 → ("shanxiongxin", "sxx")."""
    name = clean_name(name)
    if not has_cjk(name):
        latin = _NOT_LATIN.sub("", name.lower())
        parts = latin.split()
        return latin.replace(" ", ""), "".join(p[0] for p in parts)
    for size in _SURNAME_LENGTHS:
        head = name[:size]
        if len(head) == size and head in _SURNAME_SYLLABLES:
            syllables = [*_SURNAME_SYLLABLES[head], *_given_pinyin(name[size:])]
            break
    else:  # an ordinary surname: its own reading, then the given name as a unit
        syllables = [*_char_pinyin(name[0]), *_given_pinyin(name[1:])]
    syllables = [s for s in syllables if s]
    return "".join(syllables), "".join(s[0] for s in syllables)


def normalize_phone(raw: str | int | float | None) -> str:
    """Chinese mobiles become 11 digits; other numbers stay readable (digits, +, -)."""
    if raw is None:
        return ""
    if isinstance(raw, float):
        if raw != raw:  # NaN from a spreadsheet
            return ""
        raw = int(raw)
    text = str(raw)
    text = (text if text.isascii() else unicodedata.normalize("NFKC", text)).strip()
    digits = text if text.isdecimal() else _NON_DIGIT.sub("", text)
    international = (text.startswith("+") and not text.startswith("+86")) or (
        text.startswith("00") and not text.startswith("0086")
    )
    if international:
        return _NOT_PHONE_RUN.sub("-", text).strip("-")
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if len(digits) == 11 and digits.startswith("1"):
        return digits
    if not digits:
        return ""
    keep = _NOT_PHONE_CHAR.sub("", text.replace(" ", "-"))
    return keep.strip("-") or digits


_NON_DIGIT = re.compile(r"\D")
_NOT_PHONE_RUN = re.compile(r"[^\d+]+")
_NOT_PHONE_CHAR = re.compile(r"[^\d+\-]")


def phone_last4(phone: str) -> str:
    digits = _NON_DIGIT.sub("", phone)
    return digits[-4:] if len(digits) >= 4 else ""


def attendee_code(number: int) -> str:
    """Codes people can read and scanners carry: ``HW00123``."""
    return f"HW{number:05d}"


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_ZERO = ord("0") * sum(_ID_WEIGHTS)


def id_check_char(first17: str) -> str:
    """The 18th character of a resident ID number (GB 11643)."""
    if len(first17) == 17 and first17.isascii() and first17.isdigit():
        # ASCII digits are their code points minus 48 ("0"): no int() per character
        total = sum(map(mul, first17.encode("ascii"), _ID_WEIGHTS)) - _ID_ZERO
    elif len(first17) == 17:
        total = sum(map(mul, map(int, first17), _ID_WEIGHTS))
    else:  # the same error as ever
        total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def valid_id_number(value: str) -> bool:
    value = value.strip().upper()
    if len(value) != 18 or not value[:17].isdigit():
        return False
    return id_check_char(value[:17]) == value[17]
