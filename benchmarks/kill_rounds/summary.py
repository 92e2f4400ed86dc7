"""The figures of a run: a table per kind of kill, one example of every failure, and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from .rounds import KINDS

# The figures that must be zero (and "opened" must equal "rounds").
MUST_BE_ZERO = ("not_opened", "partial_imports", "edits_lost", "partial_exports", "leftovers", "harness_errors")
COLUMNS = [
    ("rounds", "rounds"),
    ("kills", "kills"),
    ("ran_to_end", "ran to end"),
    ("in_transaction", "in a transaction"),
    ("in_commit", "of which in the commit"),
    ("hot_journal", "journal left"),
    ("opened", "opened"),
    ("not_opened", "NOT opened"),
    ("partial_imports", "partial imports"),
    ("saves_checked", "saves logged"),
    ("edits_lost", "edits lost"),
    ("partial_exports", "partial exports"),
    ("leftovers", "rounds w/ leftovers"),
    ("harness_errors", "harness errors"),
]


def figures(results: list[dict]) -> dict[str, dict[str, int]]:
    table = {}
    for kind in (*KINDS, "all"):
        mine = [r for r in results if kind in ("all", r["kind"])]
        table[kind] = {
            "rounds": len(mine),
            "kills": sum(1 for r in mine if r.get("killed")),
            "ran_to_end": sum(1 for r in mine if not r.get("killed")),
            "in_transaction": sum(
                1
                for r in mine
                if r.get("killed") and str(r.get("moment")).startswith("in ") and "not seen" not in str(r.get("moment"))
            ),
            "in_commit": sum(1 for r in mine if r.get("killed") and r.get("moment") == "in the commit"),
            "hot_journal": sum(1 for r in mine if r.get("hot_journal")),
            "opened": sum(1 for r in mine if r.get("opened")),
            "not_opened": sum(1 for r in mine if not r.get("opened")),
            "partial_imports": sum(1 for r in mine if r.get("partial_import")),
            "saves_checked": sum(r.get("saves_logged", 0) for r in mine),
            "edits_lost": sum(r.get("edits_lost", 0) for r in mine),
            "partial_exports": sum(1 for r in mine if r.get("partial_export")),
            "leftovers": sum(1 for r in mine if r.get("leftovers")),
            "leftover_files": sum(len(r.get("leftovers", [])) for r in mine),
            "harness_errors": sum(1 for r in mine if r.get("errors")),
        }
    return table


def failed(table: dict) -> bool:
    return any(table["all"][name] for name in MUST_BE_ZERO)


def examples(results: list[dict]) -> dict[str, dict]:
    """The first round of every kind of failure, with what it found."""
    found: dict[str, dict] = {}

    def note(kind: str, result: dict, detail) -> None:
        found.setdefault(
            kind,
            {
                "round": result["round"],
                "kind": result["kind"],
                "delay": result.get("delay"),
                "detail": detail,
                "folder": result.get("folder"),
                "count": 0,
            },
        )
        found[kind]["count"] += 1

    for r in results:
        for problem in r.get("open_problems", []):
            note("not opened: " + problem.split(":")[0], r, problem)
        if r.get("partial_import"):
            note("partial import", r, r["partial_import"])
        if r.get("edits_lost"):
            note("saved edit lost", r, r.get("lost"))
        if r.get("partial_export"):
            note("partial export", r, r["partial_export"])
        for leftover in r.get("leftovers", []):
            if "leftovers_after_next_export" in r:
                stays = leftover in r["leftovers_after_next_export"]
                leftover += " (still there after the next export too)" if stays else " (the next export removed it)"
            note("leftover: " + _leftover_kind(leftover), r, leftover)
        for error in r.get("errors", []):
            note("harness error", r, error)
    return found


def _leftover_kind(text: str) -> str:
    name = text.split(" ", 1)[0]
    for mark, kind in (
        ("before-import", "before-import copy"),
        ("ropa-undo", "ropa-undo folder"),
        (".part", "unfinished export (.part)"),
        ("-journal", "rollback journal"),
        ("-wal", "write-ahead log"),
        (".tmp", "temporary file"),
        ("holder", "holder/lock file"),
        (".lock", "holder/lock file"),
    ):
        if mark in name:
            return kind
    return "other file"


def print_table(table: dict) -> None:
    widths = [max(len(title), 5) for _, title in COLUMNS]
    print(f"{'kind':<14}" + " ".join(f"{title:>{w}}" for (_, title), w in zip(COLUMNS, widths, strict=True)))
    for kind, row in table.items():
        print(f"{kind:<14}" + " ".join(f"{row[key]:>{w}}" for (key, _), w in zip(COLUMNS, widths, strict=True)))


def print_examples(found: dict[str, dict]) -> None:
    if not found:
        print("\nNo failures.")
        return
    print("\nFailures (first example of each, and how many rounds had it):")
    for kind, example in sorted(found.items()):
        detail = example["detail"]
        if isinstance(detail, list):
            detail = "; ".join(map(str, detail[:3]))
        print(
            f"- {kind} x{example['count']}: round {example['round']} ({example['kind']}, killed after "
            f"{example['delay']} s): {detail}"
        )


def write_json(path: Path, table: dict, found: dict, results: list[dict], settings: dict) -> None:
    document = {
        "settings": settings,
        "figures": table,
        "must_be_zero": list(MUST_BE_ZERO),
        "failed": failed(table),
        "examples": found,
        "rounds": results,
    }
    path.write_text(json.dumps(document, indent=2, default=str) + "\n", encoding="utf-8")
