"""A realistic register as code: its sheets as rows of cells, each filled cell written next to
what it must become. The workbook file is written from the same rows, so the sheet and its
expectations cannot drift apart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook as OpenpyxlWorkbook

from .facts import Fact, Outside

Expect = Fact | Sequence[Fact]
# (text, expect) or, for a held-out cell the import does not yet get right, (text, expect, known_gap):
# the expectation stays what the import should do; the test of that cell is xfail(strict=True).
CellSpec = tuple[object, Expect] | tuple[object, Expect, str] | None


@dataclass(frozen=True, eq=False)
class Cell:
    """A filled cell of the sheet and what it must become. Row and column count from 1."""

    workbook: str
    sheet: str
    row: int
    column: int
    text: str
    activity: str | None  # the activity its row describes (by name); None: no activity
    facts: tuple[Fact, ...]
    known_gap: str = ""  # why the import does not yet get this held-out cell right ("" when it should)

    @property
    def place(self) -> tuple[str, str, int, int]:
        return self.workbook, self.sheet, self.row, self.column

    def id(self, sheets: int = 1) -> str:
        where = f"{self.sheet.replace(' ', '_')}-" if sheets > 1 else ""
        return f"{self.workbook}-{where}R{self.row}-C{self.column}"


@dataclass
class Row:
    activity: str | None
    cells: list[CellSpec]
    header: bool = False


def row(activity: str, *cells: CellSpec) -> Row:
    """A row about ``activity``: each cell as (text, fact or facts), None for an empty cell."""
    return Row(activity, list(cells))


def plain(*texts: object, expect: Fact | None = None) -> Row:
    """A row of no activity (title, contact block, legend): each text expects ``expect``."""
    return Row(None, [None if t is None else (t, expect or Outside()) for t in texts])


def header(*texts: object) -> Row:
    """A header row: not checked itself; its columns are what the cells below mean."""
    return Row(None, [None if t is None else (t, ()) for t in texts], header=True)


BLANK = Row(None, [])


def known_gaps(rows: list[Row], gaps: dict[tuple[int, int], str]) -> list[Row]:
    """Mark held-out cells the import does not yet get right, by (row, column) from 1, with why:
    their expectation stays what the import should do (see CellSpec). Every mark must hit a
    filled cell, so a mark left behind by a moved row fails loudly instead of doing nothing."""
    for (r, c), why in gaps.items():
        cells = rows[r - 1].cells
        assert c <= len(cells) and cells[c - 1] is not None, f"no filled cell at R{r}C{c} to mark"
        cells[c - 1] = (*cells[c - 1][:2], why)
    return rows


@dataclass
class Workbook:
    name: str  # short, used in test ids ("staffing")
    title: str  # what it is, for the table
    language: str  # the new register's language ("nl" or "en")
    written_in: str  # the sheet's language: "nl", "en", "fr" or "de"
    sheets: dict[str, list[Row]]
    # Columns (from 1) per sheet that combine fields ("Doel en grondslag"): failures there are "combined".
    combined: dict[str, set[int]] = field(default_factory=dict)
    relational: bool = False  # sheets that refer to each other: failures are "relational"
    merges: dict[str, list[str]] = field(default_factory=dict)
    # Held out: why `ropa check` still has errors the import caused (test_realistic_check.py marks
    # the workbook's test xfail(strict=True) while this is set); "" when it must be clean.
    known_check_gap: str = ""

    def write(self, path: Path) -> Path:
        book = OpenpyxlWorkbook()
        book.remove(book.active)
        for title, rows in self.sheets.items():
            sheet = book.create_sheet(title)
            for r, spec in enumerate(rows, start=1):
                for c, cell in enumerate(spec.cells, start=1):
                    if cell is not None and cell[0] is not None:
                        sheet.cell(row=r, column=c, value=cell[0])
            for ref in self.merges.get(title, ()):
                sheet.merge_cells(ref)
        book.save(path)
        return path

    def cells(self) -> list[Cell]:
        found = []
        for title, rows in self.sheets.items():
            for r, spec in enumerate(rows, start=1):
                if spec.header:
                    continue
                for c, cell in enumerate(spec.cells, start=1):
                    if cell is None or cell[0] is None:
                        continue
                    text, expect, *gap = cell
                    facts = (expect,) if isinstance(expect, Fact) else tuple(expect)
                    found.append(Cell(self.name, title, r, c, str(text), spec.activity, facts, *gap))
        return found

    def headers(self, sheet: str) -> dict[int, str]:
        """Column -> header text of the sheet's header row."""
        spec = next((r for r in self.sheets[sheet] if r.header), None)
        return (
            {}
            if spec is None
            else {
                c: str(cell[0])
                for c, cell in enumerate(spec.cells, start=1)
                if cell is not None and cell[0] is not None
            }
        )
