"""Setup edited at the lead desk: per-field edits of the event, categories, fee items,
materials, hotels and rooms (``*.set`` ops, last writer wins per field), fees per category and
fee item, rooms' floor / spare / nights, categories' material quantities and meals.

Revision ID: 0007_setup
Revises: 0006_drop_ops_entity_index
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_setup"
down_revision = "0006_drop_ops_entity_index"
branch_labels = None
depends_on = None


def _keys() -> sa.Column[str]:
    return sa.Column("field_keys", sa.Text(), server_default="{}", nullable=False)


def upgrade() -> None:
    # Every new column's default is what the ops before this revision project to, so a
    # rebuild of an old file's projection gives these same tables.
    with op.batch_alter_table("event", schema=None) as b:
        b.add_column(sa.Column("venue", sa.String(), server_default="", nullable=False))
        b.add_column(sa.Column("credit_project", sa.String(), server_default="", nullable=False))
        b.add_column(sa.Column("credit_category", sa.String(), server_default="", nullable=False))
        b.add_column(_keys())
    with op.batch_alter_table("categories", schema=None) as b:
        b.add_column(sa.Column("base_fee_fen", sa.Integer(), server_default="0", nullable=False))
        b.add_column(sa.Column("onsite_fee_fen", sa.Integer(), server_default="0", nullable=False))
        b.add_column(sa.Column("material_qty", sa.Text(), server_default="{}", nullable=False))
        b.add_column(sa.Column("meals", sa.Text(), server_default="[]", nullable=False))
        b.add_column(_keys())
    op.execute("UPDATE categories SET base_fee_fen = fee_fen, onsite_fee_fen = fee_fen")
    with op.batch_alter_table("fee_items", schema=None) as b:
        b.add_column(sa.Column("per_night", sa.Boolean(), server_default="0", nullable=False))
        b.add_column(sa.Column("sort", sa.Integer(), server_default="0", nullable=False))
        b.add_column(_keys())
    with op.batch_alter_table("materials", schema=None) as b:
        b.add_column(_keys())
    with op.batch_alter_table("hotels", schema=None) as b:
        b.add_column(_keys())
    with op.batch_alter_table("rooms", schema=None) as b:
        b.add_column(sa.Column("floor", sa.String(), server_default="", nullable=False))
        b.add_column(sa.Column("spare", sa.Boolean(), server_default="0", nullable=False))
        b.add_column(sa.Column("nights", sa.Text(), server_default="[]", nullable=False))
        b.add_column(_keys())
    op.create_table(
        "category_fees",
        sa.Column("category_id", sa.String(), nullable=False),
        sa.Column("fee_item_id", sa.String(), nullable=False),
        sa.Column("early_fen", sa.Integer(), nullable=False),
        sa.Column("onsite_fen", sa.Integer(), nullable=False),
        sa.Column("order_key", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("category_id", "fee_item_id"),
    )


def downgrade() -> None:
    op.drop_table("category_fees")
    for table, columns in (
        ("rooms", ("floor", "spare", "nights", "field_keys")),
        ("hotels", ("field_keys",)),
        ("materials", ("field_keys",)),
        ("fee_items", ("per_night", "sort", "field_keys")),
        (
            "categories",
            ("base_fee_fen", "onsite_fee_fen", "material_qty", "meals", "field_keys"),
        ),
        ("event", ("venue", "credit_project", "credit_category", "field_keys")),
    ):
        with op.batch_alter_table(table, schema=None) as b:
            for column in columns:
                b.drop_column(column)
