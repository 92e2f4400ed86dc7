"""The change log: who changed which field of which item when, chained by hashes (issue 16).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

The table only. Its first entries, "history starts here" (each item with its whole snapshot), are
written by storage.open_register in the same transaction as this upgrade (change_log.start):
they are snapshots in this version's form, which a migration may not build from the models
(a later migration changes the models, and this one would then read columns not yet there).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("who_name", sa.String(length=200), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("change_set", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("item_kind", sa.String(length=32), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("item_name", sa.String(length=500), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_item", "change_log", ["item_kind", "item_id"], unique=False)
    # Established versions of the register (issue 16 point 3): none yet. Version 0, the start of
    # the history (point 7), is written with the "history starts here" entries, by storage.open_register
    # in this upgrade's transaction (established.record_start), for the reason given above.
    op.create_table(
        "established_versions",
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("established_at", sa.DateTime(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("who_name", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("log_sequence", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_established_versions")),
        sa.UniqueConstraint("name", name=op.f("uq_established_versions_name")),
    )
    # Publications of the statement (issue 16 point 5): none yet; an existing register keeps its
    # typed statement date until its first publication.
    op.create_table(
        "publications",
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("who", sa.String(length=200), nullable=False),
        sa.Column("who_name", sa.String(length=200), nullable=False),
        sa.Column("log_sequence", sa.Integer(), nullable=False),
        sa.Column("forced", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_publications")),
    )
    op.create_table(
        "published_documents",
        sa.Column("publication_number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("html", sa.LargeBinary(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["publication_number"],
            ["publications.number"],
            name=op.f("fk_published_documents_publication_number_publications"),
        ),
        sa.PrimaryKeyConstraint("publication_number", "language", name=op.f("pk_published_documents")),
    )
    # Approval per activity (issue 16 point 4): no rows yet. Every existing activity is a concept
    # (no row): nobody approved it in ROPA Desktop, and an approval in the log must be true.
    op.create_table(
        "activity_approvals",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "concept", "in_review", "established", "withdrawn", name="approvalstate", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("entry_sequence", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_approvals_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", name=op.f("pk_activity_approvals")),
    )


def downgrade() -> None:
    op.drop_table("established_versions")  # established versions
    op.drop_table("published_documents")  # publications of the statement
    op.drop_table("publications")
    op.drop_table("activity_approvals")  # approval per activity
    op.drop_index("ix_change_log_item", table_name="change_log")
    op.drop_table("change_log")
