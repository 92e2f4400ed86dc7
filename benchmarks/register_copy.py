"""`ropa copy` of a large register (issue 17 point 2): file to file, file to a PostgreSQL server and back,
with the time and the peak memory of each, and whether the copy back equals the original row for row.

    .venv/bin/python benchmarks/register_copy.py [--register FILE] [--server postgresql+psycopg://USER@HOST:PORT/postgres]

The register is benchmarks/results/registers/history-10000x10.ropa when history_open.py made it (10,000
activities, 100,000 change-log entries), else the synthetic one of 10,000 activities. ``--server`` is a
URL of a role that may create databases: each run copies into a new database, dropped afterwards.
Each copy runs in a process of its own, so its peak resident memory (VmHWM) is the copy's; the floor
is a process that only opens the register.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from contextlib import closing
from pathlib import Path

from common import CACHE, synthetic_register

STEP = r"""
import json, sys, time
from ropa_desktop.register.copy_between import copy_between
from ropa_desktop.register.storage import open_register
start = time.perf_counter()
if sys.argv[2] == "-":
    open_register(sys.argv[1]).close()
    rows = 0
else:
    rows = copy_between(sys.argv[1], sys.argv[2]).total
seconds = time.perf_counter() - start
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024, "rows": rows}))
"""


def step(source, target) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", STEP, str(source), str(target)], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def raw_rows(path: Path) -> dict:
    from ropa_desktop.register.copy_between import TABLES

    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return {
            t.name: connection.execute(
                f'SELECT * FROM "{t.name}" ORDER BY {", ".join(c.name for c in t.primary_key)}'
            ).fetchall()
            for t in TABLES
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    history = CACHE / "history-10000x10.ropa"
    parser.add_argument("--register", type=Path, default=history if history.exists() else None)
    parser.add_argument("--server", help="a PostgreSQL URL of a role that may create databases")
    args = parser.parse_args()
    source = args.register or synthetic_register(10_000)
    lines = [f"register: {source.name} ({source.stat().st_size / 1e6:.0f} MB)"]
    with tempfile.TemporaryDirectory() as folder:
        floor = step(source, "-")
        lines.append(f"open only (floor):  {floor['seconds']:6.1f} s  peak {floor['peak_mb']:5.0f} MB")
        result = step(source, Path(folder) / "copy.ropa")
        lines.append(
            f"file -> file:       {result['seconds']:6.1f} s  peak {result['peak_mb']:5.0f} MB  {result['rows']:,} rows"
        )
        if args.server:
            from sqlalchemy import create_engine, text
            from sqlalchemy.engine import make_url

            name = "ropa_copy_" + uuid.uuid4().hex[:8]
            admin = create_engine(args.server, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            url = make_url(args.server).set(database=name).render_as_string(hide_password=False)
            try:
                there = step(source, url)
                back = step(url, Path(folder) / "back.ropa")
            finally:
                with admin.connect() as connection:
                    connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
                admin.dispose()
            same = raw_rows(Path(folder) / "back.ropa") == raw_rows(source)
            lines.append(f"file -> server:     {there['seconds']:6.1f} s  peak {there['peak_mb']:5.0f} MB")
            lines.append(
                f"server -> file:     {back['seconds']:6.1f} s  peak {back['peak_mb']:5.0f} MB  "
                f"equal to the original row for row: {same}"
            )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
