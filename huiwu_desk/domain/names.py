"""Names, phones and codes as the desk searches them."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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
    text = unicodedata.normalize("NFKC", raw or "").strip()
    if has_cjk(text):
        return _SPACES.sub("", text)
    return _SPACES.sub(" ", text)


@lru_cache(maxsize=1)
def _lazy_pinyin():  # type: ignore[no-untyped-def]
    from pypinyin import Style, lazy_pinyin

    return lambda s: lazy_pinyin(s, style=Style.NORMAL, errors="ignore")


@lru_cache(maxsize=1)
def _phrases() -> dict[str, object]:
    from pypinyin.constants import PHRASES_DICT

    return PHRASES_DICT  # type: ignore[no-any-return]


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


def name_pinyin(name: str) -> tuple[str, str]:
    """Full pinyin and initials of a name: 张三 → ("zhangsan", "zs"); 单雄信 → ("shanxiongxin", "sxx")."""
    name = clean_name(name)
    if not has_cjk(name):
        latin = re.sub(r"[^a-z ]", "", name.lower())
        parts = latin.split()
        return latin.replace(" ", ""), "".join(p[0] for p in parts)
    syllables: list[str] = []
    rest = name
    for surname in sorted(SURNAME_READINGS, key=len, reverse=True):
        if rest.startswith(surname):
            syllables.extend(SURNAME_READINGS[surname].split())
            rest = rest[len(surname) :]
            break
    else:  # an ordinary surname: its own reading, then the given name as a unit
        syllables.extend(_char_pinyin(rest[0]))
        rest = rest[1:]
    if _is_phrase(rest):
        syllables.extend(_phrase_pinyin(rest))  # 长江 reads changjiang, not zhangjiang
    else:
        for char in rest:
            syllables.extend(_char_pinyin(char))
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
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    digits = re.sub(r"\D", "", text)
    international = (text.startswith("+") and not text.startswith("+86")) or (
        text.startswith("00") and not text.startswith("0086")
    )
    if international:
        return re.sub(r"[^\d+]+", "-", text).strip("-")
    if digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if len(digits) == 11 and digits.startswith("1"):
        return digits
    if not digits:
        return ""
    keep = re.sub(r"[^\d+\-]", "", text.replace(" ", "-"))
    return keep.strip("-") or digits


def phone_last4(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return digits[-4:] if len(digits) >= 4 else ""


def attendee_code(number: int) -> str:
    """Codes people can read and scanners carry: ``HW00123``."""
    return f"HW{number:05d}"


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check_char(first17: str) -> str:
    """The 18th character of a resident ID number (GB 11643)."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def valid_id_number(value: str) -> bool:
    value = value.strip().upper()
    if len(value) != 18 or not value[:17].isdigit():
        return False
    return id_check_char(value[:17]) == value[17]
