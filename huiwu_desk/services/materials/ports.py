"""What the 资料 page reads beyond ``uow.materials``: ``uow.material_ledger``
(adapters/db/material_repo.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class StockMove:
    """A ``material.restock`` op: received (+) or adjusted (±), with its reason."""

    material_id: str
    delta: int
    reason: str
    operator: str
    desk_id: str
    hlc: str


@dataclass(frozen=True, slots=True)
class CategoryUse:
    """Pieces of one item handed out to, and returned by, the people of one category."""

    category: str  # the category's name ("" for people without one)
    material_id: str
    handed_out: int
    returned: int


@dataclass(frozen=True, slots=True)
class Held:
    """One person holding pieces of a document that must come back (文件清退)."""

    attendee_id: str
    code: str
    name: str
    unit: str
    phone: str
    category: str
    material_id: str
    material: str
    qty: int
    out_ms: int  # the last time it was handed out


@dataclass(frozen=True, slots=True)
class ProxyPickup:
    """A handout a colleague picked up for the person (代领)."""

    code: str
    name: str
    material: str
    qty: int
    proxy: str
    at_ms: int
    operator: str


class MaterialLedger(Protocol):
    def moves(self, material_id: str | None = None) -> list[StockMove]: ...
    def by_category(self) -> list[CategoryUse]: ...
    def held(self, attendee_id: str | None = None) -> list[Held]: ...
    def proxy_pickups(self, limit: int = 200) -> list[ProxyPickup]: ...
