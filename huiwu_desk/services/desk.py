"""What happens at the desk: check-in, payment, handout, badge (rooms: services/rooms/).

Each use case checks its rule inside BEGIN IMMEDIATE, so the check and the write see the
same state, and appends exactly the ops that record what happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import (
    AlreadyCheckedIn,
    AlreadyHandedOut,
    InvalidField,
    NoMaterials,
    NotCheckedIn,
    NotHandedOut,
    NothingToHandOut,
    OutOfStock,
    UnknownMaterial,
)
from ..domain.limits import NAME
from ..domain.model import Attendee, DeskContext, Material
from ..domain.rules import clock_text
from ..domain.text import clean_text
from . import lookup
from .changes import Changes
from .conflicts import refresh_if_open
from .fees import payments
from .operators import approving_supervisor
from .ports import UnitOfWork


def _person(uow: UnitOfWork, code: str) -> Attendee:
    return lookup.attendee(uow, code)


@dataclass(frozen=True, slots=True)
class CheckInResult:
    checkin_id: str
    code: str
    name: str
    unit: str


# --- check-in ---------------------------------------------------------------------------
def check_in(uow: UnitOfWork, ctx: DeskContext, code: str) -> Changes:
    with uow.writing():
        person = _person(uow, code)
        first = uow.checkins.first_for(person.id)
        if first is not None:
            raise AlreadyCheckedIn(
                time=clock_text(first.at_ms), desk=first.desk_code, operator=first.operator
            )
        checkin_id = uow.new_id()
        uow.log.append(ctx, "checkin", checkin_id, {"attendee_id": person.id})
    result = CheckInResult(checkin_id, person.code, person.name, person.unit)
    return Changes(attendees={person.id}, checkins=True, result=result)


def void_check_in(uow: UnitOfWork, ctx: DeskContext, code: str, reason: str) -> Changes:
    with uow.writing():
        supervisor = approving_supervisor(uow, ctx)  # checks the PIN
        person = _person(uow, code)
        first = uow.checkins.first_for(person.id)
        if first is None:
            raise NotCheckedIn(name=person.name)
        uow.log.append(
            ctx,
            "checkin.void",
            uow.new_id(),
            {"checkin_id": first.id, "reason": clean_text(reason).strip()},
            supervisor=supervisor,
        )
        refresh_if_open(uow)
    return Changes(attendees={person.id}, checkins=True)


# --- payments: services/fees/payments.py (kept here by name for the desk's callers) -------
record_payment = payments.record_payment
refund_payment = payments.refund_payment
void_payment = payments.void_payment


# --- materials --------------------------------------------------------------------------
def material_named(uow: UnitOfWork, name_or_id: str) -> Material:
    item = uow.materials.by_name(name_or_id) or uow.materials.by_id(name_or_id)
    if item is None:
        raise UnknownMaterial(name=name_or_id)
    return item


def entitled_materials(uow: UnitOfWork, person: Attendee) -> list[Material]:
    category = uow.catalog.category(person.category_id)
    if category is None:
        return []
    by_id = {m.id: m for m in uow.materials.all()}
    return [by_id[i] for i in category.material_ids if i in by_id]


def hand_out(
    uow: UnitOfWork,
    ctx: DeskContext,
    code: str,
    items: list[str] | None = None,
    *,
    proxy: str = "",
) -> Changes:
    """Hand out the named materials, or everything the person is entitled to and has not received.

    All or nothing: one item out of stock refuses the whole handout, so the checklist at the
    desk always matches what was recorded. ``proxy``: the colleague who picked them up for
    the person (代领), recorded on each handout.
    """
    picker = clean_text(proxy).strip()
    if len(picker) > NAME:
        raise InvalidField(field="代领人", reason=f"超过 {NAME} 个字")
    with uow.writing():
        person = _person(uow, code)
        if items:
            wanted = [material_named(uow, name) for name in items]
            for item in wanted:
                if uow.materials.received(person.id, item.id) > 0:
                    raise AlreadyHandedOut(name=person.name, item=item.name)
        else:
            wanted = [
                m
                for m in entitled_materials(uow, person)
                if uow.materials.received(person.id, m.id) <= 0
            ]
            if not wanted:
                if not uow.materials.all():
                    raise NoMaterials()
                raise NothingToHandOut(name=person.name)
        category = uow.catalog.category(person.category_id)
        qty = {m.id: category.quantity(m.id) if category else 1 for m in wanted}
        for item in wanted:
            if item.remaining < qty[item.id]:
                raise OutOfStock(name=item.name, left=item.remaining)
        for item in wanted:
            uow.log.append(
                ctx,
                "handout",
                uow.new_id(),
                {"attendee_id": person.id, "material_id": item.id, "qty": qty[item.id]}
                | ({"proxy": picker} if picker else {}),
            )
    return Changes(attendees={person.id}, handouts=True, result=[m.name for m in wanted])


def return_material(uow: UnitOfWork, ctx: DeskContext, code: str, item_name: str) -> Changes:
    """文件清退 and mistaken handouts: the item comes back into stock."""
    with uow.writing():
        person = _person(uow, code)
        item = material_named(uow, item_name)
        if uow.materials.received(person.id, item.id) <= 0:
            raise NotHandedOut(name=person.name, item=item.name)
        uow.log.append(
            ctx,
            "handout.return",
            uow.new_id(),
            {"attendee_id": person.id, "material_id": item.id, "qty": 1},
        )
    return Changes(attendees={person.id}, handouts=True)


# --- badges -----------------------------------------------------------------------------
def record_badge_print(uow: UnitOfWork, ctx: DeskContext, code: str, reason: str = "") -> Changes:
    """Each print gets the next version; a reprint needs a reason so the old badge can be refused."""
    reason = clean_text(reason).strip()
    with uow.writing():
        person = _person(uow, code)
        version = uow.badges.latest_version(person.id) + 1
        if version > 1 and not reason:
            raise InvalidField(field="补打原因", reason="补打证件需要填写原因")
        uow.log.append(
            ctx,
            "badge.print",
            uow.new_id(),
            {"attendee_id": person.id, "version": version, "reason": reason},
        )
    return Changes(attendees={person.id}, badges=True, result=version)
