"""The 收费 page: every payment, refund and void, filtered, newest first, page by page, with
the totals of everything the filter shows (not only of the page on screen).

The window asks for the page it shows (``offset``, ``limit``) and gets the totals with it: one
ordered query and one grouped query over the ledger (adapters/db/money_repo.py), indexed by
time, operator and shift, so a filter costs the same on the first page and the last.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..ports import UnitOfWork
from .ports import KINDS, MoneyFilter, MoneyGroup, MoneyLine

PAGE = 200


@dataclass(frozen=True, slots=True)
class MoneyTotals:
    """What the filter shows, summed. Voided payments count nowhere but in ``voided``."""

    lines: int = 0
    payments: int = 0  # payments shown that stand
    paid_fen: int = 0
    voided: int = 0  # payments shown that are void
    voided_fen: int = 0
    voids: int = 0  # void lines shown
    refunds: int = 0
    refunded_fen: int = 0
    invoices: int = 0  # payments shown that stand and asked for an invoice
    by_method: dict[str, int] = field(default_factory=dict)  # net: paid − refunded

    @property
    def net_fen(self) -> int:
        return self.paid_fen - self.refunded_fen


def totals_of(groups: Iterable[MoneyGroup]) -> MoneyTotals:
    n = {k: 0 for k in MoneyTotals.__dataclass_fields__ if k != "by_method"}
    by_method: dict[str, int] = {}
    for g in groups:
        n["lines"] += g.count
        if g.kind == "void":
            n["voids"] += g.count
        elif g.kind == "refund":
            n["refunds"] += g.count
            n["refunded_fen"] += g.fen
            by_method[g.method] = by_method.get(g.method, 0) - g.fen
        elif g.voided:
            n["voided"] += g.count
            n["voided_fen"] += g.fen
        else:
            n["payments"] += g.count
            n["paid_fen"] += g.fen
            n["invoices"] += g.count if g.invoice else 0
            by_method[g.method] = by_method.get(g.method, 0) + g.fen
    return MoneyTotals(**n, by_method=by_method)


@dataclass(frozen=True, slots=True)
class MoneyPage:
    lines: tuple[MoneyLine, ...]
    totals: MoneyTotals | None  # None: not asked for (scrolling within the same filter)
    offset: int = 0


def list_money(
    uow: UnitOfWork,
    wanted: MoneyFilter | None = None,
    *,
    offset: int = 0,
    limit: int | None = PAGE,
    totals: bool = True,
) -> MoneyPage:
    """One page of the lines ``wanted`` shows (newest first) and, unless ``totals`` is False
    (the next page of the same filter), the totals of all of them.

    A new filter: ``list_money(uow, f)``; scrolling on: ``list_money(uow, f, offset=n,
    totals=False)``; every line (an export): ``limit=None``."""
    wanted = wanted or MoneyFilter()
    if not set(wanted.kinds) <= set(KINDS):
        raise ValueError(f"kinds: {wanted.kinds}")
    with uow.reading():
        lines = uow.money.page(wanted, max(offset, 0), limit)
        summed = totals_of(uow.money.groups(wanted, by=())) if totals else None
    return MoneyPage(tuple(lines), summed, max(offset, 0))


def money_totals(uow: UnitOfWork, wanted: MoneyFilter | None = None) -> MoneyTotals:
    with uow.reading():
        return totals_of(uow.money.groups(wanted or MoneyFilter(), by=()))


def find_receipt(uow: UnitOfWork, receipt_no: str) -> list[MoneyLine]:
    """A receipt number typed or scanned on the 收费 page: the payment with its refunds and
    voids, or the refund that has that number."""
    with uow.reading():
        return uow.money.page(MoneyFilter(receipt=receipt_no.strip()), 0, None)
