"""Repositories: the reads the use cases need, over one SQLAlchemy connection."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, func, or_, select, text

from ...domain.model import (
    Attendee,
    Category,
    CheckIn,
    Event,
    FeeItem,
    Material,
    Operator,
    Payment,
    Role,
    Room,
)
from ...domain.names import clean_name, normalize_phone
from ...services.ports import AttendeeSummary, Bed, CategoryCount
from . import tables as t
from .search import search_attendees


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def attendee_from_row(row: Any) -> Attendee:
    return Attendee(
        id=row.id,
        code=row.code,
        name=row.name,
        pinyin=row.pinyin,
        initials=row.initials,
        gender=row.gender,
        unit=row.unit,
        department=row.department,
        title=row.title,
        phone=row.phone,
        email=row.email,
        id_number=row.id_number,
        province=row.province,
        city=row.city,
        category_id=row.category_id,
        arrival=_date(row.arrival),
        departure=_date(row.departure),
        needs_room=bool(row.needs_room),
        room_pref=row.room_pref,
        roommate_request=row.roommate_request,
        wants_credits=bool(row.wants_credits),
        notes=row.notes,
        source=row.source,
    )


class Repo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn


_BY_CODE = select(t.attendees).where(t.attendees.c.code == bindparam("code"))
_CODE_EXISTS = select(t.attendees.c.id).where(t.attendees.c.code == bindparam("code"))
_FIRST_CHECKIN = (
    select(t.checkins)
    .where(t.checkins.c.attendee_id == bindparam("attendee_id"), t.checkins.c.voided.is_(False))
    .order_by(t.checkins.c.hlc, t.checkins.c.desk_id, t.checkins.c.id)
    .limit(1)
)

_CATEGORY = select(t.categories).where(t.categories.c.id == bindparam("id"))


class SqlAttendeeRepo(Repo):
    def by_code(self, code: str) -> Attendee | None:
        row = self.conn.execute(_BY_CODE, {"code": code}).first()
        return attendee_from_row(row) if row else None

    def by_id(self, attendee_id: str) -> Attendee | None:
        row = self.conn.execute(select(t.attendees).where(t.attendees.c.id == attendee_id)).first()
        return attendee_from_row(row) if row else None

    def field_keys(self, attendee_id: str) -> dict[str, str]:
        """Per field, the order key of the op whose value the attendee row now shows."""
        raw = self.conn.execute(
            select(t.attendees.c.field_keys).where(t.attendees.c.id == attendee_id)
        ).scalar()
        return dict(json.loads(raw or "{}"))

    def code_exists(self, code: str) -> bool:
        return self.conn.execute(_CODE_EXISTS, {"code": code}).first() is not None

    def likely_duplicates(self, name: str, phone: str, id_number: str) -> list[Attendee]:
        a = t.attendees.c
        clauses = []
        phone = normalize_phone(phone)
        if phone:
            clauses.append(a.phone == phone)
        if id_number.strip():
            clauses.append(a.id_number == id_number.strip().upper())
        name = clean_name(name)
        if name and not clauses:
            clauses.append(a.name == name)
        if not clauses:
            return []
        rows = self.conn.execute(select(t.attendees).where(or_(*clauses)).limit(20))
        return [attendee_from_row(r) for r in rows]

    def search(self, query: str, limit: int | None) -> list[AttendeeSummary]:
        return search_attendees(self.conn, query, limit)

    def count(self) -> int:
        """People, not records: a record merged into another (an alias) is not counted."""
        total = self.conn.execute(select(func.count()).select_from(t.attendees)).scalar()
        merged = self.conn.execute(select(func.count()).select_from(t.attendee_aliases)).scalar()
        return int(total or 0) - int(merged or 0)


class SqlCheckInRepo(Repo):
    def first_for(self, attendee_id: str) -> CheckIn | None:
        row = self.conn.execute(_FIRST_CHECKIN, {"attendee_id": attendee_id}).first()
        if row is None:
            return None
        return CheckIn(
            row.id, row.attendee_id, row.at_ms, row.desk_code, row.operator, bool(row.voided)
        )

    def count_checked_in(self) -> int:
        """People: a check-in of a record merged into another counts for that person."""
        person = _person_of_checkin()
        return int(
            self.conn.execute(
                select(func.count(func.distinct(person)))
                .select_from(_checkins_with_aliases())
                .where(t.checkins.c.voided.is_(False))
            ).scalar()
            or 0
        )

    def arrived(self) -> set[str]:
        """The ids of everyone checked in (merged records count for the person)."""
        person = _person_of_checkin()
        rows = self.conn.execute(
            select(person)
            .distinct()
            .select_from(_checkins_with_aliases())
            .where(t.checkins.c.voided.is_(False))
        )
        return {r[0] for r in rows}


def _checkins_with_aliases() -> Any:
    k, al = t.checkins.c, t.attendee_aliases.c
    return t.checkins.outerjoin(t.attendee_aliases, al.alias_id == k.attendee_id)


def _person_of_checkin() -> Any:
    """The person a check-in belongs to: the record it names, or the one that was merged into."""
    return func.coalesce(t.attendee_aliases.c.attendee_id, t.checkins.c.attendee_id)


def _payment(row: Any) -> Payment:
    return Payment(
        id=row.id,
        attendee_id=row.attendee_id,
        fee_item_id=row.fee_item_id,
        amount_fen=row.amount_fen,
        method=row.method,
        receipt_no=row.receipt_no,
        at_ms=row.at_ms,
        desk_code=row.desk_code,
        operator=row.operator,
        refunded_fen=row.refunded_fen,
        voided=bool(row.voided),
        invoice_title=row.invoice_title,
        tax_number=row.tax_number,
        invoice_type=row.invoice_type,
        invoice_content=row.invoice_content,
        tendered_fen=row.tendered_fen,
        reference=row.reference,
        bill_unit=row.bill_unit,
        bill_contact=row.bill_contact,
        shift_id=row.shift_id,
    )


class SqlPaymentRepo(Repo):
    def for_attendee(self, attendee_id: str) -> list[Payment]:
        c = t.payments.c
        rows = self.conn.execute(
            select(t.payments).where(c.attendee_id == attendee_id).order_by(c.hlc)
        )
        return [_payment(r) for r in rows]

    def by_receipt(self, receipt_no: str) -> Payment | None:
        row = self.conn.execute(
            select(t.payments).where(t.payments.c.receipt_no == receipt_no.strip())
        ).first()
        return _payment(row) if row else None

    def totals(self) -> tuple[int, int]:
        c = t.payments.c
        row = self.conn.execute(
            select(func.coalesce(func.sum(c.amount_fen - c.refunded_fen), 0), func.count()).where(
                c.voided.is_(False)
            )
        ).one()
        return int(row[0]), int(row[1])


class SqlMaterialRepo(Repo):
    def _select(self) -> Any:
        h = t.handouts.c
        out = (
            select(func.coalesce(func.sum(h.qty), 0))
            .where(h.material_id == t.materials.c.id, h.qty > 0)
            .scalar_subquery()
        )
        back = (
            select(func.coalesce(-func.sum(h.qty), 0))
            .where(h.material_id == t.materials.c.id, h.qty < 0)
            .scalar_subquery()
        )
        return select(t.materials, out.label("handed_out"), back.label("returned")).order_by(
            t.materials.c.sort, t.materials.c.name
        )

    @staticmethod
    def _material(row: Any) -> Material:
        return Material(
            row.id, row.name, row.stock, row.handed_out, row.returned, bool(row.returnable)
        )

    def all(self) -> list[Material]:
        return [self._material(r) for r in self.conn.execute(self._select())]

    def by_name(self, name: str) -> Material | None:
        row = self.conn.execute(self._select().where(t.materials.c.name == name.strip())).first()
        return self._material(row) if row else None

    def by_id(self, material_id: str) -> Material | None:
        row = self.conn.execute(self._select().where(t.materials.c.id == material_id)).first()
        return self._material(row) if row else None

    def received(self, attendee_id: str, material_id: str) -> int:
        h = t.handouts.c
        return int(
            self.conn.execute(
                select(func.coalesce(func.sum(h.qty), 0)).where(
                    h.attendee_id == attendee_id, h.material_id == material_id
                )
            ).scalar()
            or 0
        )


def room_from_row(row: Any) -> Room:
    return Room(
        row.id,
        row.hotel_id,
        row.number,
        row.type,
        row.beds,
        row.floor,
        bool(row.spare),
        [date.fromisoformat(d) for d in json.loads(row.nights)],
    )


class SqlCatalogRepo(Repo):
    def event(self) -> Event:
        row = self.conn.execute(select(t.event)).one()
        return Event(
            id=row.id,
            name=row.name,
            organizer=row.organizer,
            start_date=_date(row.start_date),
            end_date=_date(row.end_date),
            nights=[date.fromisoformat(d) for d in json.loads(row.nights)],
            venue=row.venue,
            credit_project=row.credit_project,
            credit_category=row.credit_category,
        )

    @staticmethod
    def _category(row: Any) -> Category:
        return Category(
            row.id,
            row.key,
            row.name,
            row.badge_color,
            row.fee_fen,
            json.loads(row.material_ids),
            row.sort,
            row.onsite_fee_fen,
            json.loads(row.material_qty),
            json.loads(row.meals),
            row.base_fee_fen,
        )

    def category(self, category_id: str | None) -> Category | None:
        if not category_id:
            return None
        row = self.conn.execute(_CATEGORY, {"id": category_id}).first()
        return self._category(row) if row else None

    def categories(self) -> list[Category]:
        rows = self.conn.execute(
            select(t.categories).order_by(t.categories.c.sort, t.categories.c.name)
        )
        return [self._category(r) for r in rows]

    def fee_items(self) -> list[FeeItem]:
        rows = self.conn.execute(
            select(t.fee_items).order_by(t.fee_items.c.sort, t.fee_items.c.name)
        )
        return [FeeItem(r.id, r.name, bool(r.per_night), r.sort) for r in rows]

    def category_fees(self) -> list[tuple[str, str, int, int]]:
        """(category id, fee item id, early fen, on-site fen) of every price set."""
        f = t.category_fees.c
        rows = self.conn.execute(select(f.category_id, f.fee_item_id, f.early_fen, f.onsite_fen))
        return [(r[0], r[1], int(r[2]), int(r[3])) for r in rows]

    # Two desks may add the same name offline: one person, two rows. Every desk then takes
    # the same row for that name (supervisor first, then the smaller id), so approvals and
    # PINs agree everywhere, and the name is listed once.
    _BY_PRECEDENCE = (t.operators.c.role.desc(), t.operators.c.id)

    def operator(self, name: str) -> Operator | None:
        row = self.conn.execute(
            select(t.operators)
            .where(t.operators.c.name == name)
            .order_by(*self._BY_PRECEDENCE)
            .limit(1)
        ).first()
        return Operator(row.id, row.name, Role(row.role), row.pin_hash) if row else None

    def operators(self) -> list[Operator]:
        rows = self.conn.execute(
            select(t.operators).order_by(t.operators.c.name, *self._BY_PRECEDENCE)
        )
        first: dict[str, Operator] = {}
        for r in rows:
            first.setdefault(r.name, Operator(r.id, r.name, Role(r.role), r.pin_hash))
        return sorted(first.values(), key=lambda o: (o.role != Role.SUPERVISOR, o.name))

    def setting(self, key: str, default: Any = None) -> Any:
        value = self.conn.execute(
            select(t.settings.c.value).where(t.settings.c.key == key)
        ).scalar()
        return default if value is None else json.loads(value)


# The condition of the partial index ix_rooms_held, word for word, so SQLite uses it.
HELD_ROOMS = text("spare IS 1 OR nights != '[]'")


class SqlCounterRepo(Repo):
    def by_category(self) -> list[CategoryCount]:
        """Two grouped counts (everyone; those checked in) instead of a join per attendee."""
        a, c, k = t.attendees.c, t.categories.c, t.checkins.c
        totals = dict(
            self.conn.execute(select(a.category_id, func.count()).group_by(a.category_id)).all()
        )
        # People: a record merged into another is not counted again. Subtracted, not filtered
        # out above: the count alone is read from the category index (5 ms, not 50, at 50k).
        al = t.attendee_aliases.c
        for category_id, merged in self.conn.execute(
            select(a.category_id, func.count())
            .where(a.id.in_(select(al.alias_id)))  # looked up by id: the few merged records
            .group_by(a.category_id)
        ):
            totals[category_id] -= merged
        person = _person_of_checkin()
        checked = dict(
            self.conn.execute(
                select(a.category_id, func.count(func.distinct(person)))
                .select_from(_checkins_with_aliases().join(t.attendees, a.id == person))
                .where(k.voided.is_(False))
                .group_by(a.category_id)
            ).all()
        )
        out = [
            CategoryCount(
                r.key, r.name, r.badge_color, int(checked.get(r.id, 0)), int(totals[r.id])
            )
            for r in self.conn.execute(select(t.categories).order_by(c.sort, c.name))
            if r.id in totals
        ]
        if None in totals:
            out.append(
                CategoryCount("", "", "#6e7781", int(checked.get(None, 0)), int(totals[None]))
            )
        return out

    def night_usage(self, night: date) -> tuple[int, int]:
        """(rooms with someone in them, beds a desk may still give) on one night."""
        n, r = t.room_nights.c, t.rooms.c
        occupied = (
            select(n.room_id, func.count().label("sleepers"))
            .where(n.night == night.isoformat())
            .group_by(n.room_id)
            .subquery()
        )
        free = func.max(r.beds - func.coalesce(occupied.c.sleepers, 0), 0)
        row = self.conn.execute(
            select(func.count(occupied.c.room_id), func.coalesce(func.sum(free), 0)).outerjoin_from(
                t.rooms, occupied, occupied.c.room_id == r.id
            )
        ).one()
        # Less the beds of the few rooms a desk may not give that night (机动, or a night the
        # hotel does not give): a second small query, not a test on every room in the first.
        night_text = night.isoformat()
        held = {
            room_id: int(beds)
            for room_id, beds, spare, nights in self.conn.execute(
                select(r.id, r.beds, r.spare, r.nights).where(HELD_ROOMS)
            )
            if spare or night_text not in json.loads(nights)
        }
        kept = 0
        if held:
            sleepers = dict(
                self.conn.execute(
                    select(n.room_id, func.count())
                    .where(n.night == night_text, n.room_id.in_(list(held)))
                    .group_by(n.room_id)
                ).all()
            )
            kept = sum(max(beds - int(sleepers.get(i, 0)), 0) for i, beds in held.items())
        return int(row[0]), int(row[1]) - kept

    def paid_in_category(self, category_id: str) -> int:
        a, p = t.attendees.c, t.payments.c
        return int(
            self.conn.execute(
                select(func.count(func.distinct(p.attendee_id)))
                .join_from(t.payments, t.attendees, a.id == p.attendee_id)
                .where(a.category_id == category_id, p.voided.is_(False))
            ).scalar()
            or 0
        )

    def received_in_category(self, category_id: str, material_id: str) -> int:
        a, h = t.attendees.c, t.handouts.c
        return int(
            self.conn.execute(
                select(func.count(func.distinct(h.attendee_id)))
                .join_from(t.handouts, t.attendees, a.id == h.attendee_id)
                .where(a.category_id == category_id, h.material_id == material_id, h.qty > 0)
            ).scalar()
            or 0
        )

    def money_by_method(self, since_ms: int) -> dict[str, int]:
        """Net money taken since ``since_ms`` by method; refunds count when they are made."""
        p, r = t.payments.c, t.refunds.c
        totals: dict[str, int] = {}
        rows = self.conn.execute(
            select(p.method, func.sum(p.amount_fen))
            .where(p.at_ms >= since_ms, p.voided.is_(False))
            .group_by(p.method)
        )
        for method, amount in rows:
            totals[method] = int(amount or 0)
        rows = self.conn.execute(
            select(p.method, func.sum(r.amount_fen))
            .join_from(t.refunds, t.payments, p.id == r.payment_id)
            .where(r.at_ms >= since_ms)
            .group_by(p.method)
        )
        for method, amount in rows:
            totals[method] = totals.get(method, 0) - int(amount or 0)
        return totals

    def beds(self, night: date) -> list[Bed]:
        n, a = t.room_nights.c, t.attendees.c
        hotels = {r.id: r.name for r in self.conn.execute(select(t.hotels))}
        sleepers: dict[str, list[tuple[str, str, str]]] = {}
        rows = self.conn.execute(
            select(n.room_id, a.id, a.name, a.gender)
            .join_from(t.room_nights, t.attendees, a.id == n.attendee_id)
            .where(n.night == night.isoformat())
        )
        for room_id, attendee_id, name, gender in rows:
            sleepers.setdefault(room_id, []).append((attendee_id, name, gender))
        rooms = self.conn.execute(select(t.rooms).order_by(t.rooms.c.hotel_id, t.rooms.c.number))
        return [
            Bed(room_from_row(r), hotels.get(r.hotel_id, ""), tuple(sleepers.get(r.id, ())))
            for r in rooms
        ]


class SqlBadgeRepo(Repo):
    def latest_version(self, attendee_id: str) -> int:
        b = t.badge_prints.c
        return int(
            self.conn.execute(
                select(func.coalesce(func.max(b.version), 0)).where(b.attendee_id == attendee_id)
            ).scalar()
            or 0
        )

    def count_for(self, attendee_id: str) -> int:
        b = t.badge_prints.c
        return int(
            self.conn.execute(
                select(func.count()).select_from(t.badge_prints).where(b.attendee_id == attendee_id)
            ).scalar()
            or 0
        )


__all__ = [
    "SqlAttendeeRepo",
    "SqlBadgeRepo",
    "SqlCatalogRepo",
    "SqlCheckInRepo",
    "SqlCounterRepo",
    "SqlMaterialRepo",
    "SqlPaymentRepo",
]
