"""The first look (gui/first_look.py, issue 19): the register's activities on the screen before
the main window's libraries load; the main window then takes its place, and a register that does
not open takes it away before anything is asked."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ropa_desktop.gui import language, start_dialog
from ropa_desktop.gui.app import Controller
from ropa_desktop.gui.first_look import FirstLook, show_first_look
from ropa_desktop.gui.settings import Settings
from ropa_desktop.register.glimpse import glimpse


@pytest.fixture
def demo_file(demo_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.ropa"
    shutil.copyfile(demo_path, copy)
    return copy


def _names(look: FirstLook) -> list[str]:
    model = look.model
    return [model.data(model.index(row, 2)) for row in range(model.rowCount())]


def test_the_first_look_lists_the_activities_in_the_interface_language(qapp, qtbot, demo_file, settings):
    language.install(qapp, "nl")
    try:
        look = show_first_look(qapp, str(demo_file), settings)
        assert look is not None
        qtbot.addWidget(look)
        assert look.isVisible()
        assert look.windowTitle() == "Connaxis B.V. — demo.ropa — ROPA Desktop"
        assert _names(look)[:2] == ["Onze dienstverlening", "Wettelijke plichten"]
        assert look.model.headerData(2, Qt.Orientation.Horizontal) == "Naam"
        assert look.statusBar().currentMessage() == "Het register wordt geopend…"
        look.close()
    finally:
        language.install(qapp, "en")
    look = show_first_look(qapp, str(demo_file), settings)
    assert look is not None
    qtbot.addWidget(look)
    assert _names(look)[0] == "Our services"
    assert look.statusBar().currentMessage() == "Opening the register…"


def test_the_first_look_takes_the_main_window_size_and_place(qapp, qtbot, demo_file, settings):
    assert show_first_look(qapp, str(demo_file), settings).size().toTuple() == (1280, 800)  # type: ignore[union-attr]
    sized = FirstLook(glimpse(demo_file), demo_file, settings)  # type: ignore[arg-type]
    qtbot.addWidget(sized)
    sized.resize(760, 580)  # within the offscreen screen (800 × 600), which restoring keeps it to
    sized.show()
    settings.set_state("geometry", sized.saveGeometry())  # as the main window saves it
    look = show_first_look(qapp, None, _with_last(settings, demo_file))
    assert look is not None
    qtbot.addWidget(look)
    assert look.size().toTuple() == (760, 580)


def _with_last(settings: Settings, path: Path) -> Settings:
    settings.add_recent(str(path))
    return settings


def test_no_first_look_for_a_server_an_upgrade_or_junk(qapp, tmp_path, settings):
    junk = tmp_path / "junk.ropa"
    junk.write_text("not a register")
    old = tmp_path / "old.ropa"
    shutil.copyfile(Path(__file__).parents[1] / "fixtures" / "registers" / "schema-0007.ropa", old)
    assert show_first_look(qapp, "postgresql://officer@db.example/register", settings) is None
    assert show_first_look(qapp, str(junk), settings) is None
    assert show_first_look(qapp, str(old), settings) is None
    assert show_first_look(qapp, None, settings) is None  # a first start: nothing used last


def test_the_main_window_takes_the_first_looks_place(qapp, qtbot, demo_file, settings, answers, english):
    look = show_first_look(qapp, str(demo_file), settings)
    assert look is not None
    controller = Controller(qapp, settings, look)
    try:
        assert controller.start(str(demo_file))
        assert controller.window is not None and controller.window.isVisible()
        assert not look.isVisible() and controller.first_look is None
        assert look.model.activities == []  # let go of: the main window needs the memory more
    finally:
        controller.window.close()  # type: ignore[union-attr]
        controller.shutdown()


def test_a_refused_register_takes_the_first_look_away_before_saying_why(
    qapp, demo_file, settings, answers, english, monkeypatch
):
    look = show_first_look(qapp, str(demo_file), settings)
    assert look is not None
    demo_file.write_text("damaged since the glimpse")
    visible_when_told: list[bool] = []
    monkeypatch.setattr(
        "ropa_desktop.gui.dialogs.show_error", lambda parent, title, text: visible_when_told.append(look.isVisible())
    )
    monkeypatch.setattr(start_dialog, "ask_start", lambda parent=None: None)
    controller = Controller(qapp, settings, look)
    assert not controller.start(str(demo_file))
    assert visible_when_told == [False]
    controller.shutdown()


START = "import sys; from ropa_desktop.gui.launch import main; sys.exit(main())"
PROBE = """
import json, sys
from ropa_desktop.gui import first_look
shown = first_look.show_first_look
def probe(app, target, settings):
    look = shown(app, target, settings)
    print(json.dumps({"looked": look is not None,
                      "loaded": sorted({m.split('.')[0] for m in sys.modules} & {"sqlalchemy", "alembic", "openpyxl"})}))
    return look
first_look.show_first_look = probe
from ropa_desktop.gui import launch
launch.show_first_look = probe
sys.exit(launch.main())
"""


def _start(tmp_path: Path, code: str, register: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROPA_QUIT_AFTER_MS": "0", "ROPA_SHOWN_STAMP": "1"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())  # a first start's settings, not the developer's
    return subprocess.run(
        [sys.executable, "-c", code, str(register)], capture_output=True, text=True, env=env, timeout=180, check=True
    )


def test_the_first_look_is_shown_before_sqlalchemy_is_imported(tmp_path, demo_file):
    started = _start(tmp_path, PROBE, demo_file)
    probed = json.loads(next(line for line in started.stdout.splitlines() if line.startswith("{")))
    assert probed == {"looked": True, "loaded": []}
    stamps = [line.split() for line in started.stdout.splitlines() if line.startswith(("shown ", "ready "))]
    assert [word for word, _ in stamps] == ["shown", "ready"]
    assert float(stamps[0][1]) <= float(stamps[1][1])  # the list first, the main window after it


def test_closing_the_first_look_while_the_rest_loads_quits(tmp_path, demo_file):
    closes = PROBE.replace("    return look\n", "    look.close()\n    return look\n")
    started = _start(tmp_path, closes, demo_file)
    assert '"looked": true' in started.stdout
    assert "ready " not in started.stdout  # no main window came


def test_putting_the_first_look_away_is_not_the_officer_closing_it(qapp, qtbot, demo_file, settings):
    look = show_first_look(qapp, str(demo_file), settings)
    assert look is not None
    look.put_away()
    assert not look.dismissed
