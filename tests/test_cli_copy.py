"""`ropa copy SRC DST`: a register from a file to a server and back, saying the same everywhere
(issue 17 point 2); a target that holds something is refused in one line, exit 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ropa_desktop.cli import main

# What the history issue's commands say: identical on the original, the server and the copy back.
SAYINGS = (
    ["verify"],
    ["versions"],
    ["history"],
    ["diff", "start"],
    ["diff", "2026-1", "now", "--format", "markdown"],
    ["approval"],
    ["publications"],
    ["info"],
)


@pytest.fixture(scope="module")
def source_path(tmp_path_factory, demo_path) -> Path:
    path = tmp_path_factory.mktemp("source") / "source.ropa"
    shutil.copy2(demo_path, path)
    for argv in (
        ["approve", str(path), "1", "--step", "submit"],
        ["approve", str(path), "1"],
        ["establish", str(path), "2026-1"],
        ["publish", str(path), "--force"],
        ["approve", str(path), "1", "--step", "withdraw", "--comment", "stopped"],
    ):
        assert main(argv) == 0, argv
    return path


@pytest.fixture
def source(source_path, tmp_path) -> Path:
    path = tmp_path / "source.ropa"
    shutil.copy2(source_path, path)
    return path


def said(ropa, command: list[str], where) -> str:
    code, out, err = ropa(command[0], str(where), *command[1:])
    assert (code, err) == (0, ""), (command, err)
    return out.replace(str(where), "REGISTER")  # `info` names the register


def test_copy_to_a_new_file_says_what_it_copied(ropa, source, tmp_path):
    code, out, err = ropa("copy", str(source), str(tmp_path / "copy.ropa"))
    assert (code, err) == (0, "")
    assert out.startswith(f"Copied the register to {tmp_path / 'copy.ropa'}: ") and "rows in 27 tables" in out
    assert "the change log's" in out
    for command in SAYINGS:
        assert said(ropa, command, tmp_path / "copy.ropa") == said(ropa, command, source)


def test_copy_refuses_a_target_that_holds_a_register_in_one_line(ropa, source, tmp_path, demo_path):
    target = tmp_path / "taken.ropa"
    shutil.copy2(demo_path, target)
    before = target.read_bytes()
    code, out, err = ropa("copy", str(source), str(target))
    assert (code, out) == (2, "")
    assert err == f"ropa: {target}: already exists; a copy goes to a new file, so choose another name\n"
    assert target.read_bytes() == before


def test_copy_of_a_register_that_is_not_there_writes_nothing(ropa, tmp_path):
    code, out, err = ropa("copy", str(tmp_path / "missing.ropa"), str(tmp_path / "copy.ropa"))
    assert (code, out, err) == (2, "", f"ropa: {tmp_path / 'missing.ropa'}: no such file\n")
    assert list(tmp_path.iterdir()) == []


def test_file_to_server_and_back_says_the_same_everywhere(ropa, source, tmp_path, postgres_url):
    code, out, err = ropa("copy", str(source), postgres_url)
    assert (code, err) == (0, "")
    back = tmp_path / "back.ropa"
    code, out, err = ropa("copy", postgres_url, str(back))
    assert (code, err) == (0, "")
    for command in SAYINGS:
        original = said(ropa, command, source)
        assert said(ropa, command, postgres_url) == original, command
        assert said(ropa, command, back) == original, command


def test_a_server_that_holds_a_register_is_refused_without_showing_the_password(ropa, source, postgres_url):
    assert ropa("copy", str(source), postgres_url)[0] == 0
    with_password = postgres_url.replace("postgres@", "postgres:s3cret@", 1)
    code, out, err = ropa("copy", str(source), with_password)
    assert (code, out) == (2, "")
    assert "holds a register already" in err and "s3cret" not in err and len(err.splitlines()) == 1


def test_a_server_that_does_not_answer_is_said_in_one_line(ropa, source):
    code, out, err = ropa("copy", str(source), "postgresql://someone:pw@127.0.0.1:1/register")
    assert (code, out) == (2, "")
    assert err == (
        "ropa: postgresql://someone:***@127.0.0.1:1/register: the database server cannot be reached "
        "(is it running, and is the address right?); nothing was written\n"
    )
