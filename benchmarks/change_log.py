"""What the change log costs (issue 16): a save with the log and without it, how much the
register grows per recorded change, and what the check "changed since the last publication"
costs on a big register.

    .venv/bin/python benchmarks/change_log.py [--saves 1000] [--activities 100] [--runs 1]
                                              [--publication-activities 10000]

Saves: each save changes one field of one activity through operations.save (the window's path:
one transaction, read, write, version check). "Without" switches the recording off for the run
(change_log.begin made a no-op), so both runs do exactly the same work otherwise. The two kinds
take turns in short rounds, after a warm-up of each, so that the shared machine disturbs both
alike; printed: the ratio of the total times (goal: under 1.2), the median of the rounds' ratios
(a round that a neighbour's burst hit counts once, not by its seconds), and the ratio of CPU time
(the log's own work, without the disk's waits). ``--runs N`` repeats it all N times: the goal is
met when every run is under 1.2.

Growth: the register's used pages (page_count - freelist_count) before and after the saves,
and the file's size after VACUUM INTO a copy before and after, per recorded entry; both files
get the same saves, so what the entries take is the difference between them. Then 50 copies of
an activity are added to each: an added item's entry holds its whole snapshot.

Publication check: a register of 10,000 activities is published (the fingerprints of its
statement in both languages stored as a publication; the PDF is not rendered, the check never
reads it), one activity's public text is changed, and the check's reading of "today's statement"
(checks/published_statement.last_publication, which builds the statement in each language once
per generation) is timed after the change and again without one (the answer kept).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from contextlib import closing
from datetime import date
from pathlib import Path

from common import synthetic_register
from sqlalchemy import func, select

import ropa_desktop.documents  # noqa: F401  (hands the checks the statement's reader)
from ropa_desktop.checks.published_statement import last_publication
from ropa_desktop.documents.publication import fingerprint, statement_languages
from ropa_desktop.documents.statement.builder import build_statement
from ropa_desktop.register import change_log, kinds, operations, publications
from ropa_desktop.register.models import ChangeLogEntry, ProcessingActivity
from ropa_desktop.register.storage import open_register

ROUNDS = 20
WARM_UP = 20  # saves of each kind before the clock runs: imports and compiled statements


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


def _saves(path: Path, count: int, start: int, record: bool) -> tuple[float, float, int]:
    """``count`` saves; (seconds, CPU seconds, entries written)."""
    begin = change_log.begin
    if not record:
        change_log.begin = lambda session: None
    change_log.record = _timed_record
    try:
        with open_register(path) as register:
            with register.session() as session:
                item = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.id)).first()
                entries = session.scalar(select(func.count()).select_from(ChangeLogEntry))
            started, cpu = time.perf_counter(), time.process_time()
            for number in range(start, start + count):
                operations.save(register, kinds.ACTIVITY, item, {"owner": f"Afdeling {number}"})
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            with register.session() as session:
                entries = session.scalar(select(func.count()).select_from(ChangeLogEntry)) - entries
    finally:
        change_log.begin = begin
        change_log.record = _RECORD
    return seconds, cpu, entries


def used_bytes(path: Path) -> int:
    """The bytes of the pages in use: the file less its free pages."""
    with closing(sqlite3.connect(path)) as connection:
        pages, free, size = (
            connection.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_count", "freelist_count", "page_size")
        )
    return (pages - free) * size


def vacuumed_bytes(path: Path) -> int:
    """The size of the file written again without free space (VACUUM INTO a copy)."""
    copy = path.with_suffix(".vacuumed")
    copy.unlink(missing_ok=True)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("VACUUM INTO ?", (str(copy),))
    try:
        return copy.stat().st_size
    finally:
        copy.unlink()


def save_run(args, folder: Path) -> dict:
    paths = {}
    for record in (True, False):
        paths[record] = folder / f"{'with' if record else 'without'}.ropa"
        shutil.copyfile(synthetic_register(args.activities), paths[record])
        open_register(paths[record]).close()  # migrated now, not inside a timed round
        _saves(paths[record], WARM_UP, -WARM_UP, record)
    sizes = {record: (used_bytes(path), vacuumed_bytes(path)) for record, path in paths.items()}
    totals, cpus = {True: 0.0, False: 0.0}, {True: 0.0, False: 0.0}
    ratios = []
    entries = 0
    per_round = max(args.saves // ROUNDS, 1)
    RECORDING[0] = 0.0
    for number in range(ROUNDS):
        took = {}
        for record in (True, False) if number % 2 == 0 else (False, True):
            seconds, cpu, written = _saves(paths[record], per_round, number * per_round, record)
            took[record] = seconds
            totals[record] += seconds
            cpus[record] += cpu
            if record:
                entries += written
        ratios.append(took[True] / took[False])
    grown = {
        record: (used_bytes(path) - sizes[record][0], vacuumed_bytes(path) - sizes[record][1])
        for record, path in paths.items()
    }
    return {
        "saves": per_round * ROUNDS,
        "totals": totals,
        "cpus": cpus,
        "ratios": ratios,
        "entries": entries,
        "recording": RECORDING[0],
        "grown": grown,
        "copies": copies_grown(paths),
    }


def copies_grown(paths: dict[bool, Path], count: int = 50) -> dict[bool, int]:
    """Bytes (after VACUUM) that ``count`` new activities, copies of one, add with the log and
    without: an added item's entry holds its whole snapshot."""
    grown = {}
    for record, path in paths.items():
        begin = change_log.begin
        if not record:
            change_log.begin = lambda session: None
        try:
            before = vacuumed_bytes(path)
            with open_register(path) as register:
                item = operations.order(register, kinds.ACTIVITY)[0]
                for number in range(count):
                    operations.duplicate(register, item, {"nl": f"Kopie {number}", "en": f"Copy {number}"})
            grown[record] = (vacuumed_bytes(path) - before) / count
        finally:
            change_log.begin = begin
    return grown


def print_saves(args, run: dict) -> float:
    saves, totals, cpus, entries, grown = run["saves"], run["totals"], run["cpus"], run["entries"], run["grown"]
    ratio = totals[True] / totals[False]
    print(f"{saves:,} saves of one activity in a register of {args.activities:,} activities")
    print(
        f"  with the change log     {totals[True]:7.2f} s  ({totals[True] / saves * 1000:.2f} ms a save), "
        f"{entries:,} entries"
    )
    print(f"  without the change log  {totals[False]:7.2f} s  ({totals[False] / saves * 1000:.2f} ms a save)")
    print(f"  ratio                   {ratio:7.2f}  (goal: under 1.2)")
    print(f"  median of {len(run['ratios'])} rounds     {statistics.median(run['ratios']):7.2f}")
    print(f"  ratio of CPU time       {cpus[True] / cpus[False]:7.2f}")
    print(
        f"  writing the entries     {run['recording'] / saves * 1000:7.2f} ms a save "
        f"({run['recording'] / totals[True]:.0%} of a save with the log)"
    )
    per = max(entries, 1)
    print(
        f"  growth, pages in use    {grown[True][0]:,} bytes with, {grown[False][0]:,} without: "
        f"{(grown[True][0] - grown[False][0]) / per:,.0f} bytes per recorded change"
    )
    print(
        f"  growth, after VACUUM    {grown[True][1]:,} bytes with, {grown[False][1]:,} without: "
        f"{(grown[True][1] - grown[False][1]) / per:,.0f} bytes per recorded change"
    )
    copies = run["copies"]
    print(
        f"  an activity added       {copies[True]:,.0f} bytes with, {copies[False]:,.0f} without: "
        f"{copies[True] - copies[False]:,.0f} bytes for its entry (its whole snapshot)"
    )
    return ratio


def publication_check(activities: int, folder: Path) -> None:
    path = folder / "published.ropa"
    shutil.copyfile(synthetic_register(activities), path)
    with open_register(path) as register:
        started = time.perf_counter()
        languages = statement_languages(register)
        documents = [
            publications.Document(language, b"", b"", fingerprint(build_statement(register, language, dated=None)))
            for language in languages
        ]
        with register.transaction() as session:
            publications.record(session, date.today(), documents)
        published = time.perf_counter() - started
        with register.session() as session:
            item = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.id)).first()
        unchanged, _ = _timed(lambda: last_publication(register))  # built once: the answer is kept
        operations.save(
            register,
            kinds.ACTIVITY,
            item,
            {"public_explanation": {"nl": "Gewijzigde uitleg.", "en": "Changed explanation."}},
        )
        after_change, found = _timed(lambda: last_publication(register))
        again, _ = _timed(lambda: last_publication(register))
    changed = sorted(language for language, printed in found.published.items() if found.now[language] != printed)
    print(f"\nThe check 'changed since the last publication' on {activities:,} activities ({', '.join(languages)})")
    print(f"  fingerprints stored at publication   {published:7.2f} s")
    print(
        f"  check after a change                 {after_change:7.2f} s  (statement built again; changed: "
        f"{', '.join(changed) or 'none'})"
    )
    print(f"  check with nothing changed since     {again * 1000:7.1f} ms  (first read {unchanged:.2f} s)")


def _timed(fn):
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--activities", type=int, default=100)
    parser.add_argument("--runs", type=int, default=1, help="repeat the saves this many times (each must be under 1.2)")
    parser.add_argument(
        "--publication-activities",
        type=int,
        default=10_000,
        help="register size for the publication check (0: skip it)",
    )
    args = parser.parse_args()
    ratios = []
    with tempfile.TemporaryDirectory() as folder:
        for number in range(args.runs):
            if args.runs > 1:
                print(f"\nrun {number + 1} of {args.runs}")
            ratios.append(print_saves(args, save_run(args, Path(folder))))
        if args.runs > 1:
            print(
                f"\nratios of {args.runs} runs: {', '.join(f'{r:.2f}' for r in ratios)}; "
                f"highest {max(ratios):.2f} (goal: under 1.2)"
            )
        if args.publication_activities:
            publication_check(args.publication_activities, Path(folder))


if __name__ == "__main__":
    main()
