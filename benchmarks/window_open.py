"""The window on large registers: time to open it with the activities listed, time for a
filter keystroke, and the process's peak memory, for 100, 2,000 and 10,000 activities.

Each size runs in a fresh process so memory is measured per size: the peak of the first window
opened, once its list is read, its compliance checks run and catalogues read ahead (wait_until_open),
a search typed and an activity selected. Issue 19's goal: under 250 MB with 10,000 activities.

    .venv/bin/python benchmarks/window_open.py
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import SIZES, synthetic_register  # noqa: E402

# What an officer types into the search box, one keystroke at a time.
TYPED = "purpose 1"


def peak_memory_mb() -> float:
    """This process's peak resident memory. VmHWM belongs to the process image; getrusage's
    ru_maxrss would carry the peak of a large parent across fork and exec."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def wait_until_open(app, window, limit: float = 120.0) -> None:
    """Until the window is open as the officer sees it: its list read (a long one is read off the
    GUI thread, row_reading.py), the compliance checks run, the catalogues read ahead and the change
    log verified. Without this the measure would stop at an empty list (its reading not even started)."""
    deadline = time.perf_counter() + limit
    page = window.current_page()
    while time.perf_counter() < deadline:
        app.processEvents()
        reading = getattr(page, "list_reading", None)
        if (
            reading is None
            and window.checker.findings is not None
            and not window.checker.busy()
            and window.catalogue._job is None
            and not window.log_banner.running()
        ):
            return
        time.sleep(0.005)
    raise TimeoutError("the window did not finish opening")


def measure(size: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from ropa_desktop.gui import language
    from ropa_desktop.gui.main_window import MainWindow
    from ropa_desktop.gui.settings import Settings
    from ropa_desktop.gui.workspace import Workspace
    from ropa_desktop.register import kinds
    from ropa_desktop.register.storage import open_register

    app = QApplication([])
    language.install(app, "en")
    path = synthetic_register(size)
    settings = Settings(Path(tempfile.mkdtemp()) / "settings.ini")

    # The window the officer works in first: its peak memory is measured before any other
    # window is opened in this process (a closed window's memory is not all given back to the
    # system, and would count as well).
    start = time.perf_counter()
    register = open_register(path)
    window = MainWindow(Workspace(register), settings)
    window.show()
    wait_until_open(app, window)
    opens = [time.perf_counter() - start]
    page = window.page_of[kinds.ACTIVITY]
    keystrokes = []
    for _ in range(3):
        for end in range(1, len(TYPED) + 1):
            start = time.perf_counter()
            page.search.setText(TYPED[:end])
            app.processEvents()
            keystrokes.append(time.perf_counter() - start)
        page.search.clear()
        app.processEvents()
    shown = page.proxy.rowCount()
    listed = page.model.rowCount()
    # Select an activity: the editor loads it.
    start = time.perf_counter()
    page.table.selectRow(size // 2)
    app.processEvents()
    select = time.perf_counter() - start
    peak_mb = peak_memory_mb()
    window.close()
    window.deleteLater()
    app.processEvents()
    register.close()

    # Opened again twice: the time to open is the median of the three.
    for _ in range(2):
        start = time.perf_counter()
        register = open_register(path)
        window = MainWindow(Workspace(register), settings)
        window.show()
        wait_until_open(app, window)
        opens.append(time.perf_counter() - start)
        window.close()
        window.deleteLater()
        app.processEvents()
        register.close()
    return {
        "open": statistics.median(opens),
        "keystroke": statistics.median(keystrokes),
        "keystroke_max": max(keystrokes),
        "select": select,
        "peak_mb": peak_mb,
        "rows": listed,
        "shown": shown,
    }


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--size":
        result = measure(int(sys.argv[2]))
        print(" ".join(f"{k}={v}" for k, v in result.items()))
        sys.exit(0)
    print(
        f"{'activities':>10} {'open window':>12} {'keystroke':>10} {'worst key':>10} {'select':>8} {'peak memory':>12}"
    )
    for size in SIZES:
        synthetic_register(size)  # made outside the measured process
        output = subprocess.run(
            [sys.executable, __file__, "--size", str(size)], check=True, capture_output=True, text=True
        ).stdout
        values = dict(item.split("=") for item in output.split())
        print(
            f"{size:>10} {float(values['open']) * 1000:>9.0f} ms {float(values['keystroke']) * 1000:>7.1f} ms "
            f"{float(values['keystroke_max']) * 1000:>7.1f} ms {float(values['select']) * 1000:>5.0f} ms "
            f"{float(values['peak_mb']):>9.0f} MB"
        )
