"""A foreign register sheet of any length, written the way officers write them: the rows of one
of the realistic registers of issue 14 (tests/documents/importing/realistic/) repeated, each
copy an activity of its own.

What a real sheet of 2,000 rows has, and the benchmark must therefore have too: a title and a
contact block above the table (the title merged across it), combined cells ("Doel en
grondslag"), bases as letters explained in a legend below the table, suppliers with their
place, cross references to an earlier row ("Als V-01"), retention with several cases, the
same texts in many rows (a team copies its neighbours) and, every few rows, a supplier of its
own (the catalogue grows with the sheet).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "documents" / "importing"))
from realistic import WORKBOOKS  # noqa: E402
from realistic.facts import Name, R, Recipients, Reference  # noqa: E402

# Suppliers an organisation also uses: a row in three gets one of these instead of the
# processor its model row names, so the sheet names a few hundred parties, not five.
SUPPLIERS = (
    "Exact Online",
    "AFAS",
    "Visma",
    "Nmbrs",
    "Topdesk",
    "Freshdesk",
    "HubSpot",
    "Salesforce",
    "Microsoft 365",
    "Google Workspace",
    "Slack",
    "Zoom",
    "Dropbox",
    "Box",
    "Atlassian",
    "Zendesk",
    "Mailchimp",
    "Brevo",
    "Twilio",
    "Intercom",
    "Personio",
    "Workday",
    "SAP SuccessFactors",
    "Recruitee",
    "Homerun",
    "Bullhorn",
    "Loket.nl",
    "Moneybird",
    "Twinfield",
    "Yuki",
    "Snelstart",
    "PostNL",
    "DHL",
    "Sendcloud",
    "Mollie",
    "Adyen",
    "Stripe",
    "Unit4",
    "Ultimo",
    "Planon",
)


def model_rows(layout: str):
    """(rows above the header, the header, the activity rows, the rows below) of a
    single-sheet realistic register."""
    workbook = WORKBOOKS[layout]
    if len(workbook.sheets) != 1:
        raise SystemExit(f"{layout} has {len(workbook.sheets)} sheets; choose a single-sheet register")
    rows = next(iter(workbook.sheets.values()))
    head = next(i for i, r in enumerate(rows) if r.header)
    body = [i for i, r in enumerate(rows) if r.activity is not None]
    return rows[:head], rows[head], [rows[i] for i in body], rows[body[-1] + 1 :]


def _texts(spec) -> list[str | None]:
    return [None if cell is None or cell[0] is None else str(cell[0]) for cell in spec.cells]


def _facts(cell) -> tuple:
    expect = cell[1]
    return tuple(expect) if isinstance(expect, (list, tuple)) else (expect,)


def _processors(spec) -> list[str]:
    names = []
    for cell in spec.cells:
        if cell is None:
            continue
        for fact in _facts(cell):
            if isinstance(fact, Recipients):
                names += [
                    r.name
                    for r in fact.recipients
                    if isinstance(r, R)
                    and isinstance(r.name, str)
                    and "processor" in ((r.kind,) if isinstance(r.kind, str) else r.kind)
                ]
    return names


def _column_of(spec, fact_type) -> int | None:
    for column, cell in enumerate(spec.cells):
        if cell is not None and any(isinstance(f, fact_type) for f in _facts(cell)):
            return column
    return None


def activity_rows(layout: str, activities: int) -> tuple[list, list, list, list]:
    """The sheet's rows as lists of texts: above, header, ``activities`` activity rows, below."""
    above, header, model, below = model_rows(layout)
    numbers = {}  # "V-01" -> its position in the model, for references within a copy
    for position, spec in enumerate(model):
        column = _column_of(spec, Reference)
        if column is not None:
            numbers[_texts(spec)[column]] = position
    rows = []
    for index in range(activities):
        copy, position = divmod(index, len(model))
        spec = model[position]
        texts = _texts(spec)
        name_column = _column_of(spec, Name)
        if copy:
            if name_column is not None:
                texts[name_column] = f"{texts[name_column]} ({copy + 1})"
            for number, at in numbers.items():  # "V-01" and "Als V-01" point into this copy
                renumbered = _renumber(number, copy * len(model) + at + 1, len(str(activities)))
                texts = [t and re.sub(rf"\b{re.escape(number)}\b", renumbered, t) for t in texts]
            if copy % 3 == 0:
                for offset, processor in enumerate(_processors(spec)):
                    supplier = SUPPLIERS[(copy // 3 + offset * 7) % len(SUPPLIERS)]
                    texts = [t and re.sub(rf"\b{re.escape(processor)}\b", supplier, t) for t in texts]
        elif numbers:
            texts = [t and _renumber_all(t, numbers, len(str(activities))) for t in texts]
        rows.append(texts)
    return [_texts(r) for r in above], _texts(header), rows, [_texts(r) for r in below]


# A long register is numbered per department ("HR-012"), a thousand numbers each.
DEPARTMENTS = ("V", "HR", "FIN", "ICT", "MKT", "JZ", "FAC", "KCC", "SEC", "PZ", "INK", "COM")


def _renumber(number: str, value: int, width: int) -> str:
    """ "V-01" as the ``value``-th activity: "V-07" in a short sheet, "HR-012" in a long one."""
    if width < 4:
        return re.sub(r"\d+$", f"{value:0{width}d}", number)
    department, value = divmod(value, 1000)
    prefix = DEPARTMENTS[department % len(DEPARTMENTS)] + ("" if department < len(DEPARTMENTS) else str(department))
    return re.sub(r"^[^\W\d_]+(?=\W?\d+$)", prefix, re.sub(r"\d+$", f"{value:03d}", number))


def _renumber_all(text: str, numbers: dict[str, int], width: int) -> str:
    for number, at in numbers.items():
        text = re.sub(rf"\b{re.escape(number)}\b", _renumber(number, at + 1, width), text)
    return text


def write_sheet(path: Path, activities: int, layout: str = "staffing") -> Path:
    """The sheet as an .xlsx file, the title merged across the table as officers do."""
    above, header, rows, below = activity_rows(layout, activities)
    book = Workbook()
    sheet = book.active
    sheet.title = next(iter(WORKBOOKS[layout].sheets))
    for texts in (*above, header, *rows, [], *below):
        sheet.append(texts)
    if above and len(header) > 1:
        sheet.merge_cells(f"A1:{get_column_letter(len(header))}1")
    book.save(path)
    return path
