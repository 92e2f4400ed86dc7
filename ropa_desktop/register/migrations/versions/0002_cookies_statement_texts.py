"""Website cookies and the register's own statement wording.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statement_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("text", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_texts")),
        sa.UniqueConstraint("key", name=op.f("uq_statement_texts_key")),
    )
    op.create_table(
        "cookies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "party",
            sa.Enum("first_party", "third_party", name="cookieparty", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("recipient_id", sa.Integer(), nullable=True),
        sa.Column(
            "category",
            sa.Enum("functional", "analytics", "marketing", name="cookiecategory", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("purpose", sa.JSON(), nullable=False),
        sa.Column("lifetime", sa.JSON(), nullable=False),
        sa.Column("consent_required", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["recipients.id"], name=op.f("fk_cookies_recipient_id_recipients"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cookies")),
    )


def downgrade() -> None:
    op.drop_table("cookies")
    op.drop_table("statement_texts")
