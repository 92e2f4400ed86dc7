"""Kill a program saving changes with SIGKILL at random moments, and check the change log after
each kill (issue 16: the log is written in the change's own transaction, so a kill can never
leave a change without its entries, entries without their change, or a gap).

A child process opens the register and saves in a loop, as the window does: one field of an
activity (one entry), three fields at once (three entries in one change set), a copy of an
activity (an "added" entry with its whole snapshot) and the deletion of such a copy. After each
save returned (committed) it appends the save to an acknowledgement file and syncs it. The
parent kills it at a random moment: half of the rounds at a random time after it started
saving, half at the moment a rollback journal appears beside the register after such a time
(inside a write transaction, often inside its commit). Then the register is opened as a user
would open it, and:

- verified: change_log_chain.verify finds no broken entry (must be every round);
- no gap: the sequence numbers are exactly 1..N (must be every round);
- log = register: the register rebuilt from the log alone (register/as_of.py) is the register
  as stored, item for item and field for field: no change without its entries, no entry of a
  change that was not committed (must be every round);
- acknowledged: every save the child acknowledged has its entries, each change set whole
  (three for a save of three fields), and at most one change set more than it acknowledged
  (the save committed just before the kill, not yet acknowledged) (must be every round).

    .venv/bin/python benchmarks/stress_change_log.py                 # 300 kills
    .venv/bin/python benchmarks/stress_change_log.py --rounds 20 --seed 7 --json results/stress_log.json

Exits 1 when any round failed; the register of a failed round is kept and named.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from ropa_desktop.register import as_of, change_log, kinds, snapshots
from ropa_desktop.register.change_log_entries import snapshot
from ropa_desktop.register.change_log_values import canonical, tidy
from ropa_desktop.register.demo import create_demo_register
from ropa_desktop.register.models import ChangeLogEntry
from ropa_desktop.register.models.change_log import ADDED, CHANGED, DELETED
from ropa_desktop.register.storage import open_register

CHILD = r"""
import os, random, sys
from sqlalchemy import select
from ropa_desktop.register import change_log, kinds, operations
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.storage import open_register

path, acks, seed, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rnd = random.Random(seed)
change_log.set_default(who="stress", name="Stress test", origin="window")
register = open_register(path)
with register.session() as session:
    found = session.execute(select(ProcessingActivity.id, ProcessingActivity.name)
                            .order_by(ProcessingActivity.id)).all()
copies = [item for item, name in found if (name or {}).get("en", "").startswith("Stress copy")]
originals = [item for item, name in found if item not in copies]
out = open(acks, "a", encoding="utf-8")
print("ready", flush=True)
number = start
while True:
    number += 1
    choice = rnd.random()
    if choice < 0.55:
        item = rnd.choice(originals)
        operations.save(register, kinds.ACTIVITY, item, {"owner": f"owner {number}"})
        ack = ["one", item, f"owner {number}"]
    elif choice < 0.8:
        item = rnd.choice(originals)
        operations.save(register, kinds.ACTIVITY, item, {"owner": f"owner {number}", "department": f"dept {number}",
                        "internal_notes": f"note {number}"})
        ack = ["three", item, f"owner {number}"]
    elif choice < 0.92 or not copies:
        name = f"Stress copy {number}"
        item, _ = operations.duplicate(register, rnd.choice(originals), {"nl": name, "en": name})
        copies.append(item)
        ack = ["copy", item, f"Stress copy {number}"]
    else:
        item = copies.pop(rnd.randrange(len(copies)))
        operations.delete(register, kinds.ACTIVITY, item)
        ack = ["delete", item, ""]
    out.write("\t".join(map(str, [number, *ack])) + "\n")
    out.flush()
    os.fsync(out.fileno())
"""

AT_RANDOM, IN_TRANSACTION = "at random", "in a transaction"


def current(session) -> dict:
    """Every item of the register as the log keeps its snapshot (its version left out: the log
    records changes of content, not of bookkeeping)."""
    found = {}
    for kind, model in kinds.MODELS.items():
        for obj in session.scalars(select(model)):
            found[(kind, obj.id)] = _content(json.loads(canonical(tidy(snapshot(kind, obj)))))
    return found


def _content(snap: dict) -> dict:
    return {key: value for key, value in snap.items() if key != snapshots.VERSION}


def read_acks(path: Path) -> list[tuple[int, str, int, str]]:
    """The saves acknowledged; a last line cut short by the kill is not one."""
    found = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and parts[0].isdigit() and parts[2].isdigit():
                found.append((int(parts[0]), parts[1], int(parts[2]), parts[3]))
    return found


def judge(path: Path, acks: list, since: int) -> tuple[list[str], int, dict]:
    """(problems, the last sequence now, figures) after a kill; ``acks``: this round's
    acknowledged saves; ``since``: the last sequence before the round."""
    problems = []
    with open_register(path) as register, register.session() as session:
        count, broken = change_log.verify(session)
        if broken is not None:
            problems.append("verify: " + broken.sentence())
        low, high, rows = session.execute(
            select(func.min(ChangeLogEntry.sequence), func.max(ChangeLogEntry.sequence), func.count())
        ).one()
        if (low, high) != (1, rows):
            problems.append(f"gap: sequences {low}..{high} in {rows} entries")
        rebuilt = {item: _content(snap) for item, snap in as_of.rebuild(session).items()}
        stored = current(session)
        differ = sorted(item for item in rebuilt.keys() | stored.keys() if rebuilt.get(item) != stored.get(item))
        if differ:
            problems.append(f"log differs from the register in {len(differ)} item(s), first {differ[0]}")
        new = list(
            session.execute(
                select(
                    ChangeLogEntry.change_set,
                    ChangeLogEntry.action,
                    ChangeLogEntry.item_id,
                    ChangeLogEntry.field,
                    ChangeLogEntry.after,
                )
                .where(ChangeLogEntry.sequence > since)
                .order_by(ChangeLogEntry.sequence)
            )
        )
    sets: dict[str, list] = {}
    for change_set, action, item_id, field, after in new:
        sets.setdefault(change_set, []).append((action, item_id, field, after))
    groups = list(sets.values())
    if not len(acks) <= len(groups) <= len(acks) + 1:
        problems.append(f"{len(groups)} change sets recorded for {len(acks)} acknowledged saves")
    for (number, what, item, value), group in zip(
        acks, groups, strict=False
    ):  # one more group: a save killed after commit, before its ack
        wanted = {
            "one": [(CHANGED, item, "owner", canonical(value))],
            "three": [
                (CHANGED, item, "owner", canonical(value)),
                (CHANGED, item, "department", canonical(f"dept {number}")),
                (CHANGED, item, "internal_notes", canonical(f"note {number}")),
            ],
            "copy": [(ADDED, item, "")],
            "delete": [(DELETED, item, "")],
        }[what]
        got = [tuple(entry[: len(wanted[0])]) for entry in group]
        if sorted(got) != sorted(wanted):
            problems.append(f"save {number} ({what} of {item}): entries {got}, wanted {wanted}")
            break
    return problems, high or 0, {"entries": count, "change_sets": len(groups), "acknowledged": len(acks)}


def play(path: Path, acks_path: Path, rnd: random.Random, number: int, start: int) -> dict:
    """One round: start the child, kill it, return what happened."""
    mode = rnd.choice((AT_RANDOM, IN_TRANSACTION))
    delay = rnd.uniform(0.0, 1.5)
    journal = path.with_name(path.name + "-journal")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(acks_path), str(rnd.randrange(10**9)), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready = child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    moment = mode
    if mode == IN_TRANSACTION:
        deadline = time.monotonic() + 2
        while not journal.exists() and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.0002)  # the journal lives a few milliseconds
        if not journal.exists():
            moment = AT_RANDOM
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()
    left = journal.exists()
    errors = child.stderr.read() if child.returncode != -signal.SIGKILL else ""
    return {
        "round": number,
        "ready": ready,
        "killed": child.returncode == -signal.SIGKILL,
        "moment": moment,
        "delay": round(delay, 3),
        "journal_left": left,
        "child_error": errors.strip().splitlines()[-1:],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--minutes", type=float, help="start no round after this many minutes")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else int(time.time())
    rnd = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="stress-log-"))
    path, acks_path = folder / "register.ropa", folder / "acks.tsv"
    create_demo_register(path).close()
    print(f"stress_change_log: {args.rounds} kills, seed {seed}, in {folder}", flush=True)
    started = time.monotonic()
    with open_register(path) as register, register.session() as session:
        since = session.scalar(select(func.max(ChangeLogEntry.sequence)))
    seen, results, failed = 0, [], 0
    for number in range(1, args.rounds + 1):
        if args.minutes and time.monotonic() - started > args.minutes * 60:
            print(f"  (stopped: the {args.minutes:g} minutes are up)")
            break
        acks = read_acks(acks_path)
        start = acks[-1][0] if acks else 0
        result = play(path, acks_path, rnd, number, start)
        acks = read_acks(acks_path)
        mine = acks[seen:]
        problems, since_now, figures = judge(path, mine, since)
        if not result["ready"] or result["child_error"]:
            problems.append(f"the child did not run: {result['child_error']}")
        seen, since = len(acks), since_now
        result.update(figures, problems=problems)
        results.append(result)
        mark = "ok" if not problems else "FAILED: " + "; ".join(problems)
        journal = " (journal left)" if result["journal_left"] else ""
        print(
            f"  {number:4d} killed {result['moment']:<17} after {result['delay']:4.2f} s{journal}: "
            f"{figures['acknowledged']:3d} saves, {figures['change_sets']:3d} change sets, "
            f"{figures['entries']:,} entries: {mark}",
            flush=True,
        )
        if problems:
            failed += 1
            kept = folder.with_name(f"{folder.name}-failed-{number}")
            shutil.copytree(folder, kept)
            print(f"       kept in {kept}")
    kills = sum(r["killed"] for r in results)
    table = {
        "kills": kills,
        "seed": seed,
        "minutes": round((time.monotonic() - started) / 60, 1),
        "in_transaction": sum(r["moment"] == IN_TRANSACTION for r in results),
        "journal_left": sum(r["journal_left"] for r in results),
        "saves_acknowledged": len(read_acks(acks_path)),
        "failed_rounds": failed,
        "verify_failed": sum(any(p.startswith("verify") for p in r["problems"]) for r in results),
        "gaps": sum(any(p.startswith("gap") for p in r["problems"]) for r in results),
        "log_differs": sum(any(p.startswith("log differs") for p in r["problems"]) for r in results),
        "acks_unmatched": sum(
            any(p.startswith(("save ", "change sets")) or "change sets recorded" in p for p in r["problems"])
            for r in results
        ),
    }
    print(f"\nstress_change_log: {kills} kills in {table['minutes']} min (seed {seed})")
    for key in (
        "in_transaction",
        "journal_left",
        "saves_acknowledged",
        "verify_failed",
        "gaps",
        "log_differs",
        "acks_unmatched",
        "failed_rounds",
    ):
        print(f"  {key.replace('_', ' '):<20} {table[key]:,}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"figures": table, "rounds": results}, indent=1), encoding="utf-8")
    if not failed:
        shutil.rmtree(folder)
    print("\nverdict: " + ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
