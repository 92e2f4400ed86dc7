"""How long opening a register and summarising it takes, for 100, 2,000 and 10,000 activities.

.venv/bin/python benchmarks/register_open.py
"""

from __future__ import annotations

from common import SIZES, median_seconds, synthetic_register

from ropa_desktop.register.storage import open_register
from ropa_desktop.register.summary import summarise


def open_and_summarise(path) -> None:
    with open_register(path) as register:
        summarise(register)


if __name__ == "__main__":
    print(f"{'activities':>10}  {'open + info (median of 5)':>26}")
    for size in SIZES:
        path = synthetic_register(size)
        seconds = median_seconds(lambda: open_and_summarise(path))
        print(f"{size:>10}  {seconds * 1000:>23.1f} ms")
