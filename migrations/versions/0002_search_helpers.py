"""Search helpers: name suffixes and distinct units

Revision ID: 0002_search_helpers
Revises: 0001_initial
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_search_helpers"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "name_suffixes",
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("attendee_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("term", "attendee_id"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_name_suffixes_attendee", "name_suffixes", ["attendee_id"], unique=False)
    op.create_table(
        "unit_names",
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
        sqlite_with_rowid=False,
    )
    # Backfill from the attendees already in the file (the projection keeps them current after).
    conn = op.get_bind()
    rows = conn.exec_driver_sql("SELECT id, name FROM attendees").fetchall()
    terms = [
        {"term": name[i:], "attendee_id": attendee_id}
        for attendee_id, name in rows
        for i in range(len(name or ""))
    ]
    if terms:
        conn.execute(
            sa.text(
                "INSERT OR IGNORE INTO name_suffixes (term, attendee_id) VALUES (:term, :attendee_id)"
            ),
            terms,
        )
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO unit_names (name) SELECT DISTINCT unit FROM attendees WHERE unit <> ''"
    )


def downgrade() -> None:
    op.drop_table("unit_names")
    op.drop_index("ix_name_suffixes_attendee", table_name="name_suffixes")
    op.drop_table("name_suffixes")
