"""The realistic registers of issue 14, imported cell by cell: per workbook the activities
made and the cells right, kept in the notes, and wrong (the last must be 0).

    python benchmarks/import_realistic.py              # the table
    python benchmarks/import_realistic.py --cells      # and every cell not right, by cause
    python benchmarks/import_realistic.py staffing     # only these workbooks

The workbooks and their expectations are in tests/documents/importing/realistic/.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "documents" / "importing"))
from realistic import NOTES, WORKBOOKS, WRONG, score  # noqa: E402

CAUSES = ("header", "combined", "basis", "role", "list", "transfer", "retention", "relational", "number", "refused")


def table(scores) -> list[str]:
    lines = [
        f"{'workbook':<12} {'what':<44} {'activities':>10} {'cells':>6} {'right':>6} {'notes':>6} {'wrong':>6}",
        "-" * 96,
    ]
    for s in scores:
        lines.append(
            f"{s.workbook.name:<12} {s.workbook.title[:44]:<44} {s.activities:>10} {len(s.results):>6} "
            f"{s.right:>6} {s.notes:>6} {s.wrong:>6}"
        )
    total = [sum(getattr(s, k) for s in scores) for k in ("right", "notes", "wrong")]
    lines.append("-" * 96)
    lines.append(
        f"{'total':<57} {sum(s.activities for s in scores):>10} "
        f"{sum(len(s.results) for s in scores):>6} {total[0]:>6} {total[1]:>6} {total[2]:>6}"
    )
    return lines


def by_cause(scores) -> list[str]:
    groups = defaultdict(list)
    for s in scores:
        if s.refused:
            groups["refused"].append(f"{s.workbook.name}: every cell ({s.refused})")
            continue
        for r in s.results:
            if r.status in (NOTES, WRONG):
                groups[r.cause].append(f"[{r.status}] {s.workbook.name} {r.line()}")
    lines = []
    for cause in sorted(groups, key=lambda c: CAUSES.index(c) if c in CAUSES else len(CAUSES)):
        lines += ["", f"{cause} ({len(groups[cause])})"] + [f"  {line}" for line in groups[cause]]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workbooks", nargs="*", help=f"of {', '.join(WORKBOOKS)} (all when none is named)")
    parser.add_argument("--cells", action="store_true", help="list every cell not right, grouped by cause")
    args = parser.parse_args(argv)
    unknown = [name for name in args.workbooks if name not in WORKBOOKS]
    if unknown:
        parser.error(f"no workbook {', '.join(unknown)}; there are {', '.join(WORKBOOKS)}")
    scores = [score(name) for name in (args.workbooks or WORKBOOKS)]
    print("\n".join(table(scores)))
    if args.cells:
        print("\n".join(by_cause(scores)))
    return 0 if all(s.wrong == 0 for s in scores) else 1


if __name__ == "__main__":
    sys.exit(main())
