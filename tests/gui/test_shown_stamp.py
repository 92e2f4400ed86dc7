"""ROPA_SHOWN_STAMP (gui/app.py): the window's process says when its first window is on the screen,
on the clock every process shares, for benchmarks/cold_start.py."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from ropa_desktop.register.demo import create_demo_register

START = "import sys; from ropa_desktop.gui.app import main; sys.exit(main())"


def _start(tmp_path, register, **wanted: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROPA_QUIT_AFTER_MS": "0", **wanted}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())  # a first start's settings, not the developer's
    return subprocess.run(
        [sys.executable, "-c", START, str(register)], capture_output=True, text=True, env=env, timeout=180, check=True
    )


def test_the_window_says_when_it_is_shown(tmp_path):
    register = tmp_path / "demo.ropa"
    create_demo_register(register).close()
    before = time.monotonic()
    started = _start(tmp_path, register, ROPA_SHOWN_STAMP="1")
    after = time.monotonic()
    lines = [line for line in started.stdout.splitlines() if line.startswith("shown ")]
    assert len(lines) == 1
    assert before < float(lines[0].split()[1]) < after


def test_without_the_variable_the_window_says_nothing(tmp_path):
    register = tmp_path / "demo.ropa"
    create_demo_register(register).close()
    started = _start(tmp_path, register)
    assert "shown" not in started.stdout
