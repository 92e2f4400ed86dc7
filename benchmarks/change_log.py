"""What the change log costs a save (issue 16): 1,000 saves of one activity with the log and
without it, and how much the register file grows per recorded change.

    .venv/bin/python benchmarks/change_log.py [--saves 1000] [--activities 100]

Each save changes one field of one activity through operations.save (the window's path: one
transaction, read, write, version check). "Without" switches the recording off for the run
(change_log.begin made a no-op), so both runs do exactly the same work otherwise. The two
kinds of run take turns in rounds, so that the shared machine disturbs both alike; the total
time of each is printed with their ratio (goal: under 1.2).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from common import synthetic_register

from ropa_desktop.register import change_log, kinds, operations
from ropa_desktop.register.models import ChangeLogEntry, ProcessingActivity
from ropa_desktop.register.storage import open_register
from sqlalchemy import func, select

ROUNDS = 10


# Seconds spent writing the entries at the end of the saves (change_log.record): the log's own
# cost, which the shared machine's noise does not hide.
RECORDING = [0.0]


def _timed_record(session):
    started = time.perf_counter()
    try:
        return _RECORD(session)
    finally:
        RECORDING[0] += time.perf_counter() - started


_RECORD = change_log.record


def _saves(path: Path, count: int, start: int, record: bool) -> tuple[float, int]:
    """``count`` saves; (seconds, entries written)."""
    begin = change_log.begin
    if not record:
        change_log.begin = lambda session: None
    change_log.record = _timed_record
    try:
        with open_register(path) as register:
            with register.session() as session:
                item = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.id)).first()
                entries = session.scalar(select(func.count()).select_from(ChangeLogEntry))
            started = time.perf_counter()
            for number in range(start, start + count):
                operations.save(register, kinds.ACTIVITY, item, {"owner": f"Afdeling {number}"})
            seconds = time.perf_counter() - started
            with register.session() as session:
                entries = session.scalar(select(func.count()).select_from(ChangeLogEntry)) - entries
    finally:
        change_log.begin = begin
        change_log.record = _RECORD
    return seconds, entries


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--activities", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for record in (True, False):
            paths[record] = Path(folder) / f"{'with' if record else 'without'}.ropa"
            shutil.copyfile(synthetic_register(args.activities), paths[record])
            open_register(paths[record]).close()  # migrated now, not inside a timed round
        sizes = {record: os.path.getsize(path) for record, path in paths.items()}
        totals = {True: 0.0, False: 0.0}
        entries = 0
        per_round = args.saves // ROUNDS
        for number in range(ROUNDS):
            for record in ((True, False) if number % 2 == 0 else (False, True)):
                seconds, written = _saves(paths[record], per_round, number * per_round, record)
                totals[record] += seconds
                if record:
                    entries += written
        grown = {record: os.path.getsize(path) - sizes[record] for record, path in paths.items()}
    saves = per_round * ROUNDS
    print(f"{saves:,} saves of one activity in a register of {args.activities:,} activities")
    print(f"  with the change log     {totals[True]:7.2f} s  ({totals[True] / saves * 1000:.2f} ms a save), "
          f"{entries:,} entries")
    print(f"  without the change log  {totals[False]:7.2f} s  ({totals[False] / saves * 1000:.2f} ms a save)")
    print(f"  ratio                   {totals[True] / totals[False]:7.2f}  (goal: under 1.2)")
    print(f"  writing the entries     {RECORDING[0] / saves * 1000:7.2f} ms a save "
          f"({RECORDING[0] / totals[True]:.0%} of a save with the log)")
    extra = grown[True] - grown[False]
    print(f"  register growth         {grown[True]:,} bytes with, {grown[False]:,} without: "
          f"{extra / max(entries, 1):,.0f} bytes per recorded change")


if __name__ == "__main__":
    main()
