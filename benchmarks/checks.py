"""How long the compliance check takes: reading the register into the check context once, and
running every rule over it, for 100, 2,000 and 10,000 activities. The target: all rules over
10,000 activities in under a second.

Each run reads a fresh context, so no rule profits from what an earlier run cached in it.

Two conditions, because Python's cycle collector is half the cost of reading 10,000
activities: "window" runs with automatic collection off, as the application runs its checks
(gui/collector.py collects on the GUI thread instead, between events); "command line" runs
with Python's automatic collection, as `ropa check` does.

    .venv/bin/python benchmarks/checks.py
"""

from __future__ import annotations

import gc
import statistics
import time

from common import SIZES, synthetic_register

from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.findings import Severity
from ropa_desktop.checks.rule import RULES
from ropa_desktop.checks.run import counts, run_rules
from ropa_desktop.register.storage import open_register

REPEAT = 5
TARGET = 1.0  # seconds for all rules over 10,000 activities


def measure(register, automatic_collection: bool) -> tuple[float, float, list]:
    reads, runs, findings = [], [], []
    for _ in range(REPEAT):
        gc.collect()  # the last run's garbage is not this run's cost
        if not automatic_collection:
            gc.disable()
        try:
            start = time.perf_counter()
            context = read_context(register)
            read = time.perf_counter()
            findings = run_rules(context)
            reads.append(read - start)
            runs.append(time.perf_counter() - read)
        finally:
            gc.enable()
        del context
    return statistics.median(reads), statistics.median(runs), findings


def report(automatic_collection: bool) -> tuple[float, float]:
    print(
        f"{'activities':>10} {'read_context':>13} {'run_rules':>11} {'together':>10} {'findings':>9} "
        f"{'errors':>7} {'warnings':>9} {'info':>6}"
    )
    slowest = rules_only = 0.0
    for size in SIZES:
        with open_register(synthetic_register(size)) as register:
            read, rules, findings = measure(register, automatic_collection)
        n = counts(findings)
        if size == max(SIZES):
            slowest, rules_only = read + rules, rules
        print(
            f"{size:>10} {read:>11.3f} s {rules:>9.3f} s {read + rules:>8.3f} s {len(findings):>9} "
            f"{n[Severity.ERROR]:>7} {n[Severity.WARNING]:>9} {n[Severity.INFO]:>6}"
        )
    return rules_only, slowest


if __name__ == "__main__":
    print(f"{len(RULES)} rules, median of {REPEAT} runs")
    for label, automatic in (
        ("window (automatic collection off, as gui/collector.py runs it)", False),
        ("command line (Python's automatic collection)", True),
    ):
        print(f"\n{label}")
        rules_only, slowest = report(automatic)
        # The target is the rules; the read is reported beside it (it is the register
        # view every export shares, and the window runs the whole check in the background).
        for what, seconds in (("all rules", rules_only), ("reading the register and all rules", slowest)):
            verdict = "met" if seconds < TARGET else "MISSED"
            print(f"target: {what} over {max(SIZES):,} activities under {TARGET:.0f} s: {verdict} ({seconds:.3f} s)")
