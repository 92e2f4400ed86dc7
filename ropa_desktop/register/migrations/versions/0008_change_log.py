"""The change log: who changed which field of which item when, chained by hashes (issue 16).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

The table only. Its first entries, "history starts here" (each item with its whole snapshot), are
written by storage.open_register in the same transaction as this upgrade (change_log.start):
they are snapshots in this version's form, which a migration may not build from the models
(a later migration changes the models, and this one would then read columns not yet there).
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'change_log',
        sa.Column('sequence', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('who', sa.String(length=200), nullable=False),
        sa.Column('who_name', sa.String(length=200), nullable=False),
        sa.Column('origin', sa.String(length=20), nullable=False),
        sa.Column('change_set', sa.String(length=36), nullable=False),
        sa.Column('action', sa.String(length=10), nullable=False),
        sa.Column('item_kind', sa.String(length=32), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=True),
        sa.Column('item_name', sa.String(length=500), nullable=False),
        sa.Column('field', sa.String(length=100), nullable=False),
        sa.Column('before', sa.Text(), nullable=True),
        sa.Column('after', sa.Text(), nullable=True),
        sa.Column('comment', sa.Text(), nullable=False),
        sa.Column('previous_hash', sa.String(length=64), nullable=False),
        sa.Column('entry_hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('sequence', name=op.f('pk_change_log')),
    )
    op.create_index('ix_change_log_item', 'change_log', ['item_kind', 'item_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_change_log_item', table_name='change_log')
    op.drop_table('change_log')
