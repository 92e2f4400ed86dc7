"""Cold start to the first window: `ropa-desktop demo.ropa` until a window is on the screen with
the activities listed, against a bare PySide6 window (the floor: no Qt window can come up faster).
That first window is the first look (gui/first_look.py), read with sqlite3 alone while the libraries
the main window edits with load; the main window ready to edit, which then takes its place, is
measured too ("ready"), against the same floor and the floor plus SQLAlchemy's ORM.

Issue 19's goal: at most 2 times the floor. Each start is a fresh process; the two are started in
turn, so a busy machine slows both alike, and the best of the rounds is taken (the start least
disturbed by the other programs on the machine). Each process prints, on the clock all processes
share (CLOCK_MONOTONIC), the moment its window is exposed and painted; the window's process does so
when ROPA_SHOWN_STAMP is set (gui/app.py) and quits at once with ROPA_QUIT_AFTER_MS=0.

.venv/bin/python benchmarks/cold_start.py [ROUNDS]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 2.0
ROUNDS = 7
BIN = Path(sys.executable).parent

# The floor: QApplication and a QMainWindow of the window's size, shown, until it is exposed and painted.
FLOOR = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
handle = window.windowHandle()
while not handle.isExposed():
    app.processEvents()
app.processEvents()
print(f"shown {time.monotonic()}", flush=True)
"""
# For reference, the floor of the libraries the window reads the register with: the same bare window
# in a process that also imports SQLAlchemy's ORM (the register's models and queries need it).
LIBRARIES = "import sqlalchemy.orm\n" + FLOOR


def seconds_to_window(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """From starting the process to a window with the list being shown, and to the main window
    being ready (the same moment for the floors), as the process reports them."""
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    shown = ready = None
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown "):
            shown = float(line.split()[1])
        if line.startswith("ready "):
            ready = float(line.split()[1])
    if process.wait(timeout=120) != 0 or shown is None:
        raise RuntimeError(f"{command[0]} did not show its window (exit status {process.returncode})")
    return shown - start, (ready or shown) - start


def main(rounds: int = ROUNDS) -> None:
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = dict(os.environ)
        if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # The settings, logs and data of a first start, never the officer's own.
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[name] = str(home / name.lower())
        # Started as installed, from bytecode (pip compiles a package as it installs it): a checkout
        # run with PYTHONDONTWRITEBYTECODE would compile every module of ours at every start. The
        # bytecode goes to this run's folder, not beside the sources.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(home / "bytecode")
        demo = home / "demo.ropa"
        subprocess.run([str(BIN / "ropa"), "demo", str(demo)], check=True, env=env, stdout=subprocess.DEVNULL)
        commands = {
            "floor": [sys.executable, "-c", FLOOR],
            "libraries": [sys.executable, "-c", LIBRARIES],
            "window": [str(BIN / "ropa-desktop"), str(demo)],
        }
        window_env = {**env, "ROPA_SHOWN_STAMP": "1", "ROPA_QUIT_AFTER_MS": "0"}
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for measured in [False] + [True] * rounds:  # the first round fills the file cache, writes bytecode
            for name, command in commands.items():
                taken = seconds_to_window(command, window_env if name == "window" else env)
                if measured:
                    times[name].append(taken)
    floor, libraries = min(times["floor"])[0], min(times["libraries"])[0]
    window = min(shown for shown, _ in times["window"])
    ready = min(ready for _, ready in times["window"])
    ratio = window / floor
    verdict = "met" if ratio <= GOAL else "not met"
    print(f"{'start to first window':<40} {f'best of {rounds}':>10} {'ratio':>7}  goal")
    print(f"{'bare PySide6 QMainWindow (floor)':<40} {floor * 1000:>7.0f} ms {1:>6.2f}x")
    print(f"{'the same after import sqlalchemy.orm':<40} {libraries * 1000:>7.0f} ms {libraries / floor:>6.2f}x")
    print(f"{'ropa-desktop demo.ropa: list shown':<40} {window * 1000:>7.0f} ms {ratio:>6.2f}x  <= {GOAL}x {verdict}")
    print(
        f"{'ropa-desktop demo.ropa: ready to edit':<40} {ready * 1000:>7.0f} ms {ready / floor:>6.2f}x"
        f"  ({ready / libraries:.2f}x the floor with SQLAlchemy)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS)
