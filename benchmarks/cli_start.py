"""How long `ropa info REG` takes from start to exit, against a Python process that only imports
SQLAlchemy's ORM (the floor: no command can start faster than the library it reads with).

Issue 19's goal: at most 1.3 times the floor. Both are measured in this run, alternating, so a busy
machine slows both alike; the ratio of the best of N runs of each is what to compare between runs
(the best is the run the other programs on the machine disturbed least).

A register file of this version is read with sqlite3 itself (register/quick_summary.py), so `ropa
info` imports neither SQLAlchemy nor the models and starts faster than the floor.

.venv/bin/python benchmarks/cli_start.py [ROUNDS]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import synthetic_register

GOAL = 1.3
ROUNDS = 7
FLOOR = [sys.executable, "-c", "import sqlalchemy.orm"]
# What the `ropa` console script runs (pyproject.toml [project.scripts]).
ROPA = [sys.executable, "-c", "import sys; from ropa_desktop.cli import main; sys.exit(main())"]


def seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def fastest(commands: dict[str, list[str]], rounds: int) -> dict[str, float]:
    """The best wall time of each command, run in turn ``rounds`` times (after one unmeasured
    round, which fills the file cache and writes the bytecode)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for measured in [False] + [True] * rounds:
        for name, command in commands.items():
            taken = seconds(command)
            if measured:
                times[name].append(taken)
    return {name: min(values) for name, values in times.items()}


def main(rounds: int = ROUNDS) -> None:
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.ropa"
        subprocess.run([*ROPA, "demo", str(demo)], check=True, stdout=subprocess.DEVNULL)
        registers = {
            "demo register": demo,
            "100 activities": synthetic_register(100),
            "2,000 activities": synthetic_register(2_000),
        }
        commands = {"floor": FLOOR, **{name: [*ROPA, "info", str(path)] for name, path in registers.items()}}
        found = fastest(commands, rounds)
    floor = found["floor"]
    print(f"{'command':<34} {f'best of {rounds}':>14} {'ratio':>7}  goal")
    print(f"{'python -c import sqlalchemy.orm':<34} {floor * 1000:>11.0f} ms {1:>6.2f}x")
    for name in registers:
        ratio = found[name] / floor
        verdict = "met" if ratio <= GOAL else "not met"
        print(f"{'ropa info (' + name + ')':<34} {found[name] * 1000:>11.0f} ms {ratio:>6.2f}x  <= {GOAL}x {verdict}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS)
