"""Two writers × 1,000 saves on overlapping activities: no lost update, every conflict reported
(issue 17).

Two processes save activities of one register at the same time, as the window does
(operations.read, edit one field, operations.save with the snapshot read as the base), on a
handful of activities and fields so that they meet often. Between reading and saving each
waits a moment (the officer typing). A save refused with CONFLICT is counted as reported and
settled the way the conflict dialog does (register.conflicts): every other one by keeping
mine (a save over theirs), the others by taking theirs (nothing written). Each writer writes
down every save the register acknowledged: the item, the field, the value it wrote (unique)
and the value it saved over (what it read, or theirs when it kept mine).

Afterwards, from the change log and the register:
- every acknowledged value is in the change log (its entry found);
- no lost update: each acknowledged save's entry has as its value before the value the writer
  saved over; otherwise it overwrote a save it never saw, silently;
- the final value of each field is the last acknowledged save of that field;
- no entry of these fields that nobody acknowledged.

    .venv/bin/python benchmarks/two_writers.py                       # a demo register file
    .venv/bin/python benchmarks/two_writers.py --target postgresql://…  # a server register (made by ropa demo)
    .venv/bin/python benchmarks/two_writers.py --saves 200 --json results/two_writers.json

Exits 1 when an update was lost or a check failed.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from ropa_desktop.register import conflicts, errors, kinds, operations
from ropa_desktop.register.change_log_values import value
from ropa_desktop.register.conflicts import Choice
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ChangeLogEntry, ProcessingActivity
from ropa_desktop.register.models.change_log import CHANGED
from ropa_desktop.register.storage import open_register

FIELDS = ("owner", "department", "systems")
ITEMS = 4  # the first activities of the register: two writers meet on them often


def _items(register) -> list[int]:
    with register.session() as session:
        return list(session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.id).limit(ITEMS)))


def work(
    target: str, writer: str, saves: int, acks: Path, seed: int, start_at: float, last_write_wins: bool = False
) -> None:
    """One writer: ``saves`` acknowledged saves (a refused one is tried again with another edit)."""
    rng = random.Random(seed)
    counts: Counter = Counter()
    with open_register(target) as register, open(acks, "w") as out:
        items = _items(register)
        time.sleep(max(0.0, start_at - time.time()))
        done = 0
        while done < saves:
            item, field = rng.choice(items), rng.choice(FIELDS)
            base = operations.read(register, kinds.ACTIVITY, item)
            mine = {**base, field: f"{writer}-{done}"}
            time.sleep(rng.uniform(0, 0.004))  # the officer typing
            try:
                operations.save(register, kinds.ACTIVITY, item, mine, base=None if last_write_wins else base)
                _ack(out, item, field, mine[field], base[field], "save")
            except RegisterError as error:
                if error.code == errors.LOCKED:
                    counts["locked"] += 1
                    continue
                if error.code != errors.CONFLICT:
                    raise
                counts["conflicts"] += 1
                [found] = conflicts.conflicts_of(error)  # one field edited: one conflict
                assert found.field == field and found.ours == mine[field], found
                if counts["conflicts"] % 2:
                    counts["took theirs"] += 1
                    continue
                values = conflicts.chosen([found], Choice.KEEP_MINE)
                new_base, after = conflicts.settled(error, base, mine, values)
                try:
                    operations.save(register, kinds.ACTIVITY, item, after, base=new_base)
                except RegisterError as again:  # a third save came first: reported again
                    if again.code not in (errors.CONFLICT, errors.LOCKED):
                        raise
                    counts["conflicts again"] += 1
                    continue
                counts["kept mine"] += 1
                _ack(out, item, field, mine[field], found.theirs, "keep mine")
            done += 1
        out.write(json.dumps({"counts": counts}) + "\n")


def _ack(out, item: int, field: str, written: str, over, how: str) -> None:
    out.write(json.dumps({"item": item, "field": field, "value": written, "over": over, "how": how}) + "\n")
    out.flush()


def verify(target: str, acked: list[dict]) -> dict:
    with open_register(target) as register:
        items = _items(register)
        final = {item: operations.read(register, kinds.ACTIVITY, item) for item in items}
        with register.session() as session:
            rows = session.execute(
                select(
                    ChangeLogEntry.sequence,
                    ChangeLogEntry.item_id,
                    ChangeLogEntry.field,
                    ChangeLogEntry.before,
                    ChangeLogEntry.after,
                ).where(
                    ChangeLogEntry.item_kind == kinds.ACTIVITY,
                    ChangeLogEntry.action == CHANGED,
                    ChangeLogEntry.item_id.in_(items),
                    ChangeLogEntry.field.in_(FIELDS),
                )
            )
            logged = {
                (item, field, value(after)): (sequence, value(before)) for sequence, item, field, before, after in rows
            }
    missing, lost, last = [], [], {}
    for ack in acked:
        entry = logged.get((ack["item"], ack["field"], ack["value"]))
        if entry is None:
            missing.append(ack)
            continue
        sequence, before = entry
        if (before or "") != (ack["over"] or ""):
            lost.append({**ack, "logged before": before})  # it overwrote a value it never saw
        key = (ack["item"], ack["field"])
        if key not in last or sequence > last[key][0]:
            last[key] = (sequence, ack["value"])
    wrong_final = [
        {"item": item, "field": field, "final": final[item][field], "last acknowledged": written}
        for (item, field), (_seq, written) in last.items()
        if final[item][field] != written
    ]
    unacknowledged = len(logged) - (len(acked) - len(missing))
    return {
        "acknowledged": len(acked),
        "missing from the log": missing[:5],
        "lost updates": lost[:5],
        "lost update count": len(lost),
        "final not the last acknowledged": wrong_final[:5],
        "log entries nobody acknowledged": unacknowledged,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", help="a register (file or URL) to use; default: a new demo register file")
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--json", help="write the figures here too")
    parser.add_argument(
        "--last-write-wins",
        action="store_true",
        help="save without the version read (the last save wins): the checks must find lost updates",
    )
    parser.add_argument("--worker", nargs=4, metavar=("NAME", "ACKS", "SEED", "START_AT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        name, acks, seed, start_at = args.worker
        work(args.target, name, args.saves, Path(acks), int(seed), float(start_at), args.last_write_wins)
        return 0

    folder = Path(tempfile.mkdtemp(prefix="two-writers-"))
    target = args.target
    if target is None:
        from ropa_desktop.register.demo import create_demo_register

        target = str(folder / "demo.ropa")
        create_demo_register(target).close()
    start_at = time.time() + 3  # both have imported and opened the register by then
    writers = []
    for number, name in enumerate(("A", "B")):
        acks = folder / f"acks-{name}.jsonl"
        command = [
            sys.executable,
            __file__,
            "--target",
            target,
            "--saves",
            str(args.saves),
            "--worker",
            name,
            str(acks),
            str(args.seed + number),
            str(start_at),
        ]
        command += ["--last-write-wins"] if args.last_write_wins else []
        writers.append((acks, subprocess.Popen(command)))
    for _acks, process in writers:
        if process.wait() != 0:
            print(f"a writer failed (exit {process.returncode})", file=sys.stderr)
            return 1
    elapsed = time.time() - start_at
    acked, counts = [], Counter()
    for acks, _process in writers:
        for line in acks.read_text().splitlines():
            record = json.loads(line)
            if "counts" in record:
                counts.update(record["counts"])
            else:
                acked.append(record)
    found = verify(target, acked)
    figures = {
        "target": "file" if "://" not in target else target.split("://")[0],
        "saved with the version read": not args.last_write_wins,
        "writers": 2,
        "saves each": args.saves,
        "seconds": round(elapsed, 1),
        "conflicts reported": counts["conflicts"],
        "settled: kept mine": counts["kept mine"],
        "settled: took theirs": counts["took theirs"],
        "conflicts again on keep mine": counts["conflicts again"],
        "refused as locked (tried again)": counts["locked"],
        **found,
    }
    print(json.dumps(figures, indent=2, default=str))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, default=str) + "\n")
    ok = (
        not found["missing from the log"]
        and not found["lost update count"]
        and not found["final not the last acknowledged"]
        and found["log entries nobody acknowledged"] == 0
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
