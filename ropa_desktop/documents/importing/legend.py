"""The legend an officer writes above or below the table to explain the abbreviations of the
basis column: "b = uitvoering overeenkomst", "AVG6b: contract", "LI = legitimate interests",
"MIP : mission d'intérêt public", one per cell or several in one ("a = toestemming, b = ...").

Only explanations that name one Art. 6(1) basis in words count; the legend is used when the
basis column is read (bases.read_bases), and its rows are no activities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import recognise
from .headers import match_header

# An abbreviation is short and without spaces: "b", "LI", "MIP", "AVG6b", "6.1.b".
_ENTRY = re.compile(
    r"^\s*(?P<abbr>[^\W_][\w.()]{0,9})\s*(?:=|:|\u2192|->|\s[-\u2013\u2014]\s)\s*(?P<meaning>\S.*?)\s*$"
)
# Several entries in one piece: a comma before the next "x =".
_NEXT_ENTRY = re.compile(r",\s*(?=[^\W_][\w.()]{0,9}\s*(?:=|:|\u2192|->)\s)")
_PIECES = re.compile(r"[\n\r;|\u2028]+")
_TITLE_WORDS = frozenset(
    {
        "legenda",
        "legend",
        "legende",
        "afkortingen",
        "abbreviations",
        "abreviations",
        "abkurzungen",
        "toelichting",
        "verklaring",
        "key",
        "explanation",
        "explication",
        "erlauterung",
        "erlauterungen",
    }
)
_TITLE = re.compile(r"^\s*(?P<title>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*(?::\s*|$|\n)")
MAX_CELL = 600  # longer is text, not a legend


@dataclass(frozen=True)
class Legend:
    meanings: dict[str, str] = field(default_factory=dict)  # folded abbreviation -> legal basis key
    rows: frozenset[int] = frozenset()  # sheet rows (from 1) that hold only the legend
    written: dict[str, str] = field(default_factory=dict)  # folded abbreviation -> as the sheet writes it

    def __bool__(self) -> bool:
        return bool(self.meanings)


def _is_abbreviation(abbr: str) -> bool:
    letters = abbr.replace(".", "").replace("(", "").replace(")", "")
    if not letters or match_header(abbr) is not None:
        return False
    return len(letters) <= 6 or letters.upper() == letters


def _basis(meaning: str) -> str | None:
    found = recognise.legal_bases(meaning) if len(meaning) <= 160 else []
    return found[0] if len(found) == 1 else None


def entries(text: str) -> list[tuple[str, str]] | None:
    """The legend entries a cell holds, as (abbreviation, key); None when the cell is
    not (only) a legend. A title first ("Legenda:") is allowed."""
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_CELL:
        return None
    title = _TITLE.match(text)
    if title and _is_title(title.group("title")):
        text = text[title.end() :]
        if not text.strip():
            return []
    found = []
    for piece in _PIECES.split(text):
        if not piece.strip():
            continue
        for part in _NEXT_ENTRY.split(piece):
            entry = _ENTRY.match(part)
            if entry is None or not _is_abbreviation(entry.group("abbr")):
                return None
            basis = _basis(entry.group("meaning"))
            if basis is None:
                return None
            found.append((entry.group("abbr"), basis))
    return found


def _is_title(text: str) -> bool:
    words = recognise._fold(text).split()
    return bool(words) and words[0] in _TITLE_WORDS


def find_legend(rows: Sequence[Sequence[object]], header_row: int) -> Legend:
    """The legend among the sheet's rows (``header_row`` from 1 is not one of them): rows whose
    every filled cell is a legend entry, and a title row right above them. An abbreviation
    explained twice, differently, is left out: which one was meant is not certain."""
    meanings: dict[str, str | None] = {}
    written: dict[str, str] = {}
    legend_rows: set[int] = set()
    title_row: int | None = None
    for number, row in enumerate(rows, start=1):
        if number == header_row:
            title_row = None
            continue
        values = [value for value in (row or ()) if value is not None and value != ""]
        if not values:
            continue  # an empty row between a title and its entries
        cells = [value for value in values if isinstance(value, str) and value.strip()]
        if len(cells) != len(values):
            title_row = None  # a number or a date: a row of data
            continue
        if len(cells) == 1 and entries(cells[0]) == []:  # a title alone: "Legenda", "Afkortingen:"
            title_row = number
            continue
        found = _row_entries(cells, after_title=title_row is not None or bool(legend_rows & {number - 1}))
        if found is None:
            title_row = None
            continue
        for abbr, key in found:
            folded = recognise._fold(abbr)
            written.setdefault(folded, abbr)
            meanings[folded] = key if meanings.get(folded, key) == key else None
        legend_rows.add(number)
        if title_row is not None:
            legend_rows.add(title_row)
            title_row = None
    return Legend({abbr: key for abbr, key in meanings.items() if key}, frozenset(legend_rows), written)


def _row_entries(cells: list[str], after_title: bool) -> list[tuple[str, str]] | None:
    if any(
        ("=" in cell or ":" in cell or "\u2192" in cell or " - " in cell or "\u2013" in cell or "\u2014" in cell)
        for cell in cells
    ):
        found = []
        for cell in cells:
            entry = entries(cell)
            if entry is None:
                return None
            found += entry
        return found or None
    # Under a title, an abbreviation and its meaning in two cells: "b" | "Uitvoering overeenkomst".
    if after_title and len(cells) == 2 and _is_abbreviation(cells[0].strip()) and " " not in cells[0].strip():
        basis = _basis(cells[1])
        if basis:
            return [(cells[0].strip(), basis)]
    return None
