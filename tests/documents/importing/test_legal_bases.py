"""Legal bases as officers write them under a basis header: bare letters ("b", "b en c", "b of f",
"b, na afronding f", "a/c", "lit. b"), German and French wordings ("Art. 6 Abs. 1 lit. f DSGVO",
"MIP"), abbreviations a legend in the sheet explains. Every basis is kept, per purpose; a letter
or a legend is a judgement the officer confirms (issue 14, point 3)."""

from __future__ import annotations

import pytest
from basis_helpers import guesses, imported, notes, purposes
from hypothesis import given, settings
from hypothesis import strategies as st

from ropa_desktop.checks.run import check_register
from ropa_desktop.documents.importing import recognise
from ropa_desktop.documents.importing.bases import read_bases
from ropa_desktop.documents.importing.legend import entries, find_legend
from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.register.reference.vocabulary import terms

KEYS = {term.key for term in terms("legal_bases")}


# --- words and references: recognise --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Art. 6 Abs. 1 lit. f DSGVO", ["legitimate_interests"]),
        ("Art. 6 Abs. 1 lit. b und c DSGVO", ["contract", "legal_obligation"]),
        ("Art. 6 Abs. 1 Buchst. a DSGVO", ["consent"]),
        ("Art. 6 lit. f", ["legitimate_interests"]),  # the one paragraph of Art. 6 with letters
        ("6(1)(e) AVG", ["public_task"]),
        ("Einwilligung", ["consent"]),
        ("Vertrag", ["contract"]),
        ("Vertragserfüllung", ["contract"]),
        ("vertragliche Pflichten", ["contract"]),
        ("rechtliche Verpflichtung", ["legal_obligation"]),
        ("gesetzliche Aufbewahrungspflicht", ["legal_obligation"]),
        ("lebenswichtige Interessen", ["vital_interests"]),
        ("öffentliche Aufgabe", ["public_task"]),
        ("öffentliches Interesse", ["public_task"]),
        ("berechtigtes Interesse", ["legitimate_interests"]),
        ("MIP", ["public_task"]),
        ("obligation légale", ["legal_obligation"]),
        ("Einwilligung oder Vertrag", ["consent", "contract"]),
        # Near misses: a processor agreement, a Dutch delay, a letter without its article, Art. 46.
        ("AV-Vertrag", []),
        ("vertraging", []),
        ("Art. 46 lit. b", []),
        ("Base de données", []),
        ("b", []),  # a bare letter is read under a basis header only (read_bases), never here
    ],
)
def test_words_and_references(text, expected):
    assert recognise.legal_bases(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ausdrückliche Einwilligung", "explicit_consent"),
        ("Einwilligung", "explicit_consent"),
        ("Arbeitsrecht", "employment_social_security"),
        ("soziale Sicherheit", "employment_social_security"),
        ("Gesundheitsvorsorge", "health_care"),
        ("Arbeitsmedizin", "health_care"),
        ("öffentliche Gesundheit", "public_health"),
        ("Geltendmachung von Rechtsansprüchen", "legal_claims"),
        ("erhebliches öffentliches Interesse", "substantial_public_interest"),
        ("wissenschaftliche Forschung", "archiving_research"),
        ("Art. 9 Abs. 2 lit. h DSGVO", "health_care"),
        ("Art. 9 lit. b", "employment_social_security"),
        ("Kundendaten", None),
    ],
)
def test_german_special_conditions(text, expected):
    assert recognise.special_condition(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gesundheitsdaten", "health"),
        ("Krankmeldungen", "health"),
        ("Gewerkschaftszugehörigkeit", "trade_union_membership"),
        ("religiöse Überzeugungen", "religious_beliefs"),
        ("ethnische Herkunft", "racial_ethnic_origin"),
        ("biometrische Daten", "biometric_data"),
        ("Fingerabdruck", "biometric_data"),
        ("politische Meinungen", "political_opinions"),
        ("Sexualleben", "sex_life_orientation"),
        ("Bankverbindung", None),
        ("Kontaktdaten", None),
    ],
)
def test_german_special_categories(text, expected):
    assert recognise.special_category(text) == expected


# --- under a basis header: read_bases -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "keys", "judged", "either", "after"),
    [
        ("b", ("contract",), True, False, False),
        ("f (gerechtvaardigd belang)", ("legitimate_interests",), False, False, False),  # the words confirm it
        ("b en c", ("contract", "legal_obligation"), True, False, False),
        ("b of f", ("contract", "legitimate_interests"), True, True, False),
        ("b, na afronding f", ("contract", "legitimate_interests"), True, False, True),
        ("a/c", ("consent", "legal_obligation"), True, False, False),
        ("6.1.b", ("contract",), False, False, False),
        ("lit. b", ("contract",), True, False, False),
        ("Art. 6 Abs. 1 lit. f DSGVO", ("legitimate_interests",), False, False, False),
        ("6(1)(e) AVG", ("public_task",), False, False, False),
        ("MIP", ("public_task",), False, False, False),
        ("obligation légale", ("legal_obligation",), False, False, False),
        ("b – uitvoering overeenkomst met de klant", ("contract",), False, False, False),
        ("Einwilligung oder Vertrag", ("consent", "contract"), False, True, False),
        # A letter the words contradict: both kept, for the officer to settle.
        ("f (uitvoering overeenkomst)", ("legitimate_interests", "contract"), True, False, False),
    ],
)
def test_bases_under_a_basis_header(text, keys, judged, either, after):
    reading = read_bases(text)
    assert (reading.keys, reading.judged, reading.either, reading.after) == (keys, judged, either, after)
    assert reading.certain is not (judged or either or after)


@pytest.mark.parametrize(
    "text",
    [
        "a contract",  # the English article, not Art. 6(1)(a)
        "à définir",  # French "à", not a letter
        "Base de données",
        "e-mail",
        "zie beleid",
        "b of c, zie toelichting",  # letters among other words: not read, kept in the notes
        "LI",  # an abbreviation without the legend that explains it
        "g",
    ],
)
def test_near_misses_under_a_basis_header(text):
    assert "consent" not in read_bases(text).keys
    assert read_bases(text).keys in ((), ("contract",))
    assert not read_bases(text).judged


def test_a_legend_explains_abbreviations():
    legend = {"li": "legitimate_interests", "avg6b": "contract", "b": "legal_obligation"}
    assert read_bases("LI", legend).keys == ("legitimate_interests",)
    assert read_bases("AVG6b", legend).keys == ("contract",)
    # The sheet's own letter wins over the article's letter, and is a judgement either way.
    assert read_bases("b", legend) == read_bases("b", legend) and read_bases("b", legend).keys == ("legal_obligation",)
    assert read_bases("LI", legend).judged
    # Near miss: inside a word an abbreviation is nothing.
    assert read_bases("LIA uitgevoerd", legend).keys == ()


# --- the legend in the sheet ---------------------------------------------------------------


def test_legend_rows_above_and_below_the_table():
    rows = [
        ["Legenda: a = toestemming, b = overeenkomst"],
        ["Naam", "Doel", "Grondslag"],
        ["Werving", "Werving", "b"],
        ["CRM", "Klantcontact", "LI"],
        [],
        ["Legenda"],
        ["LI = legitimate interests", None, "MIP : mission d'intérêt public"],
        ["AVG6b: contract"],
        ["Afkortingen:"],
        ["c", "wettelijke plicht"],
    ]
    legend = find_legend(rows, header_row=2)
    assert legend.meanings == {
        "a": "consent",
        "b": "contract",
        "li": "legitimate_interests",
        "mip": "public_task",
        "avg6b": "contract",
        "c": "legal_obligation",
    }
    assert legend.rows == {1, 6, 7, 8, 9, 10}
    assert legend.written["li"] == "LI"


@pytest.mark.parametrize(
    "text",
    [
        "Marketing: gerechtvaardigd belang",  # a purpose and its basis, not an abbreviation
        "NAW = naam, adres, woonplaats",  # explains data, not a basis
        "Grondslag: toestemming",  # a header's word is no abbreviation
        "b = uitvoering overeenkomst of gerechtvaardigd belang",  # two bases: not one meaning
        "Werving",
    ],
)
def test_cells_that_are_no_legend(text):
    assert not entries(text)


def test_data_rows_and_two_cells_without_a_title_are_no_legend():
    rows = [["Naam", "Doel", "Grondslag"], ["Werving", "Werving", "b = overeenkomst"], ["x", "toestemming"]]
    assert not find_legend(rows, header_row=1)


def test_an_abbreviation_explained_twice_differently_is_left_out():
    rows = [["Naam", "Grondslag"], [], ["b = overeenkomst"], ["b = wettelijke plicht"], ["f = gerechtvaardigd belang"]]
    assert find_legend(rows, header_row=1).meanings == {"f": "legitimate_interests"}


# --- through a real workbook ---------------------------------------------------------------

STAFFING = [
    ["Verwerkingsregister Uitzendbureau Flex BV", None, "Versie 2024"],
    [],
    ["Naam", "Doel", "Grondslag", "Betrokkenen", "Persoonsgegevens"],
    ["Werving", "Werving en selectie", "b, na afronding f", "Sollicitanten", "NAW"],
    ["Salaris", "Salarisbetaling\nPensioenopbouw", "c\nb", "Medewerkers", "Bankrekening"],
    ["Planning", "Inroosteren\nUren registreren", "b", "Uitzendkrachten", "Beschikbaarheid"],
    ["Klantcontact", "Offertes\nAccountbeheer", "b en f", "Contactpersonen", "Naam"],
    ["Nieuwsbrief", "Nieuwsbrief sturen", "LI", "Klanten", "E-mailadres"],
    ["Acquisitie", "Koude acquisitie", "b of f", "Prospects", "Naam"],
    ["Verzuim", "Verzuimbegeleiding", "c (wettelijke plicht)", "Medewerkers", "Verzuimgegevens"],
    ["Archief", "Beheer contracten f-schijf", None, "Klanten", "Naam"],
    ["Fotos", "Foto's op de website", "a/c", "Medewerkers", "Foto"],
    ["Leeg doel", None, "b", "Klanten", "Naam"],
    [],
    ["Legenda"],
    ["b = uitvoering overeenkomst"],
    ["LI = gerechtvaardigd belang"],
]


@pytest.fixture
def staffing(demo_register, tmp_path):
    return imported(demo_register, tmp_path, STAFFING, "flex.xlsx")


def test_every_basis_is_kept_per_purpose(staffing):
    _, activities = staffing
    assert purposes(activities["Werving"]) == [
        ("Werving en selectie", "contract"),
        ("Werving en selectie", "legitimate_interests"),
    ]
    # Line by line: each purpose its own basis.
    assert purposes(activities["Salaris"]) == [("Salarisbetaling", "legal_obligation"), ("Pensioenopbouw", "contract")]
    # One basis for two purposes: certain, each has it.
    assert purposes(activities["Planning"]) == [("Inroosteren", "contract"), ("Uren registreren", "contract")]
    # Two bases for two purposes on one line: every purpose both, for the officer to confirm.
    assert purposes(activities["Klantcontact"]) == [
        ("Offertes", "contract"),
        ("Offertes", "legitimate_interests"),
        ("Accountbeheer", "contract"),
        ("Accountbeheer", "legitimate_interests"),
    ]
    assert purposes(activities["Acquisitie"]) == [
        ("Koude acquisitie", "contract"),
        ("Koude acquisitie", "legitimate_interests"),
    ]
    assert purposes(activities["Verzuim"]) == [("Verzuimbegeleiding", "legal_obligation")]
    assert purposes(activities["Fotos"]) == [
        ("Foto's op de website", "consent"),
        ("Foto's op de website", "legal_obligation"),
    ]


def test_a_stray_letter_in_a_purpose_is_no_basis(staffing):
    _, activities = staffing
    assert purposes(activities["Archief"]) == [("Beheer contracten f-schijf", "")]


def test_the_legend_reads_the_abbreviations_and_its_rows_are_no_activities(staffing):
    report, activities = staffing
    assert purposes(activities["Nieuwsbrief"]) == [("Nieuwsbrief sturen", "legitimate_interests")]
    assert not {"Legenda", "b = uitvoering overeenkomst", "LI = gerechtvaardigd belang"} & set(activities)
    [note] = notes(report, "legend_read")
    assert note.place.row == 15
    assert "LI = Gerechtvaardigd belang" in note.text("nl")


def test_bases_read_by_judgement_are_listed_for_the_officer(staffing):
    report, _ = staffing
    found = guesses(report, "legal_basis")
    assert (4, "b, na afronding f", "Uitvoering van een overeenkomst; Gerechtvaardigd belang") in found
    assert (8, "LI", "Gerechtvaardigd belang") in found
    assert (9, "b of f", "Uitvoering van een overeenkomst; Gerechtvaardigd belang") in found
    assert (7, "b en f", "Uitvoering van een overeenkomst; Gerechtvaardigd belang") in found
    # Near misses: words confirming the letter, and an empty basis cell, are no guesses.
    rows = {row for row, _, _ in found}
    assert 10 not in rows and 11 not in rows


def test_a_purpose_is_never_a_copy_of_the_name(staffing):
    report, activities = staffing
    assert activities["Leeg doel"]["purposes"] == []
    [note] = notes(report, "bases_without_purpose")
    assert (note.place.row, note.place.column) == (13, 3)
    assert "Grondslag: b" in activities["Leeg doel"]["internal_notes"]


def test_without_a_purposes_column_the_name_is_the_purpose(demo_register, tmp_path):
    # Near miss of the rule above: no purposes column at all.
    _, activities = imported(demo_register, tmp_path, [["Naam", "Grondslag"], ["Werving", "Uitvoering overeenkomst"]])
    assert purposes(activities["Werving"]) == [("Werving", "contract")]


def test_two_bases_of_one_purpose_in_the_statement_and_the_checks(demo_register, staffing):
    _, activities = staffing
    text = render(build_statement(demo_register, "nl"), "txt").decode()
    assert "Werving en selectie Grondslag: de uitvoering van onze overeenkomst met u." in text
    assert "Werving en selectie Grondslag: ons gerechtvaardigd belang." in text
    findings = [
        f for f in check_register(demo_register) if f.kind == "activity" and "Werving" in (f.item or {}).values()
    ]
    # The second row is a purpose like any other: no finding calls it a duplicate or a gap;
    # what is asked is what any legitimate interest asks (its description, its assessment).
    assert findings and {f.rule for f in findings} <= {
        "legitimate_interest.not_described",
        "legitimate_interest.no_assessment",
        "record.no_recipients",
        "record.no_retention",
        "record.no_security",
    }


def test_a_basis_line_that_names_its_purpose(demo_register, tmp_path):
    rows = [
        ["Naam", "Doel", "Grondslag"],
        # As our own export writes it: the purpose, a dash, its basis; the purpose's own
        # words ("contract") are not read as a basis, and the order does not matter.
        [
            "Klanten",
            "Uitvoeren contract\nNieuwsbrief",
            "Nieuwsbrief — Toestemming\nUitvoeren contract — Gerechtvaardigd belang (Art. 6(1)(f))",
        ],
        # Near miss: a line that names no purpose of the row is read as a whole, line by line.
        ["Leveranciers", "Inkoop", "Inkoopcontract — uitvoering overeenkomst"],
    ]
    _, activities = imported(demo_register, tmp_path, rows)
    assert purposes(activities["Klanten"]) == [
        ("Uitvoeren contract", "legitimate_interests"),
        ("Nieuwsbrief", "consent"),
    ]
    assert purposes(activities["Leveranciers"]) == [("Inkoop", "contract")]


FRENCH = [
    ["Registre des activités de traitement — Ministère"],
    ["Nom du traitement", "Finalité", "Base légale"],
    ["État civil", "Délivrer les actes", "MIP"],
    ["Paiements", "Encaisser les frais", "Obligation légale"],
    ["Assistance", "Répondre aux demandes\nMesurer la satisfaction", "MIP\nConsentement"],
    ["Base de données", "Tenir la base de données des usagers", "MIP"],
]


def test_french_mip_and_base_de_donnees(demo_register, tmp_path):
    _, activities = imported(demo_register, tmp_path, FRENCH, "ministere.xlsx")
    assert purposes(activities["État civil"]) == [("Délivrer les actes", "public_task")]
    assert purposes(activities["Paiements"]) == [("Encaisser les frais", "legal_obligation")]
    assert purposes(activities["Assistance"]) == [
        ("Répondre aux demandes", "public_task"),
        ("Mesurer la satisfaction", "consent"),
    ]
    # Near miss: "Base de données" is an activity, not a basis or a header.
    assert purposes(activities["Base de données"]) == [("Tenir la base de données des usagers", "public_task")]


GERMAN = [
    ["Verzeichnis von Verarbeitungstätigkeiten", None, None, None, None, None],
    [
        "Bezeichnung der Verarbeitungstätigkeit",
        "Zweck",
        "Rechtsgrundlage",
        "Kategorien betroffener Personen",
        "Kategorien personenbezogener Daten",
        "Rechtsgrundlage besondere Kategorien",
    ],
    [
        "Personalverwaltung",
        "Durchführung des Beschäftigungsverhältnisses",
        "Art. 6 Abs. 1 lit. b und c DSGVO",
        "Beschäftigte",
        "Gesundheitsdaten",
        "Arbeitsrecht",
    ],
    ["Newsletter", "Versand von Produktinformationen", "Einwilligung", "Kunden", "E-Mail-Adresse", None],
    ["Videoüberwachung", "Schutz vor Diebstahl", "berechtigtes Interesse", "Besucher", "Videoaufnahmen", None],
    [
        "Betriebsarzt",
        "Arbeitsmedizinische Vorsorge",
        "rechtliche Verpflichtung",
        "Beschäftigte",
        "Diagnosen",
        "Gesundheitsvorsorge",
    ],
]


def test_german_bases_conditions_and_categories(demo_register, tmp_path):
    from ropa_desktop.register import kinds, operations

    _, activities = imported(demo_register, tmp_path, GERMAN, "vvt.xlsx")
    staff = activities["Personalverwaltung"]
    assert purposes(staff) == [
        ("Durchführung des Beschäftigungsverhältnisses", "contract"),
        ("Durchführung des Beschäftigungsverhältnisses", "legal_obligation"),
    ]
    assert {p["special_category_condition"] for p in staff["purposes"]} == {"employment_social_security"}
    assert purposes(activities["Newsletter"]) == [("Versand von Produktinformationen", "consent")]
    assert purposes(activities["Videoüberwachung"]) == [("Schutz vor Diebstahl", "legitimate_interests")]
    doctor = activities["Betriebsarzt"]
    assert purposes(doctor) == [("Arbeitsmedizinische Vorsorge", "legal_obligation")]
    assert {p["special_category_condition"] for p in doctor["purposes"]} == {"health_care"}
    [link] = staff["data_categories"]
    category = operations.read(demo_register, kinds.DATA_CATEGORY, link["id"])
    assert (
        str(category["kind"].value if hasattr(category["kind"], "value") else category["kind"]),
        category["special_category"],
    ) == ("special", "health")


# --- never raises --------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "b",
        "f",
        "a",
        "à",
        " en ",
        " of ",
        ", na afronding ",
        "/",
        "(",
        ")",
        "lit. ",
        "Art. 6 ",
        "Abs. 1 ",
        "DSGVO",
        "LI",
        "MIP",
        " = ",
        ": ",
        "Legenda",
        "gerechtvaardigd belang",
        "Einwilligung",
        "\n",
        ";",
        "'",
        "é",
        " ",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=12).map("".join))


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_reading_a_basis_cell_never_raises(text):
    reading = read_bases(text, {"li": "legitimate_interests", "b": "contract"})
    assert set(reading.keys) <= KEYS
    found = entries(text)
    assert found is None or all(key in KEYS for _, key in found)


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.lists(st.one_of(st.none(), TEXTS, st.integers()), max_size=4), max_size=8))
def test_finding_a_legend_never_raises(rows):
    legend = find_legend(rows, header_row=1)
    assert set(legend.meanings.values()) <= KEYS
    assert all(1 < row <= len(rows) for row in legend.rows)
