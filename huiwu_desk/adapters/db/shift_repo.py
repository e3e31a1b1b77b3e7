"""Cashiers' shifts over SQLite (the ``shifts`` table projected from shift.open/close ops)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from ...services.fees.ports import ShiftRecord
from . import tables as t
from .bulk import driver_rows


def _shift(row: Any) -> ShiftRecord:
    return ShiftRecord(
        id=row.id,
        no=row.no,
        desk_id=row.desk_id,
        desk_code=row.desk_code,
        operator=row.operator,
        float_fen=row.float_fen,
        opened_ms=row.opened_ms,
        closed_ms=row.closed_ms if row.closed_hlc else None,
        closed_by=row.closed_by,
        counted=json.loads(row.counted),
        expected=json.loads(row.expected),
        variance=json.loads(row.variance),
        reason=row.reason,
        approved_by=row.approved_by,
    )


class SqlShiftRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def open_for(self, desk_id: str, operator: str) -> ShiftRecord | None:
        s = t.shifts.c
        row = self.conn.execute(
            select(t.shifts)
            .where(s.desk_id == desk_id, s.operator == operator, s.closed_hlc == "")
            .order_by(s.opened_hlc.desc())
            .limit(1)
        ).first()
        return _shift(row) if row else None

    def by_id(self, shift_id: str) -> ShiftRecord | None:
        row = self.conn.execute(select(t.shifts).where(t.shifts.c.id == shift_id)).first()
        return _shift(row) if row else None

    def by_no(self, no: str) -> ShiftRecord | None:
        row = self.conn.execute(select(t.shifts).where(t.shifts.c.no == no).limit(1)).first()
        return _shift(row) if row else None

    def all(self, operator: str | None = None) -> list[ShiftRecord]:
        s = t.shifts.c
        query = select(t.shifts).order_by(s.opened_hlc, s.desk_code, s.id)
        if operator:
            query = query.where(s.operator == operator)
        return [_shift(r) for r in self.conn.execute(query)]

    def of_ids(self, shift_ids: Sequence[str]) -> dict[str, ShiftRecord]:
        wanted = [i for i in set(shift_ids) if i]
        if not wanted:
            return {}
        rows = self.conn.execute(select(t.shifts).where(t.shifts.c.id.in_(wanted)))
        return {r.id: _shift(r) for r in rows}

    def receipts(self, shift_id: str) -> tuple[str, str]:
        sql = (
            "SELECT receipt_no FROM (SELECT receipt_no, hlc FROM payments WHERE shift_id = ? "
            "UNION ALL SELECT receipt_no, hlc FROM refunds WHERE shift_id = ?) "
            "ORDER BY hlc {order}, receipt_no {order} LIMIT 1"
        )
        first = driver_rows(self.conn, sql.format(order="ASC"), (shift_id, shift_id))
        last = driver_rows(self.conn, sql.format(order="DESC"), (shift_id, shift_id))
        return (first[0][0] if first else "", last[0][0] if last else "")
