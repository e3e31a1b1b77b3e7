"""SQLAlchemy Core tables of the event file.

``ops`` is the truth; ``meta`` and ``print_jobs`` are this desk's local state; every other
table is a projection of the ops (see projector.py) and can be rebuilt from them.
Migrations in ``migrations/versions`` are written out by hand and frozen; a test checks that
the newest migration produces exactly these tables.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    text,
)

metadata = MetaData()

# --- local state -----------------------------------------------------------------------
meta = Table(
    "meta",
    metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)


def _op_columns() -> list[Column[Any]]:
    """The columns of an op: the log itself and the ops that wait for a gap to fill."""
    return [
        Column("desk_id", String, nullable=False),
        Column("seq", Integer, nullable=False),
        Column("hlc", String, nullable=False),
        Column("kind", String, nullable=False),
        Column("entity", String, nullable=False),
        Column("operator", String, nullable=False),
        Column("supervisor", String),
        Column("payload", Text, nullable=False),
        Column("prev_hash", String, nullable=False),
        Column("op_hash", String, nullable=False),
        # the desk's Ed25519 signature of op_hash (hex); NULL on an op covered by a later
        # signed op of its desk, and on ops made before desks signed (0010)
        Column("sig", String),
        PrimaryKeyConstraint("desk_id", "seq"),
    ]


ops = Table("ops", metadata, *_op_columns())
Index("ix_ops_order", ops.c.hlc, ops.c.desk_id, ops.c.seq)

print_jobs = Table(
    "print_jobs",
    metadata,
    Column("id", String, primary_key=True),
    Column("kind", String, nullable=False),  # badge | receipt
    Column("ref_id", String, nullable=False),
    Column("payload", Text, nullable=False, server_default="{}"),
    Column("status", String, nullable=False, server_default="queued"),
    Column("error", Text, nullable=False, server_default=""),
    Column("tries", Integer, nullable=False, server_default="0"),
    Column("created_ms", Integer, nullable=False),
    Column("updated_ms", Integer, nullable=False),
)
Index("ix_print_jobs_status", print_jobs.c.status)

# Ops of another desk that arrived after a gap in its sequence: they wait here, unapplied,
# until the missing ops arrive (shared/sync.md).
pending_ops = Table("pending_ops", metadata, *_op_columns())

# Ops taken out of the log when a supervisor revoked their desk (a lost laptop, a copied
# file): this desk's record of them, for a person to read; never synced, never applied.
set_aside_ops = Table(
    "set_aside_ops",
    metadata,
    *_op_columns(),
    Column("reason", String, nullable=False, server_default=""),
    Column("at_ms", Integer, nullable=False, server_default="0"),
)

# --- projection -------------------------------------------------------------------------
PROJECTION_TABLES: list[str] = []


def _projected(table: Table) -> Table:
    PROJECTION_TABLES.append(table.name)
    return table


event = _projected(
    Table(
        "event",
        metadata,
        Column("id", String, primary_key=True),
        Column("name", String, nullable=False),
        Column("organizer", String, nullable=False, server_default=""),
        Column("start_date", String),
        Column("end_date", String),
        Column("nights", Text, nullable=False, server_default="[]"),
        Column("created_ms", Integer, nullable=False),
        Column("venue", String, nullable=False, server_default=""),
        Column("credit_project", String, nullable=False, server_default=""),
        Column("credit_category", String, nullable=False, server_default=""),
        Column("field_keys", Text, nullable=False, server_default="{}"),
    )
)

settings = _projected(
    Table(
        "settings",
        metadata,
        Column("key", String, primary_key=True),
        Column("value", Text, nullable=False),
        Column("order_key", String, nullable=False),
    )
)

desks = _projected(
    Table(
        "desks",
        metadata,
        Column("id", String, primary_key=True),
        Column("code", String, nullable=False),
        Column("name", String, nullable=False, server_default=""),
        Column("created_ms", Integer, nullable=False),
    )
)

# Each desk's public key (its desk.key op) and, once a supervisor revoked it (desk.revoke),
# the last of its ops that stand: the smallest ``upto`` of all revocations of that desk.
desk_trust = _projected(
    Table(
        "desk_trust",
        metadata,
        Column("desk_id", String, primary_key=True),
        Column("public_key", String, nullable=False, server_default=""),
        Column("key_seq", Integer, nullable=False, server_default="0"),
        Column("admitted_by", String, nullable=False, server_default=""),
        Column("revoked_upto", Integer),
        Column("revoked_by", String, nullable=False, server_default=""),
    )
)

operators = _projected(
    Table(
        "operators",
        metadata,
        Column("id", String, primary_key=True),
        Column("name", String, nullable=False),
        Column("role", String, nullable=False),
        Column("pin_hash", String, nullable=False, server_default=""),
        Column("pin_key", String, nullable=False, server_default=""),  # order key of pin_hash
    )
)

materials = _projected(
    Table(
        "materials",
        metadata,
        Column("id", String, primary_key=True),
        Column("name", String, nullable=False),
        Column("stock", Integer, nullable=False),
        Column("returnable", Boolean, nullable=False, server_default="0"),
        Column("sort", Integer, nullable=False, server_default="0"),
        Column("field_keys", Text, nullable=False, server_default="{}"),
    )
)

fee_items = _projected(
    Table(
        "fee_items",
        metadata,
        Column("id", String, primary_key=True),
        Column("name", String, nullable=False),
        Column("per_night", Boolean, nullable=False, server_default="0"),
        Column("sort", Integer, nullable=False, server_default="0"),
        Column("field_keys", Text, nullable=False, server_default="{}"),
    )
)

categories = _projected(
    Table(
        "categories",
        metadata,
        Column("id", String, primary_key=True),
        Column("key", String, nullable=False),
        Column("name", String, nullable=False),
        Column("badge_color", String, nullable=False),
        Column("fee_fen", Integer, nullable=False, server_default="0"),
        Column("material_ids", Text, nullable=False, server_default="[]"),
        Column("sort", Integer, nullable=False, server_default="0"),
        # fee_fen = base_fee_fen (a category.add op's own fee) + the early prices of its fixed
        # fee items in category_fees; onsite_fee_fen likewise with the on-site prices.
        Column("base_fee_fen", Integer, nullable=False, server_default="0"),
        Column("onsite_fee_fen", Integer, nullable=False, server_default="0"),
        Column("material_qty", Text, nullable=False, server_default="{}"),
        Column("meals", Text, nullable=False, server_default="[]"),
        Column("field_keys", Text, nullable=False, server_default="{}"),
    )
)

# What a category pays for one fee item (fee.set ops, last writer wins per pair).
category_fees = _projected(
    Table(
        "category_fees",
        metadata,
        Column("category_id", String, nullable=False),
        Column("fee_item_id", String, nullable=False),
        Column("early_fen", Integer, nullable=False),
        Column("onsite_fen", Integer, nullable=False),
        Column("order_key", String, nullable=False),
        PrimaryKeyConstraint("category_id", "fee_item_id"),
    )
)

attendees = _projected(
    Table(
        "attendees",
        metadata,
        Column("id", String, primary_key=True),
        Column("code", String, nullable=False, unique=True),
        Column("name", String, nullable=False),
        Column("pinyin", String, nullable=False, server_default=""),
        Column("initials", String, nullable=False, server_default=""),
        Column("gender", String, nullable=False, server_default=""),
        Column("unit", String, nullable=False, server_default=""),
        Column("department", String, nullable=False, server_default=""),
        Column("title", String, nullable=False, server_default=""),
        Column("phone", String, nullable=False, server_default=""),
        Column("phone_last4", String, nullable=False, server_default=""),
        Column("email", String, nullable=False, server_default=""),
        Column("id_number", String, nullable=False, server_default=""),
        Column("province", String, nullable=False, server_default=""),
        Column("city", String, nullable=False, server_default=""),
        Column("category_id", String, ForeignKey("categories.id")),
        Column("arrival", String),
        Column("departure", String),
        Column("needs_room", Boolean, nullable=False, server_default="0"),
        Column("room_pref", String, nullable=False, server_default=""),
        Column("roommate_request", String, nullable=False, server_default=""),
        Column("wants_credits", Boolean, nullable=False, server_default="0"),
        Column("notes", Text, nullable=False, server_default=""),
        Column("source", String, nullable=False, server_default="preregistered"),
        Column("created_ms", Integer, nullable=False),
        Column("created_desk", String, nullable=False),
        Column("field_keys", Text, nullable=False, server_default="{}"),
    )
)
Index("ix_attendees_name", attendees.c.name)
Index("ix_attendees_pinyin", attendees.c.pinyin)
Index("ix_attendees_initials", attendees.c.initials)
Index("ix_attendees_phone", attendees.c.phone)
Index("ix_attendees_phone_last4", attendees.c.phone_last4)
Index("ix_attendees_id_number", attendees.c.id_number)
Index("ix_attendees_unit", attendees.c.unit)
Index("ix_attendees_category", attendees.c.category_id)

# Search helpers: every suffix of a name, so a substring search is an indexed prefix search
# ("伟" finds 张伟); and the distinct units, so "协和" scans a few hundred units, not every row.
name_suffixes = _projected(
    Table(
        "name_suffixes",
        metadata,
        Column("term", String, nullable=False),
        Column("attendee_id", String, nullable=False),
        PrimaryKeyConstraint("term", "attendee_id"),
        sqlite_with_rowid=False,
    )
)
Index("ix_name_suffixes_attendee", name_suffixes.c.attendee_id)

unit_names = _projected(
    Table(
        "unit_names",
        metadata,
        Column("name", String, primary_key=True),
        sqlite_with_rowid=False,
    )
)

checkins = _projected(
    Table(
        "checkins",
        metadata,
        Column("id", String, primary_key=True),
        Column("attendee_id", String, ForeignKey("attendees.id"), nullable=False),
        Column("hlc", String, nullable=False),
        Column("at_ms", Integer, nullable=False),
        Column("desk_id", String, nullable=False),
        Column("desk_code", String, nullable=False),
        Column("operator", String, nullable=False),
        Column("voided", Boolean, nullable=False, server_default="0"),
        Column("void_reason", String, nullable=False, server_default=""),
    )
)
Index("ix_checkins_attendee", checkins.c.attendee_id)

payments = _projected(
    Table(
        "payments",
        metadata,
        Column("id", String, primary_key=True),
        Column("attendee_id", String, ForeignKey("attendees.id"), nullable=False),
        Column("fee_item_id", String, ForeignKey("fee_items.id"), nullable=False),
        Column("amount_fen", Integer, nullable=False),
        Column("method", String, nullable=False),
        Column("receipt_no", String, nullable=False),
        Column("hlc", String, nullable=False),
        Column("at_ms", Integer, nullable=False),
        Column("desk_id", String, nullable=False),
        Column("desk_code", String, nullable=False),
        Column("operator", String, nullable=False),
        Column("invoice_title", String, nullable=False, server_default=""),
        Column("tax_number", String, nullable=False, server_default=""),
        Column("email", String, nullable=False, server_default=""),
        Column("note", String, nullable=False, server_default=""),
        Column("refunded_fen", Integer, nullable=False, server_default="0"),
        Column("voided", Boolean, nullable=False, server_default="0"),
        Column("void_reason", String, nullable=False, server_default=""),
        # 0008: the invoice asked for, cash tendered, the transaction number, 签单, the shift
        Column("invoice_type", String, nullable=False, server_default=""),
        Column("invoice_address_phone", String, nullable=False, server_default=""),
        Column("invoice_bank_account", String, nullable=False, server_default=""),
        Column("invoice_content", String, nullable=False, server_default=""),
        Column("invoice_phone", String, nullable=False, server_default=""),
        Column("tendered_fen", Integer, nullable=False, server_default="0"),
        Column("reference", String, nullable=False, server_default=""),
        Column("bill_unit", String, nullable=False, server_default=""),
        Column("bill_contact", String, nullable=False, server_default=""),
        Column("shift_id", String, nullable=False, server_default=""),
    )
)
Index("ix_payments_attendee", payments.c.attendee_id)
Index("ix_payments_receipt", payments.c.receipt_no)
# the 收费 page: newest first, per operator, per shift (services/fees/money_list.py)
Index("ix_payments_at", payments.c.at_ms)
Index("ix_payments_operator", payments.c.operator, payments.c.at_ms)
Index("ix_payments_shift", payments.c.shift_id)

refunds = _projected(
    Table(
        "refunds",
        metadata,
        Column("id", String, primary_key=True),
        Column("payment_id", String, ForeignKey("payments.id"), nullable=False),
        Column("amount_fen", Integer, nullable=False),
        Column("receipt_no", String, nullable=False),
        Column("reason", String, nullable=False, server_default=""),
        Column("hlc", String, nullable=False),
        Column("at_ms", Integer, nullable=False),
        Column("desk_code", String, nullable=False),
        Column("operator", String, nullable=False),
        Column("supervisor", String, nullable=False),
        Column("shift_id", String, nullable=False, server_default=""),  # 0008
    )
)
Index("ix_refunds_payment", refunds.c.payment_id)
Index("ix_refunds_shift", refunds.c.shift_id)

# A payment voided (payment.void ops), as a line of its own: when, where, by whom, who
# approved (the payment row keeps ``voided`` and the reason, as before 0008).
payment_voids = _projected(
    Table(
        "payment_voids",
        metadata,
        Column("id", String, primary_key=True),
        Column("payment_id", String, ForeignKey("payments.id"), nullable=False),
        Column("reason", String, nullable=False, server_default=""),
        Column("hlc", String, nullable=False),
        Column("at_ms", Integer, nullable=False),
        Column("desk_code", String, nullable=False),
        Column("operator", String, nullable=False),
        Column("supervisor", String, nullable=False, server_default=""),
        Column("shift_id", String, nullable=False, server_default=""),
    )
)
Index("ix_payment_voids_payment", payment_voids.c.payment_id)
Index("ix_payment_voids_shift", payment_voids.c.shift_id)

# A cashier's shift at one desk (shift.open / shift.close ops): the float, and at the close
# the blind count, what was expected then, the variance, why, and who approved it.
shifts = _projected(
    Table(
        "shifts",
        metadata,
        Column("id", String, primary_key=True),
        Column("desk_id", String, nullable=False),
        Column("desk_code", String, nullable=False),
        Column("operator", String, nullable=False),
        Column("no", String, nullable=False, server_default=""),  # A1-S001: what people read
        Column("float_fen", Integer, nullable=False, server_default="0"),
        Column("opened_hlc", String, nullable=False),
        Column("opened_ms", Integer, nullable=False),
        Column("closed_hlc", String, nullable=False, server_default=""),  # "" while open
        Column("closed_ms", Integer),
        Column("closed_by", String, nullable=False, server_default=""),
        Column("counted", Text, nullable=False, server_default="{}"),  # {method: fen}
        Column("expected", Text, nullable=False, server_default="{}"),
        Column("variance", Text, nullable=False, server_default="{}"),
        Column("reason", String, nullable=False, server_default=""),
        Column("approved_by", String, nullable=False, server_default=""),
    )
)
Index("ix_shifts_desk_operator", shifts.c.desk_id, shifts.c.operator)

handouts = _projected(
    Table(
        "handouts",
        metadata,
        Column("id", String, primary_key=True),
        Column("attendee_id", String, ForeignKey("attendees.id"), nullable=False),
        Column("material_id", String, ForeignKey("materials.id"), nullable=False),
        Column("qty", Integer, nullable=False),  # positive: out; negative: returned
        Column("hlc", String, nullable=False),
        Column("at_ms", Integer, nullable=False),
        Column("desk_code", String, nullable=False),
        Column("operator", String, nullable=False),
    )
)
Index("ix_handouts_attendee", handouts.c.attendee_id)
Index("ix_handouts_material", handouts.c.material_id)

hotels = _projected(
    Table(
        "hotels",
        metadata,
        Column("id", String, primary_key=True),
        Column("name", String, nullable=False),
        Column("field_keys", Text, nullable=False, server_default="{}"),
    )
)

rooms = _projected(
    Table(
        "rooms",
        metadata,
        Column("id", String, primary_key=True),
        Column("hotel_id", String, ForeignKey("hotels.id"), nullable=False),
        Column("number", String, nullable=False),
        Column("type", String, nullable=False),
        Column("beds", Integer, nullable=False),
        Column("floor", String, nullable=False, server_default=""),
        Column("spare", Boolean, nullable=False, server_default="0"),  # 机动: held back
        Column("nights", Text, nullable=False, server_default="[]"),  # [] = every night
        Column("field_keys", Text, nullable=False, server_default="{}"),
    )
)
Index("ix_rooms_number", rooms.c.number)
# The few rooms a desk may not give on some night: the free-bed count reads these alone.
Index("ix_rooms_held", rooms.c.id, sqlite_where=text("spare IS 1 OR nights != '[]'"))

room_assignments = _projected(
    Table(
        "room_assignments",
        metadata,
        Column("id", String, primary_key=True),
        Column("room_id", String, ForeignKey("rooms.id"), nullable=False),
        Column("attendee_id", String, ForeignKey("attendees.id"), nullable=False),
        Column("nights", Text, nullable=False),
        Column("hlc", String, nullable=False),
        Column("at_ms", Integer, nullable=False),
        Column("desk_code", String, nullable=False),
        Column("operator", String, nullable=False),
        Column("released", Boolean, nullable=False, server_default="0"),
    )
)
Index("ix_room_assignments_room", room_assignments.c.room_id)
Index("ix_room_assignments_attendee", room_assignments.c.attendee_id)

room_nights = _projected(
    Table(
        "room_nights",
        metadata,
        Column("assignment_id", String, ForeignKey("room_assignments.id"), nullable=False),
        Column("room_id", String, nullable=False),
        Column("attendee_id", String, nullable=False),
        Column("night", String, nullable=False),
        PrimaryKeyConstraint("assignment_id", "night"),
    )
)
Index("ix_room_nights_room_night", room_nights.c.room_id, room_nights.c.night)
Index("ix_room_nights_night", room_nights.c.night)

badge_prints = _projected(
    Table(
        "badge_prints",
        metadata,
        Column("id", String, primary_key=True),
        Column("attendee_id", String, ForeignKey("attendees.id"), nullable=False),
        Column("version", Integer, nullable=False),
        Column("reason", String, nullable=False, server_default=""),
        Column("hlc", String, nullable=False),
        Column("at_ms", Integer, nullable=False),
        Column("desk_code", String, nullable=False),
        Column("operator", String, nullable=False),
    )
)
Index("ix_badge_prints_attendee", badge_prints.c.attendee_id)

# What two desks did without seeing each other and a person must look at. Recomputed from the
# other tables after every import; ``id`` is derived from the facts, so every desk holding
# the same ops has the same conflicts with the same ids.
conflicts = _projected(
    Table(
        "conflicts",
        metadata,
        Column("id", String, primary_key=True),
        Column("kind", String, nullable=False),
        Column("attendee_id", String),
        Column("detail", Text, nullable=False, server_default="{}"),
        Column("resolved", Boolean, nullable=False, server_default="0"),
    )
)
Index("ix_conflicts_kind", conflicts.c.kind)

# Acknowledgements and "keep both" decisions, keyed by conflict id (ops conflict.ack).
conflict_acks = _projected(
    Table(
        "conflict_acks",
        metadata,
        Column("conflict_id", String, primary_key=True),
        Column("decision", String, nullable=False),
        Column("hlc", String, nullable=False),
        Column("operator", String, nullable=False),
        # who approved it: an acknowledgement of a money conflict counts only with one
        Column("supervisor", String, nullable=False, server_default=""),
    )
)

# Two attendee records found to be one person: ``alias_id`` is shown as ``attendee_id``.
attendee_aliases = _projected(
    Table(
        "attendee_aliases",
        metadata,
        Column("alias_id", String, primary_key=True),
        Column("attendee_id", String, nullable=False),
        Column("hlc", String, nullable=False),
    )
)


# --- doors (issue 18): scan points and every scan at them, admitted or refused ------------
points = _projected(
    Table(
        "points",
        metadata,
        Column("id", String, primary_key=True),
        Column("name", String, nullable=False),
        Column("kind", String, nullable=False),  # session | meal | material | credit
        Column("categories", String, nullable=False, server_default="[]"),  # keys or names
        Column("start", String),  # local "YYYY-MM-DDTHH:MM", or none
        Column("end", String),
        Column("tolerance_min", Integer, nullable=False, server_default="15"),
        Column("credits_x10", Integer),  # a credit topic's own credits, in tenths
        Column("once", Boolean, nullable=False, server_default="0"),
        Column("once_per_day", Boolean, nullable=False, server_default="0"),
        Column("sort", Integer, nullable=False, server_default="0"),
        Column("field_keys", String, nullable=False, server_default="{}"),
    )
)
scans = _projected(
    Table(
        "scans",
        metadata,
        Column("id", String, primary_key=True),
        Column("point_id", String, nullable=False),
        Column("attendee_id", String),  # none for a code nobody has
        Column("typed", String, nullable=False, server_default=""),
        Column("version", Integer),
        Column("ok", Boolean, nullable=False),
        Column("reason", String, nullable=False, server_default=""),
        Column("hlc", String, nullable=False),
        Column("at_ms", Integer, nullable=False),
        Column("desk_code", String, nullable=False),
        Column("operator", String, nullable=False),
    )
)
Index("ix_scans_point_attendee", scans.c.point_id, scans.c.attendee_id, scans.c.at_ms)
Index("ix_scans_point_hlc", scans.c.point_id, scans.c.hlc)
