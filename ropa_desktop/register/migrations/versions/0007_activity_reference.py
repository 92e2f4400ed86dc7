"""Activities: the officer's own reference ("V-01", "T1"), as the organisation numbers its activities.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, as in 0004: a batch copy of activities would drop and recreate the table,
    # and the drop would cascade to the activities' purposes and retention rules. An activity of an
    # older register has no reference until the officer gives it one.
    op.add_column("activities", sa.Column("reference", sa.String(length=60), server_default="", nullable=False))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # native since SQLite 3.35; no table copy
        op.execute("ALTER TABLE activities DROP COLUMN reference")
    else:
        op.drop_column("activities", "reference")
