"""For tests that make "a workbook the officer changed" by changing the register after the export
and back: without the export's place in the register's history (as workbooks were written before
issue 17) the import takes the workbook as it stands. With it, a change made in the register after
the export is kept (register/three_way.py), so such a workbook would change nothing."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from ropa_desktop.documents.workbook import DATA_SHEET


def without_history(path):
    """``path`` as a workbook written before exports noted where the history stood; returns it."""
    book = load_workbook(path)
    sheet = book[DATA_SHEET]
    sheet["D1"].value = sheet["E1"].value = None
    book.save(path)
    return path


def edit_activity(path, english_name: str, **fields):
    """The officer's edit of one activity in the workbook (its data sheet, which the import
    reads); returns ``path``."""
    book = load_workbook(path)
    for row in book[DATA_SHEET].iter_rows(min_row=2):
        if row[0].value != "activity":
            continue
        data = json.loads("".join(cell.value or "" for cell in row[2:]))
        if data["name"].get("en") == english_name:
            data.update(fields)
            row[2].value = json.dumps(data, ensure_ascii=False)
            for cell in row[3:]:
                cell.value = None
    book.save(path)
    return path
