"""Opening a register of 10,000 activities from a PostgreSQL server (issue 17: goal under 1.5 s).

    .venv/bin/python benchmarks/server_open.py [--size 10000] [--server postgresql+psycopg://USER@HOST:PORT/postgres]
                                               [--json results/server_open.json]

The synthetic register of ``--size`` activities (common.py) is put on the server with ``ropa copy``'s
``copy_between`` into a new database, dropped afterwards. Without ``--server`` a throwaway cluster is
started as the tests start theirs (tests/postgres_server.py: initdb in a temporary folder, deleted at
the end); without PostgreSQL's binaries the benchmark says so and measures nothing.

Measured, each the median of 5:

- first screen: what the window reads before it can show its first screen: ``open_register(url)``,
  the counts of the sections (navigation), whether the list is long (row_reading.long_list) and
  the activity list's rows (rows.rows, what the list page shows), then close. Register-layer
  calls only, without Qt: the same functions the window calls.
- floor: the library alone: ``psycopg.connect`` and the very statements the first screen sent
  (recorded from SQLAlchemy, replayed raw) with every row fetched. The ratio is what the register
  layer adds on top of the driver and the server.
- the same first screen on the register file (SQLite), for comparison.
- window: a fresh process (offscreen Qt) from ``open_register(url)`` to a shown MainWindow
  (``shown``) and to its activity list holding every row (``listed``; a long list is read off the
  GUI thread after the window shows), once, as the officer waits for it; and the same window on
  the file, for comparison.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import synthetic_register

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "tests"))  # postgres_server.py: the tests' throwaway cluster

GOAL_SECONDS = 1.5
REPEAT = 5

WINDOW = r"""
import json, os, sys, tempfile, time
from pathlib import Path
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from ropa_desktop.gui import language
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.settings import Settings
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import kinds
from ropa_desktop.register.storage import open_register
app = QApplication([])
language.install(app, "en")
settings = Settings(Path(tempfile.mkdtemp()) / "settings.ini")
size = int(sys.argv[2])
start = time.perf_counter()
register = open_register(sys.argv[1])
window = MainWindow(Workspace(register), settings)
window.show()
app.processEvents()
shown = time.perf_counter() - start
page = window.page_of[kinds.ACTIVITY]
while page.model.rowCount() < size and time.perf_counter() - start < 120:
    app.processEvents()
    time.sleep(0.002)
listed = time.perf_counter() - start
rows = page.model.rowCount()
window.stop_jobs()
window.close()
register.close()
print(json.dumps({"shown": shown, "listed": listed, "rows": rows}))
"""


def first_screen(location) -> int:
    """What the window reads to show its first screen; returns the rows listed."""
    from ropa_desktop.register import kinds, rows
    from ropa_desktop.register.storage import open_register

    register = open_register(location)
    try:
        with register.session() as session:  # row_reading.long_list
            rows.count(session, kinds.ACTIVITY)
            rows.count(session, kinds.ACTIVITY)
        with register.session() as session:  # MainWindow.update_counts
            rows.counts(session)
        with register.session() as session:  # the activity list (row_reading.read_rows)
            return len(rows.rows(session, kinds.ACTIVITY))
    finally:
        register.close()


def statements_of_first_screen(url: str) -> list[tuple[str, object]]:
    """The SQL statements (and their parameters) the first screen sends, in order."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    sent: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        first_screen(url)
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    return sent


def floor(conninfo: str, statements) -> int:
    """psycopg alone: connect, send the same statements, fetch every row."""
    import psycopg

    fetched = 0
    with psycopg.connect(conninfo) as connection:
        with connection.cursor() as cursor:
            for statement, parameters in statements:
                cursor.execute(statement, parameters or None)
                if cursor.description is not None:
                    fetched += len(cursor.fetchall())
    return fetched


def median(fn, repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def window(url: str, size: int) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", WINDOW, url, str(size)], capture_output=True, text=True, check=True, timeout=300
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def conninfo_of(url: str) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    parts = {"host": u.host, "port": u.port, "user": u.username, "password": u.password, "dbname": u.database}
    return " ".join(f"{key}={value}" for key, value in parts.items() if value is not None)


def measure(server, size: int) -> dict:
    from ropa_desktop.register.copy_between import copy_between

    path = synthetic_register(size)
    url = server.fresh_database()
    try:
        start = time.perf_counter()
        copy_between(path, url)
        copied = time.perf_counter() - start
        listed = first_screen(url)  # once to warm the server's caches, as a register in daily use has them
        statements = [(s, p) for s, p in statements_of_first_screen(url) if s.lstrip().upper().startswith("SELECT")]
        conninfo = conninfo_of(url)
        floor(conninfo, statements)
        figures = {
            "activities": size,
            "rows_listed": listed,
            "copy_to_server_s": copied,
            "first_screen_s": median(lambda: first_screen(url)),
            "floor_s": median(lambda: floor(conninfo, statements)),
            "statements": len(statements),
            "first_screen_file_s": median(lambda: first_screen(path)),
        }
        figures["ratio_to_floor"] = figures["first_screen_s"] / figures["floor_s"]
        figures.update(
            {f"window_{key}_s" if key != "rows" else "window_rows": value for key, value in window(url, size).items()}
        )
        figures["window_file_listed_s"] = window(path, size)["listed"]  # the same window on the file
        figures["goal_s"] = GOAL_SECONDS
        figures["within_goal"] = figures["first_screen_s"] < GOAL_SECONDS and figures["window_listed_s"] < GOAL_SECONDS
        return figures
    finally:
        server.drop_database(url)


def report(figures: dict) -> str:
    return "\n".join(
        [
            f"{figures['activities']:,} activities on PostgreSQL (copied there in {figures['copy_to_server_s']:.1f} s)",
            f"  first screen (open + counts + activity rows): {figures['first_screen_s'] * 1000:7.0f} ms  "
            f"({figures['rows_listed']:,} rows)",
            f"  floor (psycopg: connect + the same {figures['statements']} SELECTs): {figures['floor_s'] * 1000:7.0f} ms  "
            f"ratio {figures['ratio_to_floor']:.1f}x",
            f"  same first screen from the file (SQLite):    {figures['first_screen_file_s'] * 1000:7.0f} ms",
            f"  window (offscreen): shown {figures['window_shown_s'] * 1000:.0f} ms, activities listed "
            f"{figures['window_listed_s'] * 1000:.0f} ms ({figures['window_rows']:,} rows); "
            f"on the file: listed {figures['window_file_listed_s'] * 1000:.0f} ms",
            f"  goal: under {GOAL_SECONDS} s: {'met' if figures['within_goal'] else 'NOT met'}",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000, help="activities (default 10,000)")
    parser.add_argument(
        "--server",
        help="a PostgreSQL URL of a role that may create databases (default: a throwaway cluster, as the tests start)",
    )
    parser.add_argument("--json", help="write the figures here too")
    args = parser.parse_args()
    import postgres_server

    try:
        server = postgres_server.Server(args.server) if args.server else postgres_server.start()
    except postgres_server.Unavailable as exc:
        print(f"skipped: no PostgreSQL server: {exc}")
        return
    try:
        figures = measure(server, args.size)
    finally:
        server.stop()
    print(report(figures))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
