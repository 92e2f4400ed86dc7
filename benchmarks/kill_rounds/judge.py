"""What a round's files say after the kill: edits lost, partial imports, leftovers, and the
state of an export's target. Plain sqlite3, openpyxl and pypdf: no code under test."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

STRESS_NAME = "%Stress import%"
# Endings of files a killed program may leave behind (in the temporary folder, home, or beside a file).
UNFINISHED = (".part", ".tmp", "-journal", "-wal", "-shm")


# --- the log of a window session ------------------------------------------------------------


def read_log(path: Path) -> list[dict]:
    """Every complete line; a line cut short by the kill was never reported saved."""
    events = []
    if not path.exists():
        return events
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            events.append(json.loads(line))
        except json.JSONDecodeError:
            pass
    return events


@dataclass
class Verdict:
    key: str
    found: object
    lost: int  # saves the log reported that the register does not hold
    why: str = ""


def check_key(key: str, events: list[dict], found, initial) -> Verdict:
    """The register must hold the last value the log says was saved, or one tried after it
    (saved, but killed before the log was written); anything older lost every save since."""
    mine = [e for e in events if e["key"] == key]
    done = [i for i, e in enumerate(mine) if e["step"] == "done"]
    last = done[-1] if done else -1
    acceptable = [mine[last]["value"] if done else initial]
    acceptable += [e["value"] for e in mine[last + 1 :] if e["step"] == "try"]
    if found in acceptable:
        return Verdict(key, found, 0)
    # Which save did it keep? Every save reported after that one is lost.
    kept = max((i for i in done if mine[i]["value"] == found), default=None)
    lost = len([i for i in done if kept is None or i > kept])
    expected = mine[last]["value"] if done else initial
    return Verdict(
        key, found, max(lost, 1), f"{key}: the log says {expected!r} was saved, the register holds {found!r}"
    )


# --- copies and leftovers -------------------------------------------------------------------


def copy_facts(path: Path) -> dict:
    """A copy of a register, opened read-only: complete, and what it holds."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            fmt = conn.execute("SELECT value FROM register_meta WHERE key = 'format'").fetchone()
            organisations = conn.execute("SELECT count(*) FROM organisation").fetchone()[0]
            activities = conn.execute("SELECT count(*) FROM activities").fetchone()[0]
            stress = conn.execute("SELECT count(*) FROM activities WHERE name LIKE ?", (STRESS_NAME,)).fetchone()[0]
    except sqlite3.Error as exc:
        return {"complete": False, "error": str(exc)}
    complete = integrity == "ok" and fmt is not None and organisations == 1
    return {"complete": complete, "integrity": integrity, "activities": activities, "stress": stress}


def is_register_copy(name: str, register: str) -> bool:
    stem, suffix = register.rsplit(".", 1)
    return (
        name.startswith(f"{stem}.")
        and name.endswith(f".{suffix}")
        and name != register
        and (".before-import-" in name or ".schema-" in name)
    )


def folder_leftovers(
    folder: Path, register: str, import_happened: bool, before_import: int, allowed: set[str] = frozenset()
) -> list[str]:
    """Everything beside the register that should not be there, each with why."""
    found = []
    for entry in sorted(folder.iterdir()):
        name = entry.name
        if name == register or name in allowed:
            continue
        if is_register_copy(name, register):
            facts = copy_facts(entry)
            if not facts["complete"]:
                found.append(f"{name}: a copy that is not a complete register ({facts.get('error') or facts})")
            elif ".before-import-" in name and not import_happened:
                found.append(f"{name}: a before-import copy of an import that did not happen")
            elif ".before-import-" in name and (facts["activities"], facts["stress"]) != (before_import, 0):
                found.append(
                    f"{name}: a before-import copy holding {facts['activities']} activities "
                    f"({facts['stress']} imported), not the {before_import} before the import"
                )
            continue
        size = entry.stat().st_size if entry.is_file() else "folder"
        found.append(f"{name} ({size} bytes)" if size != "folder" else f"{name}/ (a folder)")
    return found


def looks_left(name: str) -> bool:
    """A name only a program of ours at work makes: its temporary folders, copies, unfinished files."""
    if name == "ropa-desktop":  # the app's own settings and data folder
        return False
    if re.fullmatch(r"ropa(-desktop)?\.log(\.\d+)?", name):  # the programs' own log (logs.py), kept on purpose
        return False
    return (
        name.startswith("ropa-")
        or name.endswith(UNFINISHED)
        or ".ropa" in name
        or "before-import" in name
        or "after-import" in name
    )


def environment_leftovers(root: Path) -> list[str]:
    """Anything of ours in the round's temporary folder, home or XDG folders (named once:
    a leftover folder, not each file in it)."""
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if looks_left(relative.name) and not any(looks_left(part) for part in relative.parts[:-1]):
            kind = "a folder" if path.is_dir() else f"{path.stat().st_size} bytes"
            found.append(f"$ENV/{relative} ({kind})")
    return found


# --- export targets -------------------------------------------------------------------------


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def valid_export(path: Path, fmt: str) -> str:
    """Empty when ``path`` is a complete file of its format; else why not."""
    try:
        if fmt == "xlsx":
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True)
            try:
                if not book.sheetnames:
                    return "a workbook without sheets"
                for sheet in book.worksheets:
                    for _ in sheet.iter_rows(max_row=3):
                        pass
            finally:
                book.close()
            return ""
        from pypdf import PdfReader

        reader = PdfReader(path, strict=True)
        if len(reader.pages) == 0:
            return "a PDF without pages"
        reader.pages[-1].extract_text()
        return ""
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}".splitlines()[0]


def export_target_state(target: Path, fmt: str, old_digest: str | None) -> tuple[str, str]:
    """('absent' | 'unchanged' | 'complete' | 'removed' | 'partial', detail)."""
    if not target.exists():
        return ("removed", "the old export was deleted") if old_digest else ("absent", "")
    if old_digest and digest(target) == old_digest:
        return "unchanged", ""
    why = valid_export(target, fmt)
    return ("partial", f"{target.name} ({target.stat().st_size} bytes): {why}") if why else ("complete", "")
