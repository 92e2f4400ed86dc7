"""A crafted register file (a view that never ends, a trigger that acts on the officer's saves, a
table or column ROPA Desktop does not make) is refused on opening in one line; a query that runs
too long is stopped. Registers ROPA Desktop made, of every stored schema revision, open."""

from __future__ import annotations

import shutil
import sqlite3
import time
from contextlib import closing
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import select

from ropa_desktop.register import errors, file_schema, schema, sqlite_connection
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ProcessingActivity, Purpose
from ropa_desktop.register.storage import create_register, open_register

FIXTURES = Path(__file__).parent.parent / "fixtures" / "registers"
ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n"


@pytest.fixture
def register_path(tmp_path) -> Path:
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register:
        with register.transaction() as session:
            session.add(ProcessingActivity(name={"nl": "Eerste"}, purposes=[Purpose(description={"nl": "Doel"})]))
    return path


@pytest.fixture(autouse=True)
def short_deadline(monkeypatch):
    """Should a refusal fail, the deadline still ends the test instead of hanging it."""
    monkeypatch.setattr(sqlite_connection, "QUERY_DEADLINE_SECONDS", 3.0)


def _craft(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for statement in statements:
            connection.execute(statement)


def _change_table_sql(path: Path, table: str, old: str, new: str) -> None:
    """Edit a table's stored definition in place, as a hand-crafted file would."""
    with closing(sqlite3.connect(path, isolation_level=None)) as connection:
        sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        assert old in sql
        version = connection.execute("PRAGMA schema_version").fetchone()[0]
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql.replace(old, new), table))
        connection.execute(f"PRAGMA schema_version = {version + 1}")


def _refused(path: Path, reason: str) -> RegisterError:
    before = path.read_bytes()
    started = time.monotonic()
    with pytest.raises(RegisterError) as refused:
        open_register(path)
    assert time.monotonic() - started < 2, "refused only by the deadline, not by the inspection"
    message = str(refused.value)
    assert "\n" not in message and reason in message, message
    assert refused.value.code == errors.NOT_A_REGISTER
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    return refused.value


def test_a_table_replaced_by_an_endless_view_is_refused_by_ropa_info_at_once(register_path, ropa):
    _craft(
        register_path,
        "DROP TABLE activities",
        f"CREATE VIEW activities AS SELECT i AS id, '{{}}' AS name FROM ({ENDLESS})",
    )
    _refused(register_path, "not a ROPA register: it holds a view 'activities' that ROPA Desktop does not make")
    started = time.monotonic()
    code, out, err = ropa("info", str(register_path))
    assert time.monotonic() - started < 2
    assert code == 2 and out == "" and err.count("\n") == 1 and "view 'activities'" in err


def test_the_register_meta_table_replaced_by_an_endless_view_is_refused(register_path):
    _craft(
        register_path,
        "DROP TABLE register_meta",
        f"CREATE VIEW register_meta AS SELECT 'format' AS key, 'ropa-desktop-register' AS value FROM ({ENDLESS})",
    )
    _refused(register_path, "not a ROPA register")


def test_a_trigger_is_refused_before_it_can_run(register_path):
    _craft(register_path, "CREATE TRIGGER wipe AFTER INSERT ON activities BEGIN DELETE FROM purposes; END")
    _refused(register_path, "it holds a trigger 'wipe' that ROPA Desktop does not make")


def test_an_extra_index_is_refused(register_path):
    _craft(register_path, "CREATE INDEX ix_sneaky ON activities (owner)")
    _refused(register_path, "it holds an index 'ix_sneaky' that ROPA Desktop does not make")


def test_an_index_made_unique_is_refused(register_path):
    _craft(
        register_path,
        "DROP INDEX ix_activities_position",
        "CREATE UNIQUE INDEX ix_activities_position ON activities (position)",
    )
    _refused(register_path, "it holds an index 'ix_activities_position'")


def test_an_extra_table_is_refused(register_path):
    _craft(register_path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    _refused(register_path, "it holds a table 'notes' that ROPA Desktop does not make")


def test_a_virtual_table_is_refused(register_path):
    _craft(register_path, "CREATE VIRTUAL TABLE search USING fts5(body)")
    _refused(register_path, "it holds a virtual table 'search'")


def test_a_missing_table_is_refused(register_path):
    _craft(register_path, "DROP TABLE cookies")
    _refused(register_path, "the table 'cookies' is missing")


def test_a_missing_column_is_refused(register_path):
    _craft(register_path, "ALTER TABLE activities DROP COLUMN owner")
    _refused(register_path, "the column 'activities.owner' is missing")


def test_an_extra_generated_column_is_refused(register_path):
    _craft(register_path, "ALTER TABLE activities ADD COLUMN sneaky INTEGER GENERATED ALWAYS AS (1) VIRTUAL")
    _refused(register_path, "it holds a column 'activities.sneaky'")


def test_a_column_whose_type_was_changed_is_refused(register_path):
    _change_table_sql(register_path, "activities", "name JSON NOT NULL", "name INTEGER NOT NULL")
    _refused(register_path, "the column 'activities.name' is not as ROPA Desktop makes it")


def test_a_column_made_optional_is_refused(register_path):
    _change_table_sql(register_path, "activities", "owner VARCHAR(200) NOT NULL", "owner VARCHAR(200)")
    _refused(register_path, "the column 'activities.owner' is not as ROPA Desktop makes it")


def test_a_changed_link_between_tables_is_refused(register_path):
    with closing(sqlite3.connect(register_path)) as connection:
        sql = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'purposes'").fetchone()[0]
    clause = next(line for line in sql.splitlines() if "FOREIGN KEY" in line)
    _change_table_sql(
        register_path,
        "purposes",
        clause.strip().rstrip(","),
        clause.strip().rstrip(",").split(" ON DELETE")[0] + " ON DELETE SET NULL",
    )
    _refused(register_path, "the links of table 'purposes'")


def test_a_hostile_name_is_shown_on_one_line(register_path):
    _craft(register_path, 'CREATE TABLE "evil\nname" (id INTEGER)')
    _refused(register_path, "it holds a table 'evil\\nname'")


# --- near misses: what ROPA Desktop made opens --------------------------------------------------


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema-*.ropa")), ids=lambda p: p.stem)
def test_a_register_of_every_stored_revision_opens(tmp_path, fixture):
    path = tmp_path / "old.ropa"
    shutil.copy2(fixture, path)
    with open_register(path) as register:
        assert register.schema_revision() == schema.head_revision()


def test_registers_made_by_the_fixture_script_open(tmp_path, monkeypatch):
    from tests.fixtures import make_registers

    monkeypatch.setattr(make_registers, "HERE", tmp_path)
    path = make_registers.make(schema.head_revision())
    with open_register(path) as register:
        with register.session() as session:
            assert len(session.scalars(select(ProcessingActivity)).all()) == 7


def test_statistics_and_a_vacuum_keep_a_register_a_register(register_path):
    """Near miss: ANALYZE adds SQLite's own sqlite_stat1 table; VACUUM rewrites the file."""
    _craft(register_path, "ANALYZE", "VACUUM")
    with open_register(register_path) as register:
        with register.session() as session:
            assert session.scalars(select(ProcessingActivity)).one().name == {"nl": "Eerste"}


def test_the_expected_structure_of_every_revision_is_built_once_and_quickly():
    for revision in schema.known_revisions():
        file_schema.expected(revision)
    started = time.perf_counter()
    for revision in schema.known_revisions():
        file_schema.expected(revision)
    assert time.perf_counter() - started < 0.01
    # Each revision differs from the one before: the comparison follows the migrations.
    structures = [file_schema.expected(revision) for revision in schema.known_revisions()]
    assert all(a != b for a, b in pairwise(structures))


# --- the statement deadline -------------------------------------------------------------------


def test_a_query_that_runs_too_long_is_stopped_in_one_line(register_path, monkeypatch):
    monkeypatch.setattr(sqlite_connection, "QUERY_DEADLINE_SECONDS", 0.3)
    with open_register(register_path) as register:
        started = time.monotonic()
        with pytest.raises(RegisterError) as stopped:
            with register.engine.connect() as connection:
                connection.exec_driver_sql(f"SELECT count(*) FROM ({ENDLESS})").scalar()
        assert time.monotonic() - started < 2
        assert stopped.value.code == errors.TOO_SLOW and "\n" not in str(stopped.value)
        assert "did not answer within 0.3 seconds" in str(stopped.value)
        with pytest.raises(RegisterError) as stopped:  # inside a save: nothing is saved
            with register.transaction() as session:
                session.add(ProcessingActivity(name={"nl": "Tweede"}))
                session.flush()
                session.connection().exec_driver_sql(f"SELECT count(*) FROM ({ENDLESS})").scalar()
        assert stopped.value.code == errors.TOO_SLOW
        # Near miss: every later statement gets its own deadline.
        time.sleep(0.4)
        with register.session() as session:
            assert [a.name["nl"] for a in session.scalars(select(ProcessingActivity))] == ["Eerste"]


def test_the_deadline_holds_for_a_long_running_fetch_too(register_path, monkeypatch):
    """Rows computed one by one while they are fetched are stopped as well."""
    monkeypatch.setattr(sqlite_connection, "QUERY_DEADLINE_SECONDS", 0.3)
    with open_register(register_path) as register, register.engine.connect() as connection:
        rows = connection.exec_driver_sql(ENDLESS)
        with pytest.raises(RegisterError) as stopped:
            for _ in rows:
                pass
        assert stopped.value.code == errors.TOO_SLOW


def test_functions_from_the_file_are_not_trusted(register_path):
    with open_register(register_path) as register, register.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0


def test_a_crafted_file_given_as_a_sqlite_url_is_refused_too(register_path):
    _craft(register_path, "CREATE TRIGGER wipe AFTER INSERT ON activities BEGIN DELETE FROM purposes; END")
    with pytest.raises(RegisterError, match="it holds a trigger 'wipe'") as refused:
        open_register(f"sqlite:///{register_path}")
    assert refused.value.code == errors.NOT_A_REGISTER


def test_a_register_given_as_a_sqlite_url_opens(register_path):
    """Near miss: the URL form of a proper register, with the same connection settings."""
    with open_register(f"sqlite:///{register_path}") as register, register.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
        assert connection.exec_driver_sql("SELECT count(*) FROM activities").scalar() == 1
