"""Items carry a version, the register a generation: saves and undo notice another program's writes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Every table of an item the officer edits (register/kinds.py MODELS).
ITEM_TABLES = (
    "activities",
    "data_categories",
    "data_subject_categories",
    "recipients",
    "transfers",
    "cookies",
    "security_measures",
    "organisation",
)


def upgrade() -> None:
    # Every item of an older register starts at version 1, as a new item does. A plain ADD COLUMN,
    # not a batch copy: on SQLite that drops and recreates the table, and the drop would cascade
    # to the activities' purposes and retention rules.
    for table in ITEM_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))
    # The register's generation: bumped by every write transaction (register/storage.py).
    meta = sa.table("register_meta", sa.column("key", sa.String), sa.column("value", sa.String))
    op.execute(meta.delete().where(meta.c.key == "generation"))
    op.execute(meta.insert().values(key="generation", value="1"))


def downgrade() -> None:
    meta = sa.table("register_meta", sa.column("key", sa.String), sa.column("value", sa.String))
    op.execute(meta.delete().where(meta.c.key == "generation"))
    for table in reversed(ITEM_TABLES):
        if op.get_bind().dialect.name == "sqlite":  # native since SQLite 3.35; no cascading table copy
            op.execute(f"ALTER TABLE {table} DROP COLUMN version")
        else:
            op.drop_column(table, "version")
