"""Rooms: a partial index of the few a desk may not give on some night (机动, or nights the
hotel does not give), so the desk's free-bed count looks at those alone, not every room

Revision ID: 0009_held_rooms
Revises: 0008_cashier
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_held_rooms"
down_revision = "0008_cashier"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_rooms_held",
        "rooms",
        ["id"],
        unique=False,
        sqlite_where=sa.text("spare IS 1 OR nights != '[]'"),
    )


def downgrade() -> None:
    op.drop_index("ix_rooms_held", table_name="rooms")
