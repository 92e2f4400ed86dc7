"""One round: a fresh folder, the program started, SIGKILL at a random moment, then the
register opened again as a user would (`ropa info`, the library, the window) and judged."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from . import judge
from .fixtures import REGISTER_NAME, Fixtures
from .spawn import (
    appears,
    committing,
    files_in,
    helper,
    in_commit,
    kill_after,
    kill_on_sign,
    private_env,
    ropa,
    run,
    timeline,
    wait_for_line,
)

IMPORT, EXPORT, WINDOW, WINDOW_IMPORT = "import", "export", "window", "window+import"
KINDS = (IMPORT, EXPORT, WINDOW, WINDOW_IMPORT)
# A window is killed this long after it said it is ready (seconds).
WINDOW_DELAY = (0.05, 2.0)
# Share of window kills that wait, after their delay, for the register's next write transaction or commit.
AT_COMMIT = 0.5
# A rollback journal this large belongs to the import's merge, not to a small write before it.
IMPORT_JOURNAL = 16 * 1024
READY_SECONDS = 120
CHECK_SECONDS = 180


@dataclass
class Delays:
    """How long a command runs, and when it first writes a file (seconds from its start)."""

    seconds: float
    first_write: float

    def before_writing(self, rnd: random.Random) -> float:
        return rnd.uniform(0.05, max(0.1, self.first_write - 0.5))

    def anywhere(self, rnd: random.Random) -> float:
        return rnd.uniform(0.05, self.seconds * 1.02)

    def ran_to_end(self, seconds: float) -> None:
        """A run ended before its kill: the machine is faster now than when measured."""
        self.first_write *= seconds / self.seconds
        self.seconds = seconds


@dataclass
class Context:
    root: Path
    fixtures: Fixtures
    initial: dict[str, object]  # activity:ID:FIELD -> its value in the base register
    delays: dict[str, Delays] = field(default_factory=dict)

    def folder(self, number: int, kind: str) -> Path:
        folder = self.root / f"{number:04d}-{kind.replace('+', '-')}"
        (folder / "register").mkdir(parents=True)
        return folder


def initial_values(base: Path) -> dict[str, object]:
    with closing(sqlite3.connect(f"{base.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        found = {}
        for item_id, owner, notes in conn.execute("SELECT id, owner, internal_notes FROM activities"):
            found[f"activity:{item_id}:owner"] = owner
            found[f"activity:{item_id}:internal_notes"] = notes
    return found


# --- calibrating ---------------------------------------------------------------------------


def calibrate(context: Context) -> None:
    """Run each command once without a kill, to see how long it runs and when it starts writing."""
    fixtures = context.fixtures
    folder = context.folder(0, "calibrate-import")
    register = _fresh_register(fixtures.base, folder)
    env = private_env(folder / "env")
    seen = timeline(ropa("import", str(register), str(fixtures.workbook)), register.parent, env)
    facts = judge.copy_facts(register)
    if seen.status != 0 or facts.get("stress") != fixtures.imported:
        raise SystemExit(
            f"stress_kill: the uninterrupted import did not import {fixtures.imported} activities "
            f"(exit {seen.status}, {facts}): {seen.stderr.strip()[-500:]}"
        )
    writes = seen.window(lambda n: True)
    context.delays[IMPORT] = Delays(seen.seconds, writes[0] if writes else seen.seconds / 2)
    for fmt in ("xlsx", "pdf"):
        folder = context.folder(0, f"calibrate-export-{fmt}")
        register = _fresh_register(fixtures.exported, folder)
        target = register.parent / f"export.{fmt}"
        seen = timeline(ropa("export", str(register), "--format", fmt, "-o", str(target)), register.parent, env)
        if seen.status != 0 or judge.valid_export(target, fmt):
            raise SystemExit(
                f"stress_kill: the uninterrupted {fmt} export failed (exit {seen.status}): "
                f"{seen.stderr.strip()[-500:]} {judge.valid_export(target, fmt)}"
            )
        writes = seen.window(lambda n: n != REGISTER_NAME)
        context.delays[f"{EXPORT}-{fmt}"] = Delays(seen.seconds, writes[0] if writes else seen.seconds / 2)


def _fresh_register(source: Path, folder: Path) -> Path:
    register = folder / "register" / REGISTER_NAME
    shutil.copyfile(source, register)
    register.chmod(0o600)
    return register


# --- the rounds ----------------------------------------------------------------------------


def play(context: Context, number: int, kind: str, rnd: random.Random) -> dict:
    started = time.monotonic()
    folder = context.folder(number, kind)
    env = private_env(folder / "env")
    if kind == IMPORT:
        result = _command_round(context, folder, env, rnd)
    elif kind == EXPORT:
        result = _export_round(context, folder, env, rnd)
    else:
        result = _window_round(context, folder, env, rnd, with_import=kind == WINDOW_IMPORT)
    result.update(round=number, kind=kind, folder=str(folder), seconds=round(time.monotonic() - started, 1))
    return result


def _command_round(context: Context, folder: Path, env: dict, rnd: random.Random) -> dict:
    fixtures = context.fixtures
    register = _fresh_register(fixtures.base, folder)
    delays = context.delays[IMPORT]
    # Where the kill lands: inside any write transaction on the register, inside the import's own
    # (its journal is large), inside a commit itself, while the copy before the import is made, or anywhere.
    how = rnd.choices(
        ("in a transaction", "in the import's transaction", "in the commit", "making the copy", "random"),
        (0.15, 0.15, 0.25, 0.15, 0.3),
    )[0]
    started = time.monotonic()
    with open(folder / "command.err", "wb") as err:
        process = subprocess.Popen(
            ropa("import", str(register), str(fixtures.workbook)), env=env, stdout=subprocess.DEVNULL, stderr=err
        )
        if how.startswith("in "):
            sign = {
                "in a transaction": committing(register),
                "in the commit": in_commit(register),
                "in the import's transaction": committing(register, IMPORT_JOURNAL),
            }[how]
            killed, seen = kill_on_sign(process, delays.before_writing(rnd), sign, 2 * delays.seconds)
        elif how == "making the copy":
            beside = appears(register.parent, lambda n: n != REGISTER_NAME and not n.startswith(f"{REGISTER_NAME}-"))
            killed, seen = kill_on_sign(
                process, delays.before_writing(rnd), beside, 2 * delays.seconds, then=rnd.uniform(0, 0.05)
            )
        else:
            killed, seen = kill_after(process, delays.anywhere(rnd)), True
    elapsed = time.monotonic() - started
    if not killed and process.returncode == 0:
        delays.ran_to_end(elapsed)
    events = [{"step": "try", "key": "imported", "value": fixtures.imported}]
    result = {"delay": round(elapsed, 3), "killed": killed, "moment": how if seen else f"{how} (not seen)"}
    if not killed:
        result["exit"] = process.returncode
        if process.returncode == 0:
            events.append({"step": "done", "key": "imported", "value": fixtures.imported})
        else:
            result["errors"] = [
                f"the import ended by itself with status {process.returncode}: " + _tail(folder / "command.err")
            ]
    result.update(_after_kill(context, folder, register, env, events, imports=True, window=False))
    return result


def _export_round(context: Context, folder: Path, env: dict, rnd: random.Random) -> dict:
    fmt = rnd.choice(("xlsx", "pdf"))
    register = _fresh_register(context.fixtures.exported, folder)
    target = register.parent / f"export.{fmt}"
    old = None
    if rnd.random() < 0.5:  # half the time an earlier export is there, to be replaced
        shutil.copyfile(context.fixtures.old_exports[fmt], target)
        old = judge.digest(target)
    delays = context.delays[f"{EXPORT}-{fmt}"]
    # Where the kill lands: while the file is written and renamed into place, or anywhere.
    how = rnd.choice(("writing the file", "random"))
    started = time.monotonic()
    with open(folder / "command.err", "wb") as err:
        process = subprocess.Popen(
            ropa("export", str(register), "--format", fmt, "-o", str(target)),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        if how == "writing the file":
            killed, seen = kill_on_sign(
                process,
                delays.before_writing(rnd),
                appears(register.parent, lambda n: n.endswith(".part")),
                2 * delays.seconds,
                then=rnd.uniform(0, 0.1),
            )
        else:
            killed, seen = kill_after(process, delays.anywhere(rnd)), True
    elapsed = time.monotonic() - started
    if not killed and process.returncode == 0:
        delays.ran_to_end(elapsed)
    result = {
        "delay": round(elapsed, 3),
        "killed": killed,
        "moment": how if seen else f"{how} (not seen)",
        "format": fmt,
        "target_existed": old is not None,
    }
    if not killed and process.returncode != 0:
        result["errors"] = [
            f"the export ended by itself with status {process.returncode}: " + _tail(folder / "command.err")
        ]
    state, why = judge.export_target_state(target, fmt, old)
    result["target"] = state
    if state in ("partial", "removed"):
        result["partial_export"] = why
    result.update(_after_kill(context, folder, register, env, [], imports=False, window=False, allowed={target.name}))
    if result["leftovers"]:
        # Said beside the figure: does the next export of the same file clear them, at least?
        run(ropa("export", str(register), "--format", fmt, "-o", str(target)), env, CHECK_SECONDS)
        result["leftovers_after_next_export"] = judge.folder_leftovers(
            register.parent, REGISTER_NAME, False, context.fixtures.base_activities, {target.name}
        )
    return result


def _window_round(context: Context, folder: Path, env: dict, rnd: random.Random, with_import: bool) -> dict:
    fixtures = context.fixtures
    register = _fresh_register(fixtures.base, folder)
    log = folder / "saved.jsonl"
    command = helper("window_driver.py", "run", str(register), str(log), "--tag", folder.name)
    if with_import:
        command += ["--workbook", str(fixtures.workbook), "--expect", str(fixtures.imported)]
    delay = rnd.uniform(*WINDOW_DELAY)
    how = rnd.choices(("in a transaction", "in the commit", "random"), (AT_COMMIT / 2, AT_COMMIT / 2, 1 - AT_COMMIT))[0]
    result = {"delay": round(delay, 3), "killed": False, "moment": how}
    with open(folder / "window.err", "wb") as err:
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=err, cwd=folder)
        try:
            if wait_for_line(process, "ready", READY_SECONDS):
                ready = time.monotonic()
                if how != "random":
                    sign = committing(register) if how == "in a transaction" else in_commit(register)
                    result["killed"], seen = kill_on_sign(process, delay, sign, WINDOW_DELAY[1])
                    result["moment"] = how if seen else f"{how} (not seen)"
                else:
                    result["killed"] = kill_after(process, delay)
                result["delay"] = round(time.monotonic() - ready, 3)
                if not result["killed"]:
                    result["errors"] = [
                        f"the window ended by itself (status {process.returncode}): " + _tail(folder / "window.err")
                    ]
            else:
                result["errors"] = ["the window never said it was ready: " + _tail(folder / "window.err")]
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()
            process.stdout.close()
    events = judge.read_log(log)
    if with_import and not any(e["key"] == "imported" for e in events):
        events.insert(0, {"step": "try", "key": "imported", "value": fixtures.imported})
    result["saves_logged"] = sum(1 for e in events if e["step"] == "done")
    result.update(_after_kill(context, folder, register, env, events, imports=with_import, window=True))
    return result


# --- after the kill ------------------------------------------------------------------------


def _after_kill(
    context: Context,
    folder: Path,
    register: Path,
    env: dict,
    events: list[dict],
    *,
    imports: bool,
    window: bool,
    allowed: set[str] = frozenset(),
) -> dict:
    fixtures = context.fixtures
    found: dict = {"errors": []}
    left = files_in(register.parent)
    found["hot_journal"] = any(left.get(f"{REGISTER_NAME}{end}", (0,))[0] > 0 for end in ("-journal", "-wal"))
    found["right_after_kill"] = {name: size for name, (size, _) in sorted(left.items())}
    found["env_right_after_kill"] = judge.environment_leftovers(Path(env["TMPDIR"]).parent)

    # Opened again as a user does: the command line, the library, then the window.
    problems = []
    status, _, err = run(ropa("info", str(register)), env, CHECK_SECONDS)
    if status != 0:
        problems.append(f"ropa info: {_last_line(err)}")
    keys = sorted({e["key"] for e in events if e["key"].startswith("activity:")})
    status, out, err = run(helper("inspect_register.py", str(register), *keys), env, CHECK_SECONDS)
    seen = _json_line(out) or {"opened": False, "error": f"the inspection failed: {_last_line(err)}"}
    if not seen.get("opened"):
        problems.append(f"open_register: {seen.get('error')}")
    elif not seen.get("writable"):
        problems.append(
            f"open_register: opens but cannot be saved to ({seen.get('write_error') or seen.get('read_error')})"
        )
    if window:
        status, out, err = run(helper("window_driver.py", "reopen", str(register)), env, CHECK_SECONDS)
        again = _json_line(out) or {"opened": False, "problems": [f"status {status}: {_last_line(err)}"]}
        if not again.get("opened"):
            problems.append(f"window: did not open ({'; '.join(again.get('problems') or []).replace(chr(10), ' ')})")
        elif again.get("read_only"):
            problems.append(f"window: opened read-only ({'; '.join(again.get('problems') or [])})")
        elif again.get("closed") is False:
            problems.append("window: would not close normally")
    found["opened"] = not problems
    found["open_problems"] = problems

    # The data, as the library read it; when it could not, as plain SQLite reads a copy of it.
    if "stress" not in seen:
        seen = _raw_facts(register, folder / "read-raw", keys)
        found["read_raw"] = True
    stress = seen.get("stress")
    import_happened = stress == fixtures.imported or any(
        e["key"] == "imported" and e["step"] == "done" and e["value"] == fixtures.imported for e in events
    )
    found["stress"], found["import_happened"] = stress, import_happened
    if stress is not None and stress not in (0, fixtures.imported):
        found["partial_import"] = f"{stress} of {fixtures.imported} imported activities in the register"
    lost, lost_why = 0, []
    for key in keys + (["imported"] if imports else []):
        if key == "imported":
            if stress is None or "partial_import" in found:
                continue
            verdict = judge.check_key(key, events, stress, 0)
        elif "values" in seen:
            verdict = judge.check_key(key, events, seen["values"].get(key), context.initial.get(key))
        else:
            continue
        lost += verdict.lost
        if verdict.lost:
            lost_why.append(verdict.why)
    found["edits_lost"] = lost
    if lost_why:
        found["lost"] = lost_why

    # What stayed behind, now that the register was opened normally (and the window started again).
    leftovers = judge.folder_leftovers(
        register.parent, REGISTER_NAME, import_happened, fixtures.base_activities, allowed
    )
    leftovers += judge.environment_leftovers(Path(env["TMPDIR"]).parent)
    found["leftovers"] = leftovers

    return found


def _raw_facts(register: Path, scratch: Path, keys: list[str]) -> dict:
    """Plain SQLite, read-write, on a copy of the register and its journal (so the register's
    folder stays as the program left it): it rolls a hot journal back, as any SQLite program would."""
    scratch.mkdir(exist_ok=True)
    copy = scratch / register.name
    for suffix in ("", "-journal", "-wal"):
        if Path(f"{register}{suffix}").exists():
            shutil.copyfile(f"{register}{suffix}", f"{copy}{suffix}")
    try:
        with closing(sqlite3.connect(copy)) as conn:
            stress = conn.execute("SELECT count(*) FROM activities WHERE name LIKE ?", (judge.STRESS_NAME,)).fetchone()[
                0
            ]
            values = {}
            for key in keys:
                _, item_id, name = key.split(":")
                row = conn.execute(f"SELECT {name} FROM activities WHERE id = ?", (int(item_id),)).fetchone()
                values[key] = row[0] if row else None
        return {"stress": stress, "values": values}
    except sqlite3.Error as exc:
        return {"raw_error": str(exc)}


def _json_line(out: str) -> dict | None:
    for line in reversed(out.strip().splitlines()):
        try:
            found = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(found, dict):
            return found
    return None


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip() and "propagateSizeHints" not in line]
    return lines[-1][:300] if lines else "(no message)"


def _tail(path: Path) -> str:
    try:
        return _last_line(path.read_text(errors="replace"))
    except OSError:
        return "(no output)"


def remove(folder: str) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    if os.path.exists(folder):  # a folder made read-only by a test of the program: make it writable first
        for path, _dirs, _ in os.walk(folder):
            os.chmod(path, 0o700)
        shutil.rmtree(folder, ignore_errors=True)
