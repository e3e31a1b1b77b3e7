"""The facts conflict detection looks at, and the conflicts table itself."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, delete, func, select

from ...services.conflicts import ConflictRow, Fact
from . import tables as t
from .bulk import driver_rows, insert_tuples

A, K = t.attendees.c, t.checkins.c
# Live payments (not voided, not fully refunded), two or more for one attendee and fee item,
# holding more than that item is due: a fee paid in two parts is no conflict, the same fee
# taken at two desks is. Due: the category's price for the item (on-site for a walk-in; a
# per-night item times the nights the person has a bed), else the category's own fee (an
# event made before prices by item), else nothing.
# A scan of the table sorted in memory: a quarter faster than following the attendee index
# into the table for every payment (a merge's tens of thousands of them).
_DOUBLE_PAYMENTS = (
    "SELECT p.attendee_id, p.fee_item_id, json_group_array(p.id) FROM payments p NOT INDEXED "
    "WHERE p.voided = 0 AND p.amount_fen > p.refunded_fen "
    "GROUP BY p.attendee_id, p.fee_item_id HAVING count(*) > 1 "
    "AND sum(p.amount_fen - p.refunded_fen) > ("
    " SELECT coalesce(("
    "  SELECT CASE WHEN a.source = 'walk_in' THEN f.onsite_fen ELSE f.early_fen END"
    "   * CASE WHEN i.per_night THEN"
    "     (SELECT count(*) FROM room_nights n WHERE n.attendee_id = a.id) ELSE 1 END"
    "  FROM category_fees f JOIN fee_items i ON i.id = f.fee_item_id"
    "  WHERE f.category_id = a.category_id AND f.fee_item_id = p.fee_item_id"
    " ), c.base_fee_fen, 0)"
    " FROM attendees a LEFT JOIN categories c ON c.id = a.category_id"
    " WHERE a.id = p.attendee_id)"
)
# What a person sees of a payment in a conflict; the amount is what is still held.
_PAYMENT_FACTS = (
    "SELECT id, attendee_id, fee_item_id, hlc, desk_code, operator, receipt_no, "
    "amount_fen - refunded_fen, method, at_ms, desk_id FROM payments WHERE id IN ({marks})"
)
# Payments whose refunds and voids do not fit together (issue 17): refunded beyond the amount,
# refunded and voided, voided twice (two desks offline; or a forged op of a desk's key).
_PAYMENT_STATES = (
    "SELECT p.id, p.attendee_id, CASE"
    " WHEN p.voided AND p.refunded_fen > 0 THEN 'refund_voided'"
    " WHEN p.refunded_fen > p.amount_fen THEN 'over_refund'"
    " ELSE 'double_void' END,"
    " p.receipt_no, p.amount_fen, p.refunded_fen, p.hlc, p.desk_code, p.operator"
    " FROM payments p WHERE p.refunded_fen > p.amount_fen OR (p.voided AND p.refunded_fen > 0)"
    " OR (p.voided AND (SELECT count(*) FROM payment_voids v WHERE v.payment_id = p.id) > 1)"
    " ORDER BY p.id"
)
_DETAIL = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
_IN_CHUNK = 500  # bound parameters per query, far below any SQLite build's limit


class SqlConflictRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def _codes(self, ids: set[str]) -> dict[str, tuple[str, str]]:
        if not ids:
            return {}
        rows = self.conn.execute(select(A.id, A.code, A.name).where(A.id.in_(list(ids))))
        return {r.id: (r.code, r.name) for r in rows}

    def double_payments(self) -> list[tuple[str, str, list[str]]]:
        # SQLite groups them (_DOUBLE_PAYMENTS): building a tuple per payment here, over a
        # merge's tens of thousands of them, cost three times the query.
        return [
            (a, item, json.loads(ids)) for a, item, ids in driver_rows(self.conn, _DOUBLE_PAYMENTS)
        ]

    def payment_facts(self, ids: set[str]) -> dict[str, Fact]:
        wanted = sorted(ids)
        facts = {}
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            sql = _PAYMENT_FACTS.format(marks=", ".join("?" * len(chunk)))
            for r in driver_rows(self.conn, sql, chunk):
                facts[r[0]] = Fact(
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    {
                        "receipt_no": r[6],
                        "amount_fen": r[7],
                        "method": r[8],
                        "at_ms": r[9],
                        "desk_id": r[10],
                    },
                )
        return facts

    def crowded_nights(self) -> list[Fact]:
        """Every sleeper of a room-night with more sleepers than beds, first assigned first."""
        n, r = t.room_nights.c, t.rooms.c
        over = (
            select(n.room_id, n.night)
            .join(t.rooms, r.id == n.room_id)
            .group_by(n.room_id, n.night)
            .having(func.count() > func.max(r.beds))
            .subquery()
        )
        return self._bed_facts(
            t.room_nights.join(over, (over.c.room_id == n.room_id) & (over.c.night == n.night)),
            "room",
        )

    def double_beds(self) -> list[Fact]:
        """Every bed of a person who has two on one night (two desks placed them offline)."""
        n = t.room_nights.c
        twice = (
            select(n.attendee_id, n.night)
            .group_by(n.attendee_id, n.night)
            .having(func.count() > 1)
            .subquery()
        )
        return self._bed_facts(
            t.room_nights.join(
                twice, (twice.c.attendee_id == n.attendee_id) & (twice.c.night == n.night)
            ),
            "person",
        )

    def _bed_facts(self, source: Any, group: str) -> list[Fact]:
        n, ra, r, h = t.room_nights.c, t.room_assignments.c, t.rooms.c, t.hotels.c
        rows = self.conn.execute(
            select(
                ra.id, ra.attendee_id, ra.hlc, ra.desk_code, ra.operator,
                r.id.label("room_id"), r.number, r.beds, h.name.label("hotel"), n.night,
            )
            .select_from(source)
            .join(t.room_assignments, ra.id == n.assignment_id)
            .join(t.rooms, r.id == n.room_id)
            .join(t.hotels, h.id == r.hotel_id)
            .order_by(h.name, r.number, n.night, ra.hlc, ra.id)
        )  # fmt: skip
        return [
            Fact(
                row.id,
                row.attendee_id,
                f"{row.room_id if group == 'room' else row.attendee_id}|{row.night}",
                row.hlc,
                row.desk_code,
                row.operator,
                {
                    "room": row.number,
                    "room_id": row.room_id,
                    "hotel": row.hotel,
                    "beds": row.beds,
                    "night": row.night,
                },
            )
            for row in rows
        ]

    def people_sharing(self, column: str) -> list[Fact]:
        """Attendees (not merged away) with the same phone or ID number as another."""
        col = A.phone if column == "phone" else A.id_number
        aliased = select(t.attendee_aliases.c.alias_id)
        shared = (
            select(col.label("value"))
            .where(col != "", A.id.not_in(aliased))
            .group_by(col)
            .having(func.count() > 1)
            .subquery()
        )
        rows = self.conn.execute(
            select(A.id, A.code, A.name, A.created_desk, A.created_ms, col.label("value"))
            .join(shared, shared.c.value == col)
            .where(A.id.not_in(aliased))
            .order_by(col, A.code)
        )
        return [
            Fact(
                r.id,
                r.id,
                f"{column}|{r.value}",
                str(r.created_ms),
                "",
                "",
                {"code": r.code, "name": r.name, column: r.value},
            )
            for r in rows
        ]

    def concurrent_edits(self) -> list[Fact]:
        """Edits of one field of one person that replaced the same earlier value."""
        o = t.ops.c
        codes = dict(self.conn.execute(select(t.desks.c.id, t.desks.c.code)).all())
        groups: dict[tuple[str, str, str], list[Fact]] = {}
        rows = self.conn.execute(
            select(o.desk_id, o.seq, o.hlc, o.entity, o.operator, o.payload).where(
                o.kind == "attendee.update", o.payload.like('%"base":%')
            )
        )
        for r in rows:
            payload = json.loads(r.payload)
            for field, base in payload.get("base", {}).items():
                if field not in payload["fields"]:
                    continue
                fact = Fact(
                    f"{r.desk_id}:{r.seq}:{field}",
                    r.entity,
                    f"{r.entity}|{field}|{base}",
                    r.hlc,
                    codes.get(r.desk_id, r.desk_id[:8]),
                    r.operator,
                    {"field": field, "value": payload["fields"][field]},
                )
                groups.setdefault((r.entity, field, base), []).append(fact)
        return [f for facts in groups.values() if len(facts) > 1 for f in facts]

    def repeated_checkins(self) -> list[Fact]:
        repeated = (
            select(K.attendee_id)
            .where(K.voided.is_(False))
            .group_by(K.attendee_id)
            .having(func.count() > 1)
            .subquery()
        )
        rows = self.conn.execute(
            select(t.checkins)
            .join(repeated, repeated.c.attendee_id == K.attendee_id)
            .where(K.voided.is_(False))
            .order_by(K.attendee_id, K.hlc, K.desk_id, K.id)
        )
        return [
            Fact(
                r.id,
                r.attendee_id,
                r.attendee_id,
                r.hlc,
                r.desk_code,
                r.operator,
                {"at_ms": r.at_ms},
            )
            for r in rows
        ]

    def acknowledged(self) -> dict[str, str]:
        return dict(
            self.conn.execute(
                select(t.conflict_acks.c.conflict_id, t.conflict_acks.c.decision)
            ).all()
        )

    def approved_acks(self) -> set[str]:
        ca = t.conflict_acks.c
        return set(self.conn.execute(select(ca.conflict_id).where(ca.supervisor != "")).scalars())

    def payment_states(self) -> list[Fact]:
        """Payments whose refunds and voids do not fit together; ``group`` says how."""
        out = []
        for r in driver_rows(self.conn, _PAYMENT_STATES):
            pid, attendee, reason, receipt, amount, refunded, hlc, desk, operator = r
            data = {"receipt_no": receipt, "amount_fen": amount, "refunded_fen": refunded}
            out.append(Fact(pid, attendee, reason, hlc, desk, operator, data))
        return out

    def replace(self, rows: list[ConflictRow]) -> None:
        self.conn.execute(delete(t.conflicts))
        encode = _DETAIL.encode
        insert_tuples(
            self.conn,
            t.conflicts,
            ("id", "kind", "attendee_id", "detail", "resolved"),
            [(c.id, c.kind, c.attendee_id, encode(c.detail), c.resolved) for c in rows],
            ignore=False,
        )

    def listing(self, include_resolved: bool = False) -> list[tuple[ConflictRow, str]]:
        c = t.conflicts.c
        stmt = (
            select(t.conflicts, A.code)
            .outerjoin(t.attendees, A.id == c.attendee_id)
            .order_by(c.kind, A.code, c.id)
        )
        if not include_resolved:
            stmt = stmt.where(c.resolved.is_(False))
        out = []
        for r in self.conn.execute(stmt):
            row = ConflictRow(r.id, r.kind, r.attendee_id, json.loads(r.detail), bool(r.resolved))
            out.append((row, r.code or ""))
        return out

    def names(self, ids: set[str]) -> dict[str, tuple[str, str]]:
        return self._codes(ids)
