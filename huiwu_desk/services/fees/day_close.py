"""日结: the whole event's day — money per desk, operator, method and fee item, and the day's
shifts with their variances — as this desk knows it (other desks' payments and shifts arrive
by sync, as ops like any other). A payment counts on the day it was taken, a refund on the
day it was made; a voided payment counts nowhere but in ``voided``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..ports import UnitOfWork
from .money_list import MoneyTotals, totals_of
from .ports import MoneyFilter, MoneyGroup
from .shift_report import ShiftReport, report_of


@dataclass(frozen=True, slots=True)
class DayRow:
    key: str  # desk code, operator, method code, or fee item name
    totals: MoneyTotals


@dataclass(frozen=True, slots=True)
class DayClose:
    day: date
    total: MoneyTotals
    by_desk: tuple[DayRow, ...]
    by_operator: tuple[DayRow, ...]
    by_method: tuple[DayRow, ...]
    by_fee_item: tuple[DayRow, ...]
    shifts: tuple[ShiftReport, ...]  # open that day (opened before its end, not closed before)

    @property
    def open_shifts(self) -> int:
        return sum(not s.closed for s in self.shifts)

    @property
    def variance_fen(self) -> int:
        """The day's closed shifts' variances, short and over added as they are."""
        return sum(sum(s.variance.values()) for s in self.shifts if s.closed)


def day_bounds(day: date) -> tuple[int, int]:
    start = datetime.combine(day, datetime.min.time())
    end = start + timedelta(days=1)
    return int(start.timestamp() * 1000), int(end.timestamp() * 1000)


def _rows(groups: list[MoneyGroup], key: Callable[[MoneyGroup], str]) -> tuple[DayRow, ...]:
    keys = sorted({key(g) for g in groups})
    return tuple(DayRow(k, totals_of(g for g in groups if key(g) == k)) for k in keys)


def day_close(uow: UnitOfWork, day: date | None = None) -> DayClose:
    """The day's close for the whole event (default: today)."""
    day = day or date.today()
    since, until = day_bounds(day)
    wanted = MoneyFilter(kinds=("payment", "refund"), since_ms=since, until_ms=until)
    with uow.reading():
        groups = uow.money.groups(wanted)
        items = {i.id: i.name for i in uow.catalog.fee_items()}
        shifts = tuple(
            report_of(uow, s)
            for s in uow.shifts.all()
            if s.opened_ms < until and (s.closed_ms is None or s.closed_ms >= since)
        )
    return DayClose(
        day,
        totals_of(groups),
        _rows(groups, lambda g: g.desk_code),
        _rows(groups, lambda g: g.operator),
        _rows(groups, lambda g: g.method),
        _rows(groups, lambda g: items.get(g.fee_item_id, g.fee_item_id)),
        shifts,
    )
