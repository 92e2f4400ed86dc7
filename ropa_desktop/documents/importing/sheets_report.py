"""Which sheets of a workbook an import read, and why the others were not read (issue 14
point 8): no sheet is ever left out silently. Worded from [sheet] in
resources/import/messages.toml, in the window's or the command line's language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...resources_path import load_toml
from .headers import find_header_row, normalise
from .problems import ImportRefused, Message, Place
from .sheet_cells import SheetCells

# Codes of sheets that were read; every other code says why a sheet was not.
READ = frozenset(("register", "details", "details_notes"))
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SheetUse(Message):
    """One sheet and what the import did with it."""

    @property
    def sheet(self) -> str:
        return self.place.sheet

    @property
    def read(self) -> bool:
        return self.code in READ

    def text(self, language: str) -> str:
        return self.words(language, "sheet")


def used(code: str, sheet: str, **values) -> SheetUse:
    return SheetUse(code, Place(sheet), {"sheet": sheet, **values})


def not_readable(sheet: str, refused: ImportRefused) -> SheetUse:
    return used("not_readable", sheet, detail={lang: refused.words(lang) for lang in ("nl", "en")})


def hidden(sheet: str) -> SheetUse:
    return used("hidden", sheet)


def unread(cells: SheetCells, main: str, refers: bool) -> SheetUse:
    """Why a sheet that is neither the register nor a detail of it was left out.
    ``refers``: it looks like a detail sheet (its name is a field of the register) but none
    of its values is a name or id of the register's activities."""
    if not any(any(v not in (None, "") for v in row) for row in cells.rows):
        return used("empty", cells.name)
    if is_instructions(cells.name):
        return used("instructions", cells.name)
    if refers:
        return used("refers_unmatched", cells.name, main=main)
    if find_header_row(cells.rows[:30], max_scan=30) is not None:
        return used("other_register", cells.name, main=main)
    return used("no_header", cells.name)


@cache
def _instruction_words() -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(_WORD.findall(normalise(text))) for text in load_toml("import", "sheets.toml")["instructions"]
    )


def is_instructions(title: str) -> bool:
    """ "Toelichting", "Instructions (read first)", "Lists": a sheet that explains, not a register."""
    words = tuple(_WORD.findall(normalise(title)))
    return any(words[: len(known)] == known for known in _instruction_words() if known)
