"""Applying a setup: what the event holds, as a whole or in part, becomes ops.

One use case for the setup workbook (``setup import``), the setup pages of the window, the
demo and ``new --setup``: parts are matched by id (a page's edit), else by name (a workbook
row), so applying the same setup twice changes nothing. All or nothing: a setup that breaks a
rule writes no op and says, per row, why.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.documents import CATEGORY_TEMPLATES_SETTING
from ..domain.errors import UserFacingError
from ..domain.fees import DEFAULT_VARIANCE_LIMIT_FEN, VARIANCE_LIMIT_SETTING
from ..domain.model import DeskContext, PaymentMethod, RoomType
from ..domain.room_pairing import ONE_NIGHT_SINGLE
from ..domain.sentences import Sentence
from ..domain.setup_model import (
    CategorySetup,
    EventSetup,
    FeeItemSetup,
    FeeSetup,
    MaterialSetup,
    RoomSetup,
    RowProblem,
    Says,
    Setup,
    Where,
    problems,
)
from ..domain.text import clean_strings
from . import badge_rules
from .doors.point_setup import plan_points, setup_points
from .ports import UnitOfWork
from .roster_cells import category_key

POINTS_SETTING = "scan.points"
PAYMENT_METHODS_SETTING = "payment.methods"


class SetupRejected(UserFacingError):
    zh = "会议设置有 {count} 处错误，未做任何修改。"
    en = "The setup has {count} problem(s); nothing was changed."


@dataclass
class SetupReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected_rows: list[RowProblem] = field(default_factory=list)
    # Changes that touch people who already paid or received (say so before applying).
    affected: list[Sentence] = field(default_factory=list)
    dry_run: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected_rows": [
                {"sheet": p.sheet, "row": p.row, "reason": p.reason.both()}
                for p in self.rejected_rows
            ],
            "affected": [s.both() for s in self.affected],
            "dry_run": self.dry_run,
        }


# --- reading ----------------------------------------------------------------------------
def read_setup(uow: UnitOfWork) -> Setup:
    """Everything the event holds now, by name (inside or outside a transaction)."""
    with uow.reading():
        return _read(uow)


def _read(uow: UnitOfWork) -> Setup:
    cat = uow.catalog
    ev = cat.event()
    materials = uow.materials.all()
    material_names = {m.id: m.name for m in materials}
    templates = cat.setting(CATEGORY_TEMPLATES_SETTING, {})
    templates = templates if isinstance(templates, dict) else {}
    categories = cat.categories()
    items = cat.fee_items()
    item_names = {i.id: i.name for i in items}
    category_names = {c.id: c.name for c in categories}
    hotels = uow.rooms.hotel_names()
    return Setup(
        event=EventSetup(
            ev.name,
            ev.organizer,
            ev.venue,
            ev.start_date,
            ev.end_date,
            list(ev.nights),
            ev.credit_project,
            ev.credit_category,
        ),
        categories=[
            CategorySetup(
                c.name,
                c.key,
                c.badge_color,
                str(templates.get(c.key, "")),
                badge_rules.applies(uow, c),
                {material_names[m]: c.quantity(m) for m in c.material_ids if m in material_names},
                list(c.meals),
                id=c.id,
            )
            for c in categories
        ],
        fee_items=[FeeItemSetup(i.name, i.per_night, id=i.id) for i in items],
        fees=sorted(
            [
                *(
                    FeeSetup(item_names[i], category_names[c], early, onsite)
                    for c, i, early, onsite in cat.category_fees()
                    if i in item_names and c in category_names
                ),
                # a category made with one fee (before prices by item): shown as the first
                # fee item's price, which is what it becomes once saved
                *(
                    FeeSetup(items[0].name, c.name, c.base_fee_fen, c.base_fee_fen)
                    for c in categories
                    if c.base_fee_fen and items
                ),
            ],
            key=lambda f: (f.item, f.category),
        ),
        materials=[MaterialSetup(m.name, m.stock, m.returnable, id=m.id) for m in materials],
        hotels=sorted(hotels.values()),
        rooms=[
            RoomSetup(
                hotels.get(r.hotel_id, ""),
                r.number,
                _room_type(r.type),
                r.beds,
                r.floor,
                r.spare,
                list(r.nights),
                id=r.id,
            )
            for r in uow.rooms.all()
        ],
        points=setup_points(uow),  # rows, and the old setting's points (services/doors)
        payment_methods=list(
            cat.setting(PAYMENT_METHODS_SETTING, [m.value for m in PaymentMethod])
        ),
        variance_limit_fen=int(cat.setting(VARIANCE_LIMIT_SETTING, DEFAULT_VARIANCE_LIMIT_FEN)),
        one_night_single=bool(cat.setting(ONE_NIGHT_SINGLE, True)),
    )


def _room_type(value: str) -> RoomType:
    return RoomType(value) if value in RoomType._value2member_map_ else RoomType.TWIN


def payment_methods(uow: UnitOfWork) -> list[str]:
    """The payment methods the desk offers (all of them unless the setup chose)."""
    value = uow.catalog.setting(PAYMENT_METHODS_SETTING, None)
    if not isinstance(value, list) or not value:
        return [m.value for m in PaymentMethod]
    return [m for m in value if m in PaymentMethod._value2member_map_]


# --- applying ---------------------------------------------------------------------------
class _Plan:
    """The ops a setup needs, in order, and what they count as."""

    def __init__(self, uow: UnitOfWork, now: Setup) -> None:
        self.uow = uow
        self.now = now
        self.ops: list[tuple[str, str, dict[str, Any]]] = []
        self.report = SetupReport()

    def op(self, kind: str, entity: str, payload: dict[str, Any]) -> None:
        self.ops.append((kind, entity, payload))

    def count(self, created: bool, changed: bool) -> None:
        if created:
            self.report.created += 1
        elif changed:
            self.report.updated += 1
        else:
            self.report.unchanged += 1


def _iso(days: list[date]) -> list[str]:
    return [d.isoformat() for d in sorted(days)]


def _match(items: list[Any], wanted: Any, key: Any) -> Any:
    if getattr(wanted, "id", ""):
        found = next((i for i in items if i.id == wanted.id), None)
        if found is not None:
            return found
    return next((i for i in items if key(i) == key(wanted)), None)


def plan_setup(
    uow: UnitOfWork, wanted: Setup, rows: Where | None = None
) -> tuple[_Plan, list[RowProblem]]:
    """Inside a transaction: the ops that bring the event to ``wanted`` (nothing else changes)."""
    now = _read(uow)
    found = problems(wanted, rows, known=now)
    plan = _Plan(uow, now)
    if found:
        return plan, found
    _plan_event(plan, wanted)
    material_ids = _plan_materials(plan, wanted)
    item_ids = _plan_fee_items(plan, wanted)
    category_ids = _plan_categories(plan, wanted, material_ids)
    _plan_fees(plan, wanted, item_ids, category_ids)
    hotel_ids = _plan_hotels(plan, wanted)
    _plan_rooms(plan, wanted, hotel_ids)
    _plan_settings(plan, wanted)
    return plan, []


def _plan_event(plan: _Plan, wanted: Setup) -> None:
    ev, old = wanted.event, plan.now.event
    if ev is None or old is None:
        return
    fields: dict[str, Any] = {}
    for key in ("name", "organizer", "venue", "credit_project", "credit_category"):
        value = getattr(ev, key)
        if key == "name" and not value:
            continue
        if value != getattr(old, key):
            fields[key] = value
    for key in ("start_date", "end_date"):
        value = getattr(ev, key)
        if value is not None and value != getattr(old, key):
            fields[key] = value.isoformat()
    if sorted(ev.nights) != sorted(old.nights):
        fields["nights"] = _iso(ev.nights)
    if fields:
        plan.op("event.set", plan.uow.catalog.event().id, {"fields": fields})
        plan.report.updated += 1
        _affected_nights(plan, old.nights, ev.nights)
    else:
        plan.report.unchanged += 1


def _plan_materials(plan: _Plan, wanted: Setup) -> dict[str, str]:
    ids = {m.name: m.id for m in plan.now.materials}
    for sort, m in enumerate(wanted.materials):
        old = _match(plan.now.materials, m, lambda x: x.name)
        if old is None:
            new_id = plan.uow.new_id()
            plan.op(
                "material.add",
                new_id,
                {"name": m.name, "stock": m.stock, "returnable": m.returnable, "sort": sort},
            )
            ids[m.name] = new_id
            plan.count(True, False)
            continue
        ids[m.name] = old.id
        fields: dict[str, Any] = {}
        if m.name != old.name:
            fields["name"] = m.name
        if m.returnable != old.returnable:
            fields["returnable"] = m.returnable
        if fields:
            plan.op("material.set", old.id, {"fields": fields})
        if m.stock != old.stock:
            plan.op("material.restock", old.id, {"delta": m.stock - old.stock})
        plan.count(False, bool(fields) or m.stock != old.stock)
    return ids


def _plan_fee_items(plan: _Plan, wanted: Setup) -> dict[str, str]:
    ids = {i.name: i.id for i in plan.now.fee_items}
    start = len(plan.now.fee_items)
    for sort, item in enumerate(wanted.fee_items):
        old = _match(plan.now.fee_items, item, lambda x: x.name)
        if old is None:
            new_id = plan.uow.new_id()
            payload = {"name": item.name, "per_night": item.per_night, "sort": start + sort}
            plan.op("fee_item.add", new_id, payload)
            ids[item.name] = new_id
            plan.count(True, False)
            continue
        ids[item.name] = old.id
        fields: dict[str, Any] = {}
        if item.name != old.name:
            fields["name"] = item.name
        if item.per_night != old.per_night:
            fields["per_night"] = item.per_night
        if fields:
            plan.op("fee_item.set", old.id, {"fields": fields})
        plan.count(False, bool(fields))
    return ids


def _new_key(wanted: CategorySetup, taken: set[str]) -> str:
    key = wanted.key or category_key(wanted.name.lower().replace(" ", "")) or wanted.name
    base, n = key, 2
    while key in taken:
        key, n = f"{base}{n}", n + 1
    return key


def _plan_categories(
    plan: _Plan, wanted: Setup, material_ids: dict[str, str]
) -> dict[str, tuple[str, str]]:
    """Category name → (id, key)."""
    now = plan.now.categories
    ids = {c.name: (c.id, c.key) for c in now}
    taken = {c.key for c in now}
    templates = plan.uow.catalog.setting(CATEGORY_TEMPLATES_SETTING, {})
    templates = dict(templates) if isinstance(templates, dict) else {}
    templates_changed = False
    for sort, c in enumerate(wanted.categories):
        old = _match(now, c, lambda x: x.name)
        mids = [material_ids[name] for name in c.materials]
        qty = {material_ids[name]: n for name, n in c.materials.items() if n != 1}
        if old is None:
            key = _new_key(c, taken)
            taken.add(key)
            new_id = plan.uow.new_id()
            plan.op(
                "category.add",
                new_id,
                {
                    "key": key,
                    "name": c.name,
                    "badge_color": c.color,
                    "fee_fen": 0,
                    "material_ids": mids,
                    "material_qty": qty,
                    "meals": list(c.meals),
                    "sort": sort,
                },
            )
            ids[c.name] = (new_id, key)
            plan.count(True, False)
            changed = True
        else:
            key = old.key
            ids[c.name] = (old.id, key)
            fields: dict[str, Any] = {}
            if c.name != old.name:
                fields["name"] = c.name
            if c.color != old.color:
                fields["badge_color"] = c.color
            if c.materials != old.materials:
                fields["material_ids"] = mids
                fields["material_qty"] = qty
                _affected_materials(plan, old, c)
            if c.meals != old.meals:
                fields["meals"] = list(c.meals)
            if fields:
                plan.op("category.set", old.id, {"fields": fields})
            changed = bool(fields)
        if old is None or c.pay_before_badge != old.pay_before_badge:
            setting = f"{badge_rules.PAY_BEFORE_BADGE_SETTING}.{key}"
            plan.op(
                "setting.set", f"setting:{setting}", {"key": setting, "value": c.pay_before_badge}
            )
            changed = True
        if c.template != (old.template if old else "") and (c.template or old is not None):
            if c.template:
                templates[key] = c.template
            else:
                templates.pop(key, None)
            templates_changed = changed = True
        if old is not None:
            plan.count(False, changed)
    if templates_changed:
        plan.op(
            "setting.set",
            f"setting:{CATEGORY_TEMPLATES_SETTING}",
            {"key": CATEGORY_TEMPLATES_SETTING, "value": templates},
        )
    return ids


def _plan_fees(
    plan: _Plan,
    wanted: Setup,
    item_ids: dict[str, str],
    category_ids: dict[str, tuple[str, str]],
) -> None:
    now = {(f.item, f.category): f for f in plan.now.fees}
    for fee in wanted.fees:
        old = now.get((fee.item, fee.category))
        if old is not None and (old.early_fen, old.onsite) == (fee.early_fen, fee.onsite):
            plan.count(False, False)
            continue
        category_id = category_ids[fee.category][0]
        plan.op(
            "fee.set",
            f"{category_id}:{item_ids[fee.item]}",
            {
                "category_id": category_id,
                "fee_item_id": item_ids[fee.item],
                "early_fen": fee.early_fen,
                "onsite_fen": fee.onsite,
            },
        )
        plan.count(old is None, True)
        if old is not None:
            paid = plan.uow.counters.paid_in_category(category_id)
            if paid:
                plan.report.affected.append(
                    Says(
                        "“{0}”的“{1}”改为 {2} 元：已缴费的 {3} 人不变，余额按新价重算。",
                        fee.category,
                        fee.item,
                        f"{fee.early_fen / 100:g}",
                        paid,
                    )
                )


def _plan_hotels(plan: _Plan, wanted: Setup) -> dict[str, str]:
    ids = {v: k for k, v in plan.uow.rooms.hotel_names().items()}
    names = list(dict.fromkeys([*wanted.hotels, *(r.hotel for r in wanted.rooms)]))
    for name in names:
        if name in ids:
            if name in wanted.hotels:
                plan.count(False, False)
            continue
        ids[name] = plan.uow.new_id()
        plan.op("hotel.add", ids[name], {"name": name})
        plan.count(True, False)
    return ids


def _plan_rooms(plan: _Plan, wanted: Setup, hotel_ids: dict[str, str]) -> None:
    now = plan.now.rooms
    for r in wanted.rooms:
        old = _match(now, r, lambda x: (x.hotel, x.number))
        values = {
            "hotel_id": hotel_ids[r.hotel],
            "number": r.number,
            "type": r.type.value,
            "beds": r.beds,
            "floor": r.floor,
            "spare": r.spare,
            "nights": _iso(r.nights),
        }
        if old is None:
            plan.op("room.add", plan.uow.new_id(), values)
            plan.count(True, False)
            continue
        before = {
            "hotel_id": hotel_ids.get(old.hotel, ""),
            "number": old.number,
            "type": old.type.value,
            "beds": old.beds,
            "floor": old.floor,
            "spare": old.spare,
            "nights": _iso(old.nights),
        }
        fields = {k: v for k, v in values.items() if before[k] != v}
        if fields:
            plan.op("room.set", old.id, {"fields": fields})
            if "beds" in fields and r.beds < old.beds:
                _affected_beds(plan, old, r)
        plan.count(False, bool(fields))


def _plan_settings(plan: _Plan, wanted: Setup) -> None:
    if wanted.points:  # point.add / point.set ops (issue 18); the old setting is only read
        rows = {p.id for p in plan.now.points if plan.uow.doors.is_row(p.id)}
        ops, created, changed, same = plan_points(
            plan.now.points, wanted.points, rows, plan.uow.new_id
        )
        for kind, entity, payload in ops:
            plan.op(kind, entity, payload)
        plan.report.created += created
        plan.report.updated += changed
        plan.report.unchanged += same
    if wanted.payment_methods and wanted.payment_methods != plan.now.payment_methods:
        key = PAYMENT_METHODS_SETTING
        plan.op("setting.set", f"setting:{key}", {"key": key, "value": wanted.payment_methods})
    limit = wanted.variance_limit_fen
    if limit is not None and limit != plan.now.variance_limit_fen:
        key = VARIANCE_LIMIT_SETTING
        plan.op("setting.set", f"setting:{key}", {"key": key, "value": limit})
    alone = wanted.one_night_single
    if alone is not None and alone != plan.now.one_night_single:
        plan.op(
            "setting.set",
            f"setting:{ONE_NIGHT_SINGLE}",
            {"key": ONE_NIGHT_SINGLE, "value": alone},
        )


# --- what a change does to people already served ---------------------------------------
def _affected_materials(plan: _Plan, old: CategorySetup, new: CategorySetup) -> None:
    dropped = [name for name in old.materials if name not in new.materials]
    ids = {m.name: m.id for m in plan.now.materials}
    for name in dropped:
        received = plan.uow.counters.received_in_category(old.id, ids[name])
        if received:
            plan.report.affected.append(
                Says("“{0}”不再发“{1}”：已领的 {2} 人不收回。", old.name, name, received)
            )


def _affected_nights(plan: _Plan, old: list[date], new: list[date]) -> None:
    gone = [n for n in old if n not in new]
    for night in gone:
        used, _free = plan.uow.counters.night_usage(night)
        if used:
            plan.report.affected.append(
                Says(
                    "{0} 晚已排房 {1} 间：住宿晚取消后这些排房仍保留，请在排房页调整。",
                    night.isoformat(),
                    used,
                )
            )


def _affected_beds(plan: _Plan, old: RoomSetup, new: RoomSetup) -> None:
    sleepers = len(plan.uow.rooms.occupants(old.id))
    if sleepers > new.beds:
        plan.report.affected.append(
            Says("{0} 房已住 {1} 人，多于新的床位数 {2}。", old.number, sleepers, new.beds)
        )


def apply_setup(
    uow: UnitOfWork,
    ctx: DeskContext,
    wanted: Setup,
    *,
    rows: Where | None = None,
    dry_run: bool = False,
) -> SetupReport:
    """Bring the event to ``wanted``: all or nothing; ``dry_run`` says what would change.
    Every name in ``wanted`` (the workbook's cells, the setup page's) loses its control
    characters first."""
    wanted = clean_strings(wanted)
    with uow.writing():
        plan, found = plan_setup(uow, wanted, rows)
        report = plan.report
        report.dry_run = dry_run
        if found:
            report.rejected_rows = found
            return report
        if not dry_run:
            for kind, entity, payload in plan.ops:
                uow.log.append(ctx, kind, entity, payload)
    return report
