"""Phone numbers as a public desk may show them: enough to recognise, not enough to copy."""

from __future__ import annotations


def masked_phone(phone: str) -> str:
    """``13800138000`` → ``138****8000`` (as the window shows it); any other number keeps its
    first three and last four digits and its punctuation, the digits between become ``*``."""
    digits = [i for i, ch in enumerate(phone) if ch.isdigit()]
    if len(digits) <= 7:
        hidden = set(digits[:-4]) if len(digits) > 4 else set()
    else:
        hidden = set(digits[3:-4])
    return "".join("*" if i in hidden else ch for i, ch in enumerate(phone))
