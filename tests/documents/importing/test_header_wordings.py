"""Headers as officers really write them (issue 14 point 1): matched by their words, whatever
their case, accents, punctuation, plural or word order; in German too; with a typo or two; and
never a contact line, a generic word inside another header, or a near miss taken for a field."""

from __future__ import annotations

import pytest
from workbooks import foreign_workbook

from ropa_desktop.documents.importing import header_words
from ropa_desktop.documents.importing.headers import FIELDS, HeaderMatch, find_header_row, match_header, normalise
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.resources_path import load_toml


@pytest.mark.parametrize(
    ("text", "field", "language"),
    [
        # Registers that were read wrongly before (issue 14).
        ("Categorieën gegevens", "data_categories", "nl"),
        ("Grondslag (art. 6)", "legal_bases", "nl"),
        ("Données", "data_categories", "fr"),
        ("Personnes", "data_subjects", "fr"),
        ("Durée", "retention", "fr"),
        ("Base", "legal_bases", "fr"),
        ("Destinataires", "recipients", "fr"),
        ("Bewaartermijn:", "retention", "nl"),
        # A reference to the law in parentheses says nothing about the column.
        ("Grondslag (art. 6 lid 1 AVG)", "legal_bases", "nl"),
        ("Base légale (art. 6 RGPD)", "legal_bases", "fr"),
        ("Rechtsgrundlage (Art. 6 Abs. 1 DSGVO)", "legal_bases", "de"),
        # Held-out registers (housing, agency, Verein).
        ("Wie zijn betrokken", "data_subjects", "nl"),
        ("Article 6 basis", "legal_bases", "en"),
        ("Betroffene Personengruppen", "data_subjects", "de"),
        ("Weitergabe an", "recipients", "de"),
        ("Aufbewahrung / Löschung", "retention", "de"),
        ("Schutzmaßnahmen", "security_measures", "de"),
        # What is in parentheses names the same field again: no narrowing qualifier.
        ("Dienstleister (Auftragsverarbeiter)", "processors", "de"),
    ],
)
def test_headers_read_wrongly_before(text, field, language):
    assert match_header(text) == HeaderMatch(field, language, True)


# The DSK's "Verzeichnis von Verarbeitungstätigkeiten" (Art. 30 Abs. 1 DSGVO) and the wordings
# German officers put in their own sheets.
DSK = [
    ("Lfd. Nr.", "number"),
    ("Bezeichnung der Verarbeitungstätigkeit", "name"),
    ("Verarbeitungstätigkeit", "name"),
    ("Zweck(e) der Verarbeitung", "purposes"),
    ("Zwecke der Verarbeitung", "purposes"),
    ("Zweck", "purposes"),
    ("Rechtsgrundlage", "legal_bases"),
    ("Rechtsgrundlage(n)", "legal_bases"),
    ("Berechtigtes Interesse", "legitimate_interests"),
    ("Kategorien betroffener Personen", "data_subjects"),
    ("Betroffene Personen", "data_subjects"),
    ("Kategorien personenbezogener Daten", "data_categories"),
    ("Besondere Kategorien personenbezogener Daten", "special_data"),
    ("Empfänger / Kategorien von Empfängern", "recipients"),
    ("Kategorien von Empfängern", "recipients"),
    ("Empfänger", "recipients"),
    ("Empfänger*innen", "recipients"),
    ("Auftragsverarbeiter", "processors"),
    ("Gemeinsam Verantwortliche", "joint_controllers"),
    ("Drittlandtransfer / Übermittlung an Drittländer", "transfers"),
    ("Drittlandtransfer", "transfers"),
    ("Übermittlung an Drittländer oder internationale Organisationen", "transfers"),
    ("Garantien", "transfer_tools"),
    ("Geeignete Garantien", "transfer_tools"),
    ("Löschfrist(en) / Fristen für die Löschung", "retention"),
    ("Löschfristen", "retention"),
    ("Fristen für die Löschung", "retention"),
    ("Vorgesehene Fristen für die Löschung der verschiedenen Datenkategorien", "retention"),
    ("TOM / technische und organisatorische Maßnahmen", "security_measures"),
    ("Technische und organisatorische Maßnahmen (TOM)", "security_measures"),
    ("TOM", "security_measures"),
    ("Verantwortliche Stelle / Fachabteilung", "department"),
    ("Fachabteilung", "department"),
    ("Ansprechpartner", "owner"),
    ("Datenschutz-Folgenabschätzung", "dpia_status"),
    ("Datenschutzfolgenabschätzung", "dpia_status"),  # with or without the hyphen
    ("Datenschutz Folgenabschätzung", "dpia_status"),
    ("DSFA erforderlich?", "dpia_status"),
    ("Datenquelle", "sources"),
    ("Eingesetzte Systeme", "systems"),
    ("Beschreibung der Verarbeitung", "internal_description"),
    ("Bemerkungen", "internal_notes"),
]


@pytest.mark.parametrize(("text", "field"), DSK)
def test_german_headers(text, field):
    assert match_header(text) == HeaderMatch(field, "de", True)


def test_a_dsk_sheet_below_its_contact_block_is_german():
    rows = [
        ["Verzeichnis von Verarbeitungstätigkeiten"],
        ["Name des Verantwortlichen", "Muster GmbH"],
        ["Anschrift", "Hauptstraße 1, 10115 Berlin"],
        ["Datenschutzbeauftragter", "Erika Mustermann"],
        ["Telefon", "+49 30 123456"],
        [],
        [
            "Lfd. Nr.",
            "Bezeichnung der Verarbeitungstätigkeit",
            "Verantwortliche Stelle / Fachabteilung",
            "Zweck(e) der Verarbeitung",
            "Rechtsgrundlage",
            "Kategorien betroffener Personen",
            "Kategorien personenbezogener Daten",
            "Empfänger / Kategorien von Empfängern",
            "Auftragsverarbeiter",
            "Drittlandtransfer / Übermittlung an Drittländer",
            "Garantien",
            "Löschfrist(en) / Fristen für die Löschung",
            "TOM / technische und organisatorische Maßnahmen",
            "Datenschutz-Folgenabschätzung",
            "Datum der letzten Änderung",
        ],
        [1, "Lohnabrechnung", "Personal", "Zahlung der Gehälter", "Art. 6 Abs. 1 lit. c DSGVO"],
    ]
    found = find_header_row(rows)
    assert found.index == 6
    assert found.language == "de"
    assert list(found.columns.values()) == [
        "number",
        "name",
        "department",
        "purposes",
        "legal_bases",
        "data_subjects",
        "data_categories",
        "recipients",
        "processors",
        "transfers",
        "transfer_tools",
        "retention",
        "security_measures",
        "dpia_status",
    ]
    assert found.unmatched == {14: "Datum der letzten Änderung"}


@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("Persoonsgegevens (categorieën)", "Categorieën persoonsgegevens"),  # word order
        ("Categorie persoonsgegevens", "Categorieën persoonsgegevens"),  # plural
        ("Catégorie de données", "Catégories de données"),
        ("Category of data subjects", "Categories of data subjects"),
        ("Kategorie betroffene Personen", "Kategorien betroffener Personen"),  # declension
        ("DONNEES", "Données"),  # case and accents
        ("Sous traitants", "Sous-traitants"),  # punctuation
        ("Soustraitants", "Sous-traitants"),
        ("Base légale:", "Base légale"),
        ("Data subjects - categories", "Data subjects"),
        ("Finalités", "Finalité"),
        ("Durées", "Durée"),
        ("Grondslagen", "Grondslag"),
        ("Destinataire(s)", "Destinataires"),
    ],
)
def test_wordings_that_differ_only_in_form_are_one_header(text, same_as):
    assert match_header(text).field == match_header(same_as).field


@pytest.mark.parametrize(
    "text",
    [
        # A single generic word is a field only as the whole header.
        "Base de données",
        "Durée du contrat",
        "Données de contact",
        "Personnes morales",
        "Gegevens organisatie",
        "Daten des Unternehmens",
        # Contact blocks above the table, in all four languages.
        "Name of organisation",
        "Name of the organisation: ACME Ltd",
        "Naam organisatie",
        "Nom de l'organisme",
        "Name des Verantwortlichen",
        "Anschrift",
        "Telefon",
        "E-Mail",
        "Datenschutzbeauftragter",
        "Délégué à la protection des données",
        # Where the organisation sits as often as where the data go: the officer decides.
        "Land",
        "Country",
        "Pays",
        "Staat",
        # The controller's identity as often as the activity's role.
        "Verantwortlicher",
        "Verwerkingsverantwoordelijke",
        "Responsable(s) du traitement",
        # A value as often as a header.
        "Einwilligung",
        "Consent",
        # Dates of the record, not of a field.
        "Datum der Einführung",
        "Date de création",
        # A generic German word inside a contact line or another header; a question that is no header.
        "Kontakt Dienstleister",
        "Name Dienstleister",
        "Löschung der Daten",
        "Wie is betrokken bij de organisatie",
        "Basis",
    ],
)
def test_near_misses_match_nothing(text):
    assert match_header(text) is None


def test_a_reference_to_article_9_makes_the_exception_not_the_legal_basis():
    assert match_header("Grondslag (art. 9)").field == "special_conditions"
    assert match_header("Grondslag (art. 9 lid 2 AVG)").field == "special_conditions"
    assert match_header("Rechtsgrundlage (Art. 9 DSGVO)").field == "special_conditions"
    assert match_header("Grondslag (art. 6)").field == "legal_bases"


def test_a_qualifier_in_parentheses_does_not_decide_the_field():
    # The subject is outside the parentheses; what is inside only narrows it.
    assert match_header("Opmerkingen (bijv. bewaartermijn)") == HeaderMatch("internal_notes", "nl", False)
    assert match_header("Ontvangers (intern en extern)") == HeaderMatch("recipients", "nl", False)
    assert match_header("Dienstleister (Standort)") == HeaderMatch("processors", "de", False)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Bewaartermjin", "retention"),  # two letters swapped
        ("Bewaartermijm", "retention"),
        ("Doel van de verwekring", "purposes"),
        ("Catgeorieën persoonsgegevens", "data_categories"),
        ("Destinatiares", "recipients"),
        ("Recipeints", "recipients"),
        ("Rechtsgrundlgae", "legal_bases"),
        ("Verarbeitungstaetigkeit", "name"),  # "ä" written as "ae"
        ("Speicherdaur", "retention"),
    ],
)
def test_a_typo_is_forgiven(text, field):
    assert match_header(text) == HeaderMatch(field, match_header(text).language, False)
    assert match_header(text).field == field


@pytest.mark.parametrize(
    "text",
    [
        "Bewrtrmijn",  # three letters off
        "Bewartrmjin",
        "Naam organisatei",  # a misspelt contact line is still a contact line
        "Name of organsation",
        "Organisaton",
        "Adress",
        "Countyr",
        "Lnad",  # a short word has no room for a typo
        "Bsae",
        "Stauts",  # generic words are matched as written only
        "Persnonen",
        "Hewaartermijn",  # another first letter: another word
        "Speicherdrx",  # as near to "Speicherdauer" (retention) as to "Speicherort" (systems)
    ],
)
def test_a_typo_too_far_or_too_near_something_else_matches_nothing(text):
    assert match_header(text) is None


def test_a_country_column_stays_for_the_officer_to_map():
    found = find_header_row([["Naam", "Doel", "Land", "Country", "Bewaartermijn"]])
    assert found.columns == {0: "name", 1: "purposes", 4: "retention"}
    assert found.unmatched == {2: "Land", 3: "Country"}


def test_a_french_sheet_of_single_words():
    found = find_header_row(
        [
            ["Organisme", "Mairie de Villeneuve"],
            ["Traitement", "Finalité", "Base", "Personnes", "Données", "Destinataires", "Durée", "Base de données"],
        ]
    )
    assert found.index == 1
    assert found.language == "fr"
    assert found.columns == {
        0: "name",
        1: "purposes",
        2: "legal_bases",
        3: "data_subjects",
        4: "data_categories",
        5: "recipients",
        6: "retention",
    }
    assert found.unmatched == {7: "Base de données"}


def test_no_wording_names_two_fields_in_any_form():
    # A synonym belongs to one field only, also once plural, order and accents are folded away,
    # and for the combined columns and German too (headers.py refuses to load otherwise).
    toml = load_toml("import", "headers.toml")
    owner: dict[tuple[str, ...], str] = {}
    wordings = [
        (key, text) for key, by_language in toml["fields"].items() for texts in by_language.values() for text in texts
    ]
    wordings += [
        (key, text)
        for key, entry in toml["combined"].items()
        for language, texts in entry.items()
        if language != "fields"
        for text in texts
    ]
    assert {"de"} <= {language for by_language in toml["fields"].values() for language in by_language}
    for key, text in wordings:
        form = header_words.key(header_words.words(normalise(text)))
        assert owner.setdefault(form, key) == key, f"{text!r}: {owner[form]} and {key}"
    never = {header_words.words(normalise(text)) for text in toml["matching"]["never"]}
    assert not never & {header_words.words(normalise(text)) for _, text in wordings}


def test_every_field_has_german_headers():
    fields = load_toml("import", "headers.toml")["fields"]
    assert [key for key in FIELDS if not fields.get(key, {}).get("de")] == []


@pytest.mark.parametrize(
    ("words", "stem"),
    [
        (["categorieen", "categories", "category", "categorie"], "categori"),
        (["kategorien", "kategorie"], "kategori"),
        (["donnees", "donnee"], "donn"),
        (["betroffener", "betroffene", "betroffenen"], "betroffen"),
        (["grondslagen", "grondslag"], "grondslag"),
        (["bases", "base"], "base"),  # short words are kept whole
        (["publiceren"], "publicer"),  # one ending only: not "public"
        (["process"], "process"),
    ],
)
def test_stems(words, stem):
    assert {header_words.stem(word) for word in words} == {stem}


@pytest.mark.parametrize(
    ("text", "outside", "references"),
    [
        ("grondslag (art. 6)", "grondslag", True),
        ("purposes (art. 30(1)(b))", "purposes", True),
        ("rechtsgrundlage (art. 6 abs. 1 dsgvo)", "rechtsgrundlage", True),
        ("ontvangers (locatie)", "ontvangers", False),
        ("grondslag (art. 9 lid 2)", "grondslag (art. 9 lid 2)", False),  # kept: it changes the field
        ("doel [intern]", "doel", False),
        ("doel (", "doel", True),
    ],
)
def test_what_is_in_parentheses(text, outside, references):
    assert header_words.outside_parentheses(text) == (outside, references)


def test_a_german_sheet_is_stored_in_the_registers_main_language(demo_register, tmp_path):
    # German is a language of headers, not of the register: its texts go in the main language's
    # slot (Dutch here), and the report says so in the officer's language.
    rows = [
        ["Bezeichnung der Verarbeitungstätigkeit", "Zweck(e) der Verarbeitung", "Löschfrist(en)"],
        ["Bewerbermanagement", "Auswahl von Bewerbern", "6 Monate"],
    ]
    before = operations.order(demo_register, kinds.ACTIVITY)
    report = import_workbook(demo_register, foreign_workbook(tmp_path / "dsk.xlsx", rows))
    (added,) = [a for a in operations.order(demo_register, kinds.ACTIVITY) if a not in before]
    activity = operations.read(demo_register, kinds.ACTIVITY, added)
    assert activity["name"] == {"nl": "Bewerbermanagement"}
    assert [p["description"] for p in activity["purposes"]] == [{"nl": "Auswahl von Bewerbern"}]
    (note,) = [note for note in report.notes if note.code == "language_stored"]
    assert note.text("en").startswith("The sheet is in German; its texts were stored as the Dutch texts.")
    assert note.text("nl").startswith("Het blad is in het Duits;")


def test_of_two_exact_columns_of_one_field_the_first_is_read():
    # "Verwerker" is "Verwerkers" in the singular: as exact as "Subverwerkers", and first.
    found = find_header_row([["Nr", "Verwerkingsactiviteit", "Verantwoordelijke", "Verwerker", "Subverwerkers"]])
    assert found.columns == {0: "number", 1: "name", 3: "processors"}
    assert found.unmatched == {2: "Verantwoordelijke", 4: "Subverwerkers"}
    assert find_header_row([["Traitement", "Sous-traitant"]]).columns == {0: "name", 1: "processors"}


def test_a_typo_gives_way_to_a_column_spelt_right():
    found = find_header_row([["Naam", "Bewaartermjin", "Bewaartermijn"]])
    assert found.columns == {0: "name", 2: "retention"}
