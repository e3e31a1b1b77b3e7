"""Index attendees by category: the desk's live counters group by it on every change

Revision ID: 0004_category_index
Revises: 0003_sync
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0004_category_index"
down_revision = "0003_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.create_index("ix_attendees_category", ["category_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attendees", schema=None) as batch_op:
        batch_op.drop_index("ix_attendees_category")
