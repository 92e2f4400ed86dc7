"""Workbooks of several sheets that refer to each other (issue 14 point 8).

A register kept as a database export has one sheet of activities (CISO Assistant's
"Processing") and detail sheets whose rows name the activity they belong to ("Purposes",
"Personal data", "Data recipients", ... with a column such as "processing" or
"processing_id"). A detail sheet is recognised by a column whose values are the main sheet's
names or ids, not by its name; what its other columns mean comes from the header matcher.

A detail row adds to its activity's lists (purposes, categories, recipients, retention...):
it never sets the activity's own fields ("description" in a Purposes sheet describes the
purpose, not the activity), so those columns go to the activity's internal notes. The rows
are joined into the main sheet's rows, one line per detail row, and read by the same rules;
notes and guesses then point back at the detail sheet's cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from openpyxl.utils import get_column_letter

from ...register.merge import normal_name
from . import foreign, recognise
from .headers import match_header, normalise
from .problems import Guess, ImportRefused, Note, Place
from .review import UNMAPPED, ReviewItem
from .sheet_cells import SheetCells
from .sheets_report import SheetUse, hidden, is_instructions, not_readable, unread, used

# The fields a detail row adds to: lists, one line per row.
LIST_FIELDS = frozenset(
    (
        "purposes",
        "legal_bases",
        "legitimate_interests",
        "data_subjects",
        "data_categories",
        "special_data",
        "recipients",
        "processors",
        "joint_controllers",
        "controllers_served",
        "transfers",
        "transfer_tools",
        "retention",
        "security_measures",
        "sources",
    )
)
# Lines paired by their order (the n-th basis is the n-th purpose's): never deduplicated.
_PAIRED = frozenset(("purposes", "legal_bases", "legitimate_interests"))
# A column's meaning within a sheet about one thing: the legal basis of a transfer is its tool.
# (the sheet's field, None for a sheet named after none, the column's field) -> the field it fills
_WITHIN: dict[tuple[str | None, str], str] = {("transfers", "legal_bases"): "transfer_tools"}
# A link column: at least this share of its values (from the first match on) are the main sheet's names or ids.
LINK_SHARE = 0.5
# An id column of the main sheet: nearly every row has one, and no two the same.
ID_SHARE = 0.8


@lru_cache(maxsize=65536)
def _key_of_text(text: str) -> str:
    return normal_name(text)


def key(value) -> str:
    return _key_of_text(foreign.cell_text(value)) if value not in (None, "") else ""


def keys_of(cells: SheetCells, columns) -> dict[str, list[int]]:
    """What other sheets may call an activity by -> its rows: the name and number columns,
    and any other column whose values are one per row (an id, a reference)."""
    body = cells.rows[columns.header_row :]
    chosen = [c for c, f in columns.fields.items() if f in ("name", "number")]
    for column in columns.headers:
        if column in columns.fields or column in columns.ignored:
            continue
        values = [key(row[column - 1]) for row in body if column - 1 < len(row)]
        values = [v for v in values if v]
        if values and len(values) >= ID_SHARE * len(body) and len(set(values)) == len(values):
            chosen.append(column)
    keys: dict[str, list[int]] = {}
    for number, row in enumerate(body, start=columns.header_row + 1):
        for column in chosen:
            found = key(row[column - 1]) if column - 1 < len(row) else ""
            if found and number not in keys.setdefault(found, []):
                keys[found].append(number)
    return keys


@dataclass
class Link:
    """A column of a detail sheet naming the main sheet's activities."""

    column: int
    header_row: int  # 0: the sheet has no header row above its first linked row
    rows: dict[int, list[int]]  # detail row -> the main rows it belongs to
    unmatched: list[int]  # rows below the header that name no activity


def find_link(cells: SheetCells, keys: dict[str, list[int]]) -> Link | None:
    """The column whose values below the header row are most often the main sheet's names or
    ids (at least half of them), else None."""
    best: Link | None = None
    width = max((len(row) for row in cells.rows), default=0)
    for column in range(1, width + 1):
        matched: dict[int, list[int]] = {}
        filled = []
        for number, row in enumerate(cells.rows, start=1):
            text = key(row[column - 1]) if column - 1 < len(row) else ""
            if text:
                filled.append(number)
                if text in keys:
                    matched[number] = keys[text]
        if not matched or (best is not None and len(matched) <= len(best.rows)):
            continue
        header = _header_row(cells, min(matched))
        below = [n for n in filled if n > header]
        if len(matched) >= LINK_SHARE * len(below):
            best = Link(column, header, matched, [n for n in below if n not in matched])
    return best


def _header_row(cells: SheetCells, first: int) -> int:
    """The detail sheet's header row: the first row above the first linked row with two
    texts or more (a title may stand above it), else the row just above; 0 for none."""
    for number in range(1, min(first, foreign.SCAN_ROWS + 1)):
        if sum(isinstance(v, str) and bool(v.strip()) for v in cells.rows[number - 1]) >= 2:
            return number
    above = first - 1
    return above if above and any(v not in (None, "") for v in cells.rows[above - 1]) else 0


@dataclass
class Detail:
    """A detail sheet: its link to the main sheet and what its columns add."""

    cells: SheetCells
    link: Link
    headers: dict[int, str]
    fields: dict[int, str]  # column -> list field; the other columns go to the notes
    # A column naming each row's kind of recipient ("processor"): it goes with the name.
    kind_column: int | None = None
    place_column: int | None = None  # and where each one is ("Germany")

    def note_columns(self) -> list[int]:
        width = max((len(self.cells.rows[n - 1]) for n in self.link.rows), default=0)
        taken = (self.link.column, self.kind_column, self.place_column)
        return [c for c in range(1, width + 1) if c not in taken and c not in self.fields]


def detail_of(cells: SheetCells, keys: dict[str, list[int]]) -> Detail | None:
    link = find_link(cells, keys)
    if link is None:
        return None
    header = cells.rows[link.header_row - 1] if link.header_row else []
    headers = foreign.headers_of(header)
    fields: dict[int, str] = {}
    sheet_field = _sheet_field(cells.name)
    for column, text in headers.items():
        found = match_header(text)
        if column != link.column and found is not None and found.field in LIST_FIELDS:
            fields[column] = _WITHIN.get((sheet_field, found.field), found.field)
    kind_column = None
    if sheet_field is None and not fields:
        # "Contractors": no field in its name, but a column saying what each one is.
        kind_column = _kind_column(cells, link, headers)
        sheet_field = "recipients" if kind_column is not None else None
    if sheet_field and sheet_field not in fields.values():
        # "Purposes" with "name" and "description": the first named (or unnamed) column is the purpose.
        spare = [c for c in sorted(headers) if c != link.column and c not in fields]
        named = [c for c in spare if (m := match_header(headers[c])) is not None and m.field == "name"]
        unnamed = [c for c in spare if match_header(headers[c]) is None]
        choice = next(iter(named or unnamed), None)
        if choice is None and not headers:
            choice = next((c for c in range(1, 3) if c != link.column), None)
        if choice is not None:
            fields[choice] = sheet_field
    if sheet_field not in fields.values():
        kind_column = None
    place_column = _place_column(cells, link, headers, kind_column) if kind_column is not None else None
    return Detail(cells, link, headers, fields, kind_column, place_column)


def _place_column(cells: SheetCells, link: Link, headers: dict[int, str], kind_column: int) -> int | None:
    """The column whose every value names a country or place."""
    from .transfers_read import place

    for column in sorted(headers):
        values = [foreign.cell_text(row[column - 1]) for n in link.rows if column - 1 < len(row := cells.rows[n - 1])]
        values = [v for v in values if v]
        if column not in (link.column, kind_column) and values and all(place(v) for v in values):
            return column
    return None


def _kind_column(cells: SheetCells, link: Link, headers: dict[int, str]) -> int | None:
    """The column whose every value is a kind of recipient of the register's vocabulary."""
    labels = foreign._kind_labels("recipient_kind")
    for column in sorted(headers):
        values = [foreign.cell_text(row[column - 1]) for n in link.rows if column - 1 < len(row := cells.rows[n - 1])]
        values = [v for v in values if v]
        if column != link.column and values and all(normalise(v) in labels for v in values):
            return column
    return None


def _sheet_field(title: str) -> str | None:
    found = match_header(title)
    return found.field if found is not None and found.field in LIST_FIELDS else None


def is_another_register(cells: SheetCells, detail: Detail, keys: dict[str, list[int]]) -> bool:
    """A second register of the same kind (a sheet per year or department, a view of the same
    activities such as "Controller" and "Processor") names the activities in its own name
    column: it is not a detail of the first."""
    names = [c for c, text in detail.headers.items() if (m := match_header(text)) is not None and m.field == "name"]
    if detail.link.column in names and not _sheet_field(cells.name):
        return True
    for column in names:
        values = [
            key(row[column - 1]) for number in detail.link.rows if column - 1 < len(row := cells.rows[number - 1])
        ]
        if column != detail.link.column and sum(v in keys for v in values) >= LINK_SHARE * len(detail.link.rows):
            return True
    return False


@dataclass
class Joined:
    """The main sheet's rows with their detail rows joined in, and where each joined line
    came from, to point notes and guesses back at the detail sheet."""

    cells: SheetCells
    columns: foreign.Columns  # with the added columns
    origins: dict[tuple[int, int], list[tuple[str, Place]]] = field(default_factory=dict)
    added: set[int] = field(default_factory=set)  # columns added for detail cells kept in the notes
    details: list[Detail] = field(default_factory=list)

    def place(self, place: Place, text: str) -> Place:
        if place.row is None or place.column is None:
            return place
        found = self.origins.get((place.row, place.column))
        if not found:
            return place
        wanted = text.strip()[:80]
        for line, origin in found:
            if wanted and wanted in line:
                return origin
        return place

    def notes(self, notes: Iterable[Note]) -> list[Note]:
        result = []
        for note in notes:
            if note.code == "unmapped_column" and note.values.get("column") in self.added:
                continue  # said per sheet in the sheets report
            if note.place.column is not None and (note.place.row, note.place.column) in self.origins:
                note = replace(note, place=self.place(note.place, str(note.values.get("text", ""))))
            result.append(note)
        return result

    def guesses(self, guesses: Iterable[Guess]) -> list[Guess]:
        return [replace(g, place=self.place(g.place, g.text)) for g in guesses]

    def main_rows(self, sheet: str, row: int) -> list[int]:
        """The main rows a cell of ``sheet`` belongs to."""
        if sheet == self.cells.name:
            return [row]
        for detail in self.details:
            if detail.cells.name == sheet:
                return detail.link.rows.get(row, [])
        return []


def join(cells: SheetCells, columns, details: list[Detail]) -> Joined:
    if not details:
        return Joined(cells, columns)
    headers, fields = dict(columns.headers), dict(columns.fields)
    width = max([len(row) for row in cells.rows] + list(headers) + [0])
    target: dict[tuple[str, int], int] = {}  # (detail sheet, its column) -> main column
    by_field = {f: c for c, f in fields.items()}
    added = set()
    for detail in details:
        for column in sorted({*detail.fields, *detail.note_columns()}):
            wanted = detail.fields.get(column)
            if wanted and wanted in by_field:
                target[(detail.cells.name, column)] = by_field[wanted]
                continue
            width += 1
            header = detail.headers.get(column) or get_column_letter(column)
            headers[width] = f"{detail.cells.name}: {header}"
            target[(detail.cells.name, column)] = width
            if wanted:
                fields[width] = wanted
                by_field[wanted] = width
            else:
                added.add(width)
    lines: dict[tuple[int, int], list[tuple[str, Place]]] = {}
    for detail in details:
        special = [c for c, f in detail.fields.items() if f == "special_data"]
        for number, mains in sorted(detail.link.rows.items()):
            row = detail.cells.rows[number - 1]
            texts = {c: foreign.cell_text(row[c - 1]) for c in target_columns(detail) if c - 1 < len(row)}
            _flags(detail, texts, special)
            _kinds(detail, row, texts)
            for column, text in texts.items():
                if not text:
                    continue
                place = Place(detail.cells.name, number, column)
                for main in mains:
                    lines.setdefault((main, target[(detail.cells.name, column)]), []).append((text, place))
    for (main, column), found in lines.items():
        if fields.get(column) not in _PAIRED:
            # Five categories kept "5 years" each: one retention rule, not five.
            lines[(main, column)] = list({text: (text, place) for text, place in reversed(found)}.values())[::-1]
    rows = list(cells.rows)
    for (main, column), found in lines.items():
        row = rows[main - 1] = list(rows[main - 1])
        while len(row) < column:
            row.append(None)
        own = foreign.cell_text(row[column - 1])
        row[column - 1] = "\n".join([own] * bool(own) + [text for text, _ in found])
    joined_columns = replace(columns, headers=headers, fields=fields)
    return Joined(SheetCells(cells.name, rows, cells.notes), joined_columns, lines, added, details)


def target_columns(detail: Detail) -> list[int]:
    return sorted({*detail.fields, *detail.note_columns()})


def _kinds(detail: Detail, row: list, texts: dict[int, str]) -> None:
    """ "Personio" of kind "processor": "Personio (processor)", read as our own export's suffix."""
    if detail.kind_column is None or detail.kind_column - 1 >= len(row):
        return
    kind = foreign.cell_text(row[detail.kind_column - 1])
    column = detail.place_column
    where = foreign.cell_text(row[column - 1]) if column is not None and column - 1 < len(row) else ""
    name = next((c for c, f in detail.fields.items() if f == "recipients"), None)
    if kind and name is not None and texts.get(name):
        texts[name] = f"{texts[name]} ({kind}, {where})" if where else f"{texts[name]} ({kind})"


def _flags(detail: Detail, texts: dict[int, str], special: list[int]) -> None:
    """A yes/no column under special data ("is_sensitive") says whether the row's category
    is special: its value is no category name."""
    main = next((c for c, f in detail.fields.items() if f == "data_categories"), None)
    for column in special:
        answer = recognise.yes_no(texts.get(column, "")) if texts.get(column) else None
        if answer is None:
            continue
        texts[column] = texts.get(main, "") if answer and main is not None else ""
        if answer and main is not None:
            texts[main] = ""


def main_of(choice, others: dict, mapping):
    """The register sheet: the first readable sheet, unless it is itself a detail of another
    readable sheet (a workbook whose "Purposes" sheet comes before "Processing")."""
    for cells in others.values():
        if not isinstance(cells, SheetCells) or cells.name == choice.cells.name or is_instructions(cells.name):
            continue
        try:
            columns = foreign.columns_of(cells, mapping)
        except ImportRefused:
            continue
        keys = keys_of(cells, columns)
        detail = detail_of(choice.cells, keys)
        if detail is None or is_another_register(choice.cells, detail, keys):
            continue
        # Sheets of one row per activity refer to each other both ways: the first one stays.
        first_keys = keys_of(choice.cells, choice.columns)
        if detail_of(cells, first_keys) is None:
            return foreign.SheetChoice(cells, columns)
    return choice


def read_details(choice) -> tuple[Joined, list[SheetUse], list[Note]]:
    """The main sheet with its detail sheets joined in; what was done with every sheet; notes
    on detail rows that name no activity."""
    main, columns = choice.cells, choice.columns
    uses = [used("register", main.name, row=columns.header_row)]
    details, notes, keys = [], [], None
    for name, cells in choice.others.items():
        if isinstance(cells, ImportRefused):
            uses.append(not_readable(name, cells))
            continue
        if choice.own_export:
            uses.append(used("own_view", name, main=main.name))
            continue
        detail = None
        if not is_instructions(name):
            keys = keys_of(main, columns) if keys is None else keys
            detail = detail_of(cells, keys)
            if detail is not None and is_another_register(cells, detail, keys):
                detail = None
        if detail is None:
            uses.append(unread(cells, main.name, refers=_refers(cells, main.name)))
            continue
        details.append(detail)
        header = detail.headers.get(detail.link.column) or get_column_letter(detail.link.column)
        uses.append(
            used(
                "details" if detail.fields else "details_notes",
                name,
                main=main.name,
                column=get_column_letter(detail.link.column),
                header=header[:60],
                rows=len(detail.link.rows),
            )
        )
        unmatched = detail.link.unmatched
        if unmatched:
            row = cells.rows[unmatched[0] - 1]
            value = foreign.cell_text(row[detail.link.column - 1]) if detail.link.column - 1 < len(row) else ""
            notes.append(
                Note(
                    "detail_unmatched",
                    Place(name, unmatched[0], detail.link.column),
                    {"count": len(unmatched), "text": value[:80], "main": main.name},
                )
            )
    uses += [hidden(name) for name in choice.hidden]
    return join(main, columns, details), uses, notes


def _refers(cells: SheetCells, main: str) -> bool:
    """Whether a sheet looks like a detail sheet: named after a list field of the register, or
    with a column headed by the register sheet's name."""
    if _sheet_field(cells.name):
        return True
    wanted = normalise(main)
    return any(
        normalise(value) == wanted for row in cells.rows[: foreign.SCAN_ROWS] for value in row if isinstance(value, str)
    )


def keep_in_notes(activities, joined: Joined, kept: dict[tuple[str, int, int], str]) -> None:
    """Cells the officer chose to keep in the notes (review.py), each in its activity's notes."""
    if not kept:
        return
    by_row = {entry.origin[1]: entry for entry in activities}
    for (sheet, row, column), text in kept.items():
        header = _header_of(joined, sheet, column)
        for main in joined.main_rows(sheet, row):
            entry = by_row.get(main)
            if entry is not None:
                entry.data["internal_notes"] = "\n".join(
                    part for part in (entry.data.get("internal_notes", ""), f"{header}: {text}") if part
                )


def _header_of(joined: Joined, sheet: str, column: int) -> str:
    if sheet == joined.cells.name:
        return joined.columns.headers.get(column) or get_column_letter(column)
    detail = next((d for d in joined.details if d.cells.name == sheet), None)
    header = detail.headers.get(column, "") if detail is not None else ""
    return f"{sheet}: {header or get_column_letter(column)}"


def unmapped_cells(joined: Joined, activities, columns: list[int]) -> list:
    """Each cell of a column nobody mapped, for the review: it goes to the internal notes."""
    rows = sorted(entry.origin[1] for entry in activities)
    found = []
    for column in columns:
        header = joined.columns.headers.get(column) or get_column_letter(column)
        if column in joined.added:
            for row in rows:
                for text, place in joined.origins.get((row, column), ()):
                    found.append(ReviewItem(UNMAPPED, place, text, header=header))
            continue
        for row in rows:
            values = joined.cells.rows[row - 1]
            text = foreign.cell_text(values[column - 1]) if column - 1 < len(values) else ""
            if text:
                found.append(ReviewItem(UNMAPPED, Place(joined.cells.name, row, column), text, header=header))
    return found
