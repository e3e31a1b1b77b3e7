"""Doors (issue 18): scan points as rows of their own (``points``, from ``point.add`` and
``point.set`` ops) and every scan at them, admitted or refused (``scans``, from ``scan`` ops).

The points an older file kept in the setting ``scan.points`` (name and kind only) stay in that
setting; the program reads them as points until the lead desk saves its setup again, which
writes them as ``point.add`` ops (services/doors/points.py). Nothing is rewritten here: an
upgrade must not invent ops.

Revision ID: 0011_doors
Revises: 0010_signed_ops
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_doors"
down_revision = "0010_signed_ops"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "points",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("categories", sa.String(), server_default="[]", nullable=False),
        sa.Column("start", sa.String(), nullable=True),
        sa.Column("end", sa.String(), nullable=True),
        sa.Column("tolerance_min", sa.Integer(), server_default="15", nullable=False),
        sa.Column("credits_x10", sa.Integer(), nullable=True),
        sa.Column("once", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("once_per_day", sa.Boolean(), server_default="0", nullable=False),
        sa.Column("sort", sa.Integer(), server_default="0", nullable=False),
        sa.Column("field_keys", sa.String(), server_default="{}", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "scans",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("point_id", sa.String(), nullable=False),
        sa.Column("attendee_id", sa.String(), nullable=True),
        sa.Column("typed", sa.String(), server_default="", nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(), server_default="", nullable=False),
        sa.Column("hlc", sa.String(), nullable=False),
        sa.Column("at_ms", sa.Integer(), nullable=False),
        sa.Column("desk_code", sa.String(), nullable=False),
        sa.Column("operator", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_scans_point_attendee", "scans", ["point_id", "attendee_id", "at_ms"])
    op.create_index("ix_scans_point_hlc", "scans", ["point_id", "hlc"])


def downgrade() -> None:
    op.drop_index("ix_scans_point_hlc", table_name="scans")
    op.drop_index("ix_scans_point_attendee", table_name="scans")
    op.drop_table("scans")
    op.drop_table("points")
