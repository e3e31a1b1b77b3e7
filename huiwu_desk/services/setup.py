"""Preparing an event: operators, categories, fee items, materials, hotels, rooms, settings."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..domain.errors import InvalidField
from ..domain.model import DeskContext, Role, RoomType
from ..domain.text import clean_text
from .changes import Changes
from .desk_trust import desk_payload
from .operators import add_operator as add_operator  # operators and PINs live there
from .operators import approving_supervisor
from .ports import UnitOfWork


def add_fee_item(uow: UnitOfWork, ctx: DeskContext, name: str) -> Changes:
    with uow.writing():
        item_id = uow.new_id()
        uow.log.append(ctx, "fee_item.add", item_id, {"name": name})
    return Changes(setup=True, result=item_id)


def add_material(
    uow: UnitOfWork,
    ctx: DeskContext,
    name: str,
    stock: int,
    *,
    returnable: bool = False,
    sort: int = 0,
) -> Changes:
    if stock < 0:
        raise InvalidField(field="库存", reason=str(stock))
    with uow.writing():
        material_id = uow.new_id()
        uow.log.append(
            ctx,
            "material.add",
            material_id,
            {"name": name, "stock": stock, "returnable": returnable, "sort": sort},
        )
    return Changes(setup=True, handouts=True, result=material_id)


def add_category(
    uow: UnitOfWork,
    ctx: DeskContext,
    key: str,
    name: str,
    *,
    badge_color: str = "#1f6feb",
    fee_fen: int = 0,
    material_ids: list[str] | None = None,
    sort: int = 0,
) -> Changes:
    if fee_fen < 0:
        raise InvalidField(field="收费标准", reason=str(fee_fen))
    with uow.writing():
        category_id = uow.new_id()
        uow.log.append(
            ctx,
            "category.add",
            category_id,
            {
                "key": key,
                "name": name,
                "badge_color": badge_color,
                "fee_fen": fee_fen,
                "material_ids": list(material_ids or []),
                "sort": sort,
            },
        )
    return Changes(setup=True, result=category_id)


def add_hotel(uow: UnitOfWork, ctx: DeskContext, name: str) -> Changes:
    with uow.writing():
        hotel_id = uow.new_id()
        uow.log.append(ctx, "hotel.add", hotel_id, {"name": name})
    return Changes(setup=True, rooms=True, result=hotel_id)


def add_room(
    uow: UnitOfWork, ctx: DeskContext, hotel_id: str, number: str, room_type: RoomType, beds: int
) -> Changes:
    if beds < 1:
        raise InvalidField(field="床位数", reason=str(beds))
    with uow.writing():
        room_id = uow.new_id()
        uow.log.append(
            ctx,
            "room.add",
            room_id,
            {"hotel_id": hotel_id, "number": number, "type": room_type.value, "beds": beds},
        )
    return Changes(rooms=True, result=room_id)


def set_setting(uow: UnitOfWork, ctx: DeskContext, key: str, value: Any) -> Changes:
    with uow.writing():
        uow.log.append(ctx, "setting.set", f"setting:{key}", {"key": key, "value": value})
    return Changes(setup=True)


def genesis(
    uow: UnitOfWork,
    ctx: DeskContext,
    *,
    event_id: str,
    name: str,
    organizer: str,
    start_date: date | None,
    nights: list[date],
    operators: list[tuple[str, Role]],
    public_key: str = "",
) -> Changes:
    """The first ops of a new event file: this desk and its key, the event, its operators."""
    name, organizer = clean_text(name).strip(), clean_text(organizer).strip()
    operators = [(clean_text(n).strip(), role) for n, role in operators]
    if not name:
        raise InvalidField(field="会议名称", reason="不能为空")
    with uow.writing():
        uow.log.append(ctx, "desk.add", ctx.desk_id, desk_payload(ctx, public_key, "new"))
        uow.log.append(
            ctx,
            "event.create",
            event_id,
            {
                "name": name.strip(),
                "organizer": organizer,
                "start_date": (
                    start_date or (nights[0] if nights else None) or date.today()
                ).isoformat(),
                "end_date": (nights[-1] + timedelta(days=1)).isoformat() if nights else None,
                "nights": [n.isoformat() for n in nights],
            },
        )
        for op_name, role in operators:
            uow.log.append(
                ctx,
                "operator.add",
                uow.new_id(),
                {"name": op_name, "role": role.value, "pin_hash": ""},
            )
    return Changes(everything=True)


def announce_desk(
    uow: UnitOfWork, ctx: DeskContext, public_key: str = "", via: str = "join"
) -> Changes:
    """A joining desk's first own ops: its id and code, so other desks can name it, and its
    key; a supervisor named in ``ctx`` admits it (with their PIN)."""
    with uow.writing():
        approver = approving_supervisor(uow, ctx) if (ctx.supervisor or "").strip() else None
        payload = desk_payload(ctx, public_key, via)
        uow.log.append(ctx, "desk.add", ctx.desk_id, payload, supervisor=approver)
    return Changes(setup=True)
