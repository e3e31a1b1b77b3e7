"""Trust between desks (issue 17): each op may carry its desk's Ed25519 signature
(``ops.sig``, ``pending_ops.sig``); each desk's public key and revocation (``desk_trust``, a
projection of desk.key and desk.revoke ops); who approved a conflict's acknowledgement
(``conflict_acks.supervisor``); ops set aside by a revocation (``set_aside_ops``).

Ops already in the log are kept as they are, unsigned (grandfathered). The ops waiting for a
gap (``pending_ops``) were never verified: they are dropped, and come again with the next
bundle that fills the gap (a bundle carries its desk's whole history). The desk's key is
made the first time the upgraded file is opened for writing (eventfile.ensure_desk_key).

Revision ID: 0010_signed_ops
Revises: 0009_held_rooms
Create Date: 2026-12-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_signed_ops"
down_revision = "0009_held_rooms"
branch_labels = None
depends_on = None

_OP_COLUMNS = (
    ("desk_id", False),
    ("seq", False),
    ("hlc", False),
    ("kind", False),
    ("entity", False),
    ("operator", False),
    ("supervisor", True),
    ("payload", False),
    ("prev_hash", False),
    ("op_hash", False),
    ("sig", True),
)


def upgrade() -> None:
    op.add_column("ops", sa.Column("sig", sa.String(), nullable=True))
    op.add_column("pending_ops", sa.Column("sig", sa.String(), nullable=True))
    op.execute("DELETE FROM pending_ops")
    op.add_column(
        "conflict_acks",
        sa.Column("supervisor", sa.String(), server_default="", nullable=False),
    )
    op.create_table(
        "desk_trust",
        sa.Column("desk_id", sa.String(), nullable=False),
        sa.Column("public_key", sa.String(), server_default="", nullable=False),
        sa.Column("key_seq", sa.Integer(), server_default="0", nullable=False),
        sa.Column("admitted_by", sa.String(), server_default="", nullable=False),
        sa.Column("revoked_upto", sa.Integer(), nullable=True),
        sa.Column("revoked_by", sa.String(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("desk_id"),
    )
    columns = [
        sa.Column(name, sa.Integer() if name == "seq" else sa.String(), nullable=nullable)
        for name, nullable in _OP_COLUMNS
    ]
    columns[7] = sa.Column("payload", sa.Text(), nullable=False)
    op.create_table(
        "set_aside_ops",
        *columns,
        sa.Column("reason", sa.String(), server_default="", nullable=False),
        sa.Column("at_ms", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("desk_id", "seq"),
    )


def downgrade() -> None:
    op.drop_table("set_aside_ops")
    op.drop_table("desk_trust")
    with op.batch_alter_table("conflict_acks") as b:
        b.drop_column("supervisor")
    with op.batch_alter_table("pending_ops") as b:
        b.drop_column("sig")
    with op.batch_alter_table("ops") as b:
        b.drop_column("sig")
