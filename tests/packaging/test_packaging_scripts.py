"""The packaging scripts that run outside PyInstaller: the Qt library check `make run` does first,
and the man page written from the command line's parser."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from ropa_desktop.cli import _parser

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


qt_libraries = _load("qt_libraries")
make_manpage = _load("make_manpage")


def test_debian_package_names_follow_the_soname_rule_and_its_exceptions():
    assert qt_libraries.package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert qt_libraries.package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"  # ends in a digit: a hyphen
    assert qt_libraries.package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert qt_libraries.package_for("libglib-2.0.so.0") == "libglib2.0-0"  # not libglib-2.0-0
    assert qt_libraries.package_for("libm.so.6") == "libc6"


@pytest.fixture
def missing_cursor_library(monkeypatch, tmp_path):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    monkeypatch.setattr(qt_libraries, "xcb_plugin", lambda: plugin)
    monkeypatch.setattr(
        qt_libraries,
        "linked_libraries",
        lambda binary, search=(): {"libxcb-cursor.so.0": None, "libxcb.so.1": "/usr/lib/libxcb.so.1"},
    )
    monkeypatch.setattr(qt_libraries.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(qt_libraries.sys, "platform", "linux")


def test_on_a_desktop_the_check_stops_with_the_one_install_command(missing_cursor_library, monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert qt_libraries.check() == 1
    assert "sudo apt-get install libxcb-cursor0\n" in capsys.readouterr().err  # the missing one only


def test_offscreen_the_check_only_notes_what_is_missing(missing_cursor_library, monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert qt_libraries.check() == 0
    assert "libxcb-cursor0" in capsys.readouterr().err


def test_nothing_missing_says_nothing(monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(qt_libraries, "linked_libraries", lambda binary, search=(): {"libxcb.so.1": "/usr/lib/x"})
    assert qt_libraries.check() == 0
    assert capsys.readouterr().err == ""


def test_the_man_page_has_every_command_and_option_of_the_parser():
    page = make_manpage.page(_parser())
    for name, _help, sub in make_manpage.commands(_parser()):
        assert f".SS {make_manpage.roff(name)}\n" in page
        for action in sub._actions:
            for option in action.option_strings:
                assert make_manpage.roff(option) in page
    assert ".SS statement\n" in page and "\\-\\-format" in page
    assert ".SS statements\n" not in page
