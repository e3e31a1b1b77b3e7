"""Money lines and shifts over SQLite: the 收费 page's listing, its totals, shift sums.

Payments, refunds and voids are three tables; a line of any kind is one arm of a UNION ALL
that carries the columns the filters and sums need (a refund's and a void's method, fee item
and invoice are its payment's). A page is one ordered query over the arms, then the page's
details by id; the totals are one grouped query over the same arms. Plain SQL through the
driver: at 50,000 payments, building SQLAlchemy rows cost more than SQLite's work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from ...domain.fees import BillTo, InvoiceRequest
from ...services.fees.ports import (
    GROUP_DIMENSIONS,
    MoneyFilter,
    MoneyGroup,
    MoneyLine,
)
from .bulk import driver_rows


@dataclass(frozen=True, slots=True)
class _Arm:
    kind: str
    own: str  # alias of the line's own table (its time, desk, operator, shift)
    amount: str
    voided: str
    source: str  # FROM …; ``p`` is always the payment


_ARMS = (
    _Arm("payment", "p", "p.amount_fen", "p.voided", "payments p"),
    _Arm(
        "refund",
        "r",
        "r.amount_fen",
        "p.voided",
        "refunds r JOIN payments p ON p.id = r.payment_id",
    ),
    _Arm(
        "void", "v", "p.amount_fen", "1", "payment_voids v JOIN payments p ON p.id = v.payment_id"
    ),
)
# The columns of a listed line, named in every arm (a UNION takes its names from its first
# arm, and the first is not always the payments').
_COLUMNS = (
    ("kind", "'{kind}'"),
    ("id", "{own}.id"),
    ("payment_id", "p.id"),
    ("at_ms", "{own}.at_ms"),
    ("hlc", "{own}.hlc"),
    ("desk_code", "{own}.desk_code"),
    ("operator", "{own}.operator"),
    ("shift_id", "{own}.shift_id"),
    ("method", "p.method"),
    ("fee_item_id", "p.fee_item_id"),
    ("amount_fen", "{amount}"),
    ("voided", "{voided}"),
    ("invoice", "p.invoice_title <> ''"),
)


def _expr(arm: _Arm, template: str) -> str:
    return template.format(kind=arm.kind, own=arm.own, amount=arm.amount, voided=arm.voided)


def _where(arm: _Arm, wanted: MoneyFilter) -> tuple[str, list[Any]]:
    """The arm's filter: time, desk, operator and shift are the line's; the rest the payment's."""
    own = arm.own
    where: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("operator", wanted.operator),
        ("desk_code", wanted.desk),
        ("shift_id", wanted.shift_id),
    ):
        if value:
            where.append(f"{own}.{column} = ?")
            params.append(value)
    if wanted.since_ms is not None:
        where.append(f"{own}.at_ms >= ?")
        params.append(wanted.since_ms)
    if wanted.until_ms is not None:
        where.append(f"{own}.at_ms < ?")
        params.append(wanted.until_ms)
    if wanted.method:
        where.append("p.method = ?")
        params.append(wanted.method)
    if wanted.fee_item_id:
        where.append("p.fee_item_id = ?")
        params.append(wanted.fee_item_id)
    if wanted.receipt:
        if arm.kind == "refund":
            where.append("(r.receipt_no = ? OR p.receipt_no = ?)")
            params += [wanted.receipt, wanted.receipt]
        else:
            where.append("p.receipt_no = ?")
            params.append(wanted.receipt)
    if wanted.invoice is not None:
        where.append("p.invoice_title <> ''" if wanted.invoice else "p.invoice_title = ''")
    return " AND ".join(where) or "1", params


_ORDER = (("kind", "'{kind}'"), ("rid", "{own}.rowid"), ("at_ms", "{own}.at_ms"),
          ("hlc", "{own}.hlc"))  # fmt: skip


def _union(wanted: MoneyFilter, columns: tuple[tuple[str, str], ...]) -> tuple[str, list[Any]]:
    """The arms of the kinds wanted, each with its filter, and their parameters in order."""
    parts: list[str] = []
    params: list[Any] = []
    for arm in _ARMS:
        if arm.kind in wanted.kinds:
            where, more = _where(arm, wanted)
            listed = ", ".join(f"{_expr(arm, v)} AS {name}" for name, v in columns)
            parts.append(f"SELECT {listed} FROM {arm.source} WHERE {where}")
            params += more
    return " UNION ALL ".join(parts), params


def _heads(conn: Connection, kind: str, rowids: list[int]) -> dict[int, tuple[Any, ...]]:
    """The listed columns of lines of one kind, by the rowid of their own table."""
    arm = next(a for a in _ARMS if a.kind == kind)
    listed = ", ".join(_expr(arm, v) for _name, v in _COLUMNS)
    sql = f"SELECT {arm.own}.rowid, {listed} FROM {arm.source} WHERE {arm.own}.rowid IN ({{marks}})"
    return {r[0]: tuple(r[1:]) for r in _rows(conn, sql, rowids)}


_PAYMENT_DETAIL = (
    "SELECT p.id, p.receipt_no, p.attendee_id, a.code, a.name, a.unit, "
    "coalesce(f.name, ''), p.amount_fen, p.refunded_fen, p.voided, p.void_reason, p.note, "
    "p.reference, p.tendered_fen, p.invoice_type, p.invoice_title, p.tax_number, "
    "p.invoice_address_phone, p.invoice_bank_account, p.invoice_content, p.invoice_phone, "
    "p.email, p.bill_unit, p.bill_contact "
    "FROM payments p LEFT JOIN attendees a ON a.id = p.attendee_id "
    "LEFT JOIN fee_items f ON f.id = p.fee_item_id WHERE p.id IN ({marks})"
)
_OWN_DETAIL = {
    "refund": "SELECT id, receipt_no, supervisor, reason FROM refunds WHERE id IN ({marks})",
    "void": "SELECT id, '', supervisor, reason FROM payment_voids WHERE id IN ({marks})",
}
_CHUNK = 500


def _rows(conn: Connection, sql: str, ids: Sequence[str]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        out += driver_rows(conn, sql.format(marks=",".join("?" * len(chunk))), chunk)
    return out


class SqlMoneyLedger:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def page(self, wanted: MoneyFilter, offset: int, limit: int | None) -> list[MoneyLine]:
        # Which lines, in order: the compound itself, not a subquery of it, so SQLite merges
        # the arms, each read newest first through its time index, and stops at the page;
        # only rowid and time per line, so lines skipped to reach a far page cost little.
        union, params = _union(wanted, _ORDER)
        if not union:
            return []
        sql = f"{union} ORDER BY at_ms DESC, hlc DESC, kind"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [*params, limit, offset]
        order = [(r[0], r[1]) for r in driver_rows(self.conn, sql, params)]
        found: dict[tuple[str, int], tuple[Any, ...]] = {}
        for kind in wanted.kinds:
            rowids = [rid for k, rid in order if k == kind]
            if rowids:
                found.update({(kind, rid): h for rid, h in _heads(self.conn, kind, rowids).items()})
        heads = [found[key] for key in order if key in found]
        payments = {r[0]: r for r in _rows(self.conn, _PAYMENT_DETAIL, list({h[2] for h in heads}))}
        own: dict[str, tuple[Any, ...]] = {}
        for kind, detail in _OWN_DETAIL.items():
            ids = [h[1] for h in heads if h[0] == kind]
            if ids:
                own.update({r[0]: r for r in _rows(self.conn, detail, ids)})
        return [self._line(h, payments[h[2]], own.get(h[1])) for h in heads if h[2] in payments]

    @staticmethod
    def _line(
        head: tuple[Any, ...], pay: tuple[Any, ...], own: tuple[Any, ...] | None
    ) -> MoneyLine:
        kind, line_id, payment_id, at_ms, _hlc, desk, operator, shift, method, item, amount = head[
            :11
        ]
        receipt = pay[1] if kind != "refund" or own is None else own[1]
        return MoneyLine(
            kind=kind,
            id=line_id,
            receipt_no=receipt,
            payment_id=payment_id,
            payment_receipt_no=pay[1],
            at_ms=at_ms,
            desk_code=desk,
            operator=operator,
            supervisor=own[2] if own else "",
            shift_id=shift,
            attendee_id=pay[2],
            code=pay[3] or "",
            name=pay[4] or "",
            unit=pay[5] or "",
            fee_item_id=item,
            fee_item=pay[6],
            method=method,
            amount_fen=int(amount),
            payment_fen=int(pay[7]),
            refunded_fen=int(pay[8]),
            voided=bool(pay[9]),
            reason=own[3] if own else (pay[10] if kind == "void" else ""),
            note=pay[11],
            reference=pay[12],
            tendered_fen=int(pay[13]),
            invoice=InvoiceRequest(*pay[14:22]),
            bill=BillTo(pay[22], pay[23]),
        )

    def groups(
        self, wanted: MoneyFilter, by: tuple[str, ...] = GROUP_DIMENSIONS
    ) -> list[MoneyGroup]:
        """One grouped query per arm, on its own tables (a GROUP BY over the UNION of the
        listed columns cost twice as much: SQLite builds every column of every line)."""
        dims = [d for d in GROUP_DIMENSIONS if d in by]
        out: list[MoneyGroup] = []
        for arm in _ARMS:
            if arm.kind not in wanted.kinds:
                continue
            where, params = _where(arm, wanted)
            keys = [arm.voided, "p.invoice_title <> ''", "p.method"]
            keys += [_expr(arm, dict(_COLUMNS)[d]) for d in dims]
            sql = (
                f"SELECT {', '.join(keys)}, count(*), sum({arm.amount}) FROM {arm.source} "
                f"WHERE {where} GROUP BY {', '.join(str(i + 1) for i in range(len(keys)))}"
            )
            for r in driver_rows(self.conn, sql, params):
                named = dict(zip(dims, r[3:-2], strict=True))
                out.append(
                    MoneyGroup(
                        kind=arm.kind,
                        voided=bool(r[0]),
                        invoice=bool(r[1]),
                        method=r[2],
                        desk_code=named.get("desk_code", ""),
                        operator=named.get("operator", ""),
                        fee_item_id=named.get("fee_item_id", ""),
                        count=int(r[-2]),
                        fen=int(r[-1] or 0),
                    )
                )
        return out
