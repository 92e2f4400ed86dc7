"""A spreadsheet of the officer's own: one activity per row, columns found by their headers.

The header row is searched for (contact blocks often stand above it), columns are matched
by their headers in Dutch, English, French or German (headers.py) or by the officer's mapping, and
each cell is read the way people write (recognise.py). Catalogue entries are named, so they
are reused by name or created. Nothing is dropped: what is not understood goes, with its
header, into the activity's internal notes and into the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache, lru_cache

from openpyxl.utils import get_column_letter

from ...register.kinds import ACTIVITY, DATA_CATEGORY, DATA_SUBJECT, RECIPIENT, SECURITY_MEASURE, TRANSFER
from ...register.merge import normal_name
from ...register.models import ProcessingActivity
from ...register.portable import Entry, PortableError, checked
from ...register.reference.countries import country_name, in_eea
from ...register.reference.languages import SUPPORTED
from ...register.reference.vocabulary import enum_label, term
from ...register.texts import clean, limit_of
from ...resources_path import load_toml
from ..workbook import DATA_SHEET
from . import (
    bases,
    column_pairs,
    combined,
    contact_block,
    lists,
    parties,
    recognise,
    relational,
    review,
    transfers_read,
)
from .footer_rows import footer_rows
from .headers import DERIVED as _DERIVED
from .headers import field_label, find_header_row, normalise
from .legend import Legend, find_legend
from .limits import MAX_KEPT_CELL, Budget, marker, short_header, shortened_text
from .mapping import Mapping
from .problems import Guess, ImportRefused, Note, Place
from .sheet_cells import SheetCells, read_cells

SCAN_ROWS = 30
# Column lengths of the plain-text fields: the model's String sizes, read from the model.
_LIMITS = {key: limit_of(ProcessingActivity, key) for key in ("owner", "department", "dpia_reference", "reference")}
_LANGUAGE_NAMES = {
    "nl": {"nl": "Nederlands", "en": "Dutch"},
    "en": {"nl": "Engels", "en": "English"},
    "fr": {"nl": "Frans", "en": "French"},
    "de": {"nl": "Duits", "en": "German"},
}


@dataclass
class Columns:
    """The header row found or chosen, and what each column means."""

    header_row: int  # from 1
    headers: dict[int, str]  # column (from 1) -> header text
    fields: dict[int, str]  # column -> field key
    language: str
    # Columns left out on purpose: mapped to null, or what our own export derives from other
    # fields ("Last changed", "DPIA criteria"): kept in notes they would grow each round.
    ignored: set[int] = field(default_factory=set)


@dataclass
class ForeignSheet:
    name: str
    header_row: int
    entries: list[Entry]
    notes: list[Note] = field(default_factory=list)
    columns: Columns | None = None
    # Cells read by judgement, for the officer to confirm (the wizard's check page, --dry-run).
    guesses: list[Guess] = field(default_factory=list)
    # Every sheet of the workbook and what was done with it (sheets_report.SheetUse).
    sheets: list = field(default_factory=list)
    # The guesses, the cells going to the notes and the officer's corrections (review.ReviewItem).
    review: list = field(default_factory=list)
    # The contact block above the header row: the organisation's details (contact_fill.py).
    block: contact_block.ContactBlock | None = None

    def mapping(self) -> Mapping | None:
        """The columns as understood, as a mapping to save, edit and use again."""
        if self.columns is None:
            return None
        columns = {header: _saved(self.columns, column) for column, header in self.columns.headers.items()}
        return Mapping(self.name, self.columns.header_row, self.columns.language, columns)


def _saved(columns: Columns, column: int) -> str | None:
    """A column in a saved mapping: its field, null (left out) or "" (not recognised, kept
    in the internal notes)."""
    if column in columns.fields:
        return columns.fields[column]
    return None if column in columns.ignored else ""


@dataclass
class SheetChoice:
    """The sheet the import reads: the mapping's, else the first whose header row is found.
    When none can be read, the first sheet with the reason (``problem``), so the wizard can
    show its rows and the officer can choose the columns."""

    cells: SheetCells | None
    columns: Columns | None = None
    problem: ImportRefused | None = None
    # The workbook's other visible sheets as read, or why they could not be (detail sheets, the
    # sheets report), in the workbook's order; and its hidden sheets.
    others: dict[str, SheetCells | ImportRefused] = field(default_factory=dict)
    hidden: list[str] = field(default_factory=list)
    # Our own export read as a spreadsheet: its other sheets show the same activities again.
    own_export: bool = False

    def readable(self) -> tuple[SheetCells, Columns]:
        """The sheet to read and its columns; raises the ``problem`` when it cannot be read."""
        if self.problem is not None:
            raise self.problem
        assert self.cells is not None and self.columns is not None  # only a choice with a problem lacks them
        return self.cells, self.columns


def choose_sheet(opened, book, mapping: Mapping | None, cancelled=None) -> SheetChoice:
    visible = visible_sheets(book)
    names = [mapping.sheet] if mapping and mapping.sheet else visible
    first, seen = None, {}
    for name in names:
        # Until a sheet can be read, a damaged one refuses the import, as it always did.
        cells = seen[name] = read_cells(opened, book, name, cancelled)
        try:
            choice = SheetChoice(cells, columns_of(cells, mapping))
            break
        except ImportRefused as refused:
            first = first or SheetChoice(cells, problem=refused)
    else:
        return first or SheetChoice(None, problem=ImportRefused("empty_sheet", Place(names[0] if names else "")))
    others: dict[str, SheetCells | ImportRefused] = {}
    for name in visible:
        try:
            others[name] = seen[name] if name in seen else read_cells(opened, book, name, cancelled)
        except ImportRefused as refused:  # a sheet besides the register: reported, not refused
            others[name] = refused
    if not (mapping and mapping.sheet):
        choice = relational.main_of(choice, others, mapping)
    main, _ = choice.readable()
    choice.others = {name: cells for name, cells in others.items() if name != main.name}
    choice.hidden = [name for name in book.sheetnames if name not in visible and name not in (DATA_SHEET, main.name)]
    choice.own_export = DATA_SHEET in book.sheetnames
    return choice


def headers_of(row: list) -> dict[int, str]:
    """Column (from 1) -> header text, for the non-empty cells of a header row."""
    return {column: cell_text(value) for column, value in enumerate(row, start=1) if cell_text(value)}


def visible_sheets(book) -> list[str]:
    return [
        ws.title
        for ws in book.worksheets
        if getattr(ws, "sheet_state", "visible") == "visible" and ws.title != DATA_SHEET
    ] or list(book.sheetnames)


def columns_of(cells: SheetCells, mapping: Mapping | None) -> Columns:
    if not any(any(v not in (None, "") for v in row) for row in cells.rows):
        raise ImportRefused("empty_sheet", Place(cells.name))
    if mapping and mapping.header_row:
        index = mapping.header_row - 1
        if index >= len(cells.rows):
            raise ImportRefused("no_header", Place(cells.name), rows=mapping.header_row)
        header = cells.rows[index]
        found = find_header_row([header], max_scan=1)
        fields = {c + 1: f for c, f in (found.columns.items() if found else ())}
        language = found.language if found else "en"
    else:
        found = find_header_row(cells.rows[:SCAN_ROWS], max_scan=SCAN_ROWS)
        if found is None and not (mapping and mapping.columns):
            raise ImportRefused("no_header", Place(cells.name), rows=SCAN_ROWS)
        index = found.index if found else 0
        header = cells.rows[index]
        fields = {c + 1: f for c, f in found.columns.items()} if found else {}
        language = found.language if found else "en"
    headers = headers_of(header)
    derived = _derived_headers()
    ignored = {column for column, text in headers.items() if column not in fields and normalise(text) in derived}
    own = _own_number_column(headers)
    if own is not None:  # our own export: its "Nr." is derived, its "Kenmerk" is the officer's number
        number, reference = own
        fields = {column: key for column, key in fields.items() if key != "number"}
        fields[reference] = "number"
        ignored.add(number)
    if mapping:
        for column, text in headers.items():
            named, target = mapping.field_for(text)
            if named:
                if target is None:
                    fields.pop(column, None)
                    ignored.add(column)
                elif target == "":  # not recognised: kept in the internal notes
                    fields.pop(column, None)
                    ignored.discard(column)
                else:
                    ignored.discard(column)
                    # One column per field: the mapping's choice wins over a detected one, unless
                    # the mapping names that one too (two columns of a list field, column_pairs.py).
                    for other in [
                        c
                        for c, f in fields.items()
                        if f == target and c != column and mapping.field_for(headers.get(c, "")) != (True, target)
                    ]:
                        fields.pop(other)
                    fields[column] = target
        language = mapping.language or language
    mapped = {column for column, text in headers.items() if mapping and mapping.field_for(text)[0]}
    fields.update(column_pairs.second_columns(headers, fields, ignored | mapped))
    served = column_pairs.controller_column(headers, fields, ignored | mapped, cells.rows[index + 1 :])
    if served is not None:
        fields[served] = "controllers_served"
    if "name" not in fields.values() and "purposes" not in fields.values():
        # The ICO template has no name column; the first purpose then names the activity.
        raise ImportRefused("no_name_column", Place(cells.name, index + 1))
    return Columns(index + 1, headers, fields, language, ignored)


# Columns of our own Register sheet that are derived, not entered, are not imported (headers.DERIVED).


@cache
def _derived_headers() -> frozenset[str]:
    labels = load_toml("export", "labels.toml")["column"]
    return frozenset(normalise(text) for key in _DERIVED for text in labels[key].values())


def _own_number_column(headers: dict[int, str]) -> tuple[int, int] | None:
    """(the "Nr." column, the "Kenmerk" column) when the header row is our own export's: its
    number header directly followed by its reference header (labels.toml). That "Nr." is the
    activity's place in the exporting register, not the officer's number: read as the reference,
    every round trip would replace the officer's "V-01" by "1". A sheet of the officer's own
    with a "Nr." column alone keeps it as the reference."""
    numbers, references = _own_number_headers()
    for column, text in headers.items():
        if normalise(text) in numbers and normalise(headers.get(column + 1, "")) in references:
            return column, column + 1
    return None


@cache
def _own_number_headers() -> tuple[frozenset[str], frozenset[str]]:
    labels = load_toml("export", "labels.toml")["column"]
    return (
        frozenset(normalise(text) for text in labels["number"].values()),
        frozenset(normalise(text) for text in labels["activity_reference"].values()),
    )


def read(opened, book, mapping: Mapping | None, cancelled=None, primary: str = "nl") -> ForeignSheet:
    choice = choose_sheet(opened, book, mapping, cancelled)
    main, sheet_columns = choice.readable()
    readable = [main, *(c for c in choice.others.values() if isinstance(c, SheetCells))]
    corrections = review.correct(readable, mapping.cells if mapping else {}, cell_text)
    # Read after the corrections: a cell of the block the officer keeps out fills nothing.
    block = contact_block.read(main.name, main.rows[: sheet_columns.header_row - 1], cell_text, corrections.kept)
    # Detail sheets (point 8) are joined into the main sheet's rows and read with them.
    joined, uses, detail_notes = relational.read_details(choice)
    cells, columns = joined.cells, joined.columns
    reader = _RowReader(cells.name, columns, primary, find_legend(cells.rows, columns.header_row))
    reader.footer = footer_rows(cells.rows, columns.header_row, min(columns.headers, default=1))
    for number in range(columns.header_row + 1, len(cells.rows) + 1):
        if cancelled is not None and number % 200 == 0:
            cancelled()
        reader.row(number, cells.rows[number - 1])
        reader.take_new()  # fitted and counted row by row: a refusal comes before memory runs out
    relational.keep_in_notes(reader.activities, joined, corrections.kept)
    notes = cells.notes + detail_notes + reader.notes
    if "name" not in columns.fields.values():
        notes.insert(0, Note("named_by_purpose"))
    stored = reader.language
    if stored != columns.language:
        notes.insert(
            0,
            Note(
                "language_stored",
                values={"language": _LANGUAGE_NAMES[columns.language], "stored": _LANGUAGE_NAMES[stored]},
            ),
        )
    for column in sorted(reader.used_columns):
        header = columns.headers.get(column, "")
        notes.append(
            Note(
                "unmapped_column",
                values={"column": column, "header": header[:60] or {"nl": "zonder kop", "en": "no header"}},
            )
        )
    notes += reader.kept_notes() + reader.budget.notes()
    notes, guesses = joined.notes(notes), joined.guesses(reader.guesses)
    unmapped = relational.unmapped_cells(joined, reader.activities, sorted(reader.used_columns))
    sheet = ForeignSheet(cells.name, columns.header_row, reader.entries(), notes, sheet_columns, guesses, uses)
    sheet.review = review.items(guesses, notes, unmapped, corrections)
    sheet.block = block
    return sheet


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _text(value) if isinstance(value, str) else _text(str(value))


@lru_cache(maxsize=256)
def _text(value: str) -> str:
    """A text cell as read. Cached: a shared string stands in many cells, and cleaning a
    32,000-character text 4,000 times took seconds."""
    return clean(" ".join(value.replace("_x000D_", "").split(" ")).strip())


@dataclass
class _Memory:
    """The rows read so far (their cells by field), for later rows that refer to one of them:
    "Als V-01" (by number), "zie Werving" (by name), "same as row 4", "idem" (the previous)."""

    number: dict[str, dict] = field(default_factory=dict)  # by parties.number_key of its number
    name: dict[str, dict] = field(default_factory=dict)  # by normal_name of its name
    row: dict[int, dict] = field(default_factory=dict)  # by sheet row
    ordinal: list[dict] = field(default_factory=list)  # in the sheet's order
    previous: dict | None = None
    current: dict | None = None


class _RowReader:
    """Turns rows into a partial activity entry each, plus the catalogue entries they name."""

    def __init__(self, sheet: str, columns: Columns, primary: str, legend: Legend | None = None):
        self.sheet = sheet
        self.columns = columns
        # The sheet's own explanation of the abbreviations in its basis column (legend.py).
        self.legend = legend if legend is not None else Legend()
        self.purpose_lines: list[combined.PurposeLine] | None = None
        # Texts are stored in the sheet's language when the register speaks it.
        self.language = columns.language if columns.language in SUPPORTED else primary
        self.catalogue: dict[str, Entry] = {}
        self.activities: list[Entry] = []
        self.names: dict[str, int] = {}
        self.notes: list[Note] = []
        self.guesses: list[Guess] = []
        if legend:
            self.notes.append(
                Note(
                    "legend_read",
                    Place(sheet, min(legend.rows, default=None)),
                    {
                        "entries": ", ".join(
                            f"{legend.written.get(abbr, abbr)} = {bases.labels([key], self.language)}"
                            for abbr, key in legend.meanings.items()
                        )
                    },
                )
            )
        self.used_columns: dict[int, bool] = {}
        # Fields read from two columns ("Destinataires internes" and "externes", column_pairs.py),
        # and the columns of sub-processors ("Subverwerkers" beside "Verwerker").
        self.shared = _shared_fields(columns.fields)
        self.sub_columns = {
            c
            for c, f in columns.fields.items()
            if f == "processors" and column_pairs.is_sub_processors(columns.headers.get(c, ""))
        }
        self.texts: dict[int, str] = {}
        self.footer: dict[int, tuple[int, str]] = {}  # rows under the table that are no activity
        self.budget = Budget(self.language)
        self.taken = (0, 0)  # catalogue entries and activities already fitted and counted
        self.repeats = 0  # kept cells that repeated a text kept earlier in their row
        self.long_cells: dict[int, list[int]] = {}  # column -> [first row, count, longest]
        self.memory = _Memory()  # the rows read so far, for rows that refer to them

    def take_new(self) -> None:
        catalogue = list(self.catalogue.values())
        for entry in (*catalogue[self.taken[0] :], *self.activities[self.taken[1] :]):
            self.budget.take(entry)
        self.taken = (len(catalogue), len(self.activities))

    def kept_notes(self) -> list[Note]:
        notes = [
            Note(
                "kept_shortened",
                Place(self.sheet, row, column),
                {
                    "column": column,
                    "header": short_header(self.columns.headers.get(column, ""))[:60],
                    "count": f"{count:,}",
                    "limit": f"{MAX_KEPT_CELL:,}",
                    "length": f"{longest:,}",
                },
            )
            for column, (row, count, longest) in sorted(self.long_cells.items())
        ]
        if self.repeats:
            notes.append(Note("kept_once", values={"count": f"{self.repeats:,}"}))
        return notes

    def entries(self) -> list[Entry]:
        """Every entry, checked against the model like our own workbook's entries are."""
        entries = [*self.catalogue.values(), *self.activities]
        for entry in entries:
            try:
                entry.data = checked(entry.kind, entry.data, partial=True)
            except PortableError as exc:
                place = Place(*entry.origin) if entry.origin is not None else Place()
                raise ImportRefused("data_entry", place, detail=str(exc)) from None
        return entries

    # --- one row ------------------------------------------------------------------------

    def row(self, number: int, values: list) -> None:
        texts = {c: cell_text(v) for c, v in enumerate(values, start=1)}
        if not any(texts.values()):
            return
        by_field = {f: texts.get(c, "") for c, f in self.columns.fields.items()}
        self.texts = texts
        for key, columns in self.shared.items():
            by_field[key] = self._joined(key, columns)
        if number in self.legend.rows:
            return  # the legend of the basis column, used when reading it: no activity
        if number in self.footer:  # "Vragen over dit register: privacy@…" under the table
            column, text = self.footer[number]
            self.notes.append(Note("footer_line", Place(self.sheet, number, column), {"text": text[:200]}))
            return
        split = combined.split_row(by_field, self.legend.meanings)  # "Doel en grondslag" -> its parts
        self.purpose_lines = split.purpose_lines
        name = by_field.get("name", "") or (
            "" if "name" in by_field else next(iter(recognise.split_values(by_field.get("purposes", ""))), "")
        )
        if not name:
            self.notes.append(Note("no_name", Place(self.sheet, number)))
            return
        self.number = number
        self.extra: list[str] = []  # lines for the internal notes
        self.kept: dict[str, str] = {}  # text kept in this row's notes -> the header it is under
        data: dict = {"name": self._t(name)}
        self._reference(data, by_field)
        for column, text in texts.items():
            if text and column not in self.columns.fields and column not in self.columns.ignored:
                # Nothing is dropped: an unmapped column, even one without a header, goes to the notes.
                self.used_columns[column] = True
                self._keep(self.columns.headers.get(column) or get_column_letter(column), text, column)
        self._split_seen(split)
        self._purposes(data, by_field)
        self._people_and_data(data, by_field)
        self._recipients(data, by_field)
        self._transfers(data, by_field)
        self._retention(data, by_field)
        self._other(data, by_field)
        notes = by_field.get("internal_notes", "")
        if self.extra or notes:
            data["internal_notes"] = "\n".join(part for part in (notes, *self.extra) if part)
        key = normal_name(name)
        if key in self.names:
            self.notes.append(Note("duplicate_row", Place(self.sheet, number), {"name": name[:80]}))
        self.names[key] = number
        self.activities.append(
            Entry(ACTIVITY, f"activity:row:{number}", data, partial=True, origin=(self.sheet, number), label=name)
        )

    def _reference(self, data: dict, cells: dict) -> None:
        """The officer's own number of the activity ("V-01", "T1") is its reference; cross
        references to it ("Als V-01") are resolved by the same cell (_remember)."""
        text = cells.get("number", "")
        if not text:
            return
        limit = _LIMITS["reference"]
        if len(text) > limit:  # no number: kept whole in the notes, its start as the reference
            column = self._column("number")
            self.notes.append(Note("cut", Place(self.sheet, self.number, column), {"limit": limit}))
            self._keep(self._header(column, "number"), text, column)
            text = text[:limit]
        data["reference"] = text

    def _keep(self, header: str, text: str, column: int | None) -> None:
        """A line of the internal notes: a text kept once per activity (a repeat names the
        column that holds it), a long one shortened. Without this, one long shared string
        in 20 columns of 200 rows was stored 4,000 times."""
        header = short_header(header)
        earlier = self.kept.get(text)
        if earlier is not None:
            self.repeats += 1
            self.extra.append(f"{header}: {marker('same_as', self.language, header=earlier)}")
            return
        self.kept[text] = header
        if len(text) > MAX_KEPT_CELL:
            found = self.long_cells.setdefault(column or 1, [self.number, 0, 0])
            found[1] += 1
            found[2] = max(found[2], len(text))
            text = shortened_text(text, MAX_KEPT_CELL, self.language)
        self.extra.append(f"{header}: {text}")

    def _t(self, text: str) -> dict[str, str]:
        return {self.language: text}

    def _joined(self, key: str, columns: list[int]) -> str:
        """A field's text from its columns: one item per line when more than one is filled, each
        cell split as a list of its own (a comma list beside a line list stays two lists)."""
        filled = [c for c in columns if self.texts.get(c)]
        if len(filled) < 2:
            return self.texts.get(filled[0], "") if filled else ""
        names = key in _NAMED_FIELDS
        return "\n".join(
            item
            for c in filled
            for item in lists.list_items(
                self.texts[c], commas=normalise(self.columns.headers.get(c, "")) not in _own_headers(key), names=names
            )
        )

    def _header(self, column: int | None, default: str) -> str:
        """The header of ``column``; ``default`` for a column without one, or no column."""
        return self.columns.headers.get(column, default) if column is not None else default

    def _column(self, field_key: str, text: str = "") -> int | None:
        """The field's column; of two columns of one field, the one whose cell holds ``text``."""
        if text and field_key in self.shared:
            found = next((c for c in self.shared[field_key] if text in self.texts.get(c, "")), None)
            if found is not None:
                return found
        found = next((c for c, f in self.columns.fields.items() if f == field_key), None)
        if found is None:  # a field read from a combined column ("Doel en grondslag")
            parts = combined.combined_fields()
            found = next((c for c, f in self.columns.fields.items() if field_key in parts.get(f, ())), None)
        return found

    def _not_understood(self, field_key: str, text: str) -> None:
        column = self._column(field_key, text)
        header = self._header(column, field_key)
        self._keep(header, text, column)
        self.notes.append(
            Note("not_understood", Place(self.sheet, self.number, column), {"text": text[:80], "field": header[:60]})
        )

    def _guessed(self, what: str, field_key: str, text: str, result: str) -> None:
        """Record a reading the officer should confirm (see problems.Guess)."""
        self.guesses.append(
            Guess(what, Place(self.sheet, self.number, self._column(field_key, text)), text[:200], result)
        )

    # --- fields -------------------------------------------------------------------------

    def _purposes(self, data: dict, cells: dict) -> None:
        """Each purpose with every basis the sheet gives it: one purpose row per basis (the
        register holds one basis per purpose row), "b en c" and "b of f" alike."""
        paired = self._paired_bases(cells)
        if paired is None:
            return
        rows = [
            {"description": self._t(purpose), "legal_basis": key} for purpose, keys in paired for key in (keys or ("",))
        ]
        interest = cells.get("legitimate_interests", "")
        if interest:
            targets = [r for r in rows if r["legal_basis"] == "legitimate_interests"]
            if targets:
                for row in targets:
                    row["legitimate_interest"] = self._t(interest)
            else:
                self._not_understood("legitimate_interests", interest)
        withdrawal = cells.get("consent_withdrawal", "")
        if withdrawal:
            targets = [r for r in rows if r["legal_basis"] == "consent"]
            for row in targets:
                row["consent_withdrawal"] = self._t(withdrawal)
            if not targets:
                self._not_understood("consent_withdrawal", withdrawal)
        condition_text = cells.get("special_conditions", "")
        if condition_text and recognise.yes_no(condition_text) is not False:
            condition = recognise.special_condition(condition_text)
            if condition:
                for row in rows:
                    row["special_category_condition"] = condition
            else:
                self._not_understood("special_conditions", condition_text)
        data["purposes"] = rows

    def _paired_bases(self, cells: dict) -> list[tuple[str, tuple[str, ...]]] | None:
        """(purpose, its bases) for the row; None when it names neither. With a purposes column
        a purpose is never the activity's name: an empty purposes cell stays empty."""
        if self.purpose_lines is not None:
            return self._paired_lines(self.purpose_lines, cells)
        purposes = recognise.split_values(cells.get("purposes", ""))
        lines = recognise.split_values(cells.get("legal_bases", ""))
        if not purposes and not lines:
            return None
        if not purposes:
            if self._column("purposes") is not None:
                self._bases_without_purpose(cells)
                return None
            purposes = [cells.get("name", "")]  # no purposes column: the name says what it is for
        found = [_named_purpose(line, purposes) for line in lines]
        named = [pair for pair in found if pair is not None]
        if lines and len(named) == len(found):
            # Each basis line names its purpose ("Werving — Toestemming", as our own export
            # writes): paired by that name, whatever the order, and the purpose's words are
            # not read as a basis.
            keys: dict[str, list[str]] = {}
            for purpose, rest in named:
                keys.setdefault(purpose, []).extend(self._basis_reading(rest).keys)
            return [(purpose, tuple(dict.fromkeys(keys.get(purpose, ())))) for purpose in purposes]
        readings = [self._basis_reading(line) for line in lines]
        if len(readings) == len(purposes):  # line by line
            return [(purpose, reading.keys) for purpose, reading in zip(purposes, readings, strict=True)]
        return self._every_purpose(purposes, [key for reading in readings for key in reading.keys], cells)

    def _paired_lines(self, lines: list, cells: dict) -> list[tuple[str, tuple[str, ...]]] | None:
        """A "purpose and basis" cell: each purpose with its own bases; a line of bases alone
        ("Grondslag: b") is for the purposes that name none."""
        paired = [
            (line.purpose, self._basis_reading(line.bases).keys if line.bases else ()) for line in lines if line.purpose
        ]
        floating = [key for line in lines if not line.purpose for key in self._basis_reading(line.bases).keys]
        if not paired:
            if floating:
                self._bases_without_purpose(cells)
            return None
        if floating:
            without = [purpose for purpose, keys in paired if not keys]
            given = dict(self._every_purpose(without, floating, cells)) if without else {}
            paired = [(purpose, keys or given.get(purpose, ())) for purpose, keys in paired]
        return paired

    def _every_purpose(self, purposes: list[str], keys: list[str], cells: dict) -> list[tuple[str, tuple[str, ...]]]:
        """Bases not given per purpose: every purpose gets every basis. Certain for one
        purpose or one basis; otherwise a guess the officer confirms."""
        unique = tuple(dict.fromkeys(keys))
        if len(purposes) > 1 and len(unique) > 1:
            self._guessed(
                "legal_basis", "legal_bases", cells.get("legal_bases", ""), bases.labels(unique, self.language)
            )
        return [(purpose, unique) for purpose in purposes]

    def _basis_reading(self, line: str) -> bases.BasisReading:
        """A basis line read under its header; a judgement (a letter, the legend, "b of f",
        "b, na afronding f") is listed for the officer, a line not read goes to the notes."""
        reading = bases.read_bases(line, self.legend.meanings)
        if not reading.keys:
            self._not_understood("legal_bases", line)
        elif not reading.certain:
            self._guessed("legal_basis", "legal_bases", line, bases.labels(reading.keys, self.language))
        return reading

    def _bases_without_purpose(self, cells: dict) -> None:
        column = self._column("legal_bases")
        self._keep(self._header(column, ""), cells.get("legal_bases", ""), column)
        self.notes.append(Note("bases_without_purpose", Place(self.sheet, self.number, column)))

    def _split_seen(self, split: combined.RowSplit) -> None:
        """The splits of combined cells, for the officer to confirm; a line that could not be
        split is kept in the notes."""
        for key, text, parts in split.judged:
            result = "\n".join(
                f"{field_label(part_field, self.language)}: {part}" for part_field, part in parts if part
            )
            self._guessed("split", key, text, result)
        for key, line in split.unsplit:
            self._not_understood(key, line)

    def _named(self, kind: str, name: str, defaults: dict | None = None) -> str:
        reference = f"{kind}:name:{normal_name(name)}"
        if reference not in self.catalogue:
            self.catalogue[reference] = Entry(
                kind,
                reference,
                {"name": self._t(name)},
                partial=True,
                origin=(self.sheet, self.number),
                label=name,
                defaults=dict(defaults or {}),
            )
        return reference

    def _people_and_data(self, data: dict, cells: dict) -> None:
        self._remember(cells)
        if "data_subjects" in cells:
            data["data_subject_categories"] = [
                self._named(DATA_SUBJECT, n) for n in self._items(cells, "data_subjects")
            ]
        links = []
        if "data_categories" in cells:
            for line in self._items(cells, "data_categories"):
                name, own_kind = own_suffix(line, "data_category_kind")
                kind = {"kind": own_kind} if own_kind else _category_kind(name, special=False)
                links.append({"ref": self._named(DATA_CATEGORY, name, kind), "wording": {}})
        special = self._cell(cells, "special_data")
        if special and recognise.yes_no(special) is not False:
            for name in lists.list_items(lists.without_answer(special)):
                if recognise.yes_no(name) is True or self._special_listed(links, name):
                    continue  # "Ja", or "gezondheid" beside "Gezondheidsgegevens (dyslexie)"
                kind = _category_kind(name, special=True)
                links.append({"ref": self._named(DATA_CATEGORY, name, kind), "wording": {}})
        if "data_categories" in cells or special:
            data["data_categories"] = list({link["ref"]: link for link in links}.values())

    def _special_listed(self, links: list[dict], name: str) -> bool:
        """A special category the row's data categories already name."""
        category = recognise.special_category(name)
        return bool(category) and any(
            self.catalogue[link["ref"]].defaults.get("special_category") == category
            for link in links
            if link["ref"] in self.catalogue
        )

    def _recipients(self, data: dict, cells: dict) -> None:
        recipients = []
        processors: list[tuple[int | None, str]] = []  # (column, recipient) of the processor columns
        # (recipient, country, tool) of recipients named with a place outside the EEA.
        self.abroad: list[tuple[str, str, str | None, bool]] = []
        for key in ("recipients", "processors"):
            for line in self._items(cells, key, names=True):
                if recognise.yes_no(line) is False or self._ours(data, key, line):
                    continue
                name, own_kind = own_suffix(line, "recipient_kind")
                if own_kind:  # "Bullhorn (verwerker, VS)": the kind, then where
                    code = transfers_read.place(line[:-1].rpartition(",")[2]) if "," in line else None
                    where = line[:-1].rpartition(",")[2].strip() if code else ""
                else:
                    name, code, where = transfers_read.located(name)
                if code is None and transfers_read.adjective_country(name):
                    code = transfers_read.adjective_country(name)  # "Amerikaans moederbedrijf"
                    self._guessed("transfer", key, line, self._transfer_words(code, None))
                kind = own_kind or self._recipient_kind(key, name, line)
                defaults = {"kind": kind}
                if own_kind and code and code != "EU":
                    # "(Processor, Germany)", as our own export writes it and a relational sheet's
                    # kind and country columns say: where the recipient is established.
                    defaults["country_code"] = code
                if code and (code == "EU" or in_eea(code)):
                    # "Supabase (Frankfurt)": where it processes, in the EEA; no transfer.
                    defaults["notes"] = marker("place_of_processing", self.language, place=where)
                reference = self._named(RECIPIENT, name, defaults)
                if code and code != "EU" and not in_eea(code):
                    self.abroad.append((reference, code, None, False))
                recipients.append(reference)
                if key == "processors":
                    processors.append((self._column(key, line), reference))
        if "recipients" in cells or "processors" in cells:
            data["recipients"] = list(dict.fromkeys(recipients))
        self._sub_processors(processors)
        for key, kind in (("joint_controllers", "joint_controller"), ("controllers_served", "client_controller")):
            if key in cells:
                data[key] = [
                    self._named(RECIPIENT, name, {"kind": kind})
                    for name in self._items(cells, key, names=True)
                    if recognise.yes_no(name) is not False and not self._ours(data, key, name)
                ]

    def _sub_processors(self, processors: list[tuple[int | None, str]]) -> None:
        """ "Verwerker: Exact Online" beside "Subverwerkers: Microsoft 365": the sub-processors
        of that processor (Art. 28(2)). Only when the row names one processor of its own: with
        several, whose sub-processor each is, the sheet does not say (they stay processors)."""
        subs = [ref for column, ref in processors if column in self.sub_columns]
        mains = list(dict.fromkeys(ref for column, ref in processors if column not in self.sub_columns))
        if len(mains) != 1 or not subs:
            return
        entry = self.catalogue[mains[0]]
        entry.data["sub_processors"] = list(
            dict.fromkeys([*entry.data.get("sub_processors", []), *(ref for ref in subs if ref != mains[0])])
        )

    def _ours(self, data: dict, key: str, text: str) -> bool:
        """ "Wij" under "Verwerker" (we are the processor) or under the controller served (we
        are the controller): our role, not a recipient. A role column, read later, prevails."""
        if not parties.is_us(text):
            return False
        role = {"processors": "processor", "controllers_served": "controller"}.get(key)
        if role:
            data["role"] = role
            self._guessed("role", key, text, enum_label("activity_role", role, self.language))
        return True

    def _recipient_kind(self, key: str, name: str, line: str) -> str:
        """A new recipient's kind: a team of our own is internal wherever it is listed; under
        a processors column a processor; under recipients what its name says, else an
        independent controller. Each judgement is a guess for the officer to confirm."""
        judged = parties.recipient_kind(name)
        combined = "recipients_and_processors" in self.columns.fields.values()
        if judged == "internal" or (key == "recipients" and judged):
            kind = judged
        else:
            kind = "processor" if key == "processors" else "independent_controller"
            if key == "processors" or not combined:
                return kind  # the column says which: read by rule
        self._guessed(
            "recipient_kind",
            "recipients_and_processors" if combined else key,
            line,
            f"{name} — {enum_label('recipient_kind', kind, self.language)}",
        )
        return kind

    # --- cells that refer to another row, and list cells ---------------------------------

    def _remember(self, cells: dict) -> None:
        """This row's cells, by its number, name and sheet row, for later rows that refer to
        it ("Als V-01", "same as row 4", "idem"). Resolved texts replace references in it."""
        memory = self.memory
        memory.previous = memory.current
        memory.current = cells
        if cells.get("number"):
            memory.number.setdefault(parties.number_key(cells["number"]), cells)
        if cells.get("name"):
            memory.name.setdefault(normal_name(cells["name"]), cells)
        memory.row[self.number] = cells
        memory.ordinal.append(cells)

    def _referred(self, reference) -> dict | None:
        memory = self.memory
        if reference.kind == "previous":
            return memory.previous
        if reference.kind == "row":
            return memory.row.get(int(reference.value))
        if reference.kind == "name":
            return memory.name.get(normal_name(reference.value))
        key = parties.number_key(reference.value)
        if "number" in self.columns.fields.values():
            found = memory.number.get(key)
            if found is None and key.isdigit():  # "traitement 2" for "T-02"
                digits = {re.sub(r"\D", "", k): c for k, c in memory.number.items()}
                found = digits.get(key) if len(digits) == len(memory.number) else None
            return found
        return memory.ordinal[int(key) - 1] if key.isdigit() and 0 < int(key) <= len(memory.ordinal) else None

    def _cell(self, cells: dict, key: str) -> str:
        """A cell's text, or the text of the same column in the row it refers to. A reference
        to a row the sheet does not have (above this one) is kept in the notes, never read
        as a value: "Als V-01" is no recipient."""
        text = cells.get(key, "")
        reference = parties.cross_reference(text) if text else None
        if reference is None:
            return text
        referred = self._referred(reference)
        if referred is not None and referred is not cells:
            resolved = referred.get(key, "")
            cells[key] = resolved
            self._guessed("cross_reference", key, text, resolved[:200])
            return resolved
        if reference.kind == "name":
            return text  # "zie contract" names no activity: a text like any other
        column = self._column(key, text)
        header = self._header(column, key)
        self._keep(header, text, column)
        self.notes.append(
            Note("cross_reference", Place(self.sheet, self.number, column), {"text": text[:80], "field": header[:60]})
        )
        cells[key] = ""
        return ""

    def _items(self, cells: dict, key: str, names: bool = False) -> list[str]:
        """The items of a list cell; commas split them unless our own export wrote the column."""
        column = self._column(key)
        own = column is not None and normalise(self.columns.headers.get(column, "")) in _own_headers(key)
        return lists.list_items(self._cell(cells, key), commas=not own, names=names)

    def _transfers(self, data: dict, cells: dict) -> None:
        abroad, self.abroad = getattr(self, "abroad", []), []
        if "transfers" not in cells and not abroad:
            return
        text = self.cells_text = self._cell(cells, "transfers")
        tools_text = self._cell(cells, "transfer_tools")
        tools = [recognise.transfer_tool(line) for line in recognise.split_values(tools_text)]
        if tools_text and not any(tools):
            self._not_understood("transfer_tools", tools_text)
        column = self._column("transfers")
        own = column is not None and normalise(self.columns.headers.get(column, "")) in _own_headers("transfers")
        reading = transfers_read.read_transfers(text, commas=not own)
        if reading.none:
            abroad = []  # "Binnen de EER" is said of this activity, whatever its recipients' places
        if reading.unclear and not reading.destinations:
            self._not_understood("transfers", text)
        elif reading.unclear:
            self._not_understood("transfers", "; ".join(reading.unclear))
        unplaced = [d for d in reading.destinations if not d.country and not d.recipient]
        if unplaced and abroad:
            # "Ja — SCC" beside "Dropbox (VS)": the transfer the cell says is the one to Dropbox.
            tool = next((d.tool for d in unplaced if d.tool), None)
            reading.destinations = [d for d in reading.destinations if d not in unplaced]
            abroad = [(reference, code, tool, True) for reference, code, _, _ in abroad]
        abroad = self._said_of_recipients(reading, abroad)
        destinations = [(d, self._transfer_recipient(d, data)) for d in reading.destinations]
        destinations += [
            (transfers_read.Destination(code, tool, guessed=guessed), reference)
            for reference, code, tool, guessed in abroad
        ]
        references = []
        for index, (destination, recipient) in enumerate(destinations):
            tool = destination.tool or (
                tools[index] if len(tools) == len(destinations) else next((t for t in tools if t), None)
            )
            references.append(self._transfer(destination, recipient, tool))
            if destination.guessed or not destination.country:
                self._guessed("transfer", "transfers", text, self._transfer_words(destination.country, tool))
        data["transfers"] = list(dict.fromkeys(references))

    def _said_of_recipients(self, reading, abroad: list) -> list:
        """ "Ja — DPF" (the US) beside "Mailchimp (VS)": the transfer the cell names is the one to
        the row's recipients in that country, with the cell's tool (a guess to confirm), not a
        second transfer without a recipient beside one without a tool."""
        countries = {code for _, code, _, _ in abroad}
        same = {d.country: d for d in reading.destinations if d.country in countries and not d.recipient}
        if not same:
            return abroad
        reading.destinations = [d for d in reading.destinations if d.country not in same or d.recipient]
        for reference, code, _, _ in abroad:
            if code in same and same[code].certified:
                self.catalogue[reference].data["partial_adequacy_certified"] = True
        return [
            (reference, code, (same[code].tool or tool) if code in same else tool, guessed or code in same)
            for reference, code, tool, guessed in abroad
        ]

    def _transfer_recipient(self, destination, data: dict) -> str | None:
        """The recipient a transfer cell names with its place ("Mailchimp (VS)"), among the
        activity's recipients too: it receives the data."""
        if not destination.recipient:
            return None
        reference = self._named(
            RECIPIENT,
            destination.recipient,
            {"kind": self._recipient_kind("recipients", destination.recipient, destination.recipient)},
        )
        data["recipients"] = list(dict.fromkeys([*data.get("recipients", []), reference]))
        if destination.certified:
            self.catalogue[reference].data["partial_adequacy_certified"] = True
        return reference

    def _transfer(self, destination, recipient: str | None, tool: str | None) -> str:
        """The transfer to a country (or to a country to be confirmed: ""), for a recipient
        where one is named; one per country and recipient, as the register tells them apart."""
        code = destination.country
        reference = f"{TRANSFER}:country:{code}" + (f":{recipient}" if recipient else "")
        entry = self.catalogue.get(reference)
        if entry is None:
            label = country_name(code, self.language) if code else marker("country_to_confirm", self.language)
            entry = self.catalogue[reference] = Entry(
                TRANSFER,
                reference,
                {"country_code": code, "recipient_id": recipient},
                partial=True,
                origin=(self.sheet, self.number),
                label=label,
                defaults={"tool": "none"},
            )
        if tool and entry.data.get("tool") not in (None, "none", tool):
            # Another row gave this transfer another tool: the register holds one per country
            # and recipient, so this row's cell goes to the notes for the officer to settle.
            self._not_understood("transfers", self.cells_text)
        elif tool:
            entry.data["tool"] = tool
        return reference

    def _transfer_words(self, code: str, tool: str | None) -> str:
        country = country_name(code, self.language) if code else marker("country_to_confirm", self.language)
        found = term("transfer_tools", tool) if tool else None
        return f"{country} — {found.label_in(self.language)}" if found else country

    def _retention(self, data: dict, cells: dict) -> None:
        if "retention" not in cells:
            return
        rules = []
        # One rule per line (a semicolon often separates a period from its criterion, as in
        # our own export: "if you were not hired: 4 weeks after …; criterion"), and one per
        # case ("Klanten: 7 jaar …; prospects: 1 jaar …"), each with its own wording.
        for line in _lines(self._cell(cells, "retention")):
            condition, rest = _condition(line)
            main, _, criterion = rest.partition("; ")
            found = recognise.retention(main)
            if found is None:
                continue
            criterion = "; ".join(part for part in (found.criterion, criterion.strip()) if part)
            if found.derived:
                unit = enum_label("period_unit", found.period_unit, self.language)
                self._guessed("retention", "retention", line, f"{found.period_value} {unit} — {found.starts_from}")
            rules.append(
                {
                    "period_value": found.period_value,
                    "period_unit": found.period_unit,
                    "starts_from": self._t(found.starts_from) if found.starts_from else {},
                    "condition": self._t(condition) if condition else {},
                    "criterion": self._t(criterion) if criterion else {},
                    "wording": self._t(line),
                }
            )
        data["retention_rules"] = rules

    def _other(self, data: dict, cells: dict) -> None:
        if "security_measures" in cells:
            data["security_measures"] = [
                self._named(SECURITY_MEASURE, n) for n in self._items(cells, "security_measures")
            ]
        for key, target in (("public_explanation", "public_explanation"),):
            if cells.get(key):
                data[target] = self._t(cells[key])
        for key in ("systems", "owner", "department", "internal_description", "dpia_reference"):
            text = cells.get(key, "")
            if not text:
                continue
            limit = _LIMITS.get(key)
            if limit and len(text) > limit:
                self.notes.append(Note("cut", Place(self.sheet, self.number, self._column(key)), {"limit": limit}))
                self._keep(self._header(self._column(key), key), text, self._column(key))
                text = text[:limit]
            data[key] = text
        for key, target in (
            ("criminal_data", "criminal_data_authorisation"),
            ("national_id", "national_id_legal_basis"),
        ):
            text = cells.get(key, "")
            if text and recognise.yes_no(text) is None:
                data[target] = text
        self._role(data, cells)
        self._choice(data, cells, "dpia_status", recognise.dpia_status, "dpia_status")
        self._choice(data, cells, "status", recognise.status, "status")
        if cells.get("automated_decisions"):
            answer = recognise.yes_no(cells["automated_decisions"])
            data["automated_decision_making"] = answer is not False
            if answer is None:
                data["automated_logic"] = self._t(cells["automated_decisions"])
        self._provision(data, cells)
        if cells.get("in_statement"):
            answer = recognise.yes_no(cells["in_statement"])
            if answer is None:
                self._not_understood("in_statement", cells["in_statement"])
            else:
                data["in_statement"] = answer
        if cells.get("dpia_date"):
            try:
                data["dpia_date"] = date.fromisoformat(cells["dpia_date"][:10]).isoformat()
            except ValueError:
                self._not_understood("dpia_date", cells["dpia_date"])
        if cells.get("sources"):
            sources, details = [], []
            for line in recognise.split_values(cells["sources"]):
                # Our own export lists each source by its label, then the details.
                own = _kind_labels("data_source").get(normalise(line))
                source = own or recognise.source(line)
                if source and source not in sources:
                    sources.append(source)
                if not own:
                    details.append(line)
            data["sources"] = sources
            data["source_details"] = self._t("; ".join(details))

    def _provision(self, data: dict, cells: dict) -> None:
        """Whether the data must be provided (Art. 13(2)(e)), as our export writes it: "<the
        requirement's label>: <the consequence of not providing>", or the label alone."""
        text = cells.get("provision", "")
        if not text:
            return
        label, _, consequence = text.partition(":")
        requirement = _kind_labels("provision_requirement").get(normalise(label))
        if requirement is None:
            self._not_understood("provision", text)
            return
        data["provision_requirement"] = requirement
        if consequence.strip():
            data["provision_consequence"] = self._t(consequence.strip())

    def _role(self, data: dict, cells: dict) -> None:
        """Our role; as processor, the controllers we serve (Art. 30(2)(a)) where the cell names them."""
        text = self._cell(cells, "role")
        if not text:
            return
        reading = parties.read_role(text)
        if reading.role is None:
            self._not_understood("role", text)
            return
        data["role"] = reading.role
        if reading.controllers_served:
            served = [
                self._named(RECIPIENT, name, {"kind": "client_controller"}) for name in reading.controllers_served
            ]
            data["controllers_served"] = list(dict.fromkeys([*data.get("controllers_served", []), *served]))
        if reading.processors:
            named = [self._named(RECIPIENT, name, {"kind": "processor"}) for name in reading.processors]
            data["recipients"] = list(dict.fromkeys([*data.get("recipients", []), *named]))
        if reading.guessed:
            parties_named = ", ".join(reading.controllers_served or reading.processors)
            words = enum_label("activity_role", reading.role, self.language)
            self._guessed("role", "role", text, f"{words} — {parties_named}" if parties_named else words)

    def _choice(self, data: dict, cells: dict, key: str, recogniser, target: str) -> None:
        text = cells.get(key, "")
        if not text:
            return
        value = recogniser(text)
        if value is None:
            self._not_understood(key, text)
        else:
            data[target] = value


# List fields whose items are names of parties: a lone "and" between two names splits them.
_NAMED_FIELDS = frozenset(("recipients", "processors", "joint_controllers", "controllers_served"))


def _shared_fields(fields: dict[int, str]) -> dict[str, list[int]]:
    """Fields read from more than one column, with their columns (the first found first)."""
    by_field: dict[str, list[int]] = {}
    for column, key in fields.items():
        by_field.setdefault(key, []).append(column)
    return {key: columns for key, columns in by_field.items() if len(columns) > 1}


def _named_purpose(line: str, purposes: list[str]) -> tuple[str, str] | None:
    """(purpose, the rest) when a basis line starts with one of the row's purposes and a
    dash or colon: "Werving — Toestemming (Art. 6(1)(a))"."""
    for purpose in sorted(purposes, key=len, reverse=True):
        if purpose and line.startswith(purpose):
            rest = line[len(purpose) :]
            if re.match(r"\s*[-\u2013\u2014:]\s", rest):
                return purpose, rest.strip().lstrip("-\u2013\u2014:").strip()
    return None


def _lines(text: str) -> list[str]:
    """A cell's lines, bullets removed, not split on semicolons unless each part is a case of
    its own ("Klanten: 7 jaar …; prospects: 1 jaar …")."""
    lines = []
    for line in re.split(r"[\n\r\u2028]+", text):
        parts = recognise.split_values(line.replace(";", "\u0000"))
        for part in (part.replace("\u0000", ";") for part in parts):
            lines += _cases(part)
    return lines


def _cases(line: str) -> list[str]:
    """ "Klanten: 7 jaar …; prospects: 1 jaar …" and "4 weken na het laatste contact, met
    toestemming 1 jaar": one rule per case, when each case names whom it is for or has a
    period of its own. "7 jaar, na afloop boekjaar" is one rule."""
    cases = [case.strip() for case in line.split(";") if case.strip()]
    if len(cases) > 1 and all(_CASE.match(case) for case in cases):
        return cases
    cases = [case.strip() for case in re.split(r";|,\s+", line) if case.strip()]
    if len(cases) > 1 and all(_has_period(case) for case in cases):
        return cases
    return [line]


def _has_period(text: str) -> bool:
    found = recognise.retention(text)
    return found is not None and found.period_value is not None


# "Klanten: 7 jaar na einde contract": whom the rule is for, a colon, then a period.
_CASE = re.compile(r"^[^:\d]{2,80}:\s*\S")
_RETENTION_LABELS = {
    "bewaartermijn",
    "bewaren",
    "termijn",
    "retention",
    "retention period",
    "retention schedule",
    "period",
    "duree de conservation",
    "durée de conservation",
    "conservation",
    "loschfrist",
    "aufbewahrungsfrist",
    "aufbewahrungsdauer",
    "speicherdauer",
    "aufbewahrung",
    "frist",
    "delai de conservation",
}


def _condition(line: str) -> tuple[str, str]:
    """ "if you were hired: 2 years after …" -> ("if you were hired", "2 years after …"); a
    colon after a period ("bewaartermijn: 7 jaar") is no condition."""
    head, colon, rest = line.partition(": ")
    if normalise(head) in _RETENTION_LABELS:
        return "", line
    if (
        colon
        and rest
        and not any(char.isdigit() for char in head)
        and len(head) < 120
        and recognise.retention(head) is not None
        and recognise.retention(head).period_value is None
        and recognise.retention(rest) is not None
        and recognise.retention(rest).period_value is not None
    ):
        return head, rest
    return "", line


@cache
def _kind_labels(list_name: str) -> dict[str, str]:
    labels = load_toml("vocabularies", "enums.toml")[list_name]
    return {normalise(text): key for key, texts in labels.items() for text in texts.values()}


@cache
def _own_headers(key: str) -> frozenset[str]:
    """The headers our own export gives a field's column: it writes one item per line there."""
    labels = load_toml("export", "labels.toml")["column"].get(key, {})
    return frozenset(normalise(text) for text in labels.values())


def own_suffix(line: str, list_name: str) -> tuple[str, str | None]:
    """Our own export writes "Hosting provider (Processor, Netherlands)" and "Health data
    (Special category data: health)": the part in brackets is the kind, not the name.
    Without this, each export and import round would add a recipient named with its kind."""
    if not line.endswith(")") or " (" not in line:
        return line, None
    # The bracket that the last one closes: "Support (Internal recipient (department or staff))".
    depth, start = 0, -1
    for index in range(len(line) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(line[index], 0)
        if depth == 0:
            start = index
            break
    if start <= 0:
        return line, None
    name, inside = line[:start], line[start + 1 : -1]
    label = inside.split(",")[0].split(":")[0]
    kind = _kind_labels(list_name).get(normalise(label))
    return (name.strip(), kind) if kind and name.strip() else (line, None)


def _category_kind(name: str, special: bool) -> dict:
    """A new category's kind, from its name: BSN, criminal data, an Art. 9 category."""
    words = normal_name(name)
    if "bsn" in words.split() or "burgerservicenummer" in words or "national id" in words:
        return {"kind": "national_id"}
    if recognise.criminal_data(name):
        return {"kind": "criminal"}
    category = recognise.special_category(name)
    if category:
        return {"kind": "special", "special_category": category}
    return {"kind": "special"} if special else {}
