"""A save interrupted by a crash (kill -9) is rolled back when the register is next opened, and
every connection uses the journal and flush settings chosen for a file people copy around."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ropa_desktop.register import errors
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import Organisation, ProcessingActivity, RegisterMeta
from ropa_desktop.register.storage import create_register, open_register

# A program in the middle of a big save: the change spills into the register file (a small page
# cache) before it is committed; then it waits to be killed.
HALF_WRITTEN_SAVE = r"""
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 10")
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE organisation SET legal_name = 'Half-written'")
connection.execute(
    "INSERT INTO register_meta (key, value) "
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
    "SELECT 'filler-' || i, hex(randomblob(200)) FROM n"
)
print("saving", flush=True)
time.sleep(600)
"""


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _kill_during_a_save(path: Path) -> None:
    """Leave ``path`` as a crash mid-commit does: part of the change in the file, and the hot
    journal that undoes it beside it."""
    before = path.read_bytes()
    child = subprocess.Popen([sys.executable, "-c", HALF_WRITTEN_SAVE, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "saving"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert _journal(path).stat().st_size > 0
    assert path.read_bytes() != before, "the change did not reach the file: nothing to roll back"
    with pytest.raises(sqlite3.OperationalError):  # a read-only look cannot roll it back
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as look:
            look.execute("SELECT count(*) FROM register_meta").fetchone()


@pytest.fixture
def interrupted(tmp_path) -> Path:
    """A register with one saved activity, whose next save was killed half-way."""
    path = tmp_path / "x.ropa"
    with create_register(path, "Acme") as register:
        with register.transaction() as session:
            session.add(ProcessingActivity(name={"nl": "Opgeslagen"}))
    _kill_during_a_save(path)
    return path


def _contents(register) -> tuple[str, list[str], int]:
    with register.session() as session:
        return (
            session.scalars(select(Organisation.legal_name)).one(),
            [a.name["nl"] for a in session.scalars(select(ProcessingActivity))],
            session.scalar(select(func.count()).where(RegisterMeta.key.like("filler-%"))),
        )


def test_opening_rolls_back_the_interrupted_save_and_keeps_what_was_saved(interrupted):
    with open_register(interrupted) as register:
        assert register.recovered
        assert _contents(register) == ("Acme", ["Opgeslagen"], 0)
        with register.transaction() as session:  # and it goes on as usual
            session.add(ProcessingActivity(name={"nl": "Daarna"}))
    assert sorted(p.name for p in interrupted.parent.iterdir()) == ["x.ropa"]
    with closing(sqlite3.connect(interrupted)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with open_register(interrupted) as again:
        assert not again.recovered
        assert _contents(again)[1] == ["Opgeslagen", "Daarna"]


def test_ropa_info_opens_an_interrupted_register(interrupted, ropa):
    code, out, err = ropa("info", str(interrupted))
    assert (code, err) == (0, "")
    assert "Organisation:      Acme" in out and "Activities:        1 " in out
    assert not _journal(interrupted).exists()


def test_a_read_only_interrupted_register_is_refused_untouched_with_what_to_do(interrupted):
    journal = _journal(interrupted)
    before = interrupted.read_bytes(), journal.read_bytes()
    interrupted.chmod(0o444)
    try:
        with pytest.raises(RegisterError) as refused:
            open_register(interrupted)
        assert (interrupted.read_bytes(), journal.read_bytes()) == before
    finally:
        interrupted.chmod(0o600)
    message = str(refused.value)
    assert refused.value.code == errors.READ_ONLY and "\n" not in message
    assert "interrupted" in message and "writable" in message and "damaged" not in message
    with open_register(interrupted) as register:  # once writable, it is recovered
        assert register.recovered and _contents(register)[0] == "Acme"


def test_a_journal_that_needs_no_rollback_is_no_recovery(tmp_path):
    """Near miss: an empty journal left beside the file (nothing to undo) is not a crash."""
    path = tmp_path / "x.ropa"
    create_register(path, "Acme").close()
    _journal(path).write_bytes(b"")
    with open_register(path) as register:
        assert not register.recovered
        assert _contents(register)[0] == "Acme"


def _settings(connection) -> tuple:
    return tuple(
        connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("journal_mode", "synchronous", "fullfsync", "trusted_schema", "foreign_keys")
    )


@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_every_connection_uses_the_rollback_journal_and_full_flushes(tmp_path, read_only):
    path = tmp_path / "x.ropa"
    create_register(path, "Acme").close()
    if read_only:
        path.chmod(0o444)
    with open_register(path) as register:
        assert register.read_only is read_only
        with register.engine.connect() as first, register.engine.connect() as second:
            # DELETE journal, synchronous FULL (2), fullfsync on, untrusted schema, foreign keys.
            assert _settings(first) == _settings(second) == ("delete", 2, 1, 0, 1)


def test_a_register_someone_switched_to_a_write_ahead_log_is_switched_back(tmp_path):
    """WAL needs -wal and -shm files beside the register; a copy of the .ropa alone loses data."""
    path = tmp_path / "x.ropa"
    create_register(path, "Acme").close()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    with open_register(path) as register:
        with register.transaction() as session:
            session.add(ProcessingActivity(name={"nl": "Na WAL"}))
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.ropa"]
