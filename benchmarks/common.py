"""Helpers for the benchmark scripts: synthetic registers (cached per size) and medians."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from synthetic import make_register  # noqa: E402

SIZES = (100, 2_000, 10_000)
CACHE = Path(__file__).parent / "results" / "registers"


def synthetic_register(activities: int) -> Path:
    """A synthetic register of ``activities`` activities, made once and reused."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"synthetic-{activities}.ropa"
    if not path.exists():
        make_register(path, activities).close()
    return path


def median_seconds(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
