"""Migration 0007: a register of schema 0006 opens with every activity kept and without a
reference (the officer's own "V-01"), takes one, and goes back without it."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, select

from ropa_desktop.register import file_schema, kinds, operations, schema
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.storage import open_register

FIXTURES = Path(__file__).parent.parent / "fixtures" / "registers"


def _register_of_0006(tmp_path) -> Path:
    """The stored 0002 register brought to 0006, the schema before this migration."""
    path = tmp_path / "old.ropa"
    shutil.copy2(FIXTURES / "schema-0002.ropa", path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        schema.upgrade(conn, "0006")
    engine.dispose()
    with closing(sqlite3.connect(path)) as raw:
        columns = [row[1] for row in raw.execute("PRAGMA table_info(activities)")]
    assert "reference" not in columns
    return path


def _activities(register) -> list[ProcessingActivity]:
    with register.session() as session:
        return session.scalars(select(ProcessingActivity).order_by(ProcessingActivity.position)).all()


def test_activities_of_an_older_register_open_without_a_reference_and_take_one(tmp_path):
    path = _register_of_0006(tmp_path)
    with open_register(path) as register:
        assert register.schema_revision() == schema.head_revision()
        activities = _activities(register)
        assert len(activities) == 7 and activities[0].name["nl"] == "Onze dienstverlening"
        assert all(a.reference == "" for a in activities)
        first = activities[0].id
        operations.save(register, kinds.ACTIVITY, first, {"reference": "V-01"})
    with open_register(path) as again:
        assert [a.reference for a in _activities(again)][:2] == ["V-01", ""]


def test_the_upgraded_file_has_exactly_the_schema_of_a_new_register(tmp_path):
    path = _register_of_0006(tmp_path)
    open_register(path).close()
    with closing(sqlite3.connect(path)) as raw:
        found = file_schema.read(raw)
    assert file_schema.difference(found, file_schema.expected(schema.head_revision())) is None
    # The near miss: the 0006 structure lacks the column (the check can tell them apart).
    assert file_schema.difference(found, file_schema.expected("0006")) is not None


def test_downgrade_drops_the_reference_and_keeps_the_activities(tmp_path):
    path = _register_of_0006(tmp_path)
    with open_register(path) as register:
        first = _activities(register)[0].id
        operations.save(register, kinds.ACTIVITY, first, {"reference": "V-01"})
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "0006")
    engine.dispose()
    with closing(sqlite3.connect(path)) as raw:
        columns = [row[1] for row in raw.execute("PRAGMA table_info(activities)")]
        purposes = raw.execute("SELECT count(*) FROM purposes").fetchone()[0]
        count = raw.execute("SELECT count(*) FROM activities").fetchone()[0]
    assert "reference" not in columns
    assert count == 7 and purposes > 0  # no cascading table copy took the purposes
