"""文件清退: documents handed out for a session that must come back.

``return_by_scan`` is the table's one step: a badge scanned, everything returnable the person
still holds comes back in one transaction (one ``handout.return`` op per item). One item
(``return_material`` in services/desk.py) is the desk's mistaken-handout undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ...domain.material_stock import NothingToReturn
from ...domain.model import DeskContext
from .. import lookup
from ..changes import Changes
from ..ports import UnitOfWork
from ..sheet_ports import Column, SheetSpec
from .ports import Held


@dataclass(frozen=True, slots=True)
class Returned:
    code: str
    name: str
    items: list[tuple[str, int]]  # (material name, pieces)


def return_by_scan(uow: UnitOfWork, ctx: DeskContext, code: str) -> Changes:
    """Everything returnable ``code`` holds comes back; nothing held is one sentence."""
    with uow.writing():
        person = lookup.attendee(uow, code)
        held = uow.material_ledger.held(person.id)
        if not held:
            raise NothingToReturn(name=person.name)
        for line in held:
            uow.log.append(
                ctx,
                "handout.return",
                uow.new_id(),
                {"attendee_id": person.id, "material_id": line.material_id, "qty": line.qty},
            )
    result = Returned(person.code, person.name, [(h.material, h.qty) for h in held])
    return Changes(attendees={person.id}, handouts=True, result=result)


def outstanding(uow: UnitOfWork) -> list[Held]:
    """Who still holds what must come back, by document then name (the team phones them)."""
    with uow.reading():
        return uow.material_ledger.held()


def return_sheets(uow: UnitOfWork) -> list[SheetSpec]:
    """The ``returns`` export (清退): who still holds what, with phones (the team calls them),
    then per document issued, returned and outstanding. Call inside a reading unit of work."""
    held = uow.material_ledger.held()
    cols = [
        Column("文件"),
        Column("编号"),
        Column("姓名"),
        Column("单位"),
        Column("参会类别"),
        Column("手机"),
        Column("份数", "int"),
        Column("领取时间", "datetime"),
    ]
    rows: list[list[object]] = [
        [h.material, h.code, h.name, h.unit, h.category, h.phone, h.qty, _when(h.out_ms)]
        for h in held
    ]
    docs = [m for m in uow.materials.all() if m.returnable]
    sums = [
        [m.name, m.handed_out, m.returned, m.handed_out - m.returned, m.remaining] for m in docs
    ]
    sum_cols = [
        Column("文件"),
        Column("已发", "int"),
        Column("已退", "int"),
        Column("未退", "int"),
        Column("库存剩余", "int"),
    ]
    return [SheetSpec("未清退", cols, rows), SheetSpec("清退汇总", sum_cols, sums)]


def _when(ms: int) -> datetime | None:
    return datetime.fromtimestamp(ms / 1000) if ms else None
