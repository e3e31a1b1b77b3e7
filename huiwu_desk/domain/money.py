"""Money is integer fen (分). Never float."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from .errors import InvalidAmount
from .fee_errors import AmountTooLarge, MalformedAmount

# One payment, refund, cash handed over, float or price: within ¥1,000,000 (a conference fee
# is some thousands; more is a slip of the finger). What a shift counts per method adds up many
# payments: within ¥100,000,000. Both keep fen far inside SQLite's int64.
MAX_PAYMENT_YUAN = 1_000_000
MAX_COUNTED_YUAN = 100_000_000
MAX_YUAN = MAX_PAYMENT_YUAN  # the older name (op_rules: one amount at the desk)
# ASCII digits only (after NFKC has made an input method's full-width ０-９ plain ones):
# thousands commas in threes, at most one decimal point with one or two decimals
_AMOUNT = re.compile(r"(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\.[0-9]{1,2})?")


def parse_yuan(
    value: str | int | Decimal, *, allow_zero: bool = False, limit_yuan: int = MAX_PAYMENT_YUAN
) -> int:
    """The one strict parser of an amount a person typed (the window's payment, refund and
    shift dialogs, the command line, a setup workbook's prices): digits with at most one
    decimal point and two decimals, in fen. Full-width digits, a leading ¥, a trailing 元 and
    thousands commas in threes are read as such; anything else is ``MalformedAmount`` — "1e9",
    "1_000", "١٢٠٠" (other scripts' digits), "1,2,0,0", "-5", "12.345" (never rounded) —, more
    than ``limit_yuan`` is ``AmountTooLarge``, 0 is ``InvalidAmount`` unless ``allow_zero``."""
    raw = str(value)
    text = unicodedata.normalize("NFKC", raw).strip().removeprefix("¥").removesuffix("元").strip()
    if len(text) > 40 or not _AMOUNT.fullmatch(text):  # 40: no number's text is longer
        raise MalformedAmount(text=raw.strip()[:40])
    amount = Decimal(text.replace(",", ""))
    if amount > limit_yuan:
        raise AmountTooLarge(text=raw.strip(), limit=f"{limit_yuan:,}")
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
