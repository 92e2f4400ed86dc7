"""A realistic register imported through the real service into a new register, read back,
and every filled cell classified: right (where it belongs), notes (kept in the internal notes
where it belongs in a field: an honest gap) or wrong (a wrong guess, a garble, or lost)."""

from __future__ import annotations

import re
import tempfile
import traceback
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ropa_desktop.documents.importing.problems import ImportRefused
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register.storage import create_register

from .corpus import Cell, Workbook
from .facts import Context, Failure
from .reading import RegisterView, in_notes, key, read_register, squeeze, tbc

RIGHT, NOTES, WRONG = "right", "notes", "wrong"


@dataclass
class CellResult:
    cell: Cell
    status: str
    reasons: list[str]
    cause: str

    def line(self) -> str:
        where = f"{self.cell.sheet}!R{self.cell.row}C{self.cell.column}"
        return f"{where} {self.cell.text[:50]!r}: {'; '.join(self.reasons)}"


@dataclass
class Score:
    workbook: Workbook
    activities: int
    results: list[CellResult]
    refused: str = ""
    unmapped: dict[str, list[str]] = field(default_factory=dict)  # sheet -> headers not recognised

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def right(self) -> int:
        return self.count(RIGHT)

    @property
    def notes(self) -> int:
        return self.count(NOTES)

    @property
    def wrong(self) -> int:
        return self.count(WRONG)

    def result(self, cell: Cell) -> CellResult:
        return next(r for r in self.results if r.cell.place == cell.place)

    def stray(self) -> list[CellResult]:
        """Names the import made that no cell of their row expects, and no cell's text holds."""
        return [r for r in self.results if r.cell.column == 0]


def score(workbook: Workbook, folder: Path | None = None) -> Score:
    if folder is None:
        with tempfile.TemporaryDirectory(prefix=f"realistic-{workbook.name}-") as temporary:
            return score(workbook, Path(temporary))
    path = workbook.write(folder / f"{workbook.name}.xlsx")
    register = create_register(folder / f"{workbook.name}.ropa", "Realistic", language=workbook.language)
    try:
        try:
            report = import_workbook(register, path, backup=False)
        except ImportRefused as refused:
            return _refused(workbook, read_register(register, []), refused.words("en"))
        except Exception as crash:  # noqa: BLE001 - a crash scores every cell wrong, with where it happened
            where = traceback.extract_tb(crash.__traceback__)[-1]
            why = f"the import crashed: {type(crash).__name__}: {crash} ({Path(where.filename).name}:{where.lineno})"
            return _refused(workbook, read_register(register, []), why)
        view = read_register(
            register,
            [note.text("en") for note in report.notes],
            [(use.sheet, use.read, use.text("en")) for use in report.sheets],
        )
        unmapped = _unmapped(workbook, report)
    finally:
        register.close()
    return Score(workbook, len(view.activities), classify(workbook, view, unmapped), unmapped=unmapped)


def _refused(workbook: Workbook, view: RegisterView, why: str) -> Score:
    results = [CellResult(c, WRONG, [f"import refused: {why}"], "refused") for c in workbook.cells()]
    return Score(workbook, len(view.activities), results, refused=why)


def _unmapped(workbook: Workbook, report) -> dict[str, list[str]]:
    """Per sheet, the headers the import did not take for a field (only the sheet it read is known)."""
    mapping = report.mapping
    if mapping is None:
        return {}
    taken = {key(h) for h, f in mapping.columns.items() if f}
    sheet = mapping.sheet or report.sheet
    if sheet not in workbook.sheets:
        return {}
    return {sheet: [h for h in workbook.headers(sheet).values() if key(h) not in taken]}


def classify(workbook: Workbook, view: RegisterView, unmapped: dict[str, list[str]]) -> list[CellResult]:
    cells = workbook.cells()
    expected: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for cell in cells:
        if cell.activity:
            for fact in cell.facts:
                if fact.list_field:
                    expected[key(cell.activity)][fact.list_field] += fact.names()
    extras, stray = _extras(cells, view, expected)
    results = []
    for cell in cells:
        activity = view.activity(cell.activity) if cell.activity else None
        failures: list[tuple[str, Failure]] = []  # (cause, failure)
        if cell.activity and activity is None:
            failures.append(("header", Failure(f"no activity named {cell.activity!r}")))
        else:
            ctx = Context(view, activity, cell.text, expected[key(cell.activity or "")])
            for fact in cell.facts:
                failure = fact.check(ctx)
                if failure is not None:
                    failures.append((fact.cause, failure))
        failures += [("list", f) for f in extras.get(cell.place, [])]
        found = [f for _, f in failures]
        results.append(
            CellResult(
                cell,
                _status(cell, activity, found),
                [f.reason for f in found],
                _cause(workbook, cell, failures, unmapped),
            )
        )
    return results + stray


def _status(cell: Cell, activity, failures: list[Failure]) -> str:
    if not failures:
        return RIGHT
    if any(f.forbidden for f in failures):
        return WRONG
    if activity is not None and in_notes(cell.text, activity.notes):
        return NOTES
    return WRONG


def _cause(workbook: Workbook, cell: Cell, failures: list[tuple[str, Failure]], unmapped: dict[str, list[str]]) -> str:
    if not failures:
        return ""
    if workbook.relational:
        return "relational"
    header = workbook.headers(cell.sheet).get(cell.column)
    if header is not None and header in unmapped.get(cell.sheet, ()):
        return "header"
    if cell.column in workbook.combined.get(cell.sheet, ()):
        return "combined"
    return failures[0][0]


# --- names no cell expects ------------------------------------------------------------------------------


def _actual(activity, list_field: str) -> list[tuple[str, str]]:
    """(name, kind) of the activity's entries of one list; transfers by country."""
    if list_field == "transfers":
        return [(country, "?" if tbc(country) else "") for country, _, _ in activity.transfers]
    if list_field == "recipients":
        return [(name, kind) for name, kind, _ in activity.recipients]
    if list_field == "categories":
        return [(name, "") for name, _, _ in activity.categories]
    return [(name, "") for name in getattr(activity, list_field)]


def _allowed(name: str, kind: str, wanted: list, view: RegisterView) -> bool:
    raw = {x for names in wanted for x in names}  # wildcards ("*internal", "?") as written
    if key(name) in {key(x) for x in raw} or (kind == "?" and "?" in raw):
        return True
    if kind == "internal" and "*internal" in raw:
        return True
    for names in wanted:
        if names[0].startswith("*crossref:"):
            target = view.activity(names[0].removeprefix("*crossref:"))
            if target and any(key(n) == key(name) for n, _, _ in target.recipients):
                return True
    return False


def _extras(cells: list[Cell], view: RegisterView, expected) -> tuple[dict[tuple, list[Failure]], list[CellResult]]:
    extras: dict[tuple, list[Failure]] = defaultdict(list)
    stray = []
    by_activity: dict[str, list[Cell]] = defaultdict(list)
    for cell in cells:
        if cell.activity:
            by_activity[key(cell.activity)].append(cell)
    for name, row_cells in by_activity.items():
        activity = view.activity(name)
        if activity is None:
            continue
        for list_field in ("subjects", "categories", "recipients", "controllers_served", "transfers", "measures"):
            wanted = expected[name][list_field]
            for found, kind in _actual(activity, list_field):
                if _allowed(found, kind, wanted, view):
                    continue
                failure = Failure(f"{list_field}: {found!r} is no entry of the sheet", forbidden=True)
                owners = [c for c in row_cells if any(f.list_field == list_field for f in c.facts)]
                holding = [c for c in row_cells if squeeze(found) and squeeze(found) in squeeze(c.text)]
                named = [c for c in row_cells if key(c.text) == key(found)]
                part = [c for c in row_cells if key(found) in {key(p) for p in re.split(r"[\n;,]+", c.text)}]
                target = (named or part or [c for c in owners if c in holding] or holding or owners)[:1]
                if target:
                    extras[target[0].place].append(failure)
                else:
                    ghost = Cell(
                        row_cells[0].workbook, row_cells[0].sheet, row_cells[0].row, 0, found, activity.name, ()
                    )
                    stray.append(CellResult(ghost, WRONG, [failure.reason], list_field))
    return extras, stray
