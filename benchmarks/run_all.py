"""Run every benchmark script in this folder, one after the other.

server_open.py (a register of 10,000 activities opened from PostgreSQL) starts a throwaway server
of its own, as the tests do, and says it skipped when PostgreSQL's binaries are not installed."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
for script in sorted(HERE.glob("*.py")):
    if script.name not in {
        "run_all.py",
        "common.py",
        "synthetic.py",
        "realistic_sheet.py",
        "stress_kill.py",
        "stress_change_log.py",
        "screenshot_tour.py",
    }:
        # stress: `make stress` and `make stress-log`; the tour needs a display
        print(f"== {script.name}")
        runpy.run_path(str(script), run_name="__main__")
