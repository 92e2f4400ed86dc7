"""`ropa --debug` and ROPA_DEBUG=1: the traceback of a bug on stderr; without them one line that
names the log file, which holds the traceback either way. Known refusals stay one line, unlogged."""

from __future__ import annotations

import shutil

import pytest

from ropa_desktop import __version__, logs
from ropa_desktop.cli import main
from ropa_desktop.register import quick_summary


@pytest.fixture
def log_folder(tmp_path, monkeypatch):
    folder = tmp_path / "log"
    monkeypatch.setenv("ROPA_LOG_DIR", str(folder))
    monkeypatch.delenv("ROPA_DEBUG", raising=False)
    yield folder
    logs.tear_down()


@pytest.fixture
def register(demo_path, tmp_path):
    path = tmp_path / "demo.ropa"
    shutil.copy2(demo_path, path)
    return path


def _deliberate_bug(register):
    raise ValueError("a deliberate bug")


@pytest.fixture
def broken(monkeypatch):
    # What `ropa info` reads a register file with (register/quick_summary.py).
    monkeypatch.setattr(quick_summary, "summarise_file", _deliberate_bug)


def test_without_debug_a_bug_is_one_line_naming_the_log_file(register, broken, log_folder, capsys):
    assert main(["info", str(register)]) == 2
    out, err = capsys.readouterr()
    log_file = log_folder / "ropa.log"
    assert out == ""
    assert err == f"ropa: unexpected error: ValueError: a deliberate bug (details in {log_file})\n"
    text = log_file.read_text()
    assert "ERROR ropa_desktop.cli: unexpected error in the command info" in text
    assert "Traceback (most recent call last):" in text and "in _deliberate_bug" in text
    assert logs.log_file() is None  # the command line lets go of the file once it has written


@pytest.mark.parametrize("how", ["option", "environment"])
def test_debug_prints_the_traceback_and_the_versions(register, broken, log_folder, capsys, monkeypatch, how):
    if how == "option":
        argv = ["--debug", "info", str(register)]
    else:
        argv = ["info", str(register)]
        monkeypatch.setenv("ROPA_DEBUG", "1")
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):")
    assert "in _deliberate_bug" in err and "ValueError: a deliberate bug" in err
    assert f"ROPA Desktop {__version__}" in err
    assert err.endswith(
        f"ropa: unexpected error: ValueError: a deliberate bug (details in {log_folder / 'ropa.log'})\n"
    )
    assert "in _deliberate_bug" in (log_folder / "ropa.log").read_text()


def test_debug_zero_is_not_debug(register, broken, log_folder, capsys, monkeypatch):
    monkeypatch.setenv("ROPA_DEBUG", "0")
    assert main(["info", str(register)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_known_refusal_stays_as_it_was_and_is_not_logged(tmp_path, log_folder, capsys):
    """The near miss: a register that does not exist is the register's refusal, not a bug."""
    missing = tmp_path / "missing.ropa"
    assert main(["--debug", "info", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("ropa: ") and "Traceback" not in err
    assert "unexpected" not in err and "details in" not in err
    assert not (log_folder / "ropa.log").exists()


def test_without_a_log_file_the_line_is_as_before(register, broken, tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("ROPA_LOG_DIR", str(blocker / "log"))
    monkeypatch.delenv("ROPA_DEBUG", raising=False)
    assert main(["info", str(register)]) == 2
    assert capsys.readouterr().err == "ropa: unexpected error: ValueError: a deliberate bug\n"


def test_a_working_command_writes_no_log_file(register, log_folder, capsys):
    assert main(["--debug", "info", str(register)]) == 0
    assert not log_folder.exists()
