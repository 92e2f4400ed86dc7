"""Purposes: whether a purpose is direct marketing (Art. 21(2)-(3): an absolute right to object).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, as in 0004: no batch copy of the table. Purposes of older registers are
    # not direct marketing until the officer ticks the box.
    op.add_column("purposes", sa.Column("direct_marketing", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # native since SQLite 3.35; no table copy
        op.execute("ALTER TABLE purposes DROP COLUMN direct_marketing")
    else:
        op.drop_column("purposes", "direct_marketing")
