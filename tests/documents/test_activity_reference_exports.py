"""The officer's own reference of an activity ("V-01") in the exports made for people: its own
column after the number in every activity sheet of the audit workbook, and in the dossier's
heading of the activity ("1. V-01 · Onze dienstverlening"). Never in the privacy statement."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from pypdf import PdfReader

from ropa_desktop.documents.dossier import write_dossier
from ropa_desktop.documents.statement.builder import build_statement
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import kinds, operations


def _with_references(register) -> list[int]:
    ids = operations.order(register, kinds.ACTIVITY)
    operations.save(register, kinds.ACTIVITY, ids[0], {"reference": "V-01"})
    processor = next(i for i in ids if str(operations.read(register, kinds.ACTIVITY, i)["role"]) == "processor")
    operations.save(register, kinds.ACTIVITY, processor, {"reference": "P-03"})
    return ids


def _rows(sheet) -> list[list]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_every_activity_sheet_has_the_reference_after_the_number(demo_register):
    _with_references(demo_register)
    buffer = io.BytesIO()
    write_workbook(demo_register, "nl", buffer)
    buffer.seek(0)
    book = load_workbook(buffer)
    register = _rows(book["Register"])
    assert register[0][:3] == ["Nr.", "Kenmerk", "Naam"]
    assert register[1][:3] == [1, "V-01", "Onze dienstverlening"]
    assert register[2][:3] == [2, None, "Wettelijke plichten"]  # no reference: an empty cell
    assert _rows(book["Verwerkingsverantwoordelijke"])[1][:3] == [1, "V-01", "Onze dienstverlening"]
    processor = _rows(book["Verwerker"])
    assert processor[0][:3] == ["Nr.", "Kenmerk", "Naam"]
    assert processor[1][1:3] == ["P-03", "Activiteiten als (sub)verwerker"]


def test_the_english_workbook_calls_it_reference(demo_register):
    _with_references(demo_register)
    buffer = io.BytesIO()
    write_workbook(demo_register, "en", buffer)
    buffer.seek(0)
    assert _rows(load_workbook(buffer)["Register"])[0][:3] == ["No.", "Reference", "Name"]


def test_the_dossier_heads_an_activity_with_its_reference_when_it_has_one(demo_register):
    _with_references(demo_register)
    buffer = io.BytesIO()
    write_dossier(demo_register, "nl", buffer)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    text = " ".join(pages)
    assert "1. V-01 · Onze dienstverlening" in text
    assert "1. V-01 · Onze dienstverlening" in pages[1]  # the contents too
    assert "P-03 · Activiteiten als (sub)verwerker" in text
    # The near miss: an activity without a reference is headed by its number and name alone.
    assert "2. Wettelijke plichten" in text and "· Wettelijke plichten" not in text


def test_the_statement_never_publishes_the_reference(demo_register):
    _with_references(demo_register)
    statement = build_statement(demo_register, "nl")
    assert "V-01" not in repr(statement) and "P-03" not in repr(statement)
