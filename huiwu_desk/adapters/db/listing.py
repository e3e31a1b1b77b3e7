"""The attendees table over SQLite: ids for a filter (one indexed query), rows per page.

Rows are read in batches of ids with a handful of grouped queries (check-in, payments, room,
badges), so a page costs the same at 500 and at 50,000 attendees.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, and_, case, exists, func, not_, or_, select

from ...domain.model import Source
from ...services.listing import ListingFilter, ListingRow
from ...services.ports import iter_chunks
from . import tables as t

A = t.attendees.c
C = t.categories.c
_HIGH = "\U0010ffff"
_BATCH = 500  # far below SQLite's bound-parameter limit


def _checked_in() -> Any:
    k = t.checkins.c
    return exists().where(k.attendee_id == A.id, k.voided.is_(False))


def _first_checkin_ms() -> Any:
    k = t.checkins.c
    return (
        select(func.min(k.at_ms))
        .where(k.attendee_id == A.id, k.voided.is_(False))
        .scalar_subquery()
    )


def _paid() -> Any:
    p = t.payments.c
    return (
        select(func.coalesce(func.sum(p.amount_fen - p.refunded_fen), 0))
        .where(p.attendee_id == A.id, p.voided.is_(False))
        .scalar_subquery()
    )


def _room_number() -> Any:
    r, ra = t.rooms.c, t.room_assignments.c
    return (
        select(func.min(r.number))
        .join_from(t.room_assignments, t.rooms, r.id == ra.room_id)
        .where(ra.attendee_id == A.id, ra.released.is_(False))
        .scalar_subquery()
    )


def _badges() -> Any:
    b = t.badge_prints.c
    return select(func.count()).where(b.attendee_id == A.id).scalar_subquery()


def _text_clause(text: str) -> Any:
    q = unicodedata.normalize("NFKC", text).strip()
    compact = "".join(q.split())
    lower = compact.lower()
    clauses = [
        and_(A.code >= q.upper(), A.code < q.upper() + _HIGH),
        A.name.contains(compact, autoescape=True),
        A.unit.contains(q, autoescape=True),
    ]
    if lower.isascii() and lower.isalpha():
        clauses.append(and_(A.pinyin >= lower, A.pinyin < lower + _HIGH))
        clauses.append(and_(A.initials >= lower, A.initials < lower + _HIGH))
    digits = "".join(ch for ch in q if ch.isdigit())
    if digits and len(digits) == len(compact.replace("-", "")):
        clauses.append(A.phone.contains(digits, autoescape=True))
    return or_(*clauses)


def _sort_expression(key: str) -> Any:
    simple = {
        "code": A.code,
        "name": A.pinyin,
        "gender": A.gender,
        "unit": A.unit,
        "department": A.department,
        "title": A.title,
        "phone": A.phone,
        "email": A.email,
        "id_number": A.id_number,
        "province": A.province,
        "city": A.city,
        "source": A.source,
        "category": C.sort,
        "fee": _fee(),
    }
    if key in simple:
        return simple[key]
    computed = {
        "checkin": _first_checkin_ms,
        "paid": _paid,
        "room": _room_number,
        "badges": _badges,
    }
    if key in computed:
        return computed[key]()
    return A.code


def _fee() -> Any:
    """A person's fee: their category's, at the on-site price for a walk-in."""
    return func.coalesce(
        case((A.source == Source.WALK_IN.value, C.onsite_fee_fen), else_=C.fee_fen), 0
    )


class SqlListing:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def ids(self, wanted: ListingFilter) -> list[str]:
        stmt = (
            select(A.id)
            .select_from(t.attendees)
            .where(A.id.not_in(select(t.attendee_aliases.c.alias_id)))
        )
        if wanted.fee_due or wanted.sort in ("category", "fee"):
            stmt = stmt.outerjoin(t.categories, C.id == A.category_id)
        if wanted.text.strip():
            stmt = stmt.where(_text_clause(wanted.text))
        if wanted.checked_in is True:
            stmt = stmt.where(_checked_in())
        elif wanted.checked_in is False:
            stmt = stmt.where(not_(_checked_in()))
        if wanted.fee_due:
            stmt = stmt.where(_fee() > _paid())
        if wanted.room_needed:
            ra = t.room_assignments.c
            has_room = exists().where(ra.attendee_id == A.id, ra.released.is_(False))
            stmt = stmt.where(A.needs_room.is_(True), not_(has_room))
        if wanted.category_id:
            stmt = stmt.where(A.category_id == wanted.category_id)
        order = _sort_expression(wanted.sort)
        if wanted.descending:
            stmt = stmt.order_by(order.desc(), A.code.desc())
        else:
            stmt = stmt.order_by(order, A.code)
        return [row[0] for row in self.conn.execute(stmt)]

    def rows(self, ids: Sequence[str]) -> list[ListingRow]:
        found: dict[str, ListingRow] = {}
        for chunk in iter_chunks(list(ids), _BATCH):
            found.update(self._rows(list(chunk)))
        return [found[i] for i in ids if i in found]

    def _rows(self, ids: list[str]) -> dict[str, ListingRow]:
        k, p, b = t.checkins.c, t.payments.c, t.badge_prints.c
        ra, r = t.room_assignments.c, t.rooms.c
        checkins: dict[str, tuple[int, str, str]] = {}
        for row in self.conn.execute(
            select(k.attendee_id, k.at_ms, k.desk_code, k.operator)
            .where(k.attendee_id.in_(ids), k.voided.is_(False))
            .order_by(k.hlc.desc(), k.desk_id.desc(), k.id.desc())
        ):
            checkins[row.attendee_id] = (row.at_ms, row.desk_code, row.operator)  # first wins
        paid = dict(
            self.conn.execute(
                select(p.attendee_id, func.sum(p.amount_fen - p.refunded_fen))
                .where(p.attendee_id.in_(ids), p.voided.is_(False))
                .group_by(p.attendee_id)
            ).all()
        )
        rooms = dict(
            self.conn.execute(
                select(ra.attendee_id, func.min(r.number))
                .join_from(t.room_assignments, t.rooms, r.id == ra.room_id)
                .where(ra.attendee_id.in_(ids), ra.released.is_(False))
                .group_by(ra.attendee_id)
            ).all()
        )
        badges: dict[str, int] = dict(
            self.conn.execute(
                select(b.attendee_id, func.count())
                .where(b.attendee_id.in_(ids))
                .group_by(b.attendee_id)
            ).all()
        )
        people = self.conn.execute(
            select(
                t.attendees,
                C.name.label("category_name"),
                C.badge_color.label("category_color"),
                _fee().label("category_fee"),
            )
            .outerjoin(t.categories, C.id == A.category_id)
            .where(A.id.in_(ids))
        )
        out: dict[str, ListingRow] = {}
        for a in people:
            first = checkins.get(a.id)
            out[a.id] = ListingRow(
                id=a.id,
                code=a.code,
                name=a.name,
                gender=a.gender,
                unit=a.unit,
                department=a.department,
                title=a.title,
                phone=a.phone,
                email=a.email,
                id_number=a.id_number,
                province=a.province,
                city=a.city,
                category=a.category_name or "",
                category_color=a.category_color or "#6e7781",
                source=a.source,
                needs_room=bool(a.needs_room),
                checkin_ms=first[0] if first else None,
                checkin_desk=first[1] if first else "",
                checkin_operator=first[2] if first else "",
                fee_fen=int(a.category_fee or 0),
                paid_fen=int(paid.get(a.id) or 0),
                room=str(rooms.get(a.id) or ""),
                badge_prints=int(badges.get(a.id) or 0),
            )
        return out
