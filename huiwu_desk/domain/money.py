"""Money is integer fen (分). Never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import InvalidAmount


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


def fen_to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def format_yuan(fen: int) -> str:
    """1200.00 → "1,200.00"."""
    return f"{fen_to_yuan(fen):,.2f}"


def yuan_number(fen: int) -> float | int:
    """A JSON-friendly yuan figure: whole yuan as int, else a float with 2 decimals."""
    return fen // 100 if fen % 100 == 0 else round(fen / 100, 2)
