"""Kill `ropa import`, `ropa export` and the window with SIGKILL at random moments, then open
the register again as a user would and count what went wrong (issue 12, "Done when").

Each round starts in a fresh folder of its own with a register that has content, and with a
temporary folder, home and XDG folders of its own (so what a killed program leaves there is
found). After the kill: `ropa info`, the library's open_register (and one write), and for a
window round the window started again and closed normally. Then:

- opened: all three opened the register, writable (must be every round);
- partial imports: a workbook of N new activities left other than 0 or N of them (must be 0);
- edits lost: saves the window reported (logged with fsync after each save returned) that
  the register does not hold (must be 0);
- partial exports: the target neither absent/unchanged nor a complete file that openpyxl or
  pypdf reads (must be 0);
- leftovers: beside the register anything but the register, the export target and complete
  before-import copies of imports that happened; in the round's temporary folder and home,
  any copy, undo folder or unfinished file of ours (must be 0).

When the kill lands: a window is killed 0.05-2 s after it said it was ready (editing in a
loop, or starting an import through the wizard that it then undoes and redoes): at once,
or at the next sign of a write transaction (the register's rollback journal on disk), or
of a commit itself (the journal's header synced: from then until the journal is deleted a
kill leaves a hot journal). An import is killed anywhere in its run, inside a write
transaction, inside the import's own (a large journal), inside the commit, or while the
copy beside the register is made; an export anywhere, or while its file is written and
renamed. One uninterrupted run of each command first measures how long it takes. "in a
transaction" counts the kills that landed inside a write transaction ("in the commit" those
inside the commit itself); "journal left" those that left a journal beside the register.
Rounds run one after the other.

    .venv/bin/python benchmarks/stress_kill.py            # 210 kills, 70 of each kind (minutes)
    .venv/bin/python benchmarks/stress_kill.py --quick    # about 15
    .venv/bin/python benchmarks/stress_kill.py --json results/stress.json --seed 7

Exits 1 when any must-be-zero figure is not zero. Folders of failed rounds are kept (the
first few of each failure) and named in the output.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from kill_rounds import summary  # noqa: E402
from kill_rounds.fixtures import make_fixtures  # noqa: E402
from kill_rounds.rounds import EXPORT, IMPORT, WINDOW, WINDOW_IMPORT, Context, calibrate, initial_values, play, remove  # noqa: E402,E501
from kill_rounds.spawn import private_env  # noqa: E402

KEEP_PER_FAILURE = 3  # failed rounds whose folders stay for a look


def quotas(rounds: int) -> dict[str, int]:
    """Kills per kind: a third each for import, export and the window; a third of the window's
    rounds import through the wizard."""
    third = rounds // 3
    window = rounds - 2 * third
    return {IMPORT: third, EXPORT: third, WINDOW: window - (window + 1) // 3, WINDOW_IMPORT: (window + 1) // 3}


def problems_of(result: dict) -> list[str]:
    kinds = [p.split(":")[0] for p in result.get("open_problems", [])]
    kinds += [k for k in ("partial_import", "partial_export", "errors") if result.get(k)]
    kinds += ["edits_lost"] if result.get("edits_lost") else []
    kinds += [summary._leftover_kind(x) for x in result.get("leftovers", [])]
    return kinds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=210, help="kills in all (default 210: 70 of each kind)")
    parser.add_argument("--quick", action="store_true", help="about 15 kills in all")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock)")
    parser.add_argument("--json", type=Path, help="write the figures and every round to this file")
    parser.add_argument("--folder", type=Path, help="where the rounds run (default: a new temporary folder)")
    parser.add_argument(
        "--minutes",
        type=float,
        help="start no round after this many minutes (the figures then cover fewer kills, and say so)",
    )
    args = parser.parse_args()
    rounds = 15 if args.quick else args.rounds
    seed = args.seed if args.seed is not None else int(time.time())
    rnd = random.Random(seed)
    root = args.folder or Path(tempfile.mkdtemp(prefix="stress-kill-"))
    root.mkdir(parents=True, exist_ok=True)
    print(f"stress_kill: {rounds} kills, seed {seed}, in {root}", flush=True)

    started = time.monotonic()
    fixtures = make_fixtures(root / "fixtures", private_env(root / "fixtures-env"))
    context = Context(root, fixtures, initial_values(fixtures.base))
    calibrate(context)
    for name, delays in sorted(context.delays.items()):
        print(
            f"  {name}: runs {delays.seconds:.2f} s uninterrupted, first writes a file at {delays.first_write:.2f} s",
            flush=True,
        )

    wanted = quotas(rounds)
    kills = dict.fromkeys(wanted, 0)
    attempts = dict.fromkeys(wanted, 0)
    results, kept = [], {}
    number = 0
    while True:
        # Interleaved: the next kind is the one furthest from its quota, among those still trying.
        open_kinds = [k for k in wanted if kills[k] < wanted[k] and attempts[k] < 2 * wanted[k] + 5]
        if not open_kinds:
            break
        if args.minutes and time.monotonic() - started > args.minutes * 60:
            print(f"  (stopped: the {args.minutes:g} minutes are up)", flush=True)
            break
        kind = min(open_kinds, key=lambda k: (kills[k] / wanted[k], k))
        number += 1
        attempts[kind] += 1
        result = play(context, number, kind, rnd)
        results.append(result)
        kills[kind] += bool(result.get("killed"))
        found = problems_of(result)
        mark = "ok" if not found else "FAILED: " + ", ".join(sorted(set(found)))
        how = f"killed {result.get('moment', 'random')}" if result.get("killed") else "ran to end"
        journal = " (journal left)" if result.get("hot_journal") else ""
        print(f"  {number:4d} {kind:<14} {how} after {result['delay']:5.2f} s{journal}: {mark}", flush=True)
        keep = False
        for problem in set(found):
            kept[problem] = kept.get(problem, 0) + 1
            keep = keep or kept[problem] <= KEEP_PER_FAILURE
        if not keep:
            remove(result["folder"])
            result["folder"] = None

    table = summary.figures(results)
    found = summary.examples(results)
    minutes = (time.monotonic() - started) / 60
    short = "" if table["all"]["kills"] >= rounds else f", FEWER than the {rounds} asked for"
    print(f"\nstress_kill: {table['all']['kills']} kills in {minutes:.1f} min (seed {seed}){short}\n")
    summary.print_table(table)
    summary.print_examples(found)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        summary.write_json(
            args.json,
            table,
            found,
            results,
            {"rounds": rounds, "seed": seed, "root": str(root), "quotas": wanted, "minutes": round(minutes, 1)},
        )
    remove(str(root / "fixtures"))
    remove(str(root / "fixtures-env"))
    for calibration in root.glob("0000-*"):
        remove(str(calibration))
    if not any(root.iterdir()):
        root.rmdir()
    else:
        print(f"\nFolders of failed rounds are kept in {root}")
    bad = summary.failed(table)
    print("\nverdict: " + ("FAILED (a must-be-zero figure is not zero)" if bad else "passed"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
