"""Sync: pending ops, conflicts, acknowledgements, attendee aliases

Revision ID: 0003_sync
Revises: 0002_search_helpers
Create Date: 2026-11-23 16:26:26.176022
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_sync"
down_revision = "0002_search_helpers"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "attendee_aliases",
        sa.Column("alias_id", sa.String(), nullable=False),
        sa.Column("attendee_id", sa.String(), nullable=False),
        sa.Column("hlc", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("alias_id"),
    )
    op.create_table(
        "conflict_acks",
        sa.Column("conflict_id", sa.String(), nullable=False),
        sa.Column("decision", sa.String(), nullable=False),
        sa.Column("hlc", sa.String(), nullable=False),
        sa.Column("operator", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("conflict_id"),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("attendee_id", sa.String(), nullable=True),
        sa.Column("detail", sa.Text(), server_default="{}", nullable=False),
        sa.Column("resolved", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_conflicts_kind", ["kind"], unique=False)

    op.create_table(
        "pending_ops",
        sa.Column("desk_id", sa.String(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("operator", sa.String(), nullable=False),
        sa.Column("supervisor", sa.String(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(), nullable=False),
        sa.Column("op_hash", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("desk_id", "seq"),
    )


def downgrade() -> None:

    op.drop_table("pending_ops")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_conflicts_kind")

    op.drop_table("conflicts")
    op.drop_table("conflict_acks")
    op.drop_table("attendee_aliases")
