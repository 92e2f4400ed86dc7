"""`ropa new|demo|info|--version`: output, exit codes, and files left as they were."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ropa_desktop import __version__


def test_version(ropa):
    code, out, _ = ropa("--version")
    assert code == 0 and out.strip() == f"ROPA Desktop {__version__}"


def test_demo_then_info_reports_the_organisation_and_activities(tmp_path, ropa):
    path = tmp_path / "x.ropa"
    code, out, err = ropa("demo", str(path))
    assert (code, err) == (0, "") and path.exists()
    code, out, err = ropa("info", str(path))
    assert code == 0 and err == ""
    assert "Connaxis B.V. (Netherlands)" in out
    assert "Activities:        7 (6 as controller, 0 as joint controller, 1 as processor)" in out
    assert "Schema version:    0008" in out
    assert "Reference data:    adequacy list of 2026-" in out
    assert "Statement date:    2018-07-01" in out
    assert "Authority:         Autoriteit Persoonsgegevens" in out


def test_demo_refuses_to_overwrite_and_leaves_the_file(tmp_path, ropa):
    path = tmp_path / "x.ropa"
    assert ropa("demo", str(path))[0] == 0
    before = path.read_bytes()
    code, out, err = ropa("demo", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "already exists" in err
    assert path.read_bytes() == before


def test_new_creates_an_empty_register(tmp_path, ropa):
    path = tmp_path / "acme.ropa"
    code, out, _ = ropa("new", str(path), "--org", "Acme B.V.", "--country", "BE", "--lang", "en")
    assert code == 0 and "Acme B.V." in out
    code, out, _ = ropa("info", str(path))
    assert "Acme B.V. (Belgium)" in out and "Languages:         en, nl" in out
    assert "Authority:         " in out and "Gegevensbeschermingsautoriteit" in out  # Belgium's, by default
    assert "Activities:        0" in out


def test_new_refuses_to_overwrite(tmp_path, ropa):
    path = tmp_path / "acme.ropa"
    path.write_text("mine")
    code, _, err = ropa("new", str(path), "--org", "Acme")
    assert code == 2 and "already exists" in err and path.read_text() == "mine"


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["new", "{dir}/a.ropa", "--org", "Acme", "--country", "ZZZ"], "unknown country"),
        (["new", "{dir}/a.ropa", "--org", "Acme", "--lang", "xx"], "unsupported language"),
        (["new", "{dir}/a.ropa"], "required: --org"),
        (["frobnicate"], "invalid choice"),
        ([], "required"),
    ],
)
def test_bad_arguments_fail_in_one_line_and_create_nothing(tmp_path, ropa, argv, reason):
    code, out, err = ropa(*[a.format(dir=tmp_path) for a in argv])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and reason in err
    assert list(tmp_path.iterdir()) == []


def test_info_on_a_text_file_gives_a_clear_reason(tmp_path, ropa):
    path = tmp_path / "not-a-register.txt"
    path.write_text("hello\n")
    code, out, err = ropa("info", str(path))
    assert code == 2 and out == ""
    assert err == f"ropa: {path}: not a ROPA register (not a database file)\n"
    assert path.read_text() == "hello\n"


def test_info_on_a_missing_file(tmp_path, ropa):
    code, _, err = ropa("info", str(tmp_path / "nope.ropa"))
    assert code == 2 and "no such file" in err
    assert list(tmp_path.iterdir()) == []


def test_the_console_script_is_installed(tmp_path):
    ropa = shutil.which("ropa", path=str(Path(sys.executable).parent))
    assert ropa, "the `ropa` console script is not installed next to this Python"
    result = subprocess.run([ropa, "info", str(tmp_path / "missing.ropa")], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().endswith("no such file")
