"""The cashier's day (issue 15): a payment's invoice request, cash tendered, transaction
number, bill-to unit and shift; the shift of a refund; voids as lines of their own
(``payment_voids``); cashiers' shifts (``shifts``); indexes for the 收费 page.

Revision ID: 0008_cashier
Revises: 0007_setup
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_cashier"
down_revision = "0007_setup"
branch_labels = None
depends_on = None

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


def upgrade() -> None:
    # Every new column's default is what the ops before this revision project to (they carry
    # none of these fields), so a rebuild of an old file's projection gives these same tables.
    with op.batch_alter_table("payments", schema=None) as b:
        for name in PAYMENT_TEXT[:-1]:
            b.add_column(sa.Column(name, sa.String(), server_default="", nullable=False))
        b.add_column(sa.Column("tendered_fen", sa.Integer(), server_default="0", nullable=False))
        b.add_column(sa.Column("shift_id", sa.String(), server_default="", nullable=False))
    op.create_index("ix_payments_at", "payments", ["at_ms"])
    op.create_index("ix_payments_operator", "payments", ["operator", "at_ms"])
    op.create_index("ix_payments_shift", "payments", ["shift_id"])
    with op.batch_alter_table("refunds", schema=None) as b:
        b.add_column(sa.Column("shift_id", sa.String(), server_default="", nullable=False))
    op.create_index("ix_refunds_shift", "refunds", ["shift_id"])
    op.create_table(
        "payment_voids",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("payment_id", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), server_default="", nullable=False),
        sa.Column("hlc", sa.String(), nullable=False),
        sa.Column("at_ms", sa.Integer(), nullable=False),
        sa.Column("desk_code", sa.String(), nullable=False),
        sa.Column("operator", sa.String(), nullable=False),
        sa.Column("supervisor", sa.String(), server_default="", nullable=False),
        sa.Column("shift_id", sa.String(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["payment_id"], ["payments.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_payment_voids_payment", "payment_voids", ["payment_id"])
    op.create_index("ix_payment_voids_shift", "payment_voids", ["shift_id"])
    # The voids the ops already hold, as the projector writes them (a void of a payment this
    # desk has not received stays out, as it does in a rebuild).
    op.execute(
        "INSERT OR IGNORE INTO payment_voids "
        "(id, payment_id, reason, hlc, at_ms, desk_code, operator, supervisor, shift_id) "
        "SELECT o.entity, json_extract(o.payload, '$.payment_id'), "
        "coalesce(json_extract(o.payload, '$.reason'), ''), o.hlc, "
        "CAST(substr(o.hlc, 1, instr(o.hlc, '.') - 1) AS INTEGER), "
        "coalesce((SELECT d.code FROM desks d WHERE d.id = o.desk_id), substr(o.desk_id, 1, 4)), "
        "o.operator, coalesce(o.supervisor, ''), '' "
        "FROM ops o WHERE o.kind = 'payment.void' "
        "AND json_extract(o.payload, '$.payment_id') IN (SELECT id FROM payments)"
    )
    op.create_table(
        "shifts",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("desk_id", sa.String(), nullable=False),
        sa.Column("desk_code", sa.String(), nullable=False),
        sa.Column("operator", sa.String(), nullable=False),
        sa.Column("no", sa.String(), server_default="", nullable=False),
        sa.Column("float_fen", sa.Integer(), server_default="0", nullable=False),
        sa.Column("opened_hlc", sa.String(), nullable=False),
        sa.Column("opened_ms", sa.Integer(), nullable=False),
        sa.Column("closed_hlc", sa.String(), server_default="", nullable=False),
        sa.Column("closed_ms", sa.Integer(), nullable=True),
        sa.Column("closed_by", sa.String(), server_default="", nullable=False),
        sa.Column("counted", sa.Text(), server_default="{}", nullable=False),
        sa.Column("expected", sa.Text(), server_default="{}", nullable=False),
        sa.Column("variance", sa.Text(), server_default="{}", nullable=False),
        sa.Column("reason", sa.String(), server_default="", nullable=False),
        sa.Column("approved_by", sa.String(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_shifts_desk_operator", "shifts", ["desk_id", "operator"])


def downgrade() -> None:
    op.drop_index("ix_shifts_desk_operator", table_name="shifts")
    op.drop_table("shifts")
    op.drop_index("ix_payment_voids_shift", table_name="payment_voids")
    op.drop_index("ix_payment_voids_payment", table_name="payment_voids")
    op.drop_table("payment_voids")
    op.drop_index("ix_refunds_shift", table_name="refunds")
    with op.batch_alter_table("refunds", schema=None) as b:
        b.drop_column("shift_id")
    for name in ("ix_payments_shift", "ix_payments_operator", "ix_payments_at"):
        op.drop_index(name, table_name="payments")
    with op.batch_alter_table("payments", schema=None) as b:
        for name in (*PAYMENT_TEXT, "tendered_fen"):
            b.drop_column(name)
