"""Importing a workbook into a register: the one entry point for the window, the command
line and the tests.

Our own workbook (it has the hidden data sheet) is read exactly; any other sheet is read by
its headers (foreign.py). Either way the result is a list of portable entries merged into
the register in one transaction: the register changes completely or not at all. A dry run
does the same work and rolls it back, so its report is exactly what the import would do.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ...register import change_log, copies
from ...register.errors import RegisterError
from ...register.kinds import ORGANISATION
from ...register.merge import merge
from ...register.models.base import utcnow
from ...register.portable import PortableError
from ...register.rows import counts
from ...register.snapshots import blank, read_object
from ...register.storage import Register, open_register
from ...register.three_way import Stamp, ThreeWay
from ..collector import collector_paused
from ..workbook import DATA_SHEET
from . import both_changed, contact_fill, foreign, native
from .limits import Budget
from .mapping import Mapping
from .opening import check_sheet_size, load, open_checked
from .problems import ImportRefused, Note
from .report import ImportReport
from .review import ReviewItem

Progress = Callable[[int, int], None]


class _DryRun(Exception):
    def __init__(self, outcomes):
        super().__init__("dry run")
        self.outcomes = outcomes


def import_workbook(
    register: Register,
    path: str | Path,
    *,
    mapping: Mapping | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    backup: bool = True,
) -> ImportReport:
    """Import ``path`` into ``register``. Raises ImportRefused (nothing changed) when the
    file cannot be imported, RegisterError when the register cannot be written. A register
    file with content gets a copy beside it first (``backup``), kept only when the import
    changed something (report.backup names it)."""
    with collector_paused():
        return _import(register, Path(path), mapping, dry_run, progress, backup)


def _import(
    register: Register, path: Path, mapping: Mapping | None, dry_run: bool, progress: Progress | None, backup: bool
) -> ImportReport:
    with register.session() as session:
        organisation = register.organisation(session)
        primary = organisation.primary_language
        # The contact block above the table fills only what the register leaves empty.
        held = read_object(ORGANISATION, organisation)
    report, entries, history = read_workbook(path, mapping, dry_run, progress, primary, held)
    file = register.path  # None: a register without a file of its own, nothing to copy
    if dry_run and register.read_only and file is not None:
        # A read-only register refuses even a transaction that is rolled back: show what the
        # import would do by merging into a temporary copy.
        report.outcomes = _dry_run_on_copy(file, entries, progress, history)
        return report
    pending = None
    if not dry_run and backup and entries and file is not None and not register.read_only and not _empty(register):
        pending = _copy_before(file)
    try:
        report.outcomes = _merge(register, entries, dry_run, progress, history)
    except BaseException:
        if pending is not None:  # nothing was imported: no copy "before" it
            pending.discard()
        raise
    if pending is not None:
        assert file is not None  # a copy is made only of a register file
        if report.changes:
            report.backup = _place(file, pending)
        else:  # nothing changed: no copy "before" a change that never happened
            pending.discard()
    return report


def _copy_before(file: Path) -> copies.PendingCopy:
    """The register ``file`` as it is, under a temporary name until the import has committed: a
    killed import leaves no "before-import" copy of an import that never happened."""
    try:
        return copies.prepare(file)
    except (sqlite3.Error, OSError) as exc:
        raise copies.write_failed(file, "cannot write a copy before the change", exc) from None


def _place(file: Path, pending: copies.PendingCopy) -> str:
    """The copy of the register ``file`` under its final name, now that the import has committed;
    "" (the report then names no copy) in the unlikely case that no name can be given to it."""
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    first = file.with_name(f"{file.stem}.before-import-{stamp}{file.suffix}")
    try:
        return str(pending.place(copies.numbered(first)))
    except OSError:  # the import has happened and stays; place() removed the temporary
        return ""


def _dry_run_on_copy(file: Path, entries, progress: Progress | None, history: Stamp | None = None):
    """What merging would do to the register ``file``, merged into a copy of it."""
    with tempfile.TemporaryDirectory(prefix="ropa-dry-run-") as folder:
        target = Path(folder) / file.name
        shutil.copyfile(file, target)
        target.chmod(0o600)
        copy = open_register(target)
        try:
            return _merge(copy, entries, True, progress, history)  # a copy shares the history
        finally:
            copy.close()


def read_workbook(
    path: Path,
    mapping: Mapping | None,
    dry_run: bool,
    progress: Progress | None = None,
    primary: str = "nl",
    organisation: dict | None = None,
):
    """The report so far (notes), the entries the workbook holds and, for our own workbook,
    where the register's history stood at its export (None: not noted, or another workbook).
    ``organisation``: the register's organisation as a snapshot (an empty one when not given)."""
    history = None
    opened = open_checked(path)
    try:
        book = load(opened, read_only=True)
        try:
            notes: list[Note] = []
            if opened.external_links:
                notes.append(Note("external_links"))
            if native.is_native(book) and mapping is None:
                check_sheet_size(opened, book, DATA_SHEET, data=True)
                budget = Budget(primary)
                entries, fingerprints = native.read_entries(opened, book, _ticker(progress), budget)
                notes += budget.notes()
                notes += native.visible_edits(opened, book, fingerprints, _ticker(progress))
                report = ImportReport(path.name, native=True, dry_run=dry_run)
                history = native.history(book)
            else:
                sheet = foreign.read(opened, book, mapping, _ticker(progress), primary)
                filled = contact_fill.fill(sheet.block, organisation or blank(ORGANISATION), primary)
                entries = [*sheet.entries, *filled.entries]
                notes += filled.notes + sheet.notes
                review = [ReviewItem(g.what, g.place, g.text, g.result) for g in filled.guesses]
                report = ImportReport(
                    path.name,
                    native=False,
                    dry_run=dry_run,
                    sheet=sheet.name,
                    header_row=sheet.header_row,
                    mapping=sheet.mapping(),
                    sheets=sheet.sheets,
                    review=review + sheet.review,
                    organisation_filled=filled.count,
                )
                if mapping is not None and mapping.cells and report.mapping is not None:
                    report.mapping.cells = dict(mapping.cells)  # --save-mapping keeps the corrections
            report.notes = notes
        finally:
            book.close()
    finally:
        opened.close()
    return report, entries, history


def _merge(register: Register, entries, dry_run: bool, progress: Progress | None, history: Stamp | None = None):
    """``history``: where our own workbook stood in the register's history at its export. Into
    that history, changed since, a field the officer left alone keeps a colleague's change, and
    fields both changed refuse the import (both_changed.ImportConflict, a RegisterError)."""
    try:
        # Recorded in the change log as an import, whoever runs it (window or command line).
        with change_log.acting(origin=change_log.IMPORT), register.transaction() as session:
            three_way = ThreeWay.begin(session, history)  # under the write lock: nothing changes meanwhile
            outcomes = merge(session, entries, _offset(progress), three_way=three_way)
            if three_way is not None and three_way.conflicts:
                raise both_changed.refusal(session, three_way)  # rolls the transaction back
            if dry_run:
                raise _DryRun(outcomes)  # leaves the transaction by rolling it back
    except _DryRun as done:
        return done.outcomes
    except PortableError as exc:
        raise ImportRefused("register", detail=str(exc)) from None
    except RegisterError:
        raise
    return outcomes


def _empty(register: Register) -> bool:
    with register.session() as session:
        return not any(counts(session).values())


def _ticker(progress: Progress | None):
    """Reading the file is the first tenth of the bar; this also lets Cancel stop it."""
    if progress is None:
        return None
    return lambda: progress(0, 10)


def _offset(progress: Progress | None):
    if progress is None:
        return None
    return lambda done, total: progress(1 + 9 * done // max(total, 1), 10)


@dataclass
class Preview:
    """What the import wizard shows before anything is imported: the sheets, the header row
    found (or chosen) and what each column is taken for, with a few values as examples."""

    file: Path
    native: bool
    sheets: list[str]
    sheet: str = ""
    header_row: int = 0
    headers: dict[int, str] = field(default_factory=dict)  # column (from 1) -> header text
    fields: dict[int, str] = field(default_factory=dict)  # column -> field key
    ignored: set[int] = field(default_factory=set)  # columns left out on purpose
    language: str = "en"
    samples: dict[int, list[str]] = field(default_factory=dict)  # column -> first values
    problem: ImportRefused | None = None  # why this sheet cannot be read as it stands

    def mapping(self) -> Mapping:
        columns = {
            header: self.fields.get(column) or (None if column in self.ignored else "")
            for column, header in self.headers.items()
        }
        return Mapping(self.sheet, self.header_row or None, self.language, columns)


def preview(path: str | Path, mapping: Mapping | None = None, samples: int = 3) -> Preview:
    """Raises ImportRefused when the file itself cannot be read; a sheet that cannot be read
    as mapped comes back with its ``problem`` set, so the officer can change the mapping."""
    path = Path(path)
    opened = open_checked(path)
    try:
        book = load(opened, read_only=True)
        try:
            result = Preview(path, native.is_native(book), [name for name in book.sheetnames if name != DATA_SHEET])
            if result.native and mapping is None:
                return result
            choice = foreign.choose_sheet(opened, book, mapping)  # the same choice the import makes
            result.problem = choice.problem
            if choice.cells is None:
                return result
            result.sheet, cells, columns = choice.cells.name, choice.cells, choice.columns
            if columns is None:
                if mapping and mapping.header_row and mapping.header_row <= len(cells.rows):
                    result.header_row = mapping.header_row
                    result.headers = foreign.headers_of(cells.rows[mapping.header_row - 1])
                return result
            result.header_row = columns.header_row
            result.headers = columns.headers
            result.fields = columns.fields
            result.ignored = set(columns.ignored)
            result.language = columns.language
            rows = cells.rows[columns.header_row : columns.header_row + 50]
            for column in columns.headers:
                values = [foreign.cell_text(row[column - 1]) for row in rows if column - 1 < len(row)]
                result.samples[column] = [v for v in values if v][:samples]
            return result
        finally:
            book.close()
    finally:
        opened.close()
