"""The projection of money at the desk: payments, refunds, voids and cashiers' shifts.

Same rules as projector.py: the tables are a function of the set of ops. A payment and a
refund are rows keyed by the op's entity; a void marks its payment and is a line of its own;
a shift is opened once and closed once (of two closes, the first by order key stands).
Fields added by issue 15 are read with defaults, so older ops project as they always did.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.dialects.sqlite import insert

from ...domain.hlc import Hlc
from ...domain.ops import Op, canonical_json
from . import tables as t
from .projector import Projector, _exists, _insert_ignore, handles, inserts_row

# payload key → column of ``payments``, text fields added in 0008 ("" when absent)
PAYMENT_TEXT = (
    "invoice_type",
    "invoice_address_phone",
    "invoice_bank_account",
    "invoice_content",
    "invoice_phone",
    "reference",
    "bill_unit",
    "bill_contact",
    "shift_id",
)


@inserts_row(
    "payment",
    t.payments,
    *("id", "attendee_id", "fee_item_id", "amount_fen", "method", "receipt_no", "desk_id"),
    *("invoice_title", "tax_number", "email", "note", "tendered_fen", *PAYMENT_TEXT),
)
def _payment(conn: Connection, op: Op, p: Projector) -> tuple[Any, ...]:
    pl = op.payload
    get = pl.get
    return (
        op.entity,
        pl["attendee_id"],
        pl["fee_item_id"],
        int(pl["amount_fen"]),
        pl["method"],
        pl["receipt_no"],
        op.desk_id,
        get("invoice_title", ""),
        get("tax_number", ""),
        get("email", ""),
        get("note", ""),
        int(get("tendered_fen", 0)),
        *(get(key, "") for key in PAYMENT_TEXT),
        *p.stamp_values(conn, op),
    )


@handles("payment.void")
def _payment_void(conn: Connection, op: Op, p: Projector) -> None:
    """Mark the payment voided (of two voids of one payment, the later reason is kept) and
    keep the void as a line: when, where, by whom, approved by whom."""
    payment_id = op.payload["payment_id"]
    row = conn.execute(select(t.payments.c.voided).where(t.payments.c.id == payment_id)).first()
    if row is None:
        p.missing(op)  # the void waits for its payment: written at the next replay
        return
    if row.voided:
        p.order_matters(op)
    reason = op.payload.get("reason", "")
    conn.execute(
        update(t.payments)
        .where(t.payments.c.id == payment_id)
        .values(voided=True, void_reason=reason)
    )
    _insert_ignore(
        conn,
        t.payment_voids,
        {
            "id": op.entity,
            "payment_id": payment_id,
            "reason": reason,
            "supervisor": op.supervisor or "",
            "shift_id": op.payload.get("shift_id", ""),
            **p.stamp(conn, op),
        },
    )


@handles("payment.refund")
def _payment_refund(conn: Connection, op: Op, p: Projector) -> None:
    pl = op.payload
    if not _exists(conn, t.payments, pl["payment_id"]):
        p.missing(op)  # the refund waits for its payment: written at the next replay
        return
    result = conn.execute(
        insert(t.refunds)
        .values(
            id=op.entity,
            payment_id=pl["payment_id"],
            amount_fen=int(pl["amount_fen"]),
            receipt_no=pl["receipt_no"],
            reason=pl.get("reason", ""),
            supervisor=op.supervisor or "",
            shift_id=pl.get("shift_id", ""),
            **p.stamp(conn, op),
        )
        .on_conflict_do_nothing()
    )
    if result.rowcount:
        conn.execute(
            update(t.payments)
            .where(t.payments.c.id == pl["payment_id"])
            .values(refunded_fen=t.payments.c.refunded_fen + int(pl["amount_fen"]))
        )


@handles("shift.open")
def _shift_open(conn: Connection, op: Op, p: Projector) -> None:
    pl = op.payload
    _insert_ignore(
        conn,
        t.shifts,
        {
            "id": op.entity,
            "desk_id": op.desk_id,
            "desk_code": p.desk_code(conn, op.desk_id),
            "operator": pl["operator"],
            "no": pl.get("no", ""),
            "float_fen": int(pl.get("float_fen", 0)),
            "opened_hlc": op.hlc,
            "opened_ms": Hlc.wall_ms_of(op.hlc),
        },
    )


@handles("shift.close")
def _shift_close(conn: Connection, op: Op, p: Projector) -> None:
    pl = op.payload
    s = t.shifts.c
    row = conn.execute(select(s.closed_hlc).where(s.id == op.entity)).first()
    if row is None:
        p.missing(op)  # the close waits for its opening
        return
    if row.closed_hlc:
        p.order_matters(op)  # in order, the first close stands and a second changes nothing
        return
    conn.execute(
        update(t.shifts)
        .where(s.id == op.entity)
        .values(
            closed_hlc=op.hlc,
            closed_ms=Hlc.wall_ms_of(op.hlc),
            closed_by=op.operator,
            counted=canonical_json(pl.get("counted", {})),
            expected=canonical_json(pl.get("expected", {})),
            variance=canonical_json(pl.get("variance", {})),
            reason=pl.get("reason", ""),
            approved_by=pl.get("approved_by") or op.supervisor or "",
        )
    )
