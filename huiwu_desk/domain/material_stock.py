"""Stock of materials: when an item runs low, and the sentences of stock moves.

Low stock is a rule, not a field (no migration, the same on every desk): an item is low when
what is left is under a tenth of the stock received, or at most ``LOW_MIN`` (10) pieces —
with ten left a busy desk has minutes, whatever the size of the delivery. Out of stock is
nothing left.
"""

from __future__ import annotations

from .errors import UserFacingError

LOW_SHARE = 10  # low under 1/10 of the stock received …
LOW_MIN = 10  # … or at most this many left


def is_low(stock: int, remaining: int) -> bool:
    if remaining <= 0:
        return True
    return remaining <= LOW_MIN or remaining * LOW_SHARE < stock


class StockReasonMissing(UserFacingError):
    zh = "调整库存需要填写原因。"
    en = "A stock change needs a reason."


class StockDeltaInvalid(UserFacingError):
    zh = "数量“{delta}”无效：请输入不为零的整数。"
    en = "“{delta}” is not a valid quantity: type a whole number other than zero."


class StockBelowZero(UserFacingError):
    zh = "“{name}”只剩 {left}，不能减少 {take}。"
    en = "“{name}” has only {left} left; {take} cannot be taken off."


class NothingToReturn(UserFacingError):
    zh = "{name} 没有待清退的文件。"
    en = "{name} has no documents to return."


class NotReturnable(UserFacingError):
    zh = "“{item}”不是需要清退的文件。"
    en = "“{item}” is not a document to be returned."
