"""A spreadsheet of the officer's own: one activity per row, columns found by their headers.

The header row is searched for (contact blocks often stand above it), columns are matched
by their headers in Dutch, English or French (headers.py) or by the officer's mapping, and
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
from ...register.portable import Entry, PortableError, checked
from ...register.reference.countries import country_name, in_eea
from ...register.reference.languages import SUPPORTED
from ...register.texts import clean
from ..workbook import DATA_SHEET
from . import recognise
from ...resources_path import load_toml
from .headers import find_header_row, normalise
from .limits import MAX_KEPT_CELL, Budget, marker, short_header, shortened_text
from .mapping import Mapping
from .problems import ImportRefused, Note, Place
from .sheet_cells import SheetCells, read_cells

SCAN_ROWS = 30
# Column lengths of the plain-text fields (the model's String sizes).
_LIMITS = {"owner": 200, "department": 200, "dpia_reference": 500}
_LANGUAGE_NAMES = {"nl": {"nl": "Nederlands", "en": "Dutch"}, "en": {"nl": "Engels", "en": "English"},
                   "fr": {"nl": "Frans", "en": "French"}}


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


def choose_sheet(opened, book, mapping: Mapping | None, cancelled=None) -> SheetChoice:
    names = [mapping.sheet] if mapping and mapping.sheet else visible_sheets(book)
    first = None
    for name in names:
        cells = read_cells(opened, book, name, cancelled)
        try:
            return SheetChoice(cells, columns_of(cells, mapping))
        except ImportRefused as refused:
            first = first or SheetChoice(cells, problem=refused)
    return first or SheetChoice(None, problem=ImportRefused("empty_sheet", Place(names[0] if names else "")))


def headers_of(row: list) -> dict[int, str]:
    """Column (from 1) -> header text, for the non-empty cells of a header row."""
    return {column: cell_text(value) for column, value in enumerate(row, start=1) if cell_text(value)}


def visible_sheets(book) -> list[str]:
    return [ws.title for ws in book.worksheets if getattr(ws, "sheet_state", "visible") == "visible"
            and ws.title != DATA_SHEET] or list(book.sheetnames)


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
                    # One column per field: the mapping's choice wins over a detected one.
                    for other in [c for c, f in fields.items() if f == target and c != column]:
                        fields.pop(other)
                    fields[column] = target
        language = mapping.language or language
    if "name" not in fields.values() and "purposes" not in fields.values():
        # The ICO template has no name column; the first purpose then names the activity.
        raise ImportRefused("no_name_column", Place(cells.name, index + 1))
    return Columns(index + 1, headers, fields, language, ignored)


# Columns of our own Register sheet that are derived, not entered: not imported.
_DERIVED = ("processing_categories", "provision", "dpia_screening", "processor_contracts", "updated_at")


@cache
def _derived_headers() -> frozenset[str]:
    labels = load_toml("export", "labels.toml")["column"]
    return frozenset(normalise(text) for key in _DERIVED for text in labels[key].values())


def read(opened, book, mapping: Mapping | None, cancelled=None, primary: str = "nl") -> ForeignSheet:
    choice = choose_sheet(opened, book, mapping, cancelled)
    if choice.problem is not None:
        raise choice.problem
    cells, columns = choice.cells, choice.columns
    reader = _RowReader(cells.name, columns, primary)
    for number in range(columns.header_row + 1, len(cells.rows) + 1):
        if cancelled is not None and number % 200 == 0:
            cancelled()
        reader.row(number, cells.rows[number - 1])
        reader.take_new()  # fitted and counted row by row: a refusal comes before memory runs out
    notes = cells.notes + reader.notes
    if "name" not in columns.fields.values():
        notes.insert(0, Note("named_by_purpose"))
    stored = reader.language
    if stored != columns.language:
        notes.insert(0, Note("language_stored", values={
            "language": _LANGUAGE_NAMES[columns.language], "stored": _LANGUAGE_NAMES[stored]}))
    for column in sorted(reader.used_columns):
        header = columns.headers.get(column, "")
        notes.append(Note("unmapped_column", values={
            "column": column, "header": header[:60] or {"nl": "zonder kop", "en": "no header"}}))
    notes += reader.kept_notes() + reader.budget.notes()
    return ForeignSheet(cells.name, columns.header_row, reader.entries(), notes, columns)


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


class _RowReader:
    """Turns rows into a partial activity entry each, plus the catalogue entries they name."""

    def __init__(self, sheet: str, columns: Columns, primary: str):
        self.sheet = sheet
        self.columns = columns
        # Texts are stored in the sheet's language when the register speaks it.
        self.language = columns.language if columns.language in SUPPORTED else primary
        self.catalogue: dict[str, Entry] = {}
        self.activities: list[Entry] = []
        self.names: dict[str, int] = {}
        self.notes: list[Note] = []
        self.used_columns: dict[int, bool] = {}
        self.budget = Budget(self.language)
        self.taken = (0, 0)  # catalogue entries and activities already fitted and counted
        self.repeats = 0  # kept cells that repeated a text kept earlier in their row
        self.long_cells: dict[int, list[int]] = {}  # column -> [first row, count, longest]

    def take_new(self) -> None:
        catalogue = list(self.catalogue.values())
        for entry in (*catalogue[self.taken[0]:], *self.activities[self.taken[1]:]):
            self.budget.take(entry)
        self.taken = (len(catalogue), len(self.activities))

    def kept_notes(self) -> list[Note]:
        notes = [Note("kept_shortened", Place(self.sheet, row, column), {
            "column": column, "header": short_header(self.columns.headers.get(column, ""))[:60],
            "count": f"{count:,}", "limit": f"{MAX_KEPT_CELL:,}", "length": f"{longest:,}"})
            for column, (row, count, longest) in sorted(self.long_cells.items())]
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
                raise ImportRefused("data_entry", Place(*entry.origin), detail=str(exc)) from None
        return entries

    # --- one row ------------------------------------------------------------------------

    def row(self, number: int, values: list) -> None:
        texts = {c: cell_text(v) for c, v in enumerate(values, start=1)}
        if not any(texts.values()):
            return
        by_field = {f: texts.get(c, "") for c, f in self.columns.fields.items()}
        name = by_field.get("name", "") or (
            "" if "name" in by_field else next(iter(recognise.split_values(by_field.get("purposes", ""))), ""))
        if not name:
            self.notes.append(Note("no_name", Place(self.sheet, number)))
            return
        self.number = number
        self.extra: list[str] = []  # lines for the internal notes
        self.kept: dict[str, str] = {}  # text kept in this row's notes -> the header it is under
        data: dict = {"name": self._t(name)}
        for column, text in texts.items():
            if text and column not in self.columns.fields and column not in self.columns.ignored:
                # Nothing is dropped: an unmapped column, even one without a header, goes to the notes.
                self.used_columns[column] = True
                self._keep(self.columns.headers.get(column) or get_column_letter(column), text, column)
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
        self.activities.append(Entry(ACTIVITY, f"activity:row:{number}", data, partial=True,
                                     origin=(self.sheet, number), label=name))

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

    def _column(self, field_key: str) -> int | None:
        return next((c for c, f in self.columns.fields.items() if f == field_key), None)

    def _not_understood(self, field_key: str, text: str) -> None:
        column = self._column(field_key)
        header = self.columns.headers.get(column, field_key)
        self._keep(header, text, column)
        self.notes.append(Note("not_understood", Place(self.sheet, self.number, column),
                               {"text": text[:80], "field": header[:60]}))

    # --- fields -------------------------------------------------------------------------

    def _purposes(self, data: dict, cells: dict) -> None:
        purposes = recognise.split_values(cells.get("purposes", ""))
        basis_lines = recognise.split_values(cells.get("legal_bases", ""))
        bases = []
        for line in basis_lines:
            found = recognise.legal_bases(line)
            if found:
                bases.append(found)
            else:
                self._not_understood("legal_bases", line)
        if not purposes and not bases:
            return
        if not purposes:
            purposes = [cells.get("name", "")]
        rows = [{"description": self._t(p), "legal_basis": ""} for p in purposes]
        if len(bases) == len(rows):
            for row, found in zip(rows, bases):
                row["legal_basis"] = found[0]
        elif len(bases) == 1 and len(bases[0]) in (1, len(rows)):
            for index, row in enumerate(rows):
                row["legal_basis"] = bases[0][index if len(bases[0]) == len(rows) else 0]
        elif bases:
            flat = [b for found in bases for b in found]
            if len(flat) == len(rows):
                for row, basis in zip(rows, flat):
                    row["legal_basis"] = basis
            else:
                rows[0]["legal_basis"] = flat[0]
                self.notes.append(Note("bases_unpaired", Place(self.sheet, self.number, self._column("legal_bases")),
                                       {"purposes": len(rows), "bases": len(flat)}))
                self._keep(self.columns.headers.get(self._column("legal_bases"), ""), cells.get("legal_bases", ""),
                           self._column("legal_bases"))
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

    def _named(self, kind: str, name: str, defaults: dict | None = None) -> str:
        reference = f"{kind}:name:{normal_name(name)}"
        if reference not in self.catalogue:
            self.catalogue[reference] = Entry(kind, reference, {"name": self._t(name)}, partial=True,
                                              origin=(self.sheet, self.number), label=name,
                                              defaults=dict(defaults or {}))
        return reference

    def _people_and_data(self, data: dict, cells: dict) -> None:
        if "data_subjects" in cells:
            data["data_subject_categories"] = [self._named(DATA_SUBJECT, n)
                                               for n in recognise.split_values(cells["data_subjects"])]
        links = []
        if "data_categories" in cells:
            for line in recognise.split_values(cells["data_categories"]):
                name, own_kind = own_suffix(line, "data_category_kind")
                kind = {"kind": own_kind} if own_kind else _category_kind(name, special=False)
                links.append({"ref": self._named(DATA_CATEGORY, name, kind), "wording": {}})
        special = cells.get("special_data", "")
        if special and recognise.yes_no(special) is not False:
            for name in recognise.split_values(special):
                kind = _category_kind(name, special=True)
                links.append({"ref": self._named(DATA_CATEGORY, name, kind), "wording": {}})
        if "data_categories" in cells or special:
            data["data_categories"] = list({link["ref"]: link for link in links}.values())

    def _recipients(self, data: dict, cells: dict) -> None:
        recipients = []
        for key, kind in (("recipients", "independent_controller"), ("processors", "processor")):
            for line in recognise.split_values(cells.get(key, "")):
                if recognise.yes_no(line) is False:
                    continue
                name, own_kind = own_suffix(line, "recipient_kind")
                recipients.append(self._named(RECIPIENT, name, {"kind": own_kind or kind}))
        if "recipients" in cells or "processors" in cells:
            data["recipients"] = list(dict.fromkeys(recipients))
        for key, kind in (("joint_controllers", "joint_controller"), ("controllers_served", "client_controller")):
            if key in cells:
                data[key] = [self._named(RECIPIENT, name, {"kind": kind})
                             for name in recognise.split_values(cells[key]) if recognise.yes_no(name) is not False]

    def _transfers(self, data: dict, cells: dict) -> None:
        text = cells.get("transfers", "")
        if "transfers" not in cells:
            return
        tools_text = cells.get("transfer_tools", "")
        tools = [recognise.transfer_tool(line) for line in recognise.split_values(tools_text)]
        if tools_text and not any(tools):
            self._not_understood("transfer_tools", tools_text)
        references = []
        if text and recognise.yes_no(text) is not False:
            codes = recognise.countries(text)
            if not codes:
                self._not_understood("transfers", text)
            outside = [code for code in codes if not in_eea(code)]
            for index, code in enumerate(outside):
                tool = tools[index] if len(tools) == len(outside) else next((t for t in tools if t), None)
                reference = f"{TRANSFER}:country:{code}"
                entry = self.catalogue.get(reference)
                if entry is None:
                    entry = self.catalogue[reference] = Entry(
                        TRANSFER, reference, {"country_code": code, "recipient_id": None}, partial=True,
                        origin=(self.sheet, self.number), label=country_name(code, self.language),
                        defaults={"tool": "none"})
                if tool:
                    entry.data["tool"] = tool
                references.append(reference)
        data["transfers"] = references

    def _retention(self, data: dict, cells: dict) -> None:
        if "retention" not in cells:
            return
        rules = []
        # One rule per line (a semicolon often separates a period from its criterion, as in
        # our own export: "if you were not hired: 4 weeks after …; criterion").
        for line in _lines(cells["retention"]):
            condition, rest = _condition(line)
            main, _, criterion = rest.partition("; ")
            found = recognise.retention(main)
            if found is None:
                continue
            criterion = "; ".join(part for part in (found.criterion, criterion.strip()) if part)
            rules.append({
                "period_value": found.period_value,
                "period_unit": found.period_unit,
                "starts_from": self._t(found.starts_from) if found.starts_from else {},
                "condition": self._t(condition) if condition else {},
                "criterion": self._t(criterion) if criterion else {},
                "wording": self._t(line),
            })
        data["retention_rules"] = rules

    def _other(self, data: dict, cells: dict) -> None:
        if "security_measures" in cells:
            data["security_measures"] = [self._named(SECURITY_MEASURE, n)
                                         for n in recognise.split_values(cells["security_measures"])]
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
                self._keep(self.columns.headers.get(self._column(key), key), text, self._column(key))
                text = text[:limit]
            data[key] = text
        for key, target in (("criminal_data", "criminal_data_authorisation"),
                            ("national_id", "national_id_legal_basis")):
            text = cells.get(key, "")
            if text and recognise.yes_no(text) is None:
                data[target] = text
        self._choice(data, cells, "role", recognise.role, "role")
        self._choice(data, cells, "dpia_status", recognise.dpia_status, "dpia_status")
        self._choice(data, cells, "status", recognise.status, "status")
        if cells.get("automated_decisions"):
            answer = recognise.yes_no(cells["automated_decisions"])
            data["automated_decision_making"] = answer is not False
            if answer is None:
                data["automated_logic"] = self._t(cells["automated_decisions"])
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

    def _choice(self, data: dict, cells: dict, key: str, recogniser, target: str) -> None:
        text = cells.get(key, "")
        if not text:
            return
        value = recogniser(text)
        if value is None:
            self._not_understood(key, text)
        else:
            data[target] = value


def _lines(text: str) -> list[str]:
    """A cell's lines, bullets removed, not split on semicolons."""
    lines = []
    for line in re.split(r"[\n\r\u2028]+", text):
        parts = recognise.split_values(line.replace(";", "\u0000"))
        lines += [part.replace("\u0000", ";") for part in parts]
    return lines


_RETENTION_LABELS = {"bewaartermijn", "bewaren", "termijn", "retention", "retention period", "retention schedule",
                     "period", "duree de conservation", "durée de conservation", "conservation"}


def _condition(line: str) -> tuple[str, str]:
    """"if you were hired: 2 years after …" -> ("if you were hired", "2 years after …"); a
    colon after a period ("bewaartermijn: 7 jaar") is no condition."""
    head, colon, rest = line.partition(": ")
    if normalise(head) in _RETENTION_LABELS:
        return "", line
    if colon and rest and not any(char.isdigit() for char in head) and len(head) < 120 \
            and recognise.retention(head) is not None and recognise.retention(head).period_value is None \
            and recognise.retention(rest) is not None and recognise.retention(rest).period_value is not None:
        return head, rest
    return "", line


@cache
def _kind_labels(list_name: str) -> dict[str, str]:
    labels = load_toml("vocabularies", "enums.toml")[list_name]
    return {normalise(text): key for key, texts in labels.items() for text in texts.values()}


def own_suffix(line: str, list_name: str) -> tuple[str, str | None]:
    """Our own export writes "Hosting provider (Processor, Netherlands)" and "Health data
    (Special category data: health)": the part in brackets is the kind, not the name.
    Without this, each export and import round would add a recipient named with its kind."""
    if not line.endswith(")") or " (" not in line:
        return line, None
    name, _, inside = line[:-1].rpartition(" (")
    label = inside.split(",")[0].split(":")[0]
    kind = _kind_labels(list_name).get(normalise(label))
    return (name.strip(), kind) if kind and name.strip() else (line, None)


def _category_kind(name: str, special: bool) -> dict:
    """A new category's kind, from its name: BSN, criminal data, an Art. 9 category."""
    words = normal_name(name)
    if "bsn" in words.split() or "burgerservicenummer" in words or "national id" in words:
        return {"kind": "national_id"}
    if any(w in words for w in ("strafrecht", "criminal", "pénal", "penal", "vog", "verklaring omtrent")):
        return {"kind": "criminal"}
    category = recognise.special_category(name)
    if category:
        return {"kind": "special", "special_category": category}
    return {"kind": "special"} if special else {}
