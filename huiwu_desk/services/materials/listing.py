"""The 资料 page's board: per item and per category, handed out, returned, remaining, low."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.material_stock import is_low
from ..ports import UnitOfWork
from .ports import CategoryUse, Held, ProxyPickup, StockMove


@dataclass(frozen=True, slots=True)
class ItemLine:
    id: str
    name: str
    stock: int  # received in all (setup's stock and every restock)
    handed_out: int
    returned: int
    remaining: int
    returnable: bool
    low: bool

    @property
    def outstanding(self) -> int:  # pieces still out (what 清退 waits for)
        return self.handed_out - self.returned


@dataclass(frozen=True, slots=True)
class CategoryLine:
    category: str
    material: str
    handed_out: int
    returned: int


@dataclass(frozen=True, slots=True)
class MaterialBoard:
    items: list[ItemLine]
    categories: list[CategoryLine]
    held: list[Held]  # returnable documents still out, person by person
    proxies: list[ProxyPickup]

    @property
    def low(self) -> list[ItemLine]:
        return [i for i in self.items if i.low]


def item_lines(uow: UnitOfWork) -> list[ItemLine]:
    return [
        ItemLine(
            m.id,
            m.name,
            m.stock,
            m.handed_out,
            m.returned,
            m.remaining,
            m.returnable,
            is_low(m.stock, m.remaining),
        )
        for m in uow.materials.all()
    ]


def board(uow: UnitOfWork) -> MaterialBoard:
    """Everything the page shows, read in one transaction."""
    with uow.reading():
        items = item_lines(uow)
        names = {i.id: i.name for i in items}
        uses: list[CategoryUse] = uow.material_ledger.by_category()
        categories = [
            CategoryLine(
                u.category, names.get(u.material_id, u.material_id), u.handed_out, u.returned
            )
            for u in uses
        ]
        return MaterialBoard(
            items, categories, uow.material_ledger.held(), uow.material_ledger.proxy_pickups()
        )


def history(uow: UnitOfWork, item_id: str) -> list[StockMove]:
    """The stock moves of one item, newest first."""
    with uow.reading():
        return uow.material_ledger.moves(item_id)
