"""Columns that hold two fields ("Doel en grondslag", issue 14 point 2): the header is matched
to the combined column (headers.COMBINED), which a saved mapping and the wizard accept too; a
header that names one field twice, or one field and something else, is not combined."""

from __future__ import annotations

import pytest
from workbooks import foreign_workbook

from ropa_desktop.documents.importing.headers import HeaderMatch, field_label, find_header_row, match_header
from ropa_desktop.documents.importing.mapping import Mapping
from ropa_desktop.documents.importing.problems import ImportRefused
from ropa_desktop.documents.importing.service import import_workbook, preview
from ropa_desktop.register import kinds, operations


@pytest.mark.parametrize(
    ("text", "key", "language"),
    [
        ("Doel en grondslag", "purposes_and_legal_bases", "nl"),
        ("Doel(en) en grondslag(en)", "purposes_and_legal_bases", "nl"),
        ("Grondslag en doel", "purposes_and_legal_bases", "nl"),
        ("Doel van de verwerking en grondslag (art. 6)", "purposes_and_legal_bases", "nl"),
        ("Purpose and lawful basis", "purposes_and_legal_bases", "en"),
        ("Purposes of the processing and legal basis", "purposes_and_legal_bases", "en"),
        ("Purpose / legal basis", "purposes_and_legal_bases", "en"),
        ("Finalité et base légale", "purposes_and_legal_bases", "fr"),
        ("Finalité(s) et base(s) légale(s)", "purposes_and_legal_bases", "fr"),
        ("Zweck und Rechtsgrundlage", "purposes_and_legal_bases", "de"),
        ("Zweck(e) und Rechtsgrundlage(n)", "purposes_and_legal_bases", "de"),
        ("Betrokkenen en gegevens", "data_subjects_and_data_categories", "nl"),
        ("Categorieën betrokkenen en persoonsgegevens", "data_subjects_and_data_categories", "nl"),
        ("Data subjects and personal data", "data_subjects_and_data_categories", "en"),
        ("Personnes et données", "data_subjects_and_data_categories", "fr"),
        ("Betroffene Personen und Datenkategorien", "data_subjects_and_data_categories", "de"),
        ("Ontvangers / verwerkers (locatie)", "recipients_and_processors", "nl"),
        ("Ontvangers en verwerkers", "recipients_and_processors", "nl"),
        ("Recipients and processors", "recipients_and_processors", "en"),
        ("Destinataires et sous-traitants", "recipients_and_processors", "fr"),
        ("Empfänger und Auftragsverarbeiter", "recipients_and_processors", "de"),
    ],
)
def test_headers_of_two_fields(text, key, language):
    found = match_header(text)
    assert (found.field, found.language) == (key, language)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # One field named twice, or in words that contain "and".
        ("Verwerkers en subverwerkers", "processors"),
        ("Empfänger / Kategorien von Empfängern", "recipients"),
        ("Technische en organisatorische maatregelen", "security_measures"),
        ("Technische und organisatorische Maßnahmen", "security_measures"),
        ("Geautomatiseerde besluitvorming en profilering", "automated_decisions"),
        ("Name and contact details of joint controller", "joint_controllers"),
        ("Controller or processor", "role"),
        # A field and something that is none.
        ("Bewaartermijn en vernietiging", "retention"),
        ("Doel van de verwerking en toelichting", "purposes"),
        # Two fields that are no combined column: the whole header decides, as before.
        ("Doel en grondslag doorgifte", "transfer_tools"),
    ],
)
def test_headers_that_are_not_combined(text, field):
    assert match_header(text).field == field


def test_a_header_row_with_combined_columns():
    found = find_header_row(
        [["Naam", "Doel en grondslag", "Betrokkenen en gegevens", "Ontvangers / verwerkers (locatie)", "Bewaartermijn"]]
    )
    assert found.columns == {
        0: "name",
        1: "purposes_and_legal_bases",
        2: "data_subjects_and_data_categories",
        3: "recipients_and_processors",
        4: "retention",
    }
    assert found.language == "nl"


def test_a_combined_column_is_a_column_of_its_own():
    # Next to a column of one of its fields, both are kept: each says something.
    found = find_header_row([["Naam", "Doel", "Doel en grondslag"]])
    assert found.columns == {0: "name", 1: "purposes", 2: "purposes_and_legal_bases"}


@pytest.mark.parametrize(
    ("key", "language", "label"),
    [
        ("purposes_and_legal_bases", "nl", "Doelen en grondslagen"),
        ("data_subjects_and_data_categories", "en", "Data subjects and personal data"),
        ("recipients_and_processors", "en", "Recipients and processors"),
    ],
)
def test_combined_columns_have_a_name_for_people(key, language, label):
    assert field_label(key, language) == label
    assert match_header(label) == HeaderMatch(key, language, True)


def test_a_saved_mapping_may_name_a_combined_column():
    mapping = Mapping.from_json('{"language": "de", "columns": {"Zweck / Grundlage": "purposes_and_legal_bases"}}')
    assert mapping.field_for("Zweck / Grundlage") == (True, "purposes_and_legal_bases")
    assert mapping.language == "de"
    with pytest.raises(ImportRefused):
        Mapping.from_json('{"columns": {"Zweck / Grundlage": "purposes_and_reasons"}}')
    with pytest.raises(ImportRefused):
        Mapping.from_json('{"language": "es"}')


COMBINED_SHEET = [
    ["Verwerkingsregister Bureau Boekhouding"],
    ["Verwerking", "Doel en grondslag", "Betrokkenen en gegevens", "Ontvangers / verwerkers (locatie)"],
    ["Salarisadministratie", "Salaris betalen (c)", "Medewerkers: NAW, bankrekening", "Belastingdienst"],
]


def test_the_preview_shows_combined_columns(tmp_path):
    found = preview(foreign_workbook(tmp_path / "combined.xlsx", COMBINED_SHEET))
    assert found.header_row == 2
    assert found.fields == {
        1: "name",
        2: "purposes_and_legal_bases",
        3: "data_subjects_and_data_categories",
        4: "recipients_and_processors",
    }


def test_a_sheet_with_combined_columns_imports(demo_register, tmp_path):
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, foreign_workbook(tmp_path / "combined.xlsx", COMBINED_SHEET))
    assert report.count(kinds.ACTIVITY, "added") == 1
    added = [a for a in operations.order(demo_register, kinds.ACTIVITY) if a not in before]
    assert operations.read(demo_register, kinds.ACTIVITY, added[0])["name"] == {"nl": "Salarisadministratie"}
    # The combined columns are understood: none of them is reported as a column not recognised.
    assert not [note for note in report.notes if note.code == "unmapped_column"]
