"""`ropa` under failure: a full disk, a read-only folder, a damaged register. Each is one line on
stderr and exit status 2, with nothing created or changed (README: "one line per failure")."""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import pytest

from ropa_desktop.register import copies


@pytest.fixture
def run(capsys):
    """The command line in-process; what the garbage collector might print afterwards counts too."""
    from ropa_desktop.cli import main

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        gc.collect()  # leftovers that complain when collected would do it now
        out, err = capsys.readouterr()
        return code, out, err

    return run


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def register(demo_path, tmp_path) -> Path:
    path = tmp_path / "demo.ropa"
    shutil.copy2(demo_path, path)
    return path


@pytest.fixture
def full_disk(monkeypatch):
    """Every document being written lands on /dev/full: the kernel answers ENOSPC."""
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full (Linux)")
    real = copies.Temporary.__init__

    def on_a_full_disk(self, *args, **kwargs):
        real(self, *args, **kwargs)
        full = os.open("/dev/full", os.O_WRONLY)
        os.dup2(full, self.fd)
        os.close(full)

    monkeypatch.setattr(copies.Temporary, "__init__", on_a_full_disk)


@pytest.mark.parametrize("existing", [False, True], ids=["new", "replacing"])
@pytest.mark.parametrize(
    "command",
    [
        ("export", "--format", "xlsx"),
        ("export", "--format", "pdf"),
        ("statement", "--format", "html"),
        ("statement", "--format", "pdf"),
    ],
    ids=lambda c: "-".join(c[::2]) + "-" + c[-1],
)
def test_a_full_disk_is_one_line_and_leaves_every_file_as_it_was(register, tmp_path, run, full_disk, command, existing):
    target = tmp_path / f"out.{command[-1]}"
    if existing:
        target.write_bytes(b"the export of last week")
    before = snapshot(tmp_path)
    force = ("--force",) if command[0] == "statement" else ()  # the demo's errors would stop it first
    code, out, err = run(command[0], str(register), *command[1:], "-o", str(target), *force)
    assert (code, out) == (2, "")
    assert err == f"ropa: {target}: cannot be written (No space left on device)\n"
    assert snapshot(tmp_path) == before  # no temporary, no half file, the old one intact


def test_new_in_a_read_only_folder_is_one_line_and_creates_nothing(tmp_path, run, monkeypatch):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root writes anyway: refuse as the kernel would for anyone else

        def refused(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("tempfile.mkstemp", refused)
    try:
        code, out, err = run("new", str(folder / "acme.ropa"), "--org", "Acme")
        assert (code, out) == (2, "")
        assert err == f"ropa: {folder / 'acme.ropa'}: cannot be created (Permission denied)\n"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def _damage(path: Path, sql: str) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(sql)
        connection.commit()


@pytest.mark.parametrize(
    "damage, where",
    [
        ("UPDATE activities SET name = 'not JSON' WHERE id = 1", "activities.name"),
        ("UPDATE activities SET dpia_date = 'soon' WHERE id = 1", "activities.dpia_date"),
    ],
)
@pytest.mark.parametrize(
    "command",
    [
        ("export", "--format", "xlsx", "-o", "out.xlsx"),
        ("export", "--format", "pdf", "-o", "out.pdf"),
        ("statement", "--format", "html"),
    ],
)
def test_a_value_the_register_cannot_read_is_reported_as_damage_in_one_line(
    register, tmp_path, run, damage, where, command, monkeypatch
):
    _damage(register, damage)
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    code, out, err = run(command[0], str(register), *command[1:])
    assert (code, out) == (2, "")
    assert err == f"ropa: {register}: damaged: a value in {where} cannot be read\n"
    assert snapshot(tmp_path) == before


def test_an_unexpected_error_in_a_sound_register_is_not_called_damage(register, run, monkeypatch, tmp_path):
    from ropa_desktop.register import quick_summary

    def broken(register):
        raise ValueError("a bug")

    monkeypatch.setattr(quick_summary, "summarise_file", broken)  # what `ropa info` reads a file with
    monkeypatch.setenv("ROPA_LOG_DIR", str(tmp_path / "log"))  # the line names the log file (tests/test_cli_debug.py)
    code, out, err = run("info", str(register))
    log_file = tmp_path / "log" / "ropa.log"
    assert (code, err) == (2, f"ropa: unexpected error: ValueError: a bug (details in {log_file})\n")


def test_a_sound_register_exports_with_the_same_commands(register, tmp_path, run):
    """The near miss: nothing damaged, nothing full: each command works and writes a private file."""
    target = tmp_path / "out.xlsx"
    code, _, err = run("export", str(register), "--format", "xlsx", "-o", str(target))
    assert code == 0 and err.count("\n") == 1 and target.stat().st_size > 0
    assert target.stat().st_mode & 0o077 == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.ropa", "out.xlsx"]


if sys.platform != "linux":  # pragma: no cover
    pytestmark = pytest.mark.skip("uses /dev/full and POSIX permissions")
