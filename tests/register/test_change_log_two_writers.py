"""Two programs writing one register at once (issue 16), on a file and on a server: the change log is written under the
write lock in each change's own transaction, so the two never take the same sequence number,
never chain after the same entry, and each entry's "before" is what the other left. Writers are
told apart by the display name: on a server both are the same database role."""

from __future__ import annotations

import json
import multiprocessing
import queue
import time
from itertools import pairwise

from sqlalchemy import select

from ropa_desktop.register import as_of, change_log, errors, established, kinds, operations
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ChangeLogEntry, EstablishedVersion, ProcessingActivity
from ropa_desktop.register.models.change_log import CHANGED, ESTABLISHED
from ropa_desktop.register.storage import open_register

SAVES = 40  # per writer
VERSIONS = 5


def _retrying(action):
    """A writer waits LOCK_WAIT_SECONDS for the other, then is refused as LOCKED: try again, as a
    user would (two tight loops can keep one waiting longer than a person ever would)."""
    for _attempt in range(100):
        try:
            return action()
        except RegisterError as error:
            if error.code != errors.LOCKED:
                raise
    raise AssertionError("locked out 100 times in a row")


def _saver(path: str, label: str, items: list[int], until, start, done) -> None:
    """SAVES saves, or (``until`` given) saves until the other process sets it."""
    register = open_register(path)
    try:
        with change_log.acting(who=label, name=label, origin=change_log.WINDOW):
            start.wait()
            number = 0
            while number < SAVES if until is None else not until.is_set():
                item = items[number % len(items)]
                value = f"{label} {number}"
                _retrying(
                    lambda item=item, value=value: operations.save(register, kinds.ACTIVITY, item, {"owner": value})
                )
                done.put((label, item, value))
                number += 1
                if number == 1 and until is None:
                    start.wait()  # each saved once before either goes on: they write at once, however busy the machine
    finally:
        register.close()


def _establisher(path: str, until, start, done) -> None:
    register = open_register(path)
    try:
        with change_log.acting(who="officer", name="officer", origin=change_log.COMMAND_LINE):
            start.wait()
            seen = _last_sequence(register)
            for number in range(1, VERSIONS + 1):
                _saved_since(register, seen)  # the other saves meanwhile, however busy the machine
                version = _retrying(
                    lambda number=number: established.establish(register, f"Version {number}", "two writers")
                )
                done.put(("officer", version.number, version.name))
                seen = version.log_sequence + 1
            _saved_since(register, seen)
    finally:
        until.set()  # the other stops saving
        register.close()


def _last_sequence(register) -> int:
    with register.session() as session:
        return as_of.last_sequence(session)


def _saved_since(register, sequence: int) -> None:
    """Wait until another entry follows ``sequence`` (the other process saved)."""
    deadline = time.monotonic() + 60
    while _last_sequence(register) <= sequence and time.monotonic() < deadline:
        time.sleep(0.01)


def _run(*targets) -> list[tuple]:
    """Start each (function, args, whether it takes the stop event) in a process of its own at
    the same moment; their reports."""
    context = multiprocessing.get_context("spawn")  # no copy of this process's open files
    start, done, until = context.Barrier(len(targets)), context.Queue(), context.Event()
    processes = [
        context.Process(target=target, args=(*args, until if stops else None, start, done))
        for target, args, stops in targets
    ]
    for process in processes:
        process.start()
    reports = []
    while any(process.is_alive() for process in processes) or not done.empty():
        try:
            reports.append(done.get(timeout=0.1))  # read while they run: a full queue blocks its writer
        except queue.Empty:
            pass
    for process in processes:
        process.join(120)
        assert process.exitcode == 0, f"a writer failed (exit code {process.exitcode})"
    return reports


def _log(register) -> list[ChangeLogEntry]:
    with register.session() as session:
        return list(session.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.sequence)))


def _activities(register, count: int) -> list[int]:
    with register.session() as session:
        return list(session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.id).limit(count)))


def test_two_savers_at_once_each_save_its_own_entry_in_one_unbroken_chain(demo_register):
    items = _activities(demo_register, 2)
    before = len(_log(demo_register))
    path = demo_register.location  # a file, or a database on the server
    reports = _run((_saver, (path, "anna", items), False), (_saver, (path, "bart", items), False))
    assert len(reports) == 2 * SAVES

    entries = _log(demo_register)
    with demo_register.session() as session:
        assert change_log.verify(session) == (len(entries), None)
    assert [entry.sequence for entry in entries] == list(range(1, len(entries) + 1))  # no duplicate, no gap
    new = entries[before:]
    assert len(new) == 2 * SAVES and len({entry.change_set for entry in new}) == 2 * SAVES
    # Every save has its entry, by its own writer, with the value it saved.
    recorded = {(entry.who_name, entry.item_id, json.loads(entry.after)) for entry in new}
    assert recorded == set(reports)
    assert {entry.action for entry in new} == {CHANGED} and {entry.field for entry in new} == {"owner"}
    # They really wrote at once: each wrote before the other had finished.
    order = [entry.who_name for entry in new]
    assert order.index("bart") < len(order) - 1 - order[::-1].index("anna")
    assert order.index("anna") < len(order) - 1 - order[::-1].index("bart")
    # Each entry's "before" is the value the entry before it on that item left, whichever writer
    # made it: neither read the item before the other's save was committed.
    for item in items:
        mine = [entry for entry in new if entry.item_id == item]
        assert all(later.before == earlier.after for earlier, later in pairwise(mine))
    # The log ends where the register is.
    with demo_register.session() as session:
        for item in items:
            stored = session.get(ProcessingActivity, item).owner
            assert json.loads([entry for entry in new if entry.item_id == item][-1].after) == stored


def test_a_version_established_while_another_program_saves_names_exactly_the_moment_it_froze(demo_register):
    items = _activities(demo_register, 3)
    path = demo_register.location  # a file, or a database on the server
    reports = _run((_saver, (path, "anna", items), True), (_establisher, (path,), True))
    assert len([report for report in reports if report[0] == "officer"]) == VERSIONS
    saves = [report for report in reports if report[0] == "anna"]

    entries = _log(demo_register)
    with demo_register.session() as session:
        assert change_log.verify(session) == (len(entries), None)
        assert [entry.sequence for entry in entries] == list(range(1, len(entries) + 1))
        made = list(
            session.scalars(
                select(EstablishedVersion).where(EstablishedVersion.number > 0).order_by(EstablishedVersion.number)
            )
        )
        assert [version.name for version in made] == [f"Version {n}" for n in range(1, VERSIONS + 1)]
        for version in made:
            # The establishing entry follows the moment frozen at once: no save slipped in between.
            entry = session.get(ChangeLogEntry, version.log_sequence + 1)
            assert (entry.action, entry.item_id, entry.who_name) == (ESTABLISHED, version.number, "officer")
            # What the version keeps is the register rebuilt from the log up to that moment.
            assert version.content_hash == as_of.content_hash(as_of.rebuild(session, sequence=version.log_sequence))
    saved = [entry for entry in entries if entry.who_name == "anna"]
    assert len(saved) == len(saves) and len({entry.change_set for entry in saved}) == len(saves)
    assert {(entry.who_name, entry.item_id, json.loads(entry.after)) for entry in saved} == set(saves)
    # Saves landed before, between and after the versions (the two really ran at once).
    moments = [version.log_sequence for version in made]
    assert any(moments[0] < entry.sequence < moments[-1] for entry in saved)
