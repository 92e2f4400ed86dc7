"""register/glimpse.py: the organisation and the activities' list, read with sqlite3 alone, only
from a register this version opens as it is (issue 19's first look)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ropa_desktop.register import kinds, rows
from ropa_desktop.register.glimpse import glimpse
from ropa_desktop.register.storage import open_register

FIXTURES = Path(__file__).parents[1] / "fixtures" / "registers"


@pytest.fixture
def demo_file(demo_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.ropa"
    shutil.copyfile(demo_path, copy)
    return copy


def test_the_glimpse_lists_what_the_register_lists(demo_file):
    seen = glimpse(demo_file)
    assert seen is not None
    with open_register(demo_file) as register, register.session() as session:
        listed = rows.rows(session, kinds.ACTIVITY)
        organisation = register.organisation(session).legal_name
    assert seen.organisation == organisation == "Connaxis B.V."
    assert [(a.position, a.reference, a.names) for a in seen.activities] == [
        (row.values["position"], row.values["reference"], row.name) for row in listed
    ]


def test_the_glimpse_follows_a_change_of_order(demo_file):
    with sqlite3.connect(demo_file) as db:
        db.execute("UPDATE activities SET position = 100, reference = 'V-9' WHERE position = 0")
    seen = glimpse(demo_file)
    assert seen is not None
    assert seen.activities[-1].position == 100 and seen.activities[-1].reference == "V-9"


def test_a_register_that_needs_an_upgrade_is_not_glimpsed(tmp_path):
    old = tmp_path / "old.ropa"
    shutil.copyfile(FIXTURES / "schema-0007.ropa", old)
    assert glimpse(old) is None
    assert old.read_bytes() == (FIXTURES / "schema-0007.ropa").read_bytes()  # untouched


@pytest.mark.parametrize(
    "make",
    [
        lambda path: path.write_text("not a register"),
        lambda path: sqlite3.connect(path).execute("CREATE TABLE activities (name TEXT)").connection.commit(),
        lambda path: None,  # no file at all
        lambda path: path.mkdir(),
    ],
    ids=["text file", "another program's database", "missing", "folder"],
)
def test_anything_else_is_not_glimpsed(tmp_path, make):
    path = tmp_path / "x.ropa"
    make(path)
    assert glimpse(path) is None


def test_a_register_a_view_made_endless_is_not_read(demo_file):
    """A hostile file: the activities made a view that never ends. The inspection refuses it, so
    the glimpse never runs it (and neither does the opening)."""
    with sqlite3.connect(demo_file) as db:
        db.execute("ALTER TABLE activities RENAME TO activities_kept")
        db.execute(
            "CREATE VIEW activities AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
            "SELECT i AS position, '' AS reference, '{}' AS name, i AS id FROM n"
        )
    assert glimpse(demo_file) is None


def test_a_register_another_program_is_writing_is_not_glimpsed(demo_file):
    writer = sqlite3.connect(demo_file, isolation_level=None)
    try:
        writer.execute("BEGIN EXCLUSIVE")
        assert glimpse(demo_file) is None
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert glimpse(demo_file) is not None  # the near miss: once it is done, it is glimpsed


def test_the_glimpse_needs_no_sqlalchemy(demo_file):
    code = (
        "import sys; from pathlib import Path; from ropa_desktop.register.glimpse import glimpse; "
        "assert glimpse(Path(sys.argv[1])) is not None; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    output = subprocess.run([sys.executable, "-c", code, str(demo_file)], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "[]"
