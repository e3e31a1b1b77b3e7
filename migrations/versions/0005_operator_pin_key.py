"""Operators: the order key of the PIN that won (operator.set_pin is last-writer-wins)

Revision ID: 0005_operator_pin_key
Revises: 0004_category_index
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_operator_pin_key"
down_revision = "0004_category_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "" for every existing row: no operator.set_pin op exists before this revision, and the
    # PIN of an operator.add op also projects with "" (a rebuild gives the same table).
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_key", sa.String(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.drop_column("pin_key")
