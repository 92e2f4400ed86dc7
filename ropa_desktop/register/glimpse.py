"""A glimpse of a register file: its organisation's name and its activities' list, read with
nothing but sqlite3, so the window can show them before the libraries it edits with are loaded
(gui/first_look.py; issue 19: SQLAlchemy's import alone takes twice as long as a bare Qt window).

Only a register this version opens without an upgrade is glimpsed, after the same inspection the
opening makes (opening_checks.inspect_file: a ROPA register, holding only what ROPA Desktop makes,
a save a crash interrupted rolled back, not locked by another program), read-only and within a
short deadline. Anything else gives no glimpse and the opening itself says what is wrong.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from . import file_schema_head, opening_checks, sqlite_connection
from .errors import RegisterError

# A glimpse that takes longer is not worth waiting for: the opening is on its way.
DEADLINE_SECONDS = 1.0


@dataclass(frozen=True)
class ListedActivity:
    position: int
    reference: str
    names: dict[str, str]  # per language, as the register stores a name


@dataclass(frozen=True)
class Glimpse:
    organisation: str  # its legal name
    activities: list[ListedActivity]  # in the list's order: by position


def glimpse(path: Path) -> Glimpse | None:
    """The organisation and activities of the register file at ``path``, or None when it is not
    a register this version can open as it is."""
    try:
        revision, _ = opening_checks.inspect_file(path)
        if revision != file_schema_head.REVISION:
            return None  # the opening upgrades it first
        with closing(sqlite_connection.connect(path, read_only=True, timeout=0.1)) as connection:
            connection.deadline.restart(DEADLINE_SECONDS)
            found = connection.execute("SELECT legal_name FROM organisation ORDER BY id LIMIT 1").fetchone()
            listed = connection.execute(
                "SELECT position, reference, name FROM activities ORDER BY position, id"
            ).fetchall()
        return Glimpse(
            organisation=found[0] if found else "",
            activities=[ListedActivity(position, reference, _names(name)) for position, reference, name in listed],
        )
    except (RegisterError, sqlite3.Error, OSError, ValueError, TypeError):
        return None


def _names(stored: str | None) -> dict[str, str]:
    names = json.loads(stored) if stored else {}
    return {str(language): str(text) for language, text in names.items()} if isinstance(names, dict) else {}
