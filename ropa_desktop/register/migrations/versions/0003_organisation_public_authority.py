"""Organisation: whether it is a public authority or body (Art. 37(1)(a): a DPO is required).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Registers made before this version are taken to be of private organisations; the officer
    # of a public body ticks the box once (sa.false() is FALSE on PostgreSQL, 0 on SQLite).
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("public_authority", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("public_authority")
