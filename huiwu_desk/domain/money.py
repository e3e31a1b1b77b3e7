"""Money is integer fen (分). Never float."""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import InvalidAmount
from .fee_errors import AmountTooLarge, MalformedAmount

MAX_YUAN = 10_000_000  # an amount at the desk: within 1000万元 (as the setup's prices)
_AMOUNT = re.compile(r"(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d{1,2})?")


def yuan_to_fen(value: str | int | Decimal) -> int:
    """Parse a yuan amount typed by a person ("1200", "1,200.50", "¥600") into fen."""
    text = str(value).strip().replace(",", "").replace("¥", "").replace("￥", "").replace("元", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise InvalidAmount(amount=str(value)) from None
    if not amount.is_finite():
        raise InvalidAmount(amount=str(value))
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def positive_fen(value: str | int | Decimal) -> int:
    fen = yuan_to_fen(value)
    if fen <= 0:
        raise InvalidAmount(amount=str(value))
    return fen


def parse_yuan(value: str | int | Decimal, *, allow_zero: bool = False) -> int:
    """The one strict parser of an amount a person typed (command line, counted cash):
    digits with at most one decimal point and two decimals (full-width digits, a leading ¥,
    a trailing 元 and thousands commas are read as such), more than 0 unless ``allow_zero``,
    within ``MAX_YUAN``. "1e3", "-5", "1.005", "12,00" are refused with one sentence."""
    raw = str(value)
    text = unicodedata.normalize("NFKC", raw).strip().lstrip("¥").removesuffix("元").strip()
    if not _AMOUNT.fullmatch(text):
        raise MalformedAmount(text=raw.strip())
    amount = Decimal(text.replace(",", ""))
    if amount > MAX_YUAN:
        raise AmountTooLarge(text=raw.strip(), limit=f"{MAX_YUAN:,}")
    fen = int(amount * 100)
    if fen == 0 and not allow_zero:
        raise InvalidAmount(amount=raw.strip())
    return fen


def fen_to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def format_yuan(fen: int) -> str:
    """1200.00 → "1,200.00"."""
    return f"{fen_to_yuan(fen):,.2f}"


def yuan_number(fen: int) -> float | int:
    """A JSON-friendly yuan figure: whole yuan as int, else a float with 2 decimals."""
    return fen // 100 if fen % 100 == 0 else round(fen / 100, 2)


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "兆")


def amount_in_words(fen: int) -> str:
    """Chinese financial capitals, as written on receipts: 1200.50 → 壹仟贰佰元伍角整."""
    if fen == 0:
        return "零元整"
    sign = "负" if fen < 0 else ""
    fen = abs(fen)
    yuan, jiao, cents = fen // 100, (fen // 10) % 10, fen % 10
    parts: list[str] = []
    group = 0
    zero_pending = False
    while yuan > 0:
        chunk, yuan = yuan % 10000, yuan // 10000
        text = ""
        inner_zero = False
        for i in range(4):
            digit = chunk // (10**i) % 10
            if digit == 0:
                inner_zero = bool(text)
                continue
            text = _DIGITS[digit] + _UNITS[i] + ("零" if inner_zero else "") + text
            inner_zero = False
        if text:
            suffix = "零" if zero_pending else ""
            parts.insert(0, text + _GROUPS[group] + suffix)
            zero_pending = chunk < 1000
        else:
            zero_pending = bool(parts)
        group += 1
    words = "".join(parts).rstrip("零")
    words = (words + "元") if words else ""
    if jiao:
        words += _DIGITS[jiao] + "角"
    elif cents and words:
        words += "零"
    if cents:
        words += _DIGITS[cents] + "分"
    else:
        words += "整"
    return sign + words
