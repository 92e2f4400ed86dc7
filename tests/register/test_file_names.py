"""A register's file name may hold any character the operating system allows: the register is
created, opened, written and copied under exactly that name, and no other file appears."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from ropa_desktop.register import schema
from ropa_desktop.register.models import Organisation, ProcessingActivity
from ropa_desktop.register.storage import create_register, open_register

FIXTURES = Path(__file__).parent.parent / "fixtures" / "registers"

# Legal in a file name on Linux, Windows and macOS alike, or (the last ones) on Linux and macOS.
NAMES = [
    "a?b.ropa",
    "a?mode=memory.ropa",
    "x.ropa?mode=ro",
    "a#b.ropa",
    "#.ropa",
    "a%3Fb.ropa",
    "a%20b.ropa",
    "100%.ropa",
    "a%00b.ropa",
    "a b.ropa",
    " leading and trailing .ropa",
    "it's.ropa",
    "a&b;c=d+e@f.ropa",
    "[a]{b}.ropa",
    "~tilde.ropa",
    "!$^`,.ropa",
    "café-Ärger-ŝ.ropa",
    "登记册.ropa",
    "register-😀.ropa",
    "-leading-dash.ropa",
    "--org.ropa",
    "no suffix",
    "file:a.ropa",
    "file:",
    'say "hi".ropa',
    "a:b.ropa",
    "a\\b.ropa",
    "a*b<c>d|e.ropa",
    "line\nbreak.ropa",
    "tab\there.ropa",
]
if sys.platform.startswith("linux"):
    NAMES.append(os.fsdecode(b"not-utf8-\xff.ropa"))  # Linux names are bytes


def _ids(name: str) -> str:
    return name.encode("unicode_escape").decode("ascii")


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _activities(register) -> list[str]:
    with register.session() as session:
        return [a.name["nl"] for a in session.scalars(select(ProcessingActivity))]


@pytest.mark.parametrize("name", NAMES, ids=_ids)
def test_create_open_write_and_copy_under_any_name(tmp_path, name):
    path = tmp_path / name
    with create_register(path, "Acme") as register:
        with register.transaction() as session:
            session.add(ProcessingActivity(name={"nl": "Eerste"}))
    assert _names(tmp_path) == [name]
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as look:  # the data is in that file
        assert look.execute("SELECT count(*) FROM activities").fetchone() == (1,)
    copy = tmp_path / f"copy of {name}"
    with open_register(path) as register:
        with register.transaction() as session:
            session.add(ProcessingActivity(name={"nl": "Tweede"}))
        assert _activities(register) == ["Eerste", "Tweede"]
        assert register.copy_to(copy) == copy
    assert _names(tmp_path) == sorted([name, copy.name])
    with open_register(copy) as register:
        assert _activities(register) == ["Eerste", "Tweede"]
    path.chmod(0o444)  # read-only registers are opened through a URI
    with open_register(path) as register:
        assert register.read_only and _activities(register) == ["Eerste", "Tweede"]
    assert _names(tmp_path) == sorted([name, copy.name])


@pytest.mark.parametrize("name", ["file:a?b.ropa", "a#b.ropa", "-x.ropa", "sub dir/a?b.ropa"], ids=_ids)
def test_relative_names_are_taken_from_the_current_folder(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    Path(name).parent.mkdir(exist_ok=True)
    create_register(Path(name), "Acme").close()
    with open_register(name) as register:
        with register.session() as session:
            assert session.scalars(select(Organisation.legal_name)).one() == "Acme"
    assert (tmp_path / name).is_file()
    assert _names((tmp_path / name).parent) == [Path(name).name]


@pytest.mark.parametrize("name", ["file:a?b.ropa", "file:x.ropa?mode=memory"], ids=_ids)
def test_relative_names_that_look_like_sqlite_uris_are_upgraded_and_copied_as_files(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    shutil.copy2(FIXTURES / "schema-0002.ropa", name)
    with open_register(name) as register:
        assert register.schema_revision() == schema.head_revision()
        register.copy_to(Path("copy.ropa"))
    with open_register(tmp_path / "copy.ropa") as copy:
        assert copy.schema_revision() == schema.head_revision()
    stem, suffix = os.path.splitext(name)
    assert _names(tmp_path) == sorted([name, f"{stem}.schema-0002{suffix}", "copy.ropa"])


@pytest.mark.parametrize("name", ["a?b.ropa", "a#b.ropa", "a%20b.ropa", "register-😀.ropa"], ids=_ids)
def test_an_older_register_with_an_odd_name_is_upgraded_in_place(tmp_path, name):
    path = tmp_path / name
    shutil.copy2(FIXTURES / "schema-0002.ropa", path)
    with open_register(path) as register:
        assert register.schema_revision() == schema.head_revision()
    stem, suffix = os.path.splitext(name)
    assert _names(tmp_path) == sorted([name, f"{stem}.schema-0002{suffix}"])


@pytest.mark.parametrize("name", [n for n in NAMES if "\n" not in n and "\udcff" not in n], ids=_ids)
def test_ropa_new_and_info_under_any_name(tmp_path, ropa, name):
    path = tmp_path / name
    code, out, err = ropa("new", str(path), "--org", "Acme B.V.")
    assert (code, err) == (0, "") and out == f"Created {path} for Acme B.V.\n"
    code, out, err = ropa("info", str(path))
    assert (code, err) == (0, "")
    assert f"Register:          {path}\n" in out and "Organisation:      Acme B.V." in out
    assert _names(tmp_path) == [name]


def test_ropa_new_and_info_with_a_newline_in_the_name(tmp_path, ropa):
    """A newline is legal in a Linux file name: the register is made there, nothing elsewhere."""
    path = tmp_path / "line\nbreak.ropa"
    assert ropa("new", str(path), "--org", "Acme")[0] == 0
    code, out, _ = ropa("info", str(path))
    assert code == 0 and "Organisation:      Acme" in out
    assert _names(tmp_path) == ["line\nbreak.ropa"]


def test_ropa_new_with_a_question_mark_writes_that_file_and_no_hidden_one(tmp_path, monkeypatch, ropa):
    """The reported case: `ropa new 'a?b.ropa'` wrote an empty a?b.ropa and the data to `.a`."""
    monkeypatch.chdir(tmp_path)
    assert ropa("new", "a?b.ropa", "--org", "Acme")[0] == 0
    code, out, _ = ropa("info", "a?b.ropa")
    assert code == 0 and "Organisation:      Acme" in out
    assert _names(tmp_path) == ["a?b.ropa"]
