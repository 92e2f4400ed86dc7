"""The officer's own number of an activity ("V-01", "T1", "1") comes in as the activity's
reference, and still resolves the rows that refer to it ("Als V-01"). Our own export's "Nr."
(the activity's place in the exporting register) is not taken for it."""

from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook, load_workbook
from workbooks import foreign_workbook

from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.storage import create_register


def _activities(register) -> dict[str, dict]:
    found = {}
    for item in operations.order(register, kinds.ACTIVITY):
        snap = operations.read(register, kinds.ACTIVITY, item)
        found[next(v for v in snap["name"].values() if v)] = snap
    return found


def _recipient_names(register, ids) -> list[str]:
    return [operations.read(register, kinds.RECIPIENT, i)["name"]["nl"] for i in ids]


STAFFING = [
    ["Verwerkingsregister Flex & Co"],
    ["Nr.", "Verwerkingsactiviteit", "Doel", "Ontvangers"],
    ["V-01", "Werving en selectie", "Kandidaten voorstellen aan opdrachtgevers", "Opdrachtgevers, Bullhorn"],
    ["V-02", "Plaatsing", "Uitzendkrachten plaatsen", "Als V-01"],
    ["1", "Loonadministratie", "Salarissen betalen", "Belastingdienst"],
]


def test_the_number_column_becomes_the_reference_and_still_resolves_cross_references(tmp_path):
    register = create_register(tmp_path / "r.ropa", "Flex", language="nl")
    try:
        import_workbook(register, foreign_workbook(tmp_path / "r.xlsx", STAFFING))
        found = _activities(register)
        assert {name: a["reference"] for name, a in found.items()} == {
            "Werving en selectie": "V-01",
            "Plaatsing": "V-02",
            "Loonadministratie": "1",
        }
        # "Als V-01" is V-01's recipients, not a recipient of its own; nor a note.
        assert _recipient_names(register, found["Plaatsing"]["recipients"]) == ["Opdrachtgevers", "Bullhorn"]
        assert "V-0" not in found["Werving en selectie"]["internal_notes"]
    finally:
        register.close()


def test_a_kenmerk_column_is_the_reference_too(tmp_path):
    register = create_register(tmp_path / "r.ropa", "Flex", language="nl")
    try:
        import_workbook(
            register,
            foreign_workbook(
                tmp_path / "r.xlsx", [["Kenmerk", "Naam verwerking", "Doel"], ["HR-3", "Verzuim", "Verzuim begeleiden"]]
            ),
        )
        assert _activities(register)["Verzuim"]["reference"] == "HR-3"
    finally:
        register.close()


def test_a_number_longer_than_a_reference_is_cut_and_kept_whole_in_the_notes(tmp_path):
    long = "V-01 " + "en verder zie de bijlage bij het beleidsplan van de organisatie " * 2
    register = create_register(tmp_path / "r.ropa", "Flex", language="nl")
    try:
        report = import_workbook(
            register,
            foreign_workbook(
                tmp_path / "r.xlsx",
                [
                    ["Nr.", "Verwerkingsactiviteit", "Doel"],
                    [long, "Werving", "Kandidaten vinden"],
                    ["V-02", "Plaatsing", "Plaatsen"],
                ],
            ),
        )
        found = _activities(register)
        assert found["Werving"]["reference"] == long.strip()[:60]
        assert long.strip() in found["Werving"]["internal_notes"]
        assert any(note.code == "cut" for note in report.notes)
        assert found["Plaatsing"]["reference"] == "V-02" and found["Plaatsing"]["internal_notes"] == ""
    finally:
        register.close()


def _register_sheet_alone(register, language: str, target):
    """Our own export's Register sheet, copied into a workbook without the data sheet."""
    exported = BytesIO()
    write_workbook(register, language, exported)
    exported.seek(0)
    sheet = load_workbook(exported).worksheets[1]
    book = Workbook()
    book.active.title = sheet.title
    for row in sheet.iter_rows(values_only=True):
        book.active.append(row)
    book.save(target)
    return target, [cell.value for cell in sheet[1]][:3]


def test_our_own_register_sheet_gives_back_the_references_not_its_numbers(demo_register, tmp_path):
    ids = operations.order(demo_register, kinds.ACTIVITY)
    operations.save(demo_register, kinds.ACTIVITY, ids[0], {"reference": "V-07"})
    operations.save(demo_register, kinds.ACTIVITY, ids[2], {"reference": "3"})  # a number, but its own
    book, headers = _register_sheet_alone(demo_register, "nl", tmp_path / "register.xlsx")
    assert headers == ["Nr.", "Kenmerk", "Naam"]
    fresh = create_register(tmp_path / "fresh.ropa", "Fresh", language="nl")
    try:
        report = import_workbook(fresh, book)
        assert not report.native
        references = [
            operations.read(fresh, kinds.ACTIVITY, i)["reference"] for i in operations.order(fresh, kinds.ACTIVITY)
        ]
        assert references == ["V-07", "", "3", "", "", "", ""]
        # The export's "Nr." is derived: in no activity's notes either.
        assert all(
            "Nr." not in operations.read(fresh, kinds.ACTIVITY, i)["internal_notes"]
            for i in operations.order(fresh, kinds.ACTIVITY)
        )
    finally:
        fresh.close()


def test_a_nr_column_of_the_officers_own_is_the_reference(tmp_path):
    """The near miss of the above: "Nr." not followed by our "Kenmerk" is the officer's number."""
    register = create_register(tmp_path / "r.ropa", "Own", language="nl")
    try:
        import_workbook(
            register,
            foreign_workbook(
                tmp_path / "r.xlsx",
                [["Nr.", "Naam", "Doel", "Kenmerk"], ["1", "Werving", "Kandidaten vinden", "zaak 2024-17"]],
            ),
        )
        found = _activities(register)["Werving"]
        assert found["reference"] == "1"
        assert "zaak 2024-17" in found["internal_notes"]  # a second number column: kept, not dropped
    finally:
        register.close()


def test_our_own_workbook_brings_the_reference_back_through_its_data_sheet(demo_register, tmp_path):
    ids = operations.order(demo_register, kinds.ACTIVITY)
    operations.save(demo_register, kinds.ACTIVITY, ids[1], {"reference": "P-03"})
    path = tmp_path / "export.xlsx"
    with open(path, "wb") as target:
        write_workbook(demo_register, "en", target)
    fresh = create_register(tmp_path / "fresh.ropa", "Fresh", language="nl")
    try:
        report = import_workbook(fresh, path)
        assert report.native
        references = [
            operations.read(fresh, kinds.ACTIVITY, i)["reference"] for i in operations.order(fresh, kinds.ACTIVITY)
        ]
        assert references == ["", "P-03", "", "", "", "", ""]
    finally:
        fresh.close()


def test_the_column_meaning_is_named_as_the_field_it_fills():
    """The wizard and the review name the officer's number column by what it becomes."""
    from ropa_desktop.documents.importing.headers import field_label

    assert (field_label("number", "nl"), field_label("number", "en")) == ("Kenmerk", "Reference")
    assert field_label("name", "nl") == "Naam"  # the near miss: other fields as our export names them
