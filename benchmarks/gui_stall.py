"""How long the window stands still while an officer visits every section of a large register.

A heartbeat timer ticks every 10 ms on the GUI thread; whatever keeps that thread (or Python's
lock, which every slot needs) busy shows as a gap between two ticks. The benchmark opens the real
main window (offscreen) on a synthetic register, lets the first checks finish, then visits every
entry of the navigation in turn, waiting on each until its work is done (the privacy statement:
until its preview job has finished), and on the statement page also switches the language and
reads the last page. For each step it prints the longest stall (the largest gap less the 10 ms),
how long the step took to settle, and the memory in use; the target is a stall under 100 ms.
Opening the window (until its long lists, read off the GUI thread, are shown) and the first
run of the checks are reported apart at the end: they happen once per register opened.

Each size runs in a fresh process so memory is measured per size.

    .venv/bin/python benchmarks/gui_stall.py                # 2,000 and 10,000 activities
    .venv/bin/python benchmarks/gui_stall.py 10000          # one size
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import synthetic_register  # noqa: E402

SIZES = (2_000, 10_000)
TICK_MS = 10
TARGET_MS = 100
OPENING = "open the window (until its lists are read)"
FIRST_CHECKS = "first checks (Problems panel)"
SETTLE_MS = 500  # after a step's work is done, keep measuring: late follow-up work counts too
STEP_TIMEOUT_S = 600


def memory_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (the peak) of this process, in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


class Heartbeat:
    """Ticks every 10 ms on the GUI thread and keeps the largest gap since the last reset."""

    def __init__(self):
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - TICK_MS / 1000)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0


def run_until(app, done, settle_ms: int = SETTLE_MS) -> float:
    """Run the event loop until ``done()`` holds, then ``settle_ms`` more; the seconds it took."""
    from PySide6.QtCore import QEventLoop, QTimer

    start = time.perf_counter()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    state = {"done_at": None}

    def check() -> None:
        now = time.perf_counter()
        if state["done_at"] is None and done():
            state["done_at"] = now
        if state["done_at"] is not None and now - state["done_at"] >= settle_ms / 1000:
            loop.quit()
        if now - start > STEP_TIMEOUT_S:
            raise SystemExit(f"step did not settle within {STEP_TIMEOUT_S} s")

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    return (state["done_at"] or time.perf_counter()) - start


def measure(size: int) -> list[dict]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ropa_desktop.gui import language
    from ropa_desktop.gui.collector import GuiThreadCollector
    from ropa_desktop.gui.kind_names import section_name
    from ropa_desktop.gui.main_window import MainWindow
    from ropa_desktop.gui.navigation_model import SECTIONS, STATEMENT
    from ropa_desktop.gui.settings import Settings
    from ropa_desktop.gui.workspace import Workspace
    from ropa_desktop.register.storage import open_register

    app = QApplication([])
    language.install(app, "en")
    collector = GuiThreadCollector(app)  # as the application runs: the GUI thread collects
    heartbeat = Heartbeat()
    results: list[dict] = []

    def step(name: str, action, done=lambda: True) -> None:
        heartbeat.reset()
        QTimer.singleShot(0, action)  # inside the event loop, where the heartbeat sees it
        seconds = run_until(app, done)
        results.append(
            {"step": name, "stall_ms": heartbeat.worst * 1000, "settle_s": seconds, "rss_mb": memory_mb("VmRSS")}
        )

    register = open_register(synthetic_register(size))
    settings = Settings(Path(tempfile.mkdtemp()) / "settings.ini")
    window: list[MainWindow] = []

    def open_window() -> None:
        window.append(MainWindow(Workspace(register), settings))
        window[0].show()

    def lists_read() -> bool:  # a long list is read off the GUI thread (gui/row_reading.py)
        # The pages made so far (a section's page is made when first shown: main_window.py).
        return bool(window) and all(
            getattr(page, "_reading", None) is None for page in window[0].page_of.made().values()
        )

    # Opening builds the first page (the others are built when first shown, in their steps
    # below), and reads its long list off the GUI thread: the step lasts until it is shown.
    # Then the first checks run (off the GUI thread too).
    step(OPENING, open_window, lists_read)
    step(FIRST_CHECKS, lambda: None, lambda: not window[0].checker.busy())
    main = window[0]
    statement = main.page_of[STATEMENT]
    # What the machine itself adds (other processes on the same cores): the window doing nothing.
    idle_until = time.perf_counter() + 2
    step("idle window (the machine's noise)", lambda: None, lambda: time.perf_counter() > idle_until)

    def statement_ready() -> bool:
        return statement._job is None and statement.preview.page_count() > 0 and not statement._stale

    for kind in SECTIONS:
        step(
            section_name(kind),
            lambda kind=kind: main.show_section(kind),
            statement_ready if kind == STATEMENT else (lambda: True),
        )
    other = next(code for code in main.workspace.languages() if code != statement.current_language())
    step(
        f"statement: switch to {other}",
        lambda: statement.language.setCurrentIndex(statement.language.findData(other)),
        lambda: statement_ready() and statement.preview.pages().language == other,
    )
    step("statement: read the last page", lambda: statement.preview.show_page(statement.preview.page_count() - 1))
    step("statement: previous page", statement.preview.previous_button.click)
    results.append({"step": "peak memory", "peak_mb": memory_mb("VmHWM"), "pages": statement.preview.page_count()})
    main.close()
    collector.stop()
    register.close()
    return results


def report(size: int, results: list[dict]) -> float:
    print(f"\n{size:,} activities")
    print(f"  {'step':<44} {'longest stall':>14} {'settled in':>11} {'memory':>9}")
    worst = 0.0
    for result in results:
        if "peak_mb" in result:
            print(f"  peak memory {result['peak_mb']:.0f} MB; statement preview in {result['pages']:,} pages")
            continue
        opening = result["step"].startswith(("open", "idle", "first checks"))
        if not opening:
            worst = max(worst, result["stall_ms"])
        flag = "  > target" if result["stall_ms"] >= TARGET_MS else ""
        print(
            f"  {result['step']:<44} {result['stall_ms']:>11.0f} ms {result['settle_s']:>9.2f} s "
            f"{result['rss_mb']:>6.0f} MB{flag}"
        )
    print(
        f"  longest stall visiting the sections: {worst:.0f} ms (target under {TARGET_MS} ms; "
        f"opening and the first checks not counted)"
    )
    stalls = {result["step"]: result["stall_ms"] for result in results if "stall_ms" in result}
    for name, label in ((OPENING, "opening the window"), (FIRST_CHECKS, "the first checks run")):
        if name in stalls:
            verdict = "over" if stalls[name] >= TARGET_MS else "under"
            print(f"  longest stall {label}: {stalls[name]:.0f} ms ({verdict} the target of {TARGET_MS} ms)")
    return worst


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--size":
        print(json.dumps(measure(int(sys.argv[2]))))
        sys.exit(0)
    sizes = [int(arg) for arg in sys.argv[1:]] or list(SIZES)
    for size in sizes:
        synthetic_register(size)  # made outside the measured process
        output = subprocess.run(
            [sys.executable, __file__, "--size", str(size)], check=True, capture_output=True, text=True
        ).stdout
        report(size, json.loads(output.strip().splitlines()[-1]))
