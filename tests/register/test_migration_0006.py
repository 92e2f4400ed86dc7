"""Migration 0006: a register of schema 0005 opens with its cookie names kept, in the register's
main language, and its retention rules keeping all their activity's data; and goes back."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select

from ropa_desktop.register import file_schema, schema
from ropa_desktop.register.models import Cookie, RetentionRule
from ropa_desktop.register.storage import open_register

FIXTURES = Path(__file__).parent.parent / "fixtures" / "registers"
NAMES = ["Sessiecookie", "_ga", "_gid", "Tracking-cookies van sociale-mediaplatforms"]


def _register_of_0005(tmp_path, languages: list[str]) -> Path:
    """The stored 0002 register brought to 0005 (the schema before this migration), its
    organisation's languages set to ``languages``."""
    path = tmp_path / "old.ropa"
    shutil.copy2(FIXTURES / "schema-0002.ropa", path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        schema.upgrade(conn, "0005")
        conn.exec_driver_sql("UPDATE organisation SET languages = ?", (json.dumps(languages),))
    engine.dispose()
    with closing(sqlite3.connect(path)) as raw:
        assert [row[0] for row in raw.execute("SELECT name FROM cookies ORDER BY position")] == NAMES
    return path


@pytest.mark.parametrize("languages", [["nl", "en"], ["en", "nl"]], ids=["Dutch register", "English register"])
def test_cookie_names_go_to_the_main_language(tmp_path, languages):
    path = _register_of_0005(tmp_path, languages)
    with open_register(path) as register:
        assert register.schema_revision() == schema.head_revision()
        with register.session() as session:
            names = [c.name for c in session.scalars(select(Cookie).order_by(Cookie.position))]
            rules = session.scalars(select(RetentionRule)).all()
    # Only in the main language: the other stays empty for the officer to fill (and is marked untranslated).
    assert names == [{languages[0]: name} for name in NAMES]
    assert rules and all(rule.data_category_ids == [] for rule in rules)


def test_the_upgraded_file_has_exactly_the_schema_of_a_new_register(tmp_path):
    path = _register_of_0005(tmp_path, ["nl", "en"])
    open_register(path).close()
    with closing(sqlite3.connect(path)) as raw:
        found = file_schema.read(raw)
    assert file_schema.difference(found, file_schema.expected(schema.head_revision())) is None
    # The near miss: the 0005 structure is not what 0006 expects (the check can tell them apart).
    assert file_schema.difference(found, file_schema.expected("0005")) is not None


def test_downgrade_gives_back_one_name_per_cookie(tmp_path):
    path = _register_of_0005(tmp_path, ["en", "nl"])
    with open_register(path) as register:
        with register.transaction() as session:
            first = session.scalars(select(Cookie).order_by(Cookie.position)).first()
            first.name = {"nl": "Sessiecookie", "en": "Session cookie"}
            second = session.scalars(select(Cookie).order_by(Cookie.position)).all()[1]
            second.name = {"nl": "Alleen Nederlands"}  # no name in the main language: the other one
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "0005")
    engine.dispose()
    with closing(sqlite3.connect(path)) as raw:
        names = [row[0] for row in raw.execute("SELECT name FROM cookies ORDER BY position")]
        rule_columns = [row[1] for row in raw.execute("PRAGMA table_info(retention_rules)")]
        declared = {row[1]: row[2] for row in raw.execute("PRAGMA table_info(cookies)")}
    assert names == ["Session cookie", "Alleen Nederlands", "_gid", "Tracking-cookies van sociale-mediaplatforms"]
    assert "data_category_ids" not in rule_columns
    assert declared["name"] == "VARCHAR(200)"
