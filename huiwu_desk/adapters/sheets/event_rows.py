"""Bulk reads of the event for imports and lists: one query per list, never one per row.

Note for the core: these are repository reads and belong in ``adapters/db/repositories.py``
(an ``ExportRepo`` on the unit of work); they live here because this package was built while
the core was being changed by others. They run on the unit of work's open connection, so they
see exactly what the caller's transaction sees.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, case, func, select

from ...services.sheet_ports import HandoutCount, MoneyRow, PersonRow, RoomNightRow
from ..db import tables as t
from ..db.repositories import attendee_from_row


class SqlEventRows:
    """The EventRows port over a SqlUnitOfWork (used inside its reading()/writing())."""

    def __init__(self, uow: Any) -> None:
        self._uow = uow

    @property
    def conn(self) -> Connection:
        conn = self._uow.conn
        if conn is None:
            raise RuntimeError("SqlEventRows used outside a unit of work")
        return conn

    def people(self) -> list[PersonRow]:
        c = t.categories.c
        rows = self.conn.execute(
            select(t.attendees, c.key.label("cat_key"), c.name.label("cat_name"), c.sort)
            .outerjoin(t.categories, c.id == t.attendees.c.category_id)
            .order_by(t.attendees.c.code)
        )
        merged = self._merged_into()
        first = self._first_checkins(merged)
        out = []
        for row in rows:
            if row.id in merged:
                continue  # a record merged into another: that person is listed once, there
            seen = first.get(row.id)
            out.append(
                PersonRow(
                    attendee_from_row(row),
                    row.cat_key or "",
                    row.cat_name or "",
                    row.sort if row.sort is not None else 1_000_000,
                    seen[3] if seen else None,
                    seen[4] if seen else "",
                )
            )
        return out

    def _merged_into(self) -> dict[str, str]:
        """Record merged away → the person it was merged into (following merges of merges)."""
        al = t.attendee_aliases.c
        direct: dict[str, str] = dict(self.conn.execute(select(al.alias_id, al.attendee_id)).all())
        out = {}
        for alias, into in direct.items():
            seen = {alias}
            while into in direct and into not in seen:
                seen.add(into)
                into = direct[into]
            out[alias] = into
        return out

    def _first_checkins(self, merged: dict[str, str]) -> dict[str, tuple[str, str, str, int, str]]:
        """Each person's first check-in; one made under a merged-away record counts for them."""
        k = t.checkins.c
        first: dict[str, tuple[str, str, str, int, str]] = {}
        for r in self.conn.execute(
            select(k.attendee_id, k.hlc, k.desk_id, k.id, k.at_ms, k.desk_code).where(
                k.voided.is_(False)
            )
        ):
            key = (r.hlc, r.desk_id, r.id, r.at_ms, r.desk_code)
            person = merged.get(r.attendee_id, r.attendee_id)
            if person not in first or key[:3] < first[person][:3]:
                first[person] = key
        return first

    def money(self) -> list[MoneyRow]:
        p, a, f, r = t.payments.c, t.attendees.c, t.fee_items.c, t.refunds.c
        shift_no = {
            row.id: row.no for row in self.conn.execute(select(t.shifts.c.id, t.shifts.c.no))
        }
        paid = self.conn.execute(
            select(t.payments, a.code, a.name, a.unit, f.name.label("fee_item"))
            .join(t.attendees, a.id == p.attendee_id)
            .join(t.fee_items, f.id == p.fee_item_id)
        )
        out = [
            MoneyRow(
                x.receipt_no,
                x.at_ms,
                x.desk_code,
                x.operator,
                "",
                x.code,
                x.name,
                x.unit,
                x.fee_item,
                x.method,
                x.amount_fen,
                bool(x.voided),
                x.invoice_title,
                x.tax_number,
                x.note,
                shift_no.get(x.shift_id, ""),
                x.invoice_type if x.invoice_title else "",
                x.invoice_content,
                x.reference,
                x.bill_unit,
            )
            for x in paid
        ]
        back = self.conn.execute(
            select(t.refunds, p.method, a.code, a.name, a.unit, f.name.label("fee_item"))
            .join(t.payments, p.id == r.payment_id)
            .join(t.attendees, a.id == p.attendee_id)
            .join(t.fee_items, f.id == p.fee_item_id)
        )
        out += [
            MoneyRow(
                x.receipt_no,
                x.at_ms,
                x.desk_code,
                x.operator,
                x.supervisor,
                x.code,
                x.name,
                x.unit,
                x.fee_item,
                x.method,
                -x.amount_fen,
                False,
                "",
                "",
                x.reason,
                shift_no.get(x.shift_id, ""),
            )
            for x in back
        ]
        out.sort(key=lambda m: (m.at_ms, m.receipt_no))
        return out

    def room_nights(self) -> list[RoomNightRow]:
        n, rm, h, a, ra = (
            t.room_nights.c,
            t.rooms.c,
            t.hotels.c,
            t.attendees.c,
            t.room_assignments.c,
        )
        rows = self.conn.execute(
            select(
                n.night,
                rm.number,
                rm.type,
                rm.beds,
                h.name.label("hotel"),
                a.code,
                a.name,
                a.gender,
                ra.nights,
                ra.hlc,
            )
            .join(t.rooms, rm.id == n.room_id)
            .join(t.hotels, h.id == rm.hotel_id)
            .join(t.attendees, a.id == n.attendee_id)
            .join(t.room_assignments, ra.id == n.assignment_id)
            .order_by(h.name, n.night, rm.number, ra.hlc)
        )
        return [
            RoomNightRow(
                x.hotel,
                x.night,
                x.number,
                x.type,
                x.beds,
                x.code,
                x.name,
                x.gender,
                tuple(json.loads(x.nights)),
            )
            for x in rows
        ]

    def handouts_by_category(self) -> list[HandoutCount]:
        h, a, c, m = t.handouts.c, t.attendees.c, t.categories.c, t.materials.c
        out_qty = func.sum(case((h.qty > 0, h.qty), else_=0))
        back_qty = func.sum(case((h.qty < 0, -h.qty), else_=0))
        rows = self.conn.execute(
            select(c.name.label("category"), m.name.label("material"), out_qty, back_qty)
            .select_from(t.handouts)
            .join(t.attendees, a.id == h.attendee_id)
            .outerjoin(t.categories, c.id == a.category_id)
            .join(t.materials, m.id == h.material_id)
            .group_by(c.name, m.name)
            .order_by(func.min(c.sort), c.name, func.min(m.sort), m.name)
        )
        return [HandoutCount(x[0] or "", x[1], int(x[2] or 0), int(x[3] or 0)) for x in rows]

    def take_counter_block(self, name: str, count: int) -> int:
        # The same meta counter SqlOpLog.next_counter advances one by one, moved in one step.
        row = self.conn.exec_driver_sql(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + ? RETURNING value",
            (f"counter.{name}", str(count), count),
        ).first()
        assert row is not None
        return int(row[0]) - count + 1
