"""Ops: drop the index on entity (no query reads ops by entity; a sync merge paid for it)

Revision ID: 0006_drop_ops_entity_index
Revises: 0005_operator_pin_key
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0006_drop_ops_entity_index"
down_revision = "0005_operator_pin_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every op's entity is a fresh UUID: keeping this index sorted cost a sync merge of
    # 50,000 ops about a quarter of the ops table's own insert time.
    with op.batch_alter_table("ops", schema=None) as batch_op:
        batch_op.drop_index("ix_ops_entity")


def downgrade() -> None:
    with op.batch_alter_table("ops", schema=None) as batch_op:
        batch_op.create_index("ix_ops_entity", ["entity"], unique=False)
