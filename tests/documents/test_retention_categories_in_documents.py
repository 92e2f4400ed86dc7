"""Retention per data category (Art. 30(1)(f)) and cookie names per language, as the statement,
the audit workbook, the dossier and our own workbook's import show them."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from ropa_desktop.documents.dossier import write_dossier
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.workbook import DATA_SHEET, write_workbook
from ropa_desktop.register import kinds, operations, snapshots
from ropa_desktop.register.models import Cookie, DataCategory, ProcessingActivity, RetentionRule
from ropa_desktop.register.storage import create_register

FINANCIAL = {
    "nl": "Uw financiële gegevens (bankgegevens, BTW-nummer e.d.)",
    "en": "Your financial details (bank details, VAT number and the like)",
}
INVOICES = {
    "nl": "Onze transactiegeschiedenis en/of eventuele facturen",
    "en": "Our transaction history and/or any invoices",
}


def _id(register, model, nl_name: str) -> int:
    with register.session() as session:
        return next(item.id for item in session.scalars(select(model)) if item.name.get("nl") == nl_name)


def _rule(category_ids: list[int], years: int) -> dict:
    row = snapshots.blank_child(RetentionRule)
    row.update(
        period_value=years,
        period_unit="years",
        data_category_ids=category_ids,
        starts_from={"nl": "na afloop van het boekjaar", "en": "after the end of the financial year"},
    )
    return row


@pytest.fixture
def split(demo_register):
    """'Wettelijke plichten' keeps the financial data and invoices for 7 years, the rest for 2."""
    activity = _id(demo_register, ProcessingActivity, "Wettelijke plichten")
    named = [_id(demo_register, DataCategory, FINANCIAL["nl"]), _id(demo_register, DataCategory, INVOICES["nl"])]
    snap = operations.read(demo_register, kinds.ACTIVITY, activity)
    snap["retention_rules"] = [_rule(named, 7), _rule([], 2)]
    operations.save(demo_register, kinds.ACTIVITY, activity, snap)
    return demo_register


def _statement(register, language: str) -> str:
    return render(build_statement(register, language), "txt").decode()


def _squash(text: str) -> str:
    return " ".join(text.split())


# --- retention by data category -----------------------------------------------------------------


def test_the_statement_names_the_categories_a_rule_keeps(split):
    dutch, english = _squash(_statement(split, "nl")), _squash(_statement(split, "en"))
    assert f"{FINANCIAL['nl']} en {INVOICES['nl']}: 7 jaar na afloop van het boekjaar" in dutch
    assert f"{FINANCIAL['en']} and {INVOICES['en']}: 7 years after the end of the financial year" in english
    # The near miss: the rule for all the activity's data names none.
    assert "• 2 jaar na afloop van het boekjaar" in dutch
    assert "• 2 years after the end of the financial year" in english


def test_near_miss_a_rule_for_all_data_reads_as_before(demo_register):
    dutch = _statement(demo_register, "nl")
    assert "Deze gegevens bewaren wij voor 7 jaar" in dutch
    assert f"{FINANCIAL['nl']}:" not in dutch and f"{INVOICES['nl']}:" not in dutch


def _book(register, language="nl"):
    buffer = io.BytesIO()
    write_workbook(register, language, buffer)
    buffer.seek(0)
    return load_workbook(buffer)


def _rows(sheet) -> list[dict]:
    headers = [cell.value for cell in sheet[1]]
    return [dict(zip(headers, (cell.value for cell in row), strict=True)) for row in sheet.iter_rows(min_row=2)]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_workbook_shows_the_categories_of_each_rule(split, language):
    book = _book(split, language)
    sheet, column, activity = (
        ("Bewaartermijnen", "Categorieën persoonsgegevens", "Wettelijke plichten")
        if language == "nl"
        else ("Retention", "Categories of personal data", "Legal obligations")
    )
    kinds_of = {"nl": ("Verwerkingsactiviteit", "Termijn"), "en": ("Processing activity", "Period")}[language]
    rules = [row for row in _rows(book[sheet]) if row[kinds_of[0]] == activity]
    assert [(row[kinds_of[1]], row[column]) for row in rules] == [
        (7, f"{FINANCIAL[language]}\n{INVOICES[language]}"),
        (
            2,
            {"nl": "alle gegevens van de verwerkingsactiviteit", "en": "all data of the processing activity"}[language],
        ),
    ]
    register = book["Register"]
    retention_header = {"nl": "Bewaartermijnen (art. 30 lid 1 onder f)", "en": "Retention (Art. 30(1)(f))"}[language]
    row = next(r for r in _rows(register) if r[{"nl": "Naam", "en": "Name"}[language]] == activity)
    unit = {"nl": "jaar", "en": "years"}[language]
    assert row[retention_header].split("\n")[0] == (
        f"{FINANCIAL[language]}, {INVOICES[language]}: 7 {unit} "
        + {"nl": "na afloop van het boekjaar", "en": "after the end of the financial year"}[language]
    )
    assert row[retention_header].split("\n")[1].startswith(f"2 {unit}")  # the near miss: all the data


def test_the_dossier_prints_the_categories_of_each_rule(split):
    buffer = io.BytesIO()
    write_dossier(split, "nl", buffer)
    text = _squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages))
    assert f"{FINANCIAL['nl']}, {INVOICES['nl']}: 7 jaar na afloop van het boekjaar" in text
    assert "alle gegevens van de verwerkingsactiviteit" in text  # the annex's row of the rule for all data


def test_our_workbook_brings_the_categories_of_each_rule_to_another_register(split, tmp_path):
    path = tmp_path / "register.xlsx"
    with open(path, "wb") as target:
        write_workbook(split, "nl", target)
    with create_register(tmp_path / "other.ropa", "Ander B.V.") as other:
        with other.transaction() as session:  # ids in the other register differ from the demo's
            session.add(DataCategory(name={"nl": "Eigen categorie"}))
        import_workbook(other, path)
        activity = _id(other, ProcessingActivity, "Wettelijke plichten")
        rules = operations.read(other, kinds.ACTIVITY, activity)["retention_rules"]
        with other.session() as session:
            named = [[session.get(DataCategory, i).name["nl"] for i in rule["data_category_ids"]] for rule in rules]
    assert named == [[FINANCIAL["nl"], INVOICES["nl"]], []]


# --- cookie names per language ------------------------------------------------------------------


def _session_cookie(register) -> int:
    return _id(register, Cookie, "Sessiecookie")


def test_the_english_statement_names_cookies_in_english(demo_register):
    english, dutch = _statement(demo_register, "en"), _statement(demo_register, "nl")
    assert "Session cookie: Technically necessary" in english and "Sessiecookie" not in english
    assert "Sessiecookie: Technisch noodzakelijk" in dutch
    assert "_ga: Google Analytics" in english  # a technical name, the same in both languages


def test_a_cookie_named_only_in_dutch_is_marked_in_english(demo_register):
    cookie = _session_cookie(demo_register)
    snap = operations.read(demo_register, kinds.COOKIE, cookie)
    snap["name"] = {"nl": "Sessiecookie"}
    operations.save(demo_register, kinds.COOKIE, cookie, snap)
    english = _statement(demo_register, "en")
    assert "[not translated, Dutch only:] Sessiecookie: Technically necessary" in english
    assert "[niet vertaald" not in _statement(demo_register, "nl")
    book = _book(demo_register, "en")
    names = [row["Name"] for row in _rows(book["Cookies"])]
    assert names[0] == "[not translated, Dutch only:] Sessiecookie" and names[1] == "_ga"


def test_the_workbook_names_cookies_in_its_language(demo_register):
    for language, header, expected in (("nl", "Naam", "Sessiecookie"), ("en", "Name", "Session cookie")):
        names = [row[header] for row in _rows(_book(demo_register, language)["Cookies"])]
        assert names[0] == expected, language


def test_our_workbook_keeps_both_names_of_a_cookie(demo_register, tmp_path):
    path = tmp_path / "register.xlsx"
    with open(path, "wb") as target:
        write_workbook(demo_register, "en", target)
    with create_register(tmp_path / "other.ropa", "Ander B.V.") as other:
        import_workbook(other, path)
        with other.session() as session:
            names = [c.name for c in session.scalars(select(Cookie).order_by(Cookie.position))]
    assert names[0] == {"nl": "Sessiecookie", "en": "Session cookie"} and len(names) == 4


def test_an_older_workbook_with_one_name_per_cookie_imports_it_in_the_main_language(demo_register, tmp_path):
    """Workbooks of data format 1 held a cookie's name as one text."""
    path = tmp_path / "older.xlsx"
    with open(path, "wb") as target:
        write_workbook(demo_register, "nl", target)
    book = load_workbook(path)
    sheet = book[DATA_SHEET]
    sheet.cell(1, 2).value = 1
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "cookie":
            data = json.loads("".join(cell.value for cell in row[2:] if isinstance(cell.value, str)))
            data["name"] = data["name"]["nl"]
            for cell in row[2:]:
                cell.value = None
            row[2].value = json.dumps(data, ensure_ascii=False)
    book.save(path)
    with create_register(tmp_path / "english.ropa", "Ander B.V.", language="en") as other:
        import_workbook(other, path)
        with other.session() as session:
            names = [c.name for c in session.scalars(select(Cookie).order_by(Cookie.position))]
    assert names[0] == {"en": "Sessiecookie"}  # the main language of the register it comes into
    assert names[-1] == {"en": "Tracking-cookies van sociale-mediaplatforms"}
