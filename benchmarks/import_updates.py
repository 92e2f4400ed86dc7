"""How an import that updates every activity grows with the register: our own workbook read
back into a register whose activities were all changed since the export, at 500 and 2,000
activities, against the same import when nothing changed (the floor of reading and matching).

    .venv/bin/python benchmarks/import_updates.py

Growth from 500 to 2,000 should stay near 4× (linear). It was quadratic (2,000 updates took
8 minutes) while the version bookkeeping read session.dirty once per changed item.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from sqlalchemy import select
from synthetic import make_register

from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register.models import ProcessingActivity


def timed(size: int, folder: Path, change: bool) -> float:
    register = make_register(folder / f"updates-{size}-{change}.ropa", size)
    try:
        book = folder / f"updates-{size}-{change}.xlsx"
        with book.open("wb") as target:
            write_workbook(register, "nl", target)
        if change:
            with register.transaction() as session:
                for activity in session.scalars(select(ProcessingActivity)):
                    activity.owner = "Changed since the export"
        start = time.perf_counter()
        import_workbook(register, book)
        return time.perf_counter() - start
    finally:
        register.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        print(f"{'activities':>10}  {'all updated':>12}  {'unchanged (floor)':>18}  {'ratio':>6}")
        seconds = {}
        for size in (500, 2000):
            updated, unchanged = timed(size, folder, True), timed(size, folder, False)
            seconds[size] = updated
            print(f"{size:>10}  {updated:>11.1f}s  {unchanged:>17.1f}s  {updated / unchanged:>5.2f}×")
        print(f"growth 500 → 2,000 activities: {seconds[2000] / seconds[500]:.2f}× (linear is 4×)")
