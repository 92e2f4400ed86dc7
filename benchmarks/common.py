"""Helpers for the benchmark scripts: synthetic registers (cached per size) and medians."""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import make_register  # noqa: E402

SIZES = (100, 2_000, 10_000)
CACHE = Path(__file__).parent / "results" / "registers"


def synthetic_register(activities: int) -> Path:
    """A synthetic register of ``activities`` activities, made once and reused."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"synthetic-{activities}.ropa"
    if not path.exists() or _stale(path):
        # Made beside it and renamed over it: a benchmark running meanwhile keeps its old file.
        fresh = path.with_name(f"{path.stem}.{os.getpid()}.making")
        fresh.unlink(missing_ok=True)
        make_register(fresh, activities).close()
        os.replace(fresh, path)
    return path


def _stale(path: Path) -> bool:
    """Made by an older build of a schema not yet released (a table or column added since):
    the register opens no more, so it is made again."""
    from ropa_desktop.register.models import Base

    with closing(sqlite3.connect(path)) as connection:
        tables = {
            name: {row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')}
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    return any(
        table.name not in tables or {c.name for c in table.columns} - tables[table.name]
        for table in Base.metadata.tables.values()
    )


def median_seconds(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
