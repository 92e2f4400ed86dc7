"""Retention rules name the data categories they keep (Art. 30(1)(f)); cookie names per language.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# A cookie's name was one String(200); the register's other names are 300 characters per language.
OLD_NAME_LENGTH = 200


def upgrade() -> None:
    # A plain ADD COLUMN, as in 0004: a batch copy of retention_rules would drop and recreate the
    # table. An older rule names no data category: it keeps all of its activity's data, as before.
    op.add_column("retention_rules", sa.Column("data_category_ids", sa.JSON(), server_default="[]", nullable=False))

    # An older cookie name was typed in no language in particular. It goes to the register's main
    # language (the first of organisation.languages: what the statement falls back to and what
    # the officer typed it in); the officer adds the other languages. "" stays no name ({}).
    language = _main_language()
    names = {row_id: ({language: name} if name else {}) for row_id, name in _cookie_names(decode=False)}
    if op.get_bind().dialect.name == "sqlite":
        # SQLite keeps any value in any column: the names become JSON text first, then the batch
        # copy (a small table, linked to by no other) declares the column JSON. From String to
        # JSON, Alembic's SQLite batch copies the values as they are, without a CAST.
        _write_names(names, sa.String)
        with op.batch_alter_table("cookies") as batch:
            batch.alter_column(
                "name", existing_type=sa.String(length=OLD_NAME_LENGTH), type_=sa.JSON(), existing_nullable=False
            )
    else:
        op.alter_column(
            "cookies",
            "name",
            existing_type=sa.String(length=OLD_NAME_LENGTH),
            type_=sa.JSON(),
            existing_nullable=False,
            postgresql_using="to_json(name)",
        )
        _write_names(names, sa.JSON)


def downgrade() -> None:
    # The name in the main language (else the first one given), cut to the old column's length.
    language = _main_language()
    names = {row_id: _one_name(texts, language) for row_id, texts in _cookie_names(decode=True)}
    if op.get_bind().dialect.name == "sqlite":
        _write_names(names, sa.String)
        with op.batch_alter_table("cookies") as batch:
            batch.alter_column(
                "name", existing_type=sa.JSON(), type_=sa.String(length=OLD_NAME_LENGTH), existing_nullable=False
            )
        op.execute("ALTER TABLE retention_rules DROP COLUMN data_category_ids")  # native since SQLite 3.35
    else:
        op.alter_column(
            "cookies",
            "name",
            existing_type=sa.JSON(),
            type_=sa.String(length=OLD_NAME_LENGTH),
            existing_nullable=False,
            postgresql_using="name::text",
        )
        _write_names(names, sa.String)
        op.drop_column("retention_rules", "data_category_ids")


def _main_language() -> str:
    organisation = sa.table("organisation", sa.column("languages", sa.Text))
    stored = op.get_bind().execute(sa.select(organisation.c.languages).limit(1)).scalar()
    try:
        languages = json.loads(stored) if isinstance(stored, (str, bytes)) else stored
    except ValueError:
        languages = None
    if isinstance(languages, list) and languages and isinstance(languages[0], str) and languages[0]:
        return languages[0]
    return "nl"  # Organisation.primary_language of a register without languages


def _cookie_names(decode: bool) -> list[tuple[int, object]]:
    """(id, name) of every cookie: the text as stored before 0006, or (``decode``) the texts per
    language after it."""
    cookies = sa.table("cookies", sa.column("id", sa.Integer), sa.column("name", sa.Text))
    rows = op.get_bind().execute(sa.select(cookies.c.id, cookies.c.name)).all()
    return [(row_id, _decoded(name) if decode else name) for row_id, name in rows]


def _decoded(stored):
    if not isinstance(stored, (str, bytes)):
        return stored
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    return value if isinstance(value, dict) else stored


def _one_name(texts, language: str) -> str:
    if isinstance(texts, str):
        return texts[:OLD_NAME_LENGTH]
    texts = texts or {}
    name = texts.get(language) or next((text for text in texts.values() if text), "")
    return name[:OLD_NAME_LENGTH]


def _write_names(names: dict, column_type) -> None:
    cookies = sa.table("cookies", sa.column("id", sa.Integer), sa.column("name", column_type))
    for row_id, name in names.items():
        value = json.dumps(name) if column_type is sa.String and isinstance(name, dict) else name
        op.execute(cookies.update().where(cookies.c.id == row_id).values(name=value))
