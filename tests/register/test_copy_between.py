"""A register copied row for row between a file and a PostgreSQL server (register/copy_between.py):
every table, history included, ids kept; the target new or refused; all or nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from contextlib import closing
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, inspect, select, text
from sqlalchemy.pool import NullPool

from ropa_desktop.cli import main
from ropa_desktop.register import change_log, schema
from ropa_desktop.register import copy_between as module
from ropa_desktop.register.copy_between import TABLES, copy_between
from ropa_desktop.register.errors import EXISTS, RegisterError
from ropa_desktop.register.models import DataCategory, RegisterMeta
from ropa_desktop.register.models.meta import REGISTER_FORMAT
from ropa_desktop.register.storage import open_register

FIXTURES = Path(__file__).parent.parent / "fixtures" / "registers"


@pytest.fixture(scope="module")
def rich_path(tmp_path_factory, demo_path) -> Path:
    """The demo register with everything the history issue added: an approval, an established
    version besides version 0, a publication with its documents, later changes."""
    path = tmp_path_factory.mktemp("rich") / "rich.ropa"
    shutil.copy2(demo_path, path)
    for argv in (
        ["approve", str(path), "1", "--step", "submit"],
        ["approve", str(path), "1", "--comment", "agreed"],
        ["approve", str(path), "2", "--step", "submit"],
        ["establish", str(path), "2026-1", "--note", "first"],
        ["publish", str(path), "--force"],
        ["approve", str(path), "2", "--step", "approve"],
    ):
        assert main(argv) == 0, argv
    with open_register(path) as register, register.transaction() as session:
        session.add(DataCategory(name={"nl": "Eigen categorie", "en": "Own category"}))
    return path


@pytest.fixture
def rich(rich_path, tmp_path) -> Path:
    path = tmp_path / "source.ropa"
    shutil.copy2(rich_path, path)
    return path


def raw_rows(path: Path) -> dict[str, list[tuple]]:
    """Every table of a register file as SQLite stores it, ordered by primary key: the literal test."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return {
            table.name: connection.execute(
                f'SELECT * FROM "{table.name}" ORDER BY {", ".join(c.name for c in table.primary_key)}'
            ).fetchall()
            for table in TABLES
        }


def rows_at(target) -> dict[str, list[tuple]]:
    """Every table as Python values, ordered by primary key, on either backend."""
    engine = create_engine(target if isinstance(target, str) else f"sqlite:///{target}", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key.columns))
                ]
                for table in TABLES
            }
    finally:
        engine.dispose()


def tables_in(url: str) -> list[str]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return inspect(connection).get_table_names()
    finally:
        engine.dispose()


# --- file to file ------------------------------------------------------------------------------


def test_a_file_copied_to_a_new_file_holds_every_row_of_every_table(rich, tmp_path):
    target = tmp_path / "copy.ropa"
    copied = copy_between(rich, target)
    original = raw_rows(rich)
    assert raw_rows(target) == original
    assert copied.rows == {name: len(rows) for name, rows in original.items()}
    # Everything the history issue keeps is there, so the test copies something.
    assert all(
        original[name]
        for name in (
            "change_log",
            "established_versions",
            "publications",
            "published_documents",
            "activity_approvals",
            "register_meta",
        )
    )
    assert [row[0] for row in original["established_versions"]] == [0, 1]
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    with closing(sqlite3.connect(target)) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == 0x524F5041
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left
    with open_register(target) as register, register.session() as session:
        assert change_log.verify(session)[1] is None


def test_a_file_that_exists_is_refused_and_left_as_it_was(rich, tmp_path, demo_path):
    for target in (tmp_path / "other.ropa", tmp_path / "notes.txt"):
        shutil.copy2(demo_path, target) if target.suffix == ".ropa" else target.write_text("mine")
        before = target.read_bytes()
        with pytest.raises(RegisterError) as refused:
            copy_between(rich, target)
        assert refused.value.code == EXISTS and "already exists" in str(refused.value)
        assert target.read_bytes() == before
    link = tmp_path / "link.ropa"
    link.symlink_to(tmp_path / "elsewhere.ropa")  # a link to nothing: never followed
    with pytest.raises(RegisterError):
        copy_between(rich, link)
    assert not (tmp_path / "elsewhere.ropa").exists()


def test_a_copy_that_fails_midway_leaves_no_file(rich, tmp_path, monkeypatch):
    real = module._chunks

    def failing(read, table):
        if table.name == "change_log":
            raise OSError(28, "No space left on device")
        return real(read, table)

    monkeypatch.setattr(module, "_chunks", failing)
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(RegisterError) as failed:
        copy_between(rich, tmp_path / "copy.ropa")
    assert "nothing was written" in str(failed.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_big_tables_are_read_and_written_in_chunks(rich, tmp_path, monkeypatch):
    monkeypatch.setattr(module, "CHUNK_ROWS", 3)
    seen: dict[str, list[int]] = {}
    copy_between(rich, tmp_path / "copy.ropa", progress=lambda table, count: seen.setdefault(table, []).append(count))
    assert raw_rows(tmp_path / "copy.ropa") == raw_rows(rich)
    # Tables with one key and with two (links) both page on: no chunk larger than three rows.
    for name in ("change_log", "activity_data_categories", "activities"):
        counts = seen[name]
        assert len(counts) >= 3 and all(0 < b - a <= 3 for a, b in pairwise([0, *counts]))


def test_an_older_register_is_upgraded_as_a_private_copy_and_itself_left_alone(tmp_path, monkeypatch):
    source = tmp_path / "old.ropa"
    shutil.copy2(FIXTURES / "schema-0007.ropa", source)
    before = source.read_bytes()
    temporaries = tmp_path / "tmp"
    temporaries.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temporaries))
    copy_between(source, tmp_path / "copy.ropa")
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.ropa", "old.ropa", "tmp"]
    assert list(temporaries.iterdir()) == []  # the upgraded copy is gone
    with open_register(tmp_path / "copy.ropa") as register, register.session() as session:
        assert register.schema_revision() == schema.head_revision()
        assert change_log.verify(session)[1] is None


def test_what_is_not_a_register_is_refused_before_anything_is_written(tmp_path):
    source = tmp_path / "notes.ropa"
    source.write_text("not a register")
    with pytest.raises(RegisterError, match="not a ROPA register"):
        copy_between(source, tmp_path / "copy.ropa")
    assert not (tmp_path / "copy.ropa").exists()


# --- file to server and back -------------------------------------------------------------------


def test_file_to_server_and_back_gives_the_original_row_for_row(rich, tmp_path, postgres_url):
    copy_between(rich, postgres_url)
    assert rows_at(postgres_url) == rows_at(rich)
    back = tmp_path / "back.ropa"
    copy_between(postgres_url, back)
    assert raw_rows(back) == raw_rows(rich)
    with open_register(postgres_url) as register, register.session() as session:
        assert register.schema_revision() == schema.head_revision()
        assert change_log.verify(session) == (len(raw_rows(rich)["change_log"]), None)


def test_items_added_on_the_server_after_a_copy_get_new_ids(rich, postgres_url):
    copy_between(rich, postgres_url)
    highest = max(row[0] for row in raw_rows(rich)["data_categories"])
    with open_register(postgres_url) as register:
        with register.transaction() as session:
            added = DataCategory(name={"nl": "Nieuw", "en": "New"})
            session.add(added)
            session.flush()
            assert added.id == highest + 1
        with register.session() as session:
            assert change_log.verify(session)[1] is None


def test_a_database_holding_a_register_or_other_tables_is_refused_and_left_as_it_was(rich, demo_path, postgres_url):
    copy_between(demo_path, postgres_url)
    before = rows_at(postgres_url)
    with pytest.raises(RegisterError) as refused:
        copy_between(rich, postgres_url)
    assert refused.value.code == EXISTS and "holds a register already" in str(refused.value)
    assert rows_at(postgres_url) == before


def test_a_database_with_tables_of_another_program_is_refused(rich, postgres_url):
    engine = create_engine(postgres_url, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer primary key)"))
    engine.dispose()
    with pytest.raises(RegisterError, match="not empty"):
        copy_between(rich, postgres_url)
    assert tables_in(postgres_url) == ["invoices"]


def test_a_copy_to_a_server_that_fails_midway_leaves_the_database_empty(rich, postgres_url, monkeypatch):
    real = module._chunks

    def failing(read, table):
        if table.name == "offices":  # the last table: everything else went in
            raise RuntimeError("connection lost")
        return real(read, table)

    monkeypatch.setattr(module, "_chunks", failing)
    with pytest.raises(RuntimeError):
        copy_between(rich, postgres_url)
    assert tables_in(postgres_url) == []  # PostgreSQL undid the tables too
    monkeypatch.setattr(module, "_chunks", real)
    copy_between(rich, postgres_url)  # and the database takes a copy afterwards
    assert rows_at(postgres_url) == rows_at(rich)


def test_an_older_register_on_a_server_is_refused(tmp_path, postgres_url):
    engine = create_engine(postgres_url, poolclass=NullPool)
    with engine.begin() as connection:
        schema.upgrade(connection, "0007")
        connection.execute(insert(RegisterMeta.__table__), [{"key": "format", "value": REGISTER_FORMAT}])
    engine.dispose()
    with pytest.raises(RegisterError, match=r"older schema \(0007\).*ropa info"):
        copy_between(postgres_url, tmp_path / "copy.ropa")
    assert not (tmp_path / "copy.ropa").exists()


def test_a_value_no_register_holds_is_refused_as_damaged_and_nothing_written(rich, tmp_path):
    with closing(sqlite3.connect(rich)) as connection, connection:
        connection.execute("UPDATE activity_approvals SET state = 'approved-by-me'")
    with pytest.raises(RegisterError) as refused:
        copy_between(rich, tmp_path / "copy.ropa")
    assert refused.value.code == "damaged" and "nothing was written" in str(refused.value)
    assert not (tmp_path / "copy.ropa").exists()


def test_a_copy_from_a_server_is_of_one_moment_while_another_program_saves(rich, tmp_path, postgres_url):
    copy_between(rich, postgres_url)
    before = rows_at(postgres_url)
    saved = []

    def save_meanwhile(table, _count):
        if saved:
            return
        with open_register(postgres_url) as other, other.transaction() as session:
            session.add(DataCategory(name={"nl": "Tussendoor", "en": "Meanwhile"}))
        saved.append(table)

    copy_between(postgres_url, tmp_path / "copy.ropa", progress=save_meanwhile)
    assert saved == ["activities"]  # saved after the first chunk was read
    assert rows_at(tmp_path / "copy.ropa") == before  # without the save: all of one moment
    with open_register(tmp_path / "copy.ropa") as register, register.session() as session:
        assert change_log.verify(session)[1] is None
    assert len(rows_at(postgres_url)["data_categories"]) == len(before["data_categories"]) + 1


def test_two_copies_into_one_database_at_once_the_second_waits_and_is_refused(rich, demo_path, postgres_url):
    import threading
    import time

    second: list[BaseException | None] = []

    def copy_second():
        try:
            copy_between(demo_path, postgres_url)
            second.append(None)
        except BaseException as exc:  # noqa: BLE001 - reported below
            second.append(exc)

    waiting_seen = []

    def start_second_and_wait_until_it_waits(table, _count):
        if waiting_seen:
            return
        thread = threading.Thread(target=copy_second)
        thread.start()
        waiting_seen.append(thread)
        probe = create_engine(postgres_url, poolclass=NullPool)
        try:
            deadline = time.monotonic() + 20
            with probe.connect() as connection:
                while time.monotonic() < deadline:
                    if connection.execute(
                        text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                    ).scalar():
                        return
                    connection.rollback()
                    time.sleep(0.05)
            raise AssertionError("the second copy never waited for the first")
        finally:
            probe.dispose()

    copy_between(rich, postgres_url, progress=start_second_and_wait_until_it_waits)
    waiting_seen[0].join(60)
    assert isinstance(second[0], RegisterError) and second[0].code == EXISTS
    assert rows_at(postgres_url) == rows_at(rich)  # the first copy, untouched by the second


def test_a_register_of_a_newer_version_is_refused_and_left_alone(rich, tmp_path):
    with closing(sqlite3.connect(rich)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = rich.read_bytes()
    with pytest.raises(RegisterError, match="newer version"):
        copy_between(rich, tmp_path / "copy.ropa")
    assert rich.read_bytes() == before and not (tmp_path / "copy.ropa").exists()
