"""How long Edit > Undo of an import takes (putting back the copy made before it, on the GUI
thread), against SQLite's own floor for moving those pages: its backup API into a scratch file.

    .venv/bin/python benchmarks/import_undo.py

The restore cannot use the backup API itself: it must check that nobody else wrote since the
import and put the copy back under one write lock (Register.restore_from).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from common import SIZES, median_seconds, synthetic_register

from ropa_desktop.register.storage import open_register


def backup_api(copy: Path, scratch: Path) -> None:
    with closing(sqlite3.connect(copy)) as source, closing(sqlite3.connect(scratch)) as target:
        source.backup(target)


if __name__ == "__main__":
    print(f"{'activities':>10}  {'undo import (median of 5)':>26}  {'backup API floor':>17}  {'ratio':>6}")
    for size in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "register.ropa"
            shutil.copyfile(synthetic_register(size), path)
            with open_register(path) as register:
                copy = register.copy_to(Path(folder) / "before-import.ropa")
                seconds = median_seconds(lambda: register.restore_from(copy))
            floor = median_seconds(lambda: backup_api(copy, Path(folder) / "scratch.ropa"))
        print(f"{size:>10}  {seconds * 1000:>23.1f} ms  {floor * 1000:>14.1f} ms  {seconds / floor:>6.1f}")
