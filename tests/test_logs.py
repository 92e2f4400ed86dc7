"""The log file (ropa_desktop/logs.py): private, rotating, never through a link, and the details a
bug report needs."""

from __future__ import annotations

import logging
import os
import stat
import sys

import pytest

from ropa_desktop import __version__, logs


@pytest.fixture
def log_folder(tmp_path, monkeypatch):
    folder = tmp_path / "state" / "log"
    monkeypatch.setenv("ROPA_LOG_DIR", str(folder))
    yield folder
    logs.tear_down()


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_folder_is_platformdirs_user_log_folder_unless_pointed_elsewhere(monkeypatch, tmp_path):
    import platformdirs

    monkeypatch.delenv("ROPA_LOG_DIR", raising=False)
    assert str(logs.log_dir()) == platformdirs.user_log_dir("ropa-desktop", appauthor=False)
    monkeypatch.setenv("ROPA_LOG_DIR", str(tmp_path))
    assert logs.log_dir() == tmp_path


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_log_file_and_its_folder_are_private(log_folder):
    path = logs.set_up("ropa")
    assert path == log_folder / "ropa.log" and logs.log_file() == path
    logging.getLogger("ropa_desktop.test").warning("activity %s could not be read", 12)
    text = path.read_text(encoding="utf-8")
    assert " WARNING ropa_desktop.test: activity 12 could not be read" in text
    assert text[:4].isdigit()  # the time comes first
    assert _mode(path) == 0o600
    assert _mode(log_folder) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_log_file_left_with_wider_rights_is_made_private(log_folder):
    log_folder.mkdir(parents=True)
    old = log_folder / "ropa.log"
    old.write_text("earlier\n")
    old.chmod(0o644)
    log_folder.chmod(0o755)
    logs.set_up("ropa")
    assert _mode(old) == 0o600 and _mode(log_folder) == 0o700
    assert old.read_text().startswith("earlier\n")  # appended to, not replaced


def test_info_is_logged_but_debug_only_when_asked(log_folder):
    path = logs.set_up("ropa")
    logger = logging.getLogger("ropa_desktop.test")
    logger.debug("item %s looked at", 1)
    logger.info("item %s saved", 2)
    logs.tear_down()
    text = path.read_text()
    assert "item 2 saved" in text and "item 1 looked at" not in text
    logs.set_up("ropa", debug=True)
    logger.debug("item %s looked at", 3)
    assert "item 3 looked at" in path.read_text()


def test_the_log_rotates_and_keeps_five_old_files(log_folder, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.set_up("ropa")
    logger = logging.getLogger("ropa_desktop.test")
    for number in range(400):
        logger.info("item %s saved %s", number, "x" * 40)
    names = sorted(p.name for p in log_folder.iterdir())
    assert names == ["ropa.log", *(f"ropa.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 2_000 for p in log_folder.iterdir())
    assert "item 399 saved" in path.read_text()
    if sys.platform != "win32":
        assert {_mode(p) for p in log_folder.iterdir()} == {0o600}


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="symbolic links")
def test_a_log_file_that_is_a_link_is_never_written_through(log_folder, tmp_path):
    log_folder.mkdir(parents=True)
    elsewhere = tmp_path / "someone-elses-file"
    elsewhere.write_text("keep me\n")
    (log_folder / "ropa.log").symlink_to(elsewhere)
    assert logs.set_up("ropa") is None and logs.log_file() is None
    logging.getLogger("ropa_desktop.test").error("item %s failed", 5)
    assert elsewhere.read_text() == "keep me\n"
    # The near miss: another program's file in the same folder is an ordinary file and is written.
    assert logs.set_up("ropa-desktop") == log_folder / "ropa-desktop.log"
    logging.getLogger("ropa_desktop.test").error("item %s failed", 6)
    assert "item 6 failed" in (log_folder / "ropa-desktop.log").read_text()


def test_a_folder_that_cannot_be_made_means_no_log_file_but_no_failure(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("ROPA_LOG_DIR", str(blocker / "log"))
    assert logs.set_up("ropa") is None
    logging.getLogger("ropa_desktop.test").info("item %s saved", 1)  # no error


def test_tear_down_stops_writing_to_the_file(log_folder):
    path = logs.set_up("ropa")
    logs.tear_down()
    logging.getLogger("ropa_desktop.test").warning("item %s after", 7)
    assert "item 7 after" not in path.read_text()
    assert logs.log_file() is None


def _raise_a_bug():
    raise ZeroDivisionError("a deliberate bug")


def test_details_hold_the_traceback_versions_platform_and_log_file(log_folder):
    import platform

    import PySide6
    import sqlalchemy

    path = logs.set_up("ropa-desktop")
    try:
        _raise_a_bug()
    except ZeroDivisionError:
        text = logs.details(sys.exc_info())
    assert text.startswith("Traceback (most recent call last):")
    assert "in _raise_a_bug" in text and "ZeroDivisionError: a deliberate bug" in text
    assert f"ROPA Desktop {__version__}" in text
    assert f"Python {platform.python_version()}" in text
    assert f"PySide6 {PySide6.__version__}" in text
    assert f"SQLAlchemy {sqlalchemy.__version__}" in text
    assert f"Platform {platform.platform()}" in text
    assert f"Log file {path}" in text


def test_details_take_an_exception_too_and_name_no_log_file_without_one(monkeypatch):
    logs.tear_down()
    try:
        _raise_a_bug()
    except ZeroDivisionError as error:
        bug = error
    text = logs.details(bug)
    assert "in _raise_a_bug" in text and "Log file" not in text


def test_the_messages_ropa_desktop_adds_name_no_register_texts(log_folder, monkeypatch, capsys, demo_path, tmp_path):
    """The command line's log line for a bug names the command, not the register (a file name can
    name a person) nor its texts."""
    import shutil

    from ropa_desktop import cli
    from ropa_desktop.register import quick_summary

    secret = "Salarisadministratie Jan Jansen"
    register = tmp_path / f"{secret}.ropa"
    shutil.copy2(demo_path, register)

    def broken(register):
        raise ValueError("a bug")

    monkeypatch.setattr(quick_summary, "summarise_file", broken)  # what `ropa info` reads a file with
    assert cli.main(["info", str(register)]) == 2
    text = (log_folder / "ropa.log").read_text()
    assert "ERROR ropa_desktop.cli: unexpected error in the command info" in text
    assert "ValueError: a bug" in text
    assert secret not in text
    capsys.readouterr()
