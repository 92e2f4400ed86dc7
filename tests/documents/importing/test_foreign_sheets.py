"""Registers kept in spreadsheets of the officer's own or of a supervisory authority's
template (ICO, VNG, CNIL): imported by their headers, into the demo register, reusing what
the register already holds by name, and keeping what is not understood in the notes."""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from import_helpers import database_rows
from openpyxl import Workbook, load_workbook
from workbooks import foreign_workbook

from ropa_desktop.documents.importing.mapping import Mapping
from ropa_desktop.documents.importing.service import import_workbook, preview
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.rows import counts, rows
from ropa_desktop.register.storage import create_register, open_register


def names(register, kind: str, language: str = "en") -> dict[int, str]:
    with register.session() as session:
        return {row.id: (row.name.get(language) or next(iter(row.name.values()), "")) for row in rows(session, kind)}


def counted(register) -> dict[str, int]:
    with register.session() as session:
        return counts(session)


def added_activities(register, before: list[int]) -> dict[str, dict]:
    """The activities an import added, by their name (in whatever language they hold it)."""
    found = {}
    for item in operations.order(register, kinds.ACTIVITY):
        if item not in before:
            snap = operations.read(register, kinds.ACTIVITY, item)
            found[next(iter(snap["name"].values()))] = snap
    return found


def purposes(snap, language: str = "en") -> list[tuple[str, str]]:
    return [(p["description"].get(language, ""), p["legal_basis"]) for p in snap["purposes"]]


def retention(snap) -> list[tuple]:
    return [
        (r["period_value"], r["period_unit"] and str(getattr(r["period_unit"], "value", r["period_unit"])))
        for r in snap["retention_rules"]
    ]


# --- the ICO's template: contact blocks above, one activity per row, lists in cells -------------

ICO_HEADERS = [
    "Processing activity",
    "Business function",
    "Purpose of processing",
    "Article 6 lawful basis for processing personal data",
    "Categories of individuals",
    "Categories of personal data",
    "Categories of recipients",
    "Names of third countries or international organisations that personal data are transferred to",
    "Safeguards for exceptional transfers of personal data to third countries or international organisations",
    "Retention schedule",
    "General description of technical and organisational security measures",
]
ICO = [
    ["Organisation name", "Acme Ltd"],
    ["Address", "1 High Street, Leeds LS1 1AA"],
    ["Data Protection Officer", "Jane Smith"],
    ["Email", "dpo@acme.example"],
    ["Telephone", "0113 496 0000"],
    ["Representative", "Not applicable"],
    [],
    [],
    ICO_HEADERS,
    [
        "Recruitment",
        "HR",
        "• Assess job applications\n• Keep a reserve list",
        "• Art. 6(1)(b) contract\n• Consent",
        "Job applicants",
        "• Name and address details\n• CV and references",
        "Recruitment agencies",
        "United States; India",
        "Standard contractual clauses",
        "6 months after the vacancy is filled",
        "Access control",
    ],
    [
        "Payroll",
        "Finance",
        "Paying staff",
        "Legal obligation",
        "Employees",
        "Bank details",
        "HMRC",
        "Verenigde Staten",
        None,
        "7 years",
        "Access control; Encryption",
    ],
    [
        "Newsletter",
        "Marketing",
        "Sending newsletters",
        "because the boss said so",
        "Clients",
        "E-mail address",
        "Mailchimp",
        "IN",
        "SCC",
        "Until consent is withdrawn",
        None,
    ],
]


@pytest.fixture
def ico(demo_register, tmp_path):
    before = operations.order(demo_register, kinds.ACTIVITY)
    counts_before = counted(demo_register)
    report = import_workbook(demo_register, foreign_workbook(tmp_path / "ico.xlsx", ICO, title="Record"))
    return report, added_activities(demo_register, before), counts_before


def test_ico_layout_finds_the_header_below_the_contact_block(ico):
    report, activities, _ = ico
    assert (report.sheet, report.header_row, report.native) == ("Record", 9, False)
    assert list(activities) == ["Recruitment", "Payroll", "Newsletter"]
    assert {name: a["department"] for name, a in activities.items()} == {
        "Recruitment": "HR",
        "Payroll": "Finance",
        "Newsletter": "Marketing",
    }


def test_ico_bulleted_purposes_are_paired_with_their_bases(ico):
    _, activities, _ = ico
    assert purposes(activities["Recruitment"]) == [
        ("Assess job applications", "contract"),
        ("Keep a reserve list", "consent"),
    ]
    assert purposes(activities["Payroll"]) == [("Paying staff", "legal_obligation")]


def test_ico_data_subjects_are_reused_by_name(demo_register, ico):
    _, activities, before = ico
    subjects = names(demo_register, kinds.DATA_SUBJECT)
    assert counted(demo_register)[kinds.DATA_SUBJECT] == before[kinds.DATA_SUBJECT]  # none duplicated
    assert [subjects[i] for i in activities["Recruitment"]["data_subject_categories"]] == ["Job applicants"]
    assert activities["Recruitment"]["data_subject_categories"] == [
        next(i for i, name in subjects.items() if name == "Job applicants")
    ]
    assert [subjects[i] for i in activities["Payroll"]["data_subject_categories"]] == ["Employees"]
    assert [subjects[i] for i in activities["Newsletter"]["data_subject_categories"]] == ["Clients"]


def test_ico_categories_are_reused_or_added_once(demo_register, ico):
    _, activities, before = ico
    categories = names(demo_register, kinds.DATA_CATEGORY)
    assert [categories[c["id"]] for c in activities["Recruitment"]["data_categories"]] == [
        "Name and address details",
        "CV and references",
    ]
    assert counted(demo_register)[kinds.DATA_CATEGORY] == before[kinds.DATA_CATEGORY] + 3  # CV, bank, e-mail
    measures = names(demo_register, kinds.SECURITY_MEASURE)
    assert [measures[i] for i in activities["Payroll"]["security_measures"]] == ["Access control", "Encryption"]
    assert counted(demo_register)[kinds.SECURITY_MEASURE] == before[kinds.SECURITY_MEASURE] + 1


def test_ico_countries_by_english_dutch_name_or_code_with_their_tools(demo_register, ico):
    _, activities, before = ico
    transfers = {
        i: operations.read(demo_register, kinds.TRANSFER, i)
        for i in {t for a in activities.values() for t in a["transfers"]}
    }

    def described(ids):
        return [
            (transfers[i]["country_code"], str(getattr(transfers[i]["tool"], "value", transfers[i]["tool"])))
            for i in ids
        ]

    assert described(activities["Recruitment"]["transfers"]) == [
        ("US", "standard_contractual_clauses"),
        ("IN", "standard_contractual_clauses"),
    ]
    assert [c for c, _ in described(activities["Payroll"]["transfers"])] == ["US"]  # "Verenigde Staten"
    assert [c for c, _ in described(activities["Newsletter"]["transfers"])] == ["IN"]  # "IN"
    assert counted(demo_register)[kinds.TRANSFER] == before[kinds.TRANSFER] + 2  # one per country


def test_ico_retention_periods_are_parsed(ico):
    _, activities, _ = ico
    recruitment = activities["Recruitment"]["retention_rules"]
    assert retention(activities["Recruitment"]) == [(6, "months")]
    assert recruitment[0]["starts_from"] == {"en": "after the vacancy is filled"}
    assert recruitment[0]["wording"] == {"en": "6 months after the vacancy is filled"}
    assert retention(activities["Payroll"]) == [(7, "years")]
    newsletter = activities["Newsletter"]["retention_rules"]
    assert retention(activities["Newsletter"]) == [(None, None)]
    assert newsletter[0]["criterion"] == {"en": "Until consent is withdrawn"}


def test_a_cell_not_understood_is_kept_in_the_notes_and_reported(ico):
    report, activities, _ = ico
    header = "Article 6 lawful basis for processing personal data"
    assert activities["Newsletter"]["internal_notes"] == f"{header}: because the boss said so"
    assert purposes(activities["Newsletter"]) == [("Sending newsletters", "")]
    assert activities["Recruitment"]["internal_notes"] == ""
    notes = [note.text("en") for note in report.notes]
    assert (
        f"Sheet “Record”, row 12, column D: “because the boss said so” not understood as {header}; "
        f"kept in the internal notes." in notes
    )


# --- a Dutch municipality's sheet (VNG) ------------------------------------------------------------

VNG = [
    ["Verwerkingsregister gemeente Voorbeeld", None, None, None, None, None, None],
    ["Vastgesteld door het college op 1 maart 2025"],
    [],
    [
        "Naam verwerking",
        "Doel van de verwerking",
        "Grondslag",
        "Categorieën betrokkenen",
        "Categorieën persoonsgegevens",
        "Ontvangers",
        "Bewaartermijn",
        "Afdeling",
    ],
    [
        "Personeelsadministratie",
        "Uitvoeren van de arbeidsovereenkomst",
        "uitvoering overeenkomst",
        "Medewerkers",
        "NAW-gegevens; BSN",
        "Belastingdienst",
        "7 jaar",
        "P&O",
    ],
    [
        "Sollicitatieprocedure",
        "Werving en selectie",
        "uitvoering overeenkomst",
        "Sollicitanten",
        "NAW-gegevens",
        None,
        "4 weken na afloop van de procedure",
        "P&O",
    ],
]


def test_a_dutch_vng_sheet(demo_register, tmp_path):
    before = operations.order(demo_register, kinds.ACTIVITY)
    counts_before = counted(demo_register)
    report = import_workbook(demo_register, foreign_workbook(tmp_path / "vng.xlsx", VNG, title="Verwerkingen"))
    assert report.header_row == 4
    activities = added_activities(demo_register, before)
    assert list(activities) == ["Personeelsadministratie", "Sollicitatieprocedure"]
    personnel = activities["Personeelsadministratie"]
    assert personnel["name"] == {"nl": "Personeelsadministratie"}
    assert purposes(personnel, "nl") == [("Uitvoeren van de arbeidsovereenkomst", "contract")]
    assert retention(personnel) == [(7, "years")]
    assert retention(activities["Sollicitatieprocedure"]) == [(4, "weeks")]
    assert personnel["department"] == "P&O"
    subjects = names(demo_register, kinds.DATA_SUBJECT, "nl")
    assert [subjects[i] for i in personnel["data_subject_categories"]] == ["Medewerkers"]
    assert [subjects[i] for i in activities["Sollicitatieprocedure"]["data_subject_categories"]] == ["Sollicitanten"]
    categories = names(demo_register, kinds.DATA_CATEGORY, "nl")
    assert [categories[c["id"]] for c in personnel["data_categories"]] == ["NAW-gegevens", "BSN"]
    recipients = names(demo_register, kinds.RECIPIENT, "nl")
    assert [recipients[i] for i in personnel["recipients"]] == ["Belastingdienst"]
    assert counted(demo_register)[kinds.DATA_SUBJECT] == counts_before[kinds.DATA_SUBJECT]
    assert counted(demo_register)[kinds.DATA_CATEGORY] == counts_before[kinds.DATA_CATEGORY] + 1  # BSN
    assert counted(demo_register)[kinds.RECIPIENT] == counts_before[kinds.RECIPIENT]
    bsn = next(i for i, name in categories.items() if name == "BSN")
    assert str(getattr(operations.read(demo_register, kinds.DATA_CATEGORY, bsn)["kind"], "value", "")) == "national_id"
    # The title lines above the table are no detail of the organisation: said, not read (contact_block.py).
    assert [(n.code, n.place.row) for n in report.notes] == [("contact_block_unread", 1), ("contact_block_unread", 2)]


# --- a French sheet (CNIL's "registre simplifié") ------------------------------------------------------

CNIL = [
    ["Registre des activités de traitement"],
    ["Responsable du traitement", "Acme SARL"],
    [],
    [
        "Nom / sigle du traitement",
        "Finalité principale",
        "Base légale",
        "Catégories de personnes concernées",
        "Catégories de données collectées",
        "Durée de conservation",
        "Transferts hors UE",
    ],
    [
        "Gestion de la paie",
        "Payer les salariés",
        "Obligation légale",
        "Salariés",
        "Identité; Coordonnées bancaires",
        "5 ans à compter de la fin du contrat",
        "États-Unis",
    ],
    ["Vidéosurveillance", "Sécurité des locaux", "Intérêt légitime", "Visiteurs", "Images", "30 jours", "Non"],
]


def test_a_french_cnil_sheet(demo_register, tmp_path):
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, foreign_workbook(tmp_path / "cnil.xlsx", CNIL, title="Registre"))
    activities = added_activities(demo_register, before)
    assert list(activities) == ["Gestion de la paie", "Vidéosurveillance"]
    payroll = activities["Gestion de la paie"]
    # French is no language of the register: the texts are kept, as the primary language's (Dutch).
    assert payroll["name"] == {"nl": "Gestion de la paie"}
    assert purposes(payroll, "nl") == [("Payer les salariés", "legal_obligation")]
    assert purposes(activities["Vidéosurveillance"], "nl") == [("Sécurité des locaux", "legitimate_interests")]
    assert retention(payroll) == [(5, "years")]
    assert payroll["retention_rules"][0]["starts_from"] == {"nl": "à compter de la fin du contrat"}
    assert retention(activities["Vidéosurveillance"]) == [(30, "days")]
    transfers = [operations.read(demo_register, kinds.TRANSFER, t)["country_code"] for t in payroll["transfers"]]
    assert transfers == ["US"]
    assert activities["Vidéosurveillance"]["transfers"] == []  # "Non"
    categories = names(demo_register, kinds.DATA_CATEGORY, "nl")
    assert [categories[c["id"]] for c in payroll["data_categories"]] == ["Identité", "Coordonnées bancaires"]
    # The title is not read; the demo register keeps its own name beside "Acme SARL" (contact_fill.py).
    assert [n.code for n in report.notes] == ["contact_block_unread", "contact_block_keeps", "language_stored"]


def test_the_language_note_is_worded_in_the_language_it_is_shown_in(demo_register, tmp_path):
    report = import_workbook(demo_register, foreign_workbook(tmp_path / "cnil.xlsx", CNIL), dry_run=True)
    (note,) = [note for note in report.notes if note.code == "language_stored"]
    assert (
        note.text("en") == "The sheet is in French; its texts were stored as the Dutch texts. "
        "Translate them where needed."
    )
    assert note.text("nl").startswith(
        "Het blad is in het Frans; de teksten zijn opgeslagen als teksten in het Nederlands."
    )


# --- rows and mappings ------------------------------------------------------------------------------------

DUPLICATED = [
    ["Name of processing activity", "Purpose of processing", "Lawful basis"],
    ["Payroll", "Paying staff", "Contract"],
    ["Recruitment", "Hiring", "Contract"],
    ["payroll ", "Paying staff and pensions", "Legal obligation"],
]


def test_a_duplicated_row_is_reported(demo_register, tmp_path):
    report = import_workbook(demo_register, foreign_workbook(tmp_path / "dup.xlsx", DUPLICATED), dry_run=True)
    assert [n.text("en") for n in report.notes] == [
        "Sheet “Register”, row 4: the activity “payroll” appears earlier in the sheet; this row updates it."
    ]


def test_a_duplicated_row_updates_the_activity_of_the_first(demo_register, tmp_path):
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, foreign_workbook(tmp_path / "dup.xlsx", DUPLICATED))
    activities = added_activities(demo_register, before)
    assert sorted(activities) == ["Payroll", "Recruitment"]
    assert purposes(activities["Payroll"]) == [("Paying staff and pensions", "legal_obligation")]
    assert report.outcomes[kinds.ACTIVITY].added == ["Payroll", "Recruitment"]


def test_rows_without_a_name_are_skipped_and_reported(demo_register, tmp_path):
    book = foreign_workbook(
        tmp_path / "gaps.xlsx",
        [
            ["Name of processing activity", "Purpose of processing"],
            ["Payroll", "Paying staff"],
            [None, "A purpose without its activity"],
            [],
            ["Recruitment", "Hiring"],
        ],
    )
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book)
    assert list(added_activities(demo_register, before)) == ["Payroll", "Recruitment"]
    assert [n.text("en") for n in report.notes] == ["Sheet “Register”, row 3: row without an activity name skipped."]


MISSED = [
    ["Name of processing activity", "Purpose of processing", "How long we keep it", "Who we share it with"],
    ["Payroll", "Paying staff", "7 years after employment ends", "Payroll bureau"],
    ["Recruitment", "Hiring", "4 weeks", "Recruitment agencies"],
]


def test_a_saved_mapping_edited_and_used_again(demo_register, tmp_path, ropa):
    book = foreign_workbook(tmp_path / "own.xlsx", MISSED)
    saved = tmp_path / "map.json"
    code, out, err = ropa(
        "import", demo_register.location, str(book), "--dry-run", "--save-mapping", str(saved), "--lang", "en"
    )
    assert code == 0, err
    assert "Column C (“How long we keep it”) is not mapped; its contents are in the internal notes." in out
    mapping = json.loads(saved.read_text(encoding="utf-8"))
    assert mapping == {
        "sheet": "Register",
        "header_row": 1,
        "language": "en",
        "columns": {
            "Name of processing activity": "name",
            "Purpose of processing": "purposes",
            "How long we keep it": "",
            "Who we share it with": "",
        },
    }  # "": not recognised, kept in the notes

    mapping["columns"]["How long we keep it"] = "retention"
    mapping["columns"]["Who we share it with"] = "processors"
    saved.write_text(json.dumps(mapping, indent=2), encoding="utf-8")
    before = operations.order(demo_register, kinds.ACTIVITY)
    code, out, err = ropa("import", demo_register.location, str(book), "--mapping", str(saved), "--lang", "en")
    assert code == 0, err
    assert "is not mapped" not in out
    activities = added_activities(demo_register, before)
    assert retention(activities["Payroll"]) == [(7, "years")]
    assert activities["Payroll"]["retention_rules"][0]["starts_from"] == {"en": "after employment ends"}
    assert retention(activities["Recruitment"]) == [(4, "weeks")]
    assert activities["Payroll"]["internal_notes"] == ""
    recipients = {i: operations.read(demo_register, kinds.RECIPIENT, i) for i in activities["Payroll"]["recipients"]}
    assert [(r["name"], str(getattr(r["kind"], "value", r["kind"]))) for r in recipients.values()] == [
        ({"en": "Payroll bureau"}, "processor")
    ]


def test_a_mapping_with_a_header_row_reads_a_sheet_the_detection_cannot(demo_register, tmp_path):
    """Headers nobody could guess: the officer says which row and which column is what."""
    book = foreign_workbook(
        tmp_path / "odd.xlsx",
        [
            ["Our processing, as agreed with the works council"],
            ["What", "Why", "Since"],
            ["Payroll", "Paying staff", "2019"],
        ],
    )
    mapping = Mapping(header_row=2, language="en", columns={"What": "name", "Why": "purposes", "Since": None})
    shown = preview(book, mapping)
    assert (shown.header_row, shown.fields, shown.problem) == (2, {1: "name", 2: "purposes"}, None)
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book, mapping=mapping)
    activities = added_activities(demo_register, before)
    assert purposes(activities["Payroll"]) == [("Paying staff", "")]
    assert report.header_row == 2 and report.sheet == "Register"


def test_a_column_mapped_to_null_is_ignored(demo_register, tmp_path):
    book = foreign_workbook(
        tmp_path / "odd.xlsx",
        [
            ["What", "Why", "Since"],
            ["Payroll", "Paying staff", "2019"],
        ],
    )
    mapping = Mapping(header_row=1, language="en", columns={"What": "name", "Why": "purposes", "Since": None})
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, book, mapping=mapping)
    assert added_activities(demo_register, before)["Payroll"]["internal_notes"] == ""
    assert report.notes == []


# --- our own visible sheet, without the data sheet ----------------------------------------------------


def _register_sheet_alone(register, language: str, target):
    """The "Register" sheet of our own export, its values copied into a new workbook: what an
    officer sends around after deleting the other sheets, or copies into a sheet of their own."""
    exported = BytesIO()
    write_workbook(register, language, exported)
    exported.seek(0)
    source = load_workbook(exported)
    sheet = source.worksheets[1]
    book = Workbook()
    copy = book.active
    copy.title = sheet.title
    for row in sheet.iter_rows(values_only=True):
        copy.append(row)
    book.save(target)
    return target


@pytest.mark.parametrize("language", ["en", "nl"])
def test_our_own_register_sheet_alone_imports_by_its_headers(demo_register, tmp_path, language):
    book = _register_sheet_alone(demo_register, language, tmp_path / "register.xlsx")
    fresh = create_register(tmp_path / "fresh.ropa", "Fresh", language=language)
    try:
        report = import_workbook(fresh, book)
        assert not report.native and report.header_row == 1
        demo_ids = operations.order(demo_register, kinds.ACTIVITY)
        fresh_ids = operations.order(fresh, kinds.ACTIVITY)
        assert len(fresh_ids) == len(demo_ids) == 7
        demo_subjects = names(demo_register, kinds.DATA_SUBJECT, language)
        fresh_subjects = names(fresh, kinds.DATA_SUBJECT, language)
        for demo_id, fresh_id in zip(demo_ids, fresh_ids, strict=True):
            demo = operations.read(demo_register, kinds.ACTIVITY, demo_id)
            copy = operations.read(fresh, kinds.ACTIVITY, fresh_id)
            assert copy["name"] == {language: demo["name"][language]}
            assert purposes(copy, language) == purposes(demo, language)
            assert [fresh_subjects[i] for i in copy["data_subject_categories"]] == [
                demo_subjects[i] for i in demo["data_subject_categories"]
            ]
            assert copy["role"] == demo["role"] and copy["status"] == demo["status"]
            assert copy["in_statement"] == demo["in_statement"]
            # The periods come back (a rule's wording may split where the sheet joined it with "; ").
            assert {p for p in retention(demo) if p[0]} <= {p for p in retention(copy) if p[0]}
    finally:
        fresh.close()


def test_our_own_register_sheet_keeps_the_recipients_names(demo_register, tmp_path):
    book = _register_sheet_alone(demo_register, "en", tmp_path / "register.xlsx")
    fresh = create_register(tmp_path / "fresh.ropa", "Fresh", language="en")
    try:
        import_workbook(fresh, book)
        demo_names = set(names(demo_register, kinds.RECIPIENT).values())
        assert set(names(fresh, kinds.RECIPIENT).values()) <= demo_names
    finally:
        fresh.close()


def test_our_own_register_sheet_imported_twice_changes_nothing_the_second_time(demo_register, tmp_path):
    fresh = create_register(tmp_path / "fresh.ropa", "Fresh", language="en")
    try:
        import_workbook(fresh, _register_sheet_alone(demo_register, "en", tmp_path / "first.xlsx"))
        second = _register_sheet_alone(fresh, "en", tmp_path / "second.xlsx")
        before = database_rows(fresh)
        report = import_workbook(fresh, second, backup=False)
        assert report.changes == 0
        assert database_rows(fresh) == before
    finally:
        fresh.close()


def test_a_hidden_sheet_is_not_read_before_a_visible_one(demo_register, tmp_path):
    book = Workbook()
    hidden = book.active
    hidden.title = "Old"
    hidden.append(["Name of processing activity", "Purpose of processing"])
    hidden.append(["Old payroll", "Old purpose"])
    hidden.sheet_state = "hidden"
    current = book.create_sheet("Current")
    current.append(["Name of processing activity", "Purpose of processing"])
    current.append(["Payroll", "Paying staff"])
    book.save(tmp_path / "sheets.xlsx")
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, tmp_path / "sheets.xlsx")
    assert report.sheet == "Current"
    assert list(added_activities(demo_register, before)) == ["Payroll"]


def test_reopened_register_holds_the_import(demo_register, tmp_path):
    """The import is committed to the file, not only to the open session."""
    import_workbook(demo_register, foreign_workbook(tmp_path / "ico.xlsx", ICO))
    demo_register.close()
    with open_register(demo_register.location) as again:
        assert {"Recruitment", "Payroll", "Newsletter"} <= set(names(again, kinds.ACTIVITY).values())
