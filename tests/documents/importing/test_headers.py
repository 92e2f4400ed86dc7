"""Column headers of foreign registers: which field each names, and where the header row is."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ropa_desktop.documents.importing.headers import (
    COMBINED,
    FIELDS,
    TARGETS,
    HeaderMatch,
    field_label,
    find_header_row,
    match_header,
    normalise,
)
from ropa_desktop.documents.record.columns import ACTIVITY
from ropa_desktop.resources_path import load_toml

LABELS = load_toml("export", "labels.toml")["column"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Naam   van de\nverwerking : ", "naam van de verwerking"),
        ("Finalité(s) du traitement", "finalite du traitement"),
        ("Catégorie(s) de données *", "categorie de donnees"),
        ("Doel(en)", "doel"),
        ("1. Naam", "naam"),
        ("12) Bewaartermijn", "bewaartermijn"),
        ("A. Doeleinden", "doeleinden"),
        ("CATEGORIEËN BETROKKENEN:", "categorieen betrokkenen"),
        ("Retention schedule (if possible)", "retention schedule"),
        ("Purposes (Art. 30(1)(b))", "purposes (art. 30(1)(b))"),
        ("Name\u00a0of\tprocessing", "name of processing"),
        ("", ""),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "field", "language"),
    [
        # ICO (UK) template.
        ("Business function", "department", "en"),
        ("Purpose of processing", "purposes", "en"),
        ("Name and contact details of joint controller", "joint_controllers", "en"),
        ("Categories of individuals", "data_subjects", "en"),
        ("Categories of personal data", "data_categories", "en"),
        ("Categories of recipients", "recipients", "en"),
        ("Link to contract with processor", "processors", "en"),
        (
            "Names of third countries or international organisations that personal data are transferred to",
            "transfers",
            "en",
        ),
        (
            "Safeguards for exceptional transfers of personal data to third countries or international organisations",
            "transfer_tools",
            "en",
        ),
        ("Retention schedule", "retention", "en"),
        ("General description of technical and organisational security measures", "security_measures", "en"),
        ("Article 6 lawful basis for processing personal data", "legal_bases", "en"),
        ("Article 9 basis for processing special category personal data", "special_conditions", "en"),
        ("Legitimate interests for the processing (if applicable)", "legitimate_interests", "en"),
        ("Link to record of consent", "internal_notes", "en"),
        ("Existence of automated decision-making, including profiling", "automated_decisions", "en"),
        ("Source of personal data", "sources", "en"),
        ("Location of personal data", "systems", "en"),
        ("Data Protection Impact Assessment", "dpia_status", "en"),
        ("Link to DPIA", "dpia_reference", "en"),
        # Dutch (AP, VNG, IBD and own sheets).
        ("Naam verwerking", "name", "nl"),
        ("Verwerkingsactiviteit", "name", "nl"),
        ("Doel van de verwerking", "purposes", "nl"),
        ("Doeleinden", "purposes", "nl"),
        ("Grondslag", "legal_bases", "nl"),
        ("Rechtsgrond", "legal_bases", "nl"),
        ("Wettelijke grondslag", "legal_bases", "nl"),
        ("Categorieën betrokkenen", "data_subjects", "nl"),
        ("Categorieën persoonsgegevens", "data_categories", "nl"),
        ("Bijzondere persoonsgegevens", "special_data", "nl"),
        ("Ontvangers", "recipients", "nl"),
        ("Categorieën ontvangers", "recipients", "nl"),
        ("Verwerkers", "processors", "nl"),
        ("Doorgifte naar derde landen", "transfers", "nl"),
        ("Passende waarborgen", "transfer_tools", "nl"),
        ("Bewaartermijn", "retention", "nl"),
        ("Beveiligingsmaatregelen", "security_measures", "nl"),
        ("Afdeling", "department", "nl"),
        ("Eigenaar", "owner", "nl"),
        ("Proceseigenaar", "owner", "nl"),
        ("Applicaties", "systems", "nl"),
        ("Systemen", "systems", "nl"),
        ("Opmerkingen", "internal_notes", "nl"),
        ("Toelichting", "internal_description", "nl"),
        ("Gerechtvaardigd belang", "legitimate_interests", "nl"),
        ("DPIA", "dpia_status", "nl"),
        ("Bron", "sources", "nl"),
        ("BSN", "national_id", "nl"),
        ("Wettelijke grondslag BSN", "national_id", "nl"),
        # French (CNIL).
        ("Nom / sigle du traitement", "name", "fr"),
        ("Nom/sigle du traitement", "name", "fr"),
        ("Finalité(s) du traitement", "purposes", "fr"),
        ("Base légale", "legal_bases", "fr"),
        ("Catégories de personnes concernées", "data_subjects", "fr"),
        ("Catégories de données collectées", "data_categories", "fr"),
        ("Données sensibles", "special_data", "fr"),
        ("Destinataires", "recipients", "fr"),
        ("Sous-traitants", "processors", "fr"),
        ("Transferts hors UE", "transfers", "fr"),
        ("Garanties", "transfer_tools", "fr"),
        ("Durée de conservation", "retention", "fr"),
        ("Mesures de sécurité", "security_measures", "fr"),
        ("Service", "department", "fr"),
        ("Responsable", "owner", "fr"),
        ("Logiciels", "systems", "fr"),
        ("Remarques", "internal_notes", "fr"),
        # Spacing, case, accents and noise do not matter.
        ("  DOEL VAN DE   VERWERKING: ", "purposes", "nl"),
        ("Categorieen betrokkenen", "data_subjects", "nl"),
        ("3. Bewaartermijn *", "retention", "nl"),
        ("duree de conservation", "retention", "fr"),
    ],
)
def test_exact_headers(text, field, language):
    assert match_header(text) == HeaderMatch(field, language, True)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Purposes of the processing (see note 3)", "purposes"),
        ("Categories of personal data (incl. special)", "data_categories"),
        ("Categories of recipients (incl. processors)", "recipients"),
        ("Data Protection Impact Assessment: whether a DPIA is required", "dpia_status"),
        ("Bewaartermijn en vernietiging", "retention"),
        ("Verwerkers en subverwerkers", "processors"),
        ("Toelichting grondslag", "legal_bases"),  # the generic word is not the subject
        ("Doel van de verwerking en toelichting", "purposes"),  # the longer synonym wins
        ("Gezamenlijke verwerkingsverantwoordelijken (naam en contact)", "joint_controllers"),
    ],
)
def test_headers_found_inside_longer_headers(text, field):
    found = match_header(text)
    assert (found.field, found.exact) == (field, False)


@pytest.mark.parametrize(
    "text",
    [
        "Name of organisation: ACME Ltd",
        "Address",
        "DPO",
        "Data protection officer",
        "Name and contact details of the controller",
        "Rights available to individuals",
        "Naam organisatie",
        "Nom de l'organisme",
        "Kleur",
        "",
        "   ",
        ":*",
    ],
)
def test_unknown_or_contact_cells_match_nothing(text):
    assert match_header(text) is None


@pytest.mark.parametrize("text", ["Naam", "Name", "Doel", "Rol", "Status"])
def test_short_headers_match_only_whole(text):
    assert match_header(text).exact
    assert match_header(f"{text} of the organisation contact") is None


@pytest.mark.parametrize("value", [None, 42, 3.5, date(2024, 1, 1), True])
def test_non_text_cells_match_nothing(value):
    assert match_header(value) is None


@pytest.mark.parametrize("language", ["nl", "en"])
def test_our_export_column_labels_are_exact_synonyms(language):
    for key in FIELDS:
        if key in LABELS:
            label = LABELS[key][language]
            # "Status", "DPIA" and "DPIA(-)document" are the same in both languages: either is right.
            same = {lang for lang, text in LABELS[key].items() if match_words(text) == match_words(label)}
            found = match_header(label)
            assert (found.field, found.exact) == (key, True), key
            assert found.language in same and language in same, key


def test_our_export_labels_spot_checks():
    assert match_header("Doeleinden (art. 30 lid 1 onder b)") == HeaderMatch("purposes", "nl", True)
    assert match_header("Lawful basis (Art. 6)") == HeaderMatch("legal_bases", "en", True)
    assert match_header("Nr.") == HeaderMatch("number", "nl", True)
    assert match_header("No.") == HeaderMatch("number", "en", True)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_our_export_header_row(language):
    row = [LABELS[column.key][language] for column in ACTIVITY]
    found = find_header_row([row])
    expected = {i: column.key for i, column in enumerate(ACTIVITY) if column.key in FIELDS}
    assert found.index == 0
    assert found.columns == expected
    assert found.language == language
    # Columns that are no field of an activity (processor contracts, DPIA criteria, ...) are
    # left to the officer, not taken for a field they resemble.
    assert found.unmatched == {i: row[i] for i, column in enumerate(ACTIVITY) if column.key not in FIELDS}
    assert "processor_contracts" in {ACTIVITY[i].key for i in found.unmatched}


ICO_HEADERS = [
    "Business function",
    "Purpose of processing",
    "Name and contact details of joint controller (if applicable)",
    "Categories of individuals",
    "Categories of personal data",
    "Categories of recipients",
    "Link to contract with processor",
    "Names of third countries or international organisations that personal data are transferred to (if applicable)",
    (
        "Safeguards for exceptional transfers of personal data to third countries or international organisations "
        "(if applicable)"
    ),
    "Retention schedule (if possible)",
    "General description of technical and organisational security measures (if possible)",
    "Article 6 lawful basis for processing personal data",
    "Article 9 basis for processing special category personal data",
    "Legitimate interests for the processing (if applicable)",
    "Link to record of consent",
    "Rights available to individuals",
    "Existence of automated decision-making, including profiling (if applicable)",
    "Source of personal data (if applicable)",
    "Location of personal data",
    "Data Protection Impact Assessment",
    "Link to DPIA",
]


def test_ico_sheet_with_a_contact_block_above_the_header():
    rows = [
        ["Record of processing activities", None, None],
        [],
        ["Name of organisation:", "ACME Ltd"],
        ["Address", "1 High Street, Leeds"],
        # Two fields, one of them the name: still fewer than the real header row.
        ["Name", "Jane Doe", "Role", "Data protection officer"],
        ["DPO", "dpo@acme.example", None, date(2024, 5, 1)],
        ["Name and contact details of our representative", "n/a"],
        [None, None],
        ICO_HEADERS,
        [
            "Finance",
            "Payroll",
            None,
            "Staff",
            "Bank details",
            "HMRC",
            "https://contracts/payroll",
            "None",
            None,
            "6 years",
            "Encryption",
            "Contract",
            None,
            None,
            None,
            "Access",
            "No",
            "Employee",
            "SAP",
            "No",
            None,
        ],
    ]
    found = find_header_row(rows)
    assert found.index == 8
    assert found.language == "en"
    assert found.columns == {
        0: "department",
        1: "purposes",
        2: "joint_controllers",
        3: "data_subjects",
        4: "data_categories",
        5: "recipients",
        6: "processors",
        7: "transfers",
        8: "transfer_tools",
        9: "retention",
        10: "security_measures",
        11: "legal_bases",
        12: "special_conditions",
        13: "legitimate_interests",
        14: "internal_notes",
        16: "automated_decisions",
        17: "sources",
        18: "systems",
        19: "dpia_status",
        20: "dpia_reference",
    }
    assert found.unmatched == {15: "Rights available to individuals"}


def test_dutch_header_row():
    header = [
        "Nr.",
        "Naam verwerking",
        "Afdeling",
        "Doel van de verwerking",
        "Grondslag",
        "Categorieën betrokkenen",
        "Categorieën persoonsgegevens",
        "Bijzondere persoonsgegevens",
        "Ontvangers",
        "Verwerkers",
        "Doorgifte naar derde landen",
        "Passende waarborgen",
        "Bewaartermijn",
        "Beveiligingsmaatregelen",
        "Proceseigenaar",
        "Applicaties",
        "BSN",
        "DPIA",
        "Bron",
        "Gerechtvaardigd belang",
        "Toelichting",
        "Opmerkingen",
        "Kleur",
        None,
        "  ",
    ]
    rows = [["Verwerkingsregister Gemeente Voorbeeld"], ["Versie", 3], header, [1, "Salarisadministratie"]]
    found = find_header_row(rows)
    assert found.index == 2
    assert found.language == "nl"
    assert found.columns == {
        0: "number",
        1: "name",
        2: "department",
        3: "purposes",
        4: "legal_bases",
        5: "data_subjects",
        6: "data_categories",
        7: "special_data",
        8: "recipients",
        9: "processors",
        10: "transfers",
        11: "transfer_tools",
        12: "retention",
        13: "security_measures",
        14: "owner",
        15: "systems",
        16: "national_id",
        17: "dpia_status",
        18: "sources",
        19: "legitimate_interests",
        20: "internal_description",
        21: "internal_notes",
    }
    assert found.unmatched == {22: "Kleur"}


def test_french_cnil_header_row():
    header = [
        "N° / REF",
        "Nom / sigle du traitement",
        "Finalité(s) du traitement effectué",
        "Base légale",
        "Catégories de personnes concernées",
        "Catégories de données collectées",
        "Données sensibles",
        "Destinataires",
        "Sous-traitants",
        "Transferts hors UE",
        "Garanties",
        "Durée de conservation",
        "Mesures de sécurité",
        "Service",
        "Responsable",
        "Logiciels",
        "Remarques",
        "Date de création",
    ]
    found = find_header_row([["Registre des activités de traitement"], ["Organisme", "ACME SAS"], header])
    assert found.index == 2
    assert found.language == "fr"
    assert list(found.columns.values()) == [
        "number",
        "name",
        "purposes",
        "legal_bases",
        "data_subjects",
        "data_categories",
        "special_data",
        "recipients",
        "processors",
        "transfers",
        "transfer_tools",
        "retention",
        "security_measures",
        "department",
        "owner",
        "systems",
        "internal_notes",
    ]
    assert found.unmatched == {17: "Date de création"}


def test_a_field_named_twice_keeps_the_first_exact_column():
    found = find_header_row([["Purposes of the processing (see note 3)", "Name", "Purpose", "Purposes"]])
    assert found.columns == {1: "name", 2: "purposes"}
    assert found.unmatched == {0: "Purposes of the processing (see note 3)", 3: "Purposes"}


def test_a_field_named_twice_by_containment_keeps_the_first():
    found = find_header_row([["Naam", "Doel van de verwerking en toelichting", "Doel van de verwerking (toelichting)"]])
    assert found.columns == {0: "name", 1: "purposes"}
    assert found.unmatched == {2: "Doel van de verwerking (toelichting)"}


def test_the_language_is_the_one_most_headers_are_in():
    found = find_header_row([["Naam verwerking", "Purpose of processing", "Retention period", "Lawful basis"]])
    assert found.language == "en"


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [[]],
        [["Name of organisation", "ACME"], ["Address", "Street 1"], ["DPO", "Jane"]],
        # Two fields, but neither names the activity nor its purpose.
        [["Bewaartermijn", "Grondslag", "Ontvangers"]],
        # A single field.
        [["Naam"]],
        [[None, 1, 2.5, date(2024, 1, 1)]],
    ],
)
def test_no_header_row(rows):
    assert find_header_row(rows) is None


def test_the_header_row_must_lie_within_max_scan():
    rows = [["intro"]] * 35 + [["Naam", "Doel", "Grondslag"]]
    assert find_header_row(rows) is None
    assert find_header_row(rows, max_scan=40).index == 35


def test_on_a_tie_the_first_row_wins():
    rows = [["Naam", "Doel"], ["Name", "Purpose"]]
    assert find_header_row(rows).index == 0


def test_data_rows_of_no_answers_do_not_outvote_the_header():
    rows = [["Naam", "Doel", "Grondslag"], ["Nee", "No", "Nr.", "No.", "Naam"]]
    assert find_header_row(rows).index == 0


def test_toml_fields_and_exact_only_words_are_known():
    data = load_toml("import", "headers.toml")
    assert set(data["fields"]) <= set(FIELDS)
    known = {
        tuple(normalise(t).split())
        for by_language in data["fields"].values()
        for texts in by_language.values()
        for t in texts
    }
    known |= {tuple(normalise(label).split()) for key in FIELDS for label in LABELS.get(key, {}).values()}
    for word in data["matching"]["exact_only"]:
        assert tuple(normalise(word).split()) in known, word


def test_every_field_has_dutch_and_english_synonyms():
    data = load_toml("import", "headers.toml")["fields"]
    for key in FIELDS:
        for language in ("nl", "en"):
            assert data.get(key, {}).get(language) or LABELS.get(key, {}).get(language), (key, language)


def test_no_synonym_names_two_fields_or_repeats_our_labels():
    toml = load_toml("import", "headers.toml")
    data = {
        **toml["fields"],
        **{
            key: {lang: texts for lang, texts in entry.items() if lang != "fields"}
            for key, entry in toml["combined"].items()
        },
    }
    owner: dict[tuple[str, ...], str] = {}
    for key, by_language in data.items():
        for language, texts in by_language.items():
            ours = {match_words(LABELS[key][language])} if language in LABELS.get(key, {}) else set()
            for text in texts:
                words = match_words(text)
                assert words not in ours, f"{text!r} repeats labels.toml"
                assert owner.setdefault(words, key) == key, f"{text!r}: {owner[words]} and {key}"
                assert match_header(text).field == key


def match_words(text: str) -> tuple[str, ...]:
    return tuple("".join(c if c.isalnum() else " " for c in normalise(text)).split())


@pytest.mark.parametrize(
    ("key", "language", "expected"),
    [
        ("purposes_and_legal_bases", "nl", "Doelen en grondslagen"),
        ("purposes_and_legal_bases", "en", "Purposes and legal bases"),
        ("recipients_and_processors", "nl", "Ontvangers en verwerkers"),
        ("name", "nl", "Naam"),
        ("name", "en", "Name"),
        ("purposes", "en", "Purposes (Art. 30(1)(b))"),
        ("processors", "nl", "Verwerkers"),
        ("special_data", "en", "Special category data"),
        ("public_explanation", "nl", "Uitleg voor betrokkenen"),
    ],
)
def test_field_label(key, language, expected):
    assert field_label(key, language) == expected


def test_every_field_has_a_label_and_unknown_keys_are_refused():
    for key in TARGETS:
        assert field_label(key, "nl") and field_label(key, "nl") != key
        assert field_label(key, "en") and field_label(key, "en") != key
    with pytest.raises(KeyError):
        field_label("colour", "nl")


@given(st.text())
def test_matching_never_raises(text):
    normalise(text)
    found = match_header(text)
    assert found is None or found.field in TARGETS


@given(st.lists(st.lists(st.one_of(st.none(), st.text(), st.integers(), st.floats()), max_size=8), max_size=8))
def test_finding_the_header_row_never_raises(rows):
    found = find_header_row(rows)
    if found is not None:
        assert set(found.columns.values()) & {"name", "purposes"}
        assert not set(found.columns) & set(found.unmatched)


def test_the_combined_columns_are_the_agreed_ones():
    # A contract with foreign.py and combined.py, which split these columns' cells.
    assert COMBINED == {
        "purposes_and_legal_bases": ("purposes", "legal_bases"),
        "data_subjects_and_data_categories": ("data_subjects", "data_categories"),
        "recipients_and_processors": ("recipients", "processors"),
    }
    assert TARGETS == FIELDS + tuple(COMBINED)
