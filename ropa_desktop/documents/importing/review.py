"""What the officer reviews before importing (issue 14 point 9): every cell read by judgement
(a guess) and every cell going to the internal notes, with its sheet, row and column; and
the officer's corrections of single cells, kept in the mapping:

    "cells": {"Register!C5": null, "Register!D7": "b"}

null keeps the cell in the activity's internal notes instead of reading it; a text is read
in the cell's place, by the same rules (the cell in the workbook is not changed). Cells are
named as spreadsheets name them, so a saved mapping corrects the same cells next time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.utils.exceptions import CellCoordinatesException

from .problems import Guess, Note, Place, word
from .sheet_cells import SheetCells

# Kinds that are not guesses: a cell going to the notes, one the officer corrected.
NOT_UNDERSTOOD, UNMAPPED, KEPT, REPLACED = "not_understood", "unmapped", "kept_by_you", "read_as_you_said"
NOTES_KINDS = (NOT_UNDERSTOOD, UNMAPPED)
CORRECTED_KINDS = (KEPT, REPLACED)
MAX_CORRECTIONS = 10_000


def cell_name(place: Place) -> str:
    """ "Register!C5": how the mapping names a cell."""
    return f"{place.sheet}!{get_column_letter(place.column)}{place.row}" if place.row and place.column else ""


def parse_cell(name: str) -> tuple[str, int, int] | None:
    """ "Register!C5" -> ("Register", 5, 3); None when it names no cell."""
    sheet, bang, coordinate = name.rpartition("!")
    if not bang or not sheet:
        return None
    try:
        letters, row = coordinate_from_string(coordinate.replace("$", ""))
        return sheet, row, column_index_from_string(letters)
    except (ValueError, CellCoordinatesException):
        return None


@dataclass(frozen=True)
class ReviewItem:
    """One cell to look at: ``kind`` is a guess's kind, or one of NOTES_KINDS / CORRECTED_KINDS."""

    kind: str
    place: Place
    text: str
    result: str = ""  # for a guess: what the import made of it
    header: str = ""  # the column's header, for a cell going to the notes

    @property
    def cell(self) -> str:
        return cell_name(self.place)

    @property
    def group(self) -> str:
        if self.kind in NOTES_KINDS:
            return "notes"
        return "corrected" if self.kind in CORRECTED_KINDS else "guess"

    def kind_words(self, language: str) -> str:
        group = "guess" if self.group == "guess" else "review"
        try:
            return word(group, self.kind, language)
        except KeyError:  # a kind of guess not worded yet: its key still tells it apart
            return self.kind.replace("_", " ")

    def result_words(self, language: str) -> str:
        if self.group == "guess":
            return self.result
        if self.kind == REPLACED:
            return word("review", "read_as", language).format(text=self.result)
        return word("review", "to_notes", language)


@dataclass
class Corrections:
    """The mapping's cell corrections, applied to the sheets as read."""

    kept: dict[tuple[str, int, int], str] = field(default_factory=dict)  # cell -> its text, for the notes
    replaced: dict[tuple[str, int, int], tuple[str, str]] = field(default_factory=dict)  # cell -> (was, now)

    def items(self) -> list[ReviewItem]:
        return [ReviewItem(KEPT, Place(*cell), text) for cell, text in self.kept.items()] + [
            ReviewItem(REPLACED, Place(*cell), was, now) for cell, (was, now) in self.replaced.items()
        ]


def correct(sheets: list[SheetCells], cells: dict[str, str | None], text_of) -> Corrections:
    """Apply ``cells`` (the mapping's corrections) to ``sheets`` in place. ``text_of`` turns a
    cell's value into its text (foreign.cell_text). A cell outside the sheets is passed over."""
    done = Corrections()
    by_name = {sheet.name: sheet for sheet in sheets}
    for name, value in cells.items():
        found = parse_cell(name)
        if found is None or found[0] not in by_name:
            continue
        sheet, row, column = found
        rows = by_name[sheet].rows
        if row > len(rows):
            continue
        cells_of_row = rows[row - 1]
        was = text_of(cells_of_row[column - 1]) if column - 1 < len(cells_of_row) else ""
        if value is None:
            if was:
                done.kept[found] = was
                cells_of_row[column - 1] = None
            continue
        while len(cells_of_row) < column:
            cells_of_row.append(None)
        cells_of_row[column - 1] = value
        done.replaced[found] = (was, value)
    return done


def items(
    guesses: list[Guess], notes: list[Note], unmapped: list[ReviewItem], corrections: Corrections
) -> list[ReviewItem]:
    found = [ReviewItem(g.what, g.place, g.text, g.result) for g in guesses]
    found += [
        ReviewItem(NOT_UNDERSTOOD, n.place, str(n.values.get("text", "")), header=str(n.values.get("field", "")))
        for n in notes
        if n.code == "not_understood"
    ]
    return found + unmapped + corrections.items()
