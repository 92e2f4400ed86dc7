"""The Excel workbook for auditors: every Art. 30 element in its cell, safe text, real dates."""

from __future__ import annotations

import io
import json
import shutil
from datetime import date, datetime

import libreoffice
import pytest
from openpyxl import load_workbook
from sqlalchemy import text as sql

from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import kinds, operations, snapshots
from ropa_desktop.register.models import Purpose
from ropa_desktop.register.storage import create_register, open_register
from ropa_desktop.register.texts import problem
from ropa_desktop.register.views import RegisterView

MOMENT = datetime(2026, 11, 25, 10, 30)


def _book(register, language="nl", moment=MOMENT):
    buffer = io.BytesIO()
    write_workbook(register, language, buffer, exported_at=moment)
    buffer.seek(0)
    return load_workbook(buffer)


@pytest.fixture(scope="module")
def demo(demo_path):
    with open_register(demo_path) as register:
        with register.session() as session:
            view = RegisterView(session)
        yield register, view, _book(register)


def _column(sheet, header: str) -> int:
    headers = [cell.value for cell in sheet[1]]
    return headers.index(header) + 1


def _cells_by_name(sheet, header: str) -> dict[str, str]:
    name, wanted = _column(sheet, "Naam"), _column(sheet, header)
    return {row[name - 1].value: row[wanted - 1].value or "" for row in sheet.iter_rows(min_row=2)}


def test_the_sheets_of_an_audit_workbook(demo):
    _, _, book = demo
    assert book.sheetnames == [
        "Voorblad",
        "Register",
        "Verwerkingsverantwoordelijke",
        "Verwerker",
        "Ontvangers en verwerkers",
        "Doorgiften",
        "Gegevenscategorieën",
        "Betrokkenen",
        "Bewaartermijnen",
        "Beveiliging",
        "Cookies",
        "ropa-data",
    ]
    # The data sheet is for the import, not for people: hidden.
    assert [s.sheet_state for s in book.worksheets][-1] == "hidden"
    assert {s.sheet_state for s in book.worksheets[:-1]} == {"visible"}
    cover = {row[0].value: row[1].value for row in book["Voorblad"].iter_rows(min_row=3) if row[0].value}
    assert cover["Organisatie"] == "Connaxis B.V. (Connaxis)"
    assert "privacy@connaxis.com" in cover["Privacycontact"]
    assert cover["Toezichthouder"].startswith("Autoriteit Persoonsgegevens")
    assert cover["Geëxporteerd op"] == MOMENT
    assert cover["Referentiegegevens (adequaatheidsbesluiten) van"].year == 2026
    assert cover["Verwerkingsactiviteiten"] == 7
    assert cover["Taal"] == "Nederlands"
    assert cover["Overheidsinstantie of -orgaan (art. 37 lid 1 onder a AVG)"] == "nee"


def test_a_public_body_says_so_on_the_cover(demo_path, tmp_path):
    path = tmp_path / "public.ropa"
    shutil.copy2(demo_path, path)
    with open_register(path) as register:
        organisation_id = operations.organisation_id(register)
        snap = operations.read(register, "organisation", organisation_id)
        operations.save(register, "organisation", organisation_id, {**snap, "public_authority": True})
        book = _book(register, "en")
    cover = {row[0].value: row[1].value for row in book["Cover"].iter_rows(min_row=3) if row[0].value}
    assert cover["Public authority or body (Art. 37(1)(a) GDPR)"] == "yes"


def test_every_art30_element_of_every_activity_is_in_its_cell(demo):
    _, view, book = demo
    sheet = book["Register"]
    assert sheet.max_row == 1 + len(view.activities)
    expected = {
        "Doeleinden (art. 30 lid 1 onder b)": lambda a: [p.description["nl"] for p in a.purposes],
        "Categorieën betrokkenen (art. 30 lid 1 onder c)": lambda a: [s.name["nl"] for s in a.data_subject_categories],
        "Categorieën persoonsgegevens (art. 30 lid 1 onder c)": lambda a: [
            link.wording.get("nl") or link.data_category.name["nl"] for link in a.data_category_links
        ],
        "Ontvangers (art. 30 lid 1 onder d)": lambda a: [r.name["nl"] for r in a.recipients],
        "Doorgifte buiten de EER en waarborgen (art. 30 lid 1 onder e)": lambda a: [
            {"AR": "Argentinië", "BO": "Bolivia", "US": "Verenigde Staten"}[t.country_code] for t in a.transfers
        ],
        "Beveiligingsmaatregelen (art. 30 lid 1 onder g)": lambda a: [m.name["nl"] for m in a.security_measures],
    }
    for header, values in expected.items():
        cells = _cells_by_name(sheet, header)
        for activity in view.activities:
            for value in values(activity):
                assert value in cells[activity.name["nl"]], (header, activity.name["nl"], value)
    retention = _cells_by_name(sheet, "Bewaartermijnen (art. 30 lid 1 onder f)")
    assert "7 jaar" in retention["Wettelijke plichten"]
    assert "4 weken" in retention["Sollicitaties"]
    bases = _cells_by_name(sheet, "Grondslag (art. 6)")
    assert "Toestemming (art. 6 lid 1 onder a)" in bases["Sollicitaties"]  # the Dutch citation style


def test_controller_and_processor_records_are_on_their_own_sheets(demo):
    _, _, book = demo
    controller = list(_cells_by_name(book["Verwerkingsverantwoordelijke"], "Naam"))
    processor = book["Verwerker"]
    assert len(controller) == 6 and "Activiteiten als (sub)verwerker" not in controller
    assert list(_cells_by_name(processor, "Naam")) == ["Activiteiten als (sub)verwerker"]
    served = processor.cell(row=2, column=_column(processor, [c.value for c in processor[1]][3])).value
    assert "Opdrachtgevers" in served


def test_catalogue_sheets_carry_status_countries_and_dates(demo, demo_register):
    _, _, book = demo
    recipients = _cells_by_name(book["Ontvangers en verwerkers"], "Status overeenkomst")
    assert recipients["Hosting- en cloudprovider"] == "getekend"
    transfers = book["Doorgiften"]
    rows = {row[0].value + " " + (row[3].value or ""): row for row in transfers.iter_rows(min_row=2)}
    bolivia = next(row for key, row in rows.items() if key.startswith("Bolivia"))
    assert bolivia[2].value == "nee" and "Geen doorgifte-instrument" in bolivia[4].value
    kinds_ = _cells_by_name(book["Gegevenscategorieën"], "Soort")
    assert kinds_["NAW-gegevens"] == "Gewone persoonsgegevens"
    # Dates are dates, shown as dates.
    hosting = next(
        r
        for r in RegisterView(demo_register.session()).recipients.values()
        if r.name["nl"] == "Hosting- en cloudprovider"
    )
    snap = operations.read(demo_register, kinds.RECIPIENT, hosting.id)
    snap["dpa_signed"], snap["dpa_end"] = date(2018, 5, 25), date(2020, 1, 1)
    operations.save(demo_register, kinds.RECIPIENT, hosting.id, snap)
    sheet = _book(demo_register)["Ontvangers en verwerkers"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "Hosting- en cloudprovider")
    assert row[5].value == datetime(2018, 5, 25) and row[5].number_format == "yyyy-mm-dd"
    assert row[7].value == "beëindigd"  # the agreement ended in 2020


def test_every_sheet_is_a_styled_filterable_table_with_a_frozen_header(demo):
    _, _, book = demo
    for title in book.sheetnames[1:-1]:  # not the cover, not the hidden data sheet
        sheet = book[title]
        assert sheet.freeze_panes in ("B2", "C2"), title
        assert len(sheet.tables) == 1, title
        table = next(iter(sheet.tables.values()))
        assert table.ref == f"A1:{sheet.cell(row=1, column=sheet.max_column).column_letter}{sheet.max_row}"
        assert sheet["A1"].font.b and sheet["A1"].fill.fgColor.rgb.endswith("1F4E79")
        assert all(sheet.column_dimensions[c.column_letter].width for c in sheet[1])


@pytest.fixture
def hostile_register(tmp_path):
    register = create_register(tmp_path / "h.ropa", '=HYPERLINK("http://evil.example","klik")', language="en")
    for name in ("=1+1", "+31 20 777 39 62", "-2", "@SUM(A1:A2)", "\tindented", "\rcarriage", "plain \x07bell"):
        activity = snapshots.blank(kinds.ACTIVITY)
        activity["name"] = {"en": "placeholder" if problem(name) else name}
        activity["purposes"] = [{**snapshots.blank_child(Purpose), "description": {"en": "=cmd|' /C calc'!A0"}}]
        activity["reference"] = "=SUM(A1)"
        activity_id, _ = operations.save(register, kinds.ACTIVITY, None, activity)
        if problem(name):  # refused today (register.texts), but a register from before may hold it
            with register.engine.begin() as connection:
                connection.execute(
                    sql("UPDATE activities SET name = :name WHERE id = :id"),
                    {"name": json.dumps({"en": name}), "id": activity_id},
                )
    yield register
    register.close()


def test_formula_looking_text_stays_text(hostile_register):
    book = _book(hostile_register, "en")
    sheet = book["Register"]
    names = {}
    for row in sheet.iter_rows(min_row=2):
        names[row[2].value] = row[2]
        assert row[1].value == "=SUM(A1)" and row[1].data_type == "s" and row[1].quotePrefix  # the reference
        assert row[5].value == "=cmd|' /C calc'!A0" and row[5].data_type == "s" and row[5].quotePrefix
    for risky in ("=1+1", "+31 20 777 39 62", "-2", "@SUM(A1:A2)", "\tindented"):
        cell = names[risky]
        assert cell.data_type == "s" and cell.quotePrefix, risky
    # Texts of an older register are read as the register accepts them today (register.texts).
    assert "\ncarriage" in names  # a carriage return is a line break
    assert "plain bell" in names  # a control character is dropped, not a broken file
    cover = book["Cover"]
    assert cover["B3"].value.startswith("=HYPERLINK") and cover["B3"].data_type == "s"


def test_the_same_register_gives_the_same_cells_and_properties(demo_path):
    with open_register(demo_path) as register:
        first, second = _book(register), _book(register)
        later = _book(register, moment=datetime(2027, 1, 2, 3, 4))

    def cells(book):
        return {title: [[c.value for c in row] for row in book[title].iter_rows()] for title in book.sheetnames}

    assert cells(first) == cells(second)
    assert first.properties.title == second.properties.title and first.properties.creator == second.properties.creator
    changed = [
        (t, r, c)
        for t in first.sheetnames
        for r, (a, b) in enumerate(zip(cells(first)[t], cells(later)[t], strict=True))
        for c, (x, y) in enumerate(zip(a, b, strict=True))
        if x != y
    ]
    assert changed == [("Voorblad", 11, 1)]  # only the export time
    assert later.properties.created == datetime(2027, 1, 2, 3, 4)


@libreoffice.needed
def test_libreoffice_reads_the_workbook(demo_path, tmp_path):
    with open_register(demo_path) as register:
        with open(tmp_path / "register.xlsx", "wb") as stream:
            write_workbook(register, "nl", stream)
    every_sheet_as_csv = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2"
    result = libreoffice.convert(tmp_path / "register.xlsx", every_sheet_as_csv, tmp_path, tmp_path / "lo", 120)
    assert result.returncode == 0, result.stderr
    register_csv = tmp_path / "register-Register.csv"
    text = register_csv.read_text(encoding="utf-8")
    assert "Sollicitaties" in text and "Onze dienstverlening" in text


# --- internal notes and the processor's record (issue 13, points 21 and 22) -------------------

INTERNAL_NOTE = "De verklaring noemt ook kantoren in de Verenigde Staten"  # an internal note of the demo


def _all_cells(book) -> str:
    return "\n".join(
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    )


def test_the_audit_workbook_keeps_internal_notes_by_default(demo):
    _, _, book = demo
    headers = [cell.value for cell in book["Register"][1]]
    assert "Interne notities" in headers and "Interne beschrijving" in headers
    assert INTERNAL_NOTE in _all_cells(book)


def test_the_workbook_can_leave_internal_notes_out(demo_path):
    with open_register(demo_path) as register:
        buffer = io.BytesIO()
        write_workbook(register, "nl", buffer, exported_at=MOMENT, internal_notes=False)
    buffer.seek(0)
    book = load_workbook(buffer)
    headers = [cell.value for cell in book["Register"][1]]
    assert "Interne notities" not in headers and "Interne beschrijving" not in headers
    # The hidden data sheet holds every text in full, the notes too: it goes with them.
    assert "ropa-data" not in book.sheetnames
    cells = _all_cells(book)
    assert INTERNAL_NOTE not in cells and "Verwerking in opdracht en naam van opdrachtgevers" not in cells


def test_the_processor_sheet_cites_article_30_2(demo):
    _, _, book = demo
    headers = [cell.value for cell in book["Verwerker"][1]]
    assert "Doorgifte buiten de EER en waarborgen (art. 30 lid 2 onder c)" in headers
    assert "Beveiligingsmaatregelen (art. 30 lid 2 onder d)" in headers
    assert not [header for header in headers if "lid 1" in header]
    # The controller's sheet keeps its own article.
    assert "Ontvangers (art. 30 lid 1 onder d)" in [cell.value for cell in book["Verwerkingsverantwoordelijke"][1]]


def test_clients_and_group_offices_working_for_them_need_an_agreement(demo):
    """Art. 28(3) and (4): never "not needed" for a client we process for, nor for a group office
    working on the client's data; the tax authority receives data as a controller (near miss)."""
    _, _, book = demo
    status = _cells_by_name(book["Ontvangers en verwerkers"], "Status overeenkomst")
    assert status["Opdrachtgevers (klanten) van Connaxis"] == "ontbreekt"
    assert status["Connaxis, vestiging Krakau"] == "ontbreekt"
    assert status["Belastingdienst"] == "niet nodig"
    assert status["Hosting- en cloudprovider"] == "getekend"
