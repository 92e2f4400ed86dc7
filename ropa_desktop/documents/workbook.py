"""The register as an Excel workbook for auditors (openpyxl, write-only: fast and lean).

A cover sheet, then one sheet per table of the record, each an Excel table with a styled,
frozen header and filter buttons, sized columns and wrapped multi-line cells; dates are
dates. Text that a spreadsheet would take for a formula is written as text. On request the
compliance check's findings follow as a sheet of their own, before the hidden data sheet.
"""

from __future__ import annotations

import json
import warnings
from contextlib import suppress
from copy import copy
from datetime import UTC, date, datetime
from typing import BinaryIO
from zipfile import ZIP_DEFLATED, ZipFile

from babel import Locale
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import ALL_TEMP_FILES
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table as ExcelTable
from openpyxl.worksheet.table import TableColumn, TableStyleInfo
from openpyxl.writer.excel import ExcelWriter

from ..checks.findings import Finding
from ..checks.rule import RULES
from ..checks.run import counts
from ..register import portable
from ..register.storage import Register
from . import excel_cells
from .excel_cells import CELL_UNITS, fit_cell
from .fingerprints import digest, shown
from .record.changes_annex import CHANGE, ChangesAnnex
from .record.findings import FINDING, broken_rule_lines, none_found, summary
from .record.record import Record, Table, read_record
from .workbook_print import print_setup

# Excel, LibreOffice and Google Sheets start a formula with these (and some with tab/CR).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_WIDTH = 60
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TITLE_FONT = Font(bold=True, size=16, color="1F4E79")
LABEL_FONT = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
# The sheets of activities: number, reference and name first (the other sheets are catalogues).
NUMBERED = ("register", "controller", "processor")
# The hidden sheet that makes the workbook importable without loss (documents/importing).
DATA_SHEET = "ropa-data"
# Excel holds at most 32,767 UTF-16 units in a cell; longer entries continue in the next cell.
DATA_CHUNK = 32000
# Rows of the data sheet that hold a visible sheet's row digests, not a register item.
FINGERPRINT = "_fingerprint"


def _text(value) -> str:
    # Characters XML cannot hold (control codes) would make the file unreadable.
    return ILLEGAL_CHARACTERS_RE.sub("", value)


class _Writer:
    def __init__(self, record: Record, progress=None):
        self.record = record
        self.context = record.context
        self.labels = record.context.labels
        self.progress = progress
        self.book = Workbook(write_only=True)
        self.templates = self._styles(self.book.create_sheet("styles"))
        # Sheet title -> a digest per row as written (see fingerprints.py).
        self.fingerprints: dict[str, list[str]] = {}
        self.book.remove(self.book["styles"])

    def _styles(self, sheet) -> dict[str, object]:
        """Each cell style made once; cells then copy it (assigning fonts and alignments cell
        by cell makes openpyxl hash them every time)."""
        templates = {}
        for name, font, fill, alignment, number_format, quote in (
            ("wrap", None, None, WRAP, None, False),
            ("risky", None, None, WRAP, None, True),
            ("header", HEADER_FONT, HEADER_FILL, WRAP, None, False),
            ("label", LABEL_FONT, None, WRAP, None, False),
            ("date", None, None, TOP, DATE_FORMAT, False),
            ("datetime", None, None, TOP, DATETIME_FORMAT, False),
            ("top", None, None, TOP, None, False),
        ):
            cell = WriteOnlyCell(sheet, "")
            cell.alignment = alignment
            if font is not None:
                cell.font = font
            if fill is not None:
                cell.fill = fill
            if number_format:
                cell.number_format = number_format
            if quote:
                cell.quotePrefix = True  # Excel and LibreOffice show it as text, even after editing
            templates[name] = cell._style  # type: ignore[attr-defined]  # in the stub's __slots__, not declared
        return templates

    def cell(self, sheet, value, *, header: bool = False, label: bool = False, top: bool = False):
        """A cell for ``value``; plain values stay plain (the fast path). In a row taller than
        one line (``top``) every cell is aligned to the top, or short values would sit at the
        bottom of the row, far from the text they belong to."""
        kind = type(value)
        if kind is list:
            value = "\n".join([str(v) for v in value if v not in (None, "")])
            kind = str
        elif kind is bool:
            value, kind = self.labels.yes_no(value), str
        if kind is str:
            if not value.isprintable():  # newlines and tabs are fine; control codes are not
                value = _text(value)
            if len(value) > CELL_UNITS // 2:
                value = fit_cell(value)
            risky = value.startswith(FORMULA_STARTS)
            if not (header or label or risky or top) and len(value) <= 40 and "\n" not in value:
                return value
            style = "risky" if risky else "header" if header else "label" if label else "wrap"
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"  # never a formula
        elif kind is date or kind is datetime:
            style = "datetime" if kind is datetime else "date"
            cell = WriteOnlyCell(sheet, value)
        elif top and value is not None:
            style = "top"
            cell = WriteOnlyCell(sheet, value)
        else:
            return value
        cell._style = copy(self.templates[style])  # type: ignore[attr-defined]  # as in _templates
        return cell

    def write(self, target: BinaryIO) -> None:
        try:
            self._write(target)
        except BaseException:
            self._discard()
            raise

    def _discard(self) -> None:
        """A stopped export (cancel, error, a full disk): close every sheet's generators and
        remove their temporary files now, without writing more, so nothing is left for the
        garbage collector to finish (and print tracebacks about) later."""
        for sheet in self.book.worksheets:
            writer = getattr(sheet, "_writer", None)
            for generator in (getattr(sheet, "_rows", None), getattr(writer, "xf", None)):
                if generator is not None:
                    with suppress(Exception):  # already broken by the failure: just close it
                        generator.close()
            if writer is not None and writer.out in ALL_TEMP_FILES:  # not yet removed by openpyxl
                with suppress(OSError, ValueError):
                    writer.cleanup()

    def _save(self, target: BinaryIO) -> None:
        """openpyxl's Workbook.save, except that a failed one (a full disk) leaves no half-written
        zip behind, which would try to finish itself when collected and fail again, aloud."""
        archive = ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True)
        self.book.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)  # as save does
        try:
            ExcelWriter(self.book, archive).save()
        except BaseException:
            archive.fp = None  # nothing more may be written to the failed target
            raise

    def _write(self, target: BinaryIO) -> None:
        self.cover()
        for position, table in enumerate(self.record.tables):
            self.table(table)
            if self.progress is not None:
                self.progress(position + 1, len(self.record.tables) + 1)
        if self.record.changes is not None:
            self.changes_sheet(self.record.changes)
        if self.record.findings is not None:
            self.findings_sheet(self.record.findings)
        if self.record.entries:  # the data sheet stays last
            self.data_sheet()
        properties = self.book.properties
        properties.title = f"{self.labels.get('title', 'register')} – {self.record.organisation.legal_name}"
        properties.subject = self.labels.get("title", "register")
        properties.creator = self.record.version
        properties.lastModifiedBy = self.record.version
        properties.language = self.context.language
        # Which version this is: Excel shows the status under File > Info, LibreOffice the comments.
        properties.contentStatus = self.record.version_line
        properties.description = self.record.version_line
        properties.created = properties.modified = self.record.exported_at
        self._save(target)

    def cover(self) -> None:
        sheet = self.book.create_sheet(self.labels.get("sheet", "cover"))
        sheet.column_dimensions["A"].width = 38
        sheet.column_dimensions["B"].width = 70
        print_setup(sheet, [38, 70], title_row=False)
        org = self.record.organisation
        title = WriteOnlyCell(sheet, self.labels.get("title", "register"))
        title.font = TITLE_FONT
        sheet.append([title])
        sheet.append([])
        written = [2]

        def row(label_key: str, value) -> None:
            written[0] += 1
            label = self.labels.get("cover", label_key)
            sheet.row_dimensions[written[0]].height = _height([label, value], [38, 70]) or 15.0
            sheet.append(
                [
                    self.cell(sheet, self.labels.get("cover", label_key), label=True),
                    self.cell(sheet, value if value not in (None, "") else "—"),
                ]
            )

        row("organisation", org.legal_name + (f" ({org.trade_name})" if org.trade_name else ""))
        row("address", self.context.contact_lines(org, reach=False)[1:])  # the name is the row above
        row("chamber_of_commerce", org.chamber_of_commerce)
        row("public_authority", self.labels.yes_no(org.public_authority))
        for key, contact in self.record.contacts.items():
            row(key, self.context.contact_lines(contact) if contact is not None else self.labels.get("cover", "none"))
        sheet.append([])
        written[0] += 1
        row("exported", self.record.exported_at)
        row("last_change", self.record.last_change.replace(microsecond=0) if self.record.last_change else None)
        row("register_version", self.record.version_line)
        row("version", self.record.version)
        row("reference_date", self.record.reference_date)
        row("language", Locale.parse(self.context.language).get_display_name(self.context.language))
        row("activities", len(self.record.table("register").items))
        if self.record.findings is not None:
            row("findings", summary(counts(self.record.findings), self.labels))

    def changes_sheet(self, changes: ChangesAnnex) -> None:
        """The changes since a version, one row per change in the log, before the findings. Not
        fingerprinted: the log is no part of what an import takes."""
        table = Table("changes", CHANGE, changes.rows)
        self.table(
            table,
            fingerprint=False,
            empty_note=changes.intro + " " + self.labels.get("changes", "none"),
            title=changes.sheet,
        )

    def findings_sheet(self, findings: list[Finding]) -> None:
        """The compliance check's findings, after the register's sheets. Not fingerprinted: they
        are no part of the register, and a note typed beside a finding changes nothing an
        import would take."""
        table = Table("findings", FINDING, findings)
        broken = self.record.broken_rules
        none = none_found(broken, len(RULES), self.labels)
        self.table(table, fingerprint=False, empty_note=none, notes=broken_rule_lines(broken, self.labels))

    def data_sheet(self) -> None:
        """Every item in full (all languages, links by reference, the order), one JSON entry
        per row: what the import reads to reproduce the register exactly. Hidden, because
        it is for the program; the visible sheets are for people."""
        sheet = self.book.create_sheet(DATA_SHEET)
        sheet.sheet_state = "hidden"
        # Then where the register's history stood at the export (its change log's last entry:
        # sequence and hash), so that importing the workbook back keeps what others changed
        # since (register/three_way.py). Older programs read only the first two cells.
        history = self.record.history
        sheet.append(
            [
                portable.FORMAT,
                portable.FORMAT_VERSION,
                self.record.schema,
                *((history.sequence, history.entry_hash) if history is not None else ()),
            ]
        )
        for entry in self.record.entries:
            text = json.dumps(entry.data, ensure_ascii=False, separators=(",", ":"))
            if ILLEGAL_CHARACTERS_RE.search(text):
                # A control code in a text: escape it (\u0001) rather than lose it.
                text = json.dumps(entry.data, ensure_ascii=True, separators=(",", ":"))
            chunks = excel_cells.chunks(text, DATA_CHUNK)
            cells = []
            for chunk in chunks:
                cell = WriteOnlyCell(sheet, chunk)
                cell.data_type = "s"  # JSON never starts with "=", but no cell here is a formula
                cells.append(cell)
            sheet.append([entry.kind, entry.ref, *cells])
        for title, digests in self.fingerprints.items():
            text = json.dumps(digests)
            sheet.append([FINGERPRINT, title, *excel_cells.chunks(text, DATA_CHUNK)])

    def table(
        self,
        table: Table,
        fingerprint: bool = True,
        empty_note: str = "",
        title: str = "",
        notes: list[str] | None = None,
    ) -> None:
        title = title or self.labels.get("sheet", table.key)
        sheet = self.book.create_sheet(title[:31])
        headers = table.headers(self.context)
        rows = table.rows(self.context)
        if self.record.entries and fingerprint:
            yes_no = self.labels.yes_no
            self.fingerprints[sheet.title] = [digest([shown(v, yes_no) for v in row]) for row in [headers, *rows]]
        for index, column in enumerate(table.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = self._width(
                headers[index - 1], [r[index - 1] for r in rows[:500]], column.wide
            )
        numbered = table.key in NUMBERED
        sheet.freeze_panes = "C2" if numbered else "B2"
        widths = [sheet.column_dimensions[get_column_letter(i)].width for i in range(1, len(headers) + 1)]
        # Printed in column groups, each page repeats what says which row it is: the number,
        # reference and name of an activity, or a catalogue's first column.
        print_setup(sheet, widths, title_columns=3 if numbered else 1)
        sheet.row_dimensions[1].height = _height(headers, widths) or 15.0
        sheet.append([self.cell(sheet, header, header=True) for header in headers])
        cell = self.cell
        for number, values in enumerate(rows, start=2):
            height = _height(values, widths)
            if height:
                sheet.row_dimensions[number].height = height
                sheet.append([cell(sheet, value, top=True) for value in values])
            else:
                sheet.append([cell(sheet, value) for value in values])
        if not rows and empty_note:  # said below the header, outside any table: it is no row of data
            sheet.append([])
            sheet.append([empty_note])  # unwrapped, so it reads on across the empty cells
        if notes:  # below the rows, outside the table too (a broken rule is no finding)
            sheet.append([])
            for note in notes:
                sheet.append([note])
        if not rows:
            return
        reference = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
        excel_table = ExcelTable(displayName=f"T_{table.key}", ref=reference)
        # Write-only mode needs the column names given, equal to the header cells.
        excel_table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(_unique(headers), start=1)]
        excel_table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        excel_table.autoFilter = AutoFilter(ref=reference)
        with warnings.catch_warnings():
            # openpyxl always warns in write-only mode; the columns are given above.
            warnings.filterwarnings("ignore", "In write-only mode you must add table columns manually")
            sheet.add_table(excel_table)

    @staticmethod
    def _width(header: str, values: list, wide: bool) -> float:
        longest = len(header) if len(header) < 24 else 24
        for value in values:
            if isinstance(value, list):
                value = max((str(v) for v in value), key=len, default="")
            elif isinstance(value, (date, datetime)):
                value = "2026-01-01 00:00"
            longest = max(longest, max((len(line) for line in str(value or "").splitlines()), default=0))
        return min(max(longest + 2, 8), MAX_WIDTH if wide else 30)


def _height(values: list, widths: list[float]) -> float | None:
    """A row tall enough for its wrapped lines (spreadsheets do not all grow rows on opening);
    None for a row of one-line cells."""
    lines = 1
    for value, width in zip(values, widths, strict=True):  # one width per column
        kind = type(value)
        if kind is list:
            count = len(value) + sum(len(str(text)) for text in value) // int(width * 1.1 + 1)
        elif kind is str and (len(value) > width or "\n" in value):
            count = value.count("\n") + 1 + len(value) // int(width * 1.1 + 1)
        else:
            continue
        if count > lines:
            lines = count
    return min(15.0 * lines, 409.0) if lines > 1 else None


def _unique(headers: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    for header in headers:
        seen[header] = seen.get(header, 0) + 1
        result.append(header if seen[header] == 1 else f"{header} {seen[header]}")
    return result


def write_record(record: Record, target: BinaryIO, progress=None) -> None:
    _Writer(record, progress).write(target)


def write_workbook(
    register: Register,
    language: str,
    target: BinaryIO,
    progress=None,
    exported_at: datetime | None = None,
    with_findings: bool = False,
    internal_notes: bool = True,
    changes_since: str | None = None,
) -> None:
    """The workbook; ``with_findings`` adds the compliance check's findings as a sheet,
    ``changes_since`` (a version, "start" or a date) the changes since then as a sheet. Without
    ``internal_notes`` the internal descriptions and notes are left out, and so is the hidden data
    sheet that holds every text in full (the workbook then imports as any other workbook)."""
    record = read_record(
        register,
        language,
        exported_at,
        with_data=internal_notes,
        with_findings=with_findings,
        internal_notes=internal_notes,
        changes_since=changes_since,
    )
    write_record(record, target, progress)
