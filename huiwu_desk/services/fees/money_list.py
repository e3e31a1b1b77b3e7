"""The 收费 page: every payment, refund and void, filtered, newest first, page by page, with
the totals of everything the filter shows (not only of the page on screen).

The window asks for the page it shows (``offset``, ``limit``) and gets the totals with it: one
ordered query and one grouped query over the ledger (adapters/db/money_repo.py), indexed by
time, operator and shift, so a filter costs the same on the first page and the last.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ...domain.model import DeskContext
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


@dataclass(frozen=True, slots=True)
class ShiftChoice:
    id: str
    no: str
    desk_code: str
    operator: str
    opened_ms: int
    closed: bool


@dataclass(frozen=True, slots=True)
class MoneyChoices:
    """What the 收费 page's filters offer: the operators, desks, fee items and shifts the
    event knows (other desks' by sync), and the acting operator's open shift at this desk."""

    operators: tuple[str, ...] = ()
    desks: tuple[str, ...] = ()
    fee_items: tuple[tuple[str, str], ...] = ()  # (id, name)
    shifts: tuple[ShiftChoice, ...] = ()  # newest first
    current_shift_id: str = ""


def money_choices(uow: UnitOfWork, ctx: DeskContext | None = None) -> MoneyChoices:
    with uow.reading():
        groups = uow.money.groups(MoneyFilter(), by=("desk_code", "operator"))
        operators = [o.name for o in uow.catalog.operators()]
        items = tuple((i.id, i.name) for i in uow.catalog.fee_items())
        shifts = uow.shifts.all()
        current = uow.shifts.open_for(ctx.desk_id, ctx.operator) if ctx else None
    operators += sorted({g.operator for g in groups if g.operator} - set(operators))
    desks = {g.desk_code for g in groups if g.desk_code} | {s.desk_code for s in shifts}
    if ctx is not None:
        desks.add(ctx.desk_code)
    return MoneyChoices(
        tuple(operators),
        tuple(sorted(desks)),
        items,
        tuple(
            ShiftChoice(s.id, s.no, s.desk_code, s.operator, s.opened_ms, s.closed)
            for s in sorted(shifts, key=lambda s: s.opened_ms, reverse=True)
        ),
        current.id if current else "",
    )
