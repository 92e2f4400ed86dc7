"""Opening the history of a large register (issue 16): 10,000 activities with 10 changes each
(100,000 entries and more in the change log), goal under 1 s.

    .venv/bin/python benchmarks/history_open.py [--activities 10000] [--changes 10]

The register is the synthetic one (common.py) with every activity changed ``--changes`` times
through the register's own API (Register.transaction, a thousand activities a transaction, so
the log records each change as a save would); it is made once and kept beside the others.

Measured, each the median of five:
  - the first page (200 entries) read by the section's model (history_model.py), off the GUI
    thread, until its rows are in the model;
  - the History section made, until that first page has arrived (history_page.py);
  - the section narrowed to the earliest person, to a date without changes and to an item's
    name (pages that may scan the whole log);
  - one activity's History tab (item_history_tab.py), read by the log's item index;
and once, the section shown in a settled window until its first page is in; as the floor, a
bare SELECT of the same rows with sqlite3 in the same run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import CACHE, synthetic_register  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from ropa_desktop.register import change_log  # noqa: E402
from ropa_desktop.register.models import ChangeLogEntry, ProcessingActivity  # noqa: E402
from ropa_desktop.register.storage import open_register  # noqa: E402

GOAL = 1.0  # seconds
CHUNK = 1_000  # activities changed in one transaction
REPEAT = 5
COLUMNS = (
    "sequence, recorded_at, who, who_name, origin, action, item_kind, item_id, item_name, field, before, after, comment"
)
PEOPLE = ("anna", "bert", "carla", "dirk")


def history_register(activities: int, changes: int) -> Path:
    """The synthetic register with ``changes`` recorded changes to every activity; made once."""
    path = CACHE / f"history-{activities}x{changes}.ropa"
    if path.exists() and not _stale(path):
        return path
    fresh = path.with_name(f"{path.stem}.{os.getpid()}.making")
    shutil.copyfile(synthetic_register(activities), fresh)
    started = time.perf_counter()
    with open_register(fresh) as register:
        with register.session() as session:
            ids = list(session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.id)))
        for round_ in range(changes):
            # Each round by another person: the Person filter has someone to find.
            with change_log.acting(
                who=PEOPLE[round_ % len(PEOPLE)], name=PEOPLE[round_ % len(PEOPLE)].title(), origin=change_log.WINDOW
            ):
                for start in range(0, len(ids), CHUNK):
                    with register.transaction() as session:
                        chunk = ids[start : start + CHUNK]
                        for activity in session.scalars(
                            select(ProcessingActivity).where(ProcessingActivity.id.in_(chunk))
                        ):
                            activity.owner = f"Department {round_}.{activity.id}"
        with register.session() as session:
            entries = session.scalar(select(func.count()).select_from(ChangeLogEntry))
    os.replace(fresh, path)
    print(f"  made {path.name}: {entries:,} log entries in {time.perf_counter() - started:.0f} s")
    return path


def _stale(path: Path) -> bool:
    try:
        from common import _stale as schema_stale  # the schema check, where common.py has it
    except ImportError:
        return False
    return schema_stale(path)


def median(fn, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def floor(path: Path, where: str = "", parameters: tuple = ()) -> float:
    """A bare SELECT of one page of rows with sqlite3, the connection already open."""
    with closing(sqlite3.connect(path)) as connection:
        query = f"SELECT {COLUMNS} FROM change_log {where} ORDER BY sequence DESC LIMIT 200"
        connection.execute(query, parameters).fetchall()  # warm, as the register is
        return median(lambda: connection.execute(query, parameters).fetchall())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=10)
    args = parser.parse_args()

    from PySide6.QtCore import QDate, QEventLoop
    from PySide6.QtWidgets import QApplication

    from ropa_desktop.gui import language
    from ropa_desktop.gui.history_model import HistoryModel
    from ropa_desktop.gui.history_page import HistoryPage, person_key
    from ropa_desktop.gui.item_history_tab import ItemHistoryTab
    from ropa_desktop.gui.main_window import MainWindow
    from ropa_desktop.gui.navigation_model import HISTORY
    from ropa_desktop.gui.settings import Settings
    from ropa_desktop.gui.workspace import Workspace
    from ropa_desktop.register import kinds
    from ropa_desktop.register.change_log_reading import Narrowing

    app = QApplication.instance() or QApplication([])
    language.install(app, "en")
    source = history_register(args.activities, args.changes)
    folder = Path(tempfile.mkdtemp())
    path = folder / "history.ropa"
    shutil.copyfile(source, path)
    register = open_register(path)
    workspace = Workspace(register)
    with register.session() as session:
        entries = session.scalar(select(func.count()).select_from(ChangeLogEntry))
        middle = session.scalars(
            select(ProcessingActivity.id).order_by(ProcessingActivity.id).offset(args.activities // 2).limit(1)
        ).one()
        middle_name = session.scalars(
            select(ChangeLogEntry.item_name)
            .where(ChangeLogEntry.item_kind == kinds.ACTIVITY, ChangeLogEntry.item_id == middle)
            .limit(1)
        ).one()

    def wait_for(model) -> None:
        if model.reading():
            loop = QEventLoop()
            model.read.connect(loop.quit)
            model.failed.connect(loop.quit)
            if model.reading():
                loop.exec()
            model.read.disconnect(loop.quit)
            model.failed.disconnect(loop.quit)

    def model_page() -> None:
        model = HistoryModel(register)
        model.show(Narrowing())
        wait_for(model)
        assert model.rowCount() == 200

    model_only = median(model_page)

    def open_section() -> tuple[float, HistoryPage]:
        started = time.perf_counter()
        page = HistoryPage(workspace)
        wait_for(page.model)
        seconds = time.perf_counter() - started
        assert page.model.rowCount() == 200, page.model.rowCount()
        return seconds, page

    opened = []
    for _ in range(REPEAT):
        seconds, page = open_section()
        opened.append(seconds)
        while page.person.count() < 2:  # the people, read after the first page: not timed
            app.processEvents()
        page.shutdown()
    section = statistics.median(opened)

    def narrowed(change) -> float:
        def run() -> None:
            change()
            page.refresh()
            wait_for(page.model)

        value = median(run)
        return value

    # The person whose changes are furthest back (the whole log is read to find them) and a
    # day with no changes: pages that scan.
    with register.session() as session:
        first = session.execute(
            select(ChangeLogEntry.who, ChangeLogEntry.who_name).order_by(ChangeLogEntry.sequence).limit(1)
        ).one()
    oldest_person = page.person.findData(person_key(*first))
    by_person = narrowed(lambda: page.person.setCurrentIndex(max(oldest_person, 0)))
    person_rows = page.model.rowCount()
    page.person.setCurrentIndex(0)
    by_date = narrowed(lambda: page.since.setDate(QDate.currentDate().addDays(1)))
    page.use_since.setChecked(False)
    by_item = narrowed(lambda: page.item.setText(middle_name))
    page.item.setText("")
    page.shutdown()

    tab = ItemHistoryTab(register)

    def item_tab() -> None:
        tab.show_item(kinds.ACTIVITY, middle)
        tab.refresh()
        assert tab.model.rowCount() >= args.changes, tab.model.rowCount()

    item = median(item_tab)

    window = MainWindow(workspace, Settings(folder / "settings.ini"))
    window.show()
    settled = time.perf_counter() + 2  # the window settled (its first checks and reads done), as one looks at it
    while window.checker.busy() or time.perf_counter() < settled:
        app.processEvents()

    def in_window() -> None:  # once: the first opening is what the officer waits for
        window.show_section(HISTORY)
        wait_for(window.page_of[HISTORY].model)

    shown = median(in_window, repeat=1)
    window.stop_jobs()
    window.close()

    bare = floor(path)
    bare_item = floor(path, "WHERE item_kind = ? AND item_id = ?", (kinds.ACTIVITY, middle))
    register.close()
    shutil.rmtree(folder, ignore_errors=True)

    print(f"History of {args.activities:,} activities with {args.changes} changes each: {entries:,} log entries")
    print(
        f"  first page (200) read by the model  {model_only * 1000:7.1f} ms  ratio to floor {model_only / bare:6.1f}  "
        f"(floor: bare SELECT {bare * 1000:.1f} ms)"
    )
    print(f"  History section made, first page in {section * 1000:7.1f} ms  ratio to floor {section / bare:6.1f}")
    print(f"  History section shown in the window {shown * 1000:7.1f} ms")
    print(f"  narrowed to the earliest person     {by_person * 1000:7.1f} ms  ({person_rows:,} of their entries)")
    print(f"  narrowed to a date with no changes  {by_date * 1000:7.1f} ms  (the whole log scanned)")
    print(f"  narrowed to one item's name         {by_item * 1000:7.1f} ms")
    print(
        f"  one activity's History tab          {item * 1000:7.1f} ms  ratio to floor {item / bare_item:6.1f}  "
        f"(floor: bare SELECT {bare_item * 1000:.1f} ms)"
    )
    worst = max(model_only, section, shown, by_person, by_date, by_item, item)
    print(f"  slowest {worst * 1000:.0f} ms: {'under' if worst < GOAL else 'OVER'} the goal of {GOAL:.0f} s")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
