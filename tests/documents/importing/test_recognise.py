"""Reading cells of foreign registers: lists, legal bases, Art. 9 conditions and categories,
countries, transfer tools, retention periods, yes/no, roles and DPIA status."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ropa_desktop.documents.importing import recognise
from ropa_desktop.documents.importing.recognise import Retention
from ropa_desktop.register.reference.vocabulary import terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naam\nAdres\nWoonplaats", ["Naam", "Adres", "Woonplaats"]),
        ("a\r\nb\rc\u2028d", ["a", "b", "c", "d"]),
        ("Naam_x000D_\nAdres", ["Naam", "Adres"]),
        ("Naam; adres ;; woonplaats", ["Naam", "adres", "woonplaats"]),
        ("• Naam • Adres", ["Naam", "Adres"]),
        ("Naam · Adres ▪ E-mail ◦ Telefoon ‣ IBAN ● BSN", ["Naam", "Adres", "E-mail", "Telefoon", "IBAN", "BSN"]),
        ("- Naam\n- Adres", ["Naam", "Adres"]),
        ("* Naam\n* Adres", ["Naam", "Adres"]),
        ("– Naam\n— Adres", ["Naam", "Adres"]),
        ("1. Salaris\n2. Verlof\n10) Verzuim", ["Salaris", "Verlof", "Verzuim"]),
        ("a) klanten\nb) leveranciers", ["klanten", "leveranciers"]),
        ("\uf0b7 Naam\n\uf0b7 Adres", ["Naam", "Adres"]),
        # Commas, references and hyphens inside a value stay.
        ("Naam, adres en woonplaats", ["Naam, adres en woonplaats"]),
        ("Art. 6(1)(b)\n6.1.b", ["Art. 6(1)(b)", "6.1.b"]),
        ("E-mail-adres\nJ. Jansen", ["E-mail-adres", "J. Jansen"]),
        ("Bewaartermijn - 7 jaar", ["Bewaartermijn - 7 jaar"]),
        # Empty lines, lone bullets and dashes are no values.
        ("\n\n  \n-\n•\n;", []),
        ("", []),
    ],
)
def test_split_values(text, expected):
    assert recognise.split_values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Art. 6(1)(a)", "consent"),
        ("Art. 6(1)(b)", "contract"),
        ("art 6 lid 1 sub b", "contract"),
        ("artikel 6 lid 1 onder c AVG", "legal_obligation"),
        ("6.1.b", "contract"),
        ("6(1)b", "contract"),
        ("6(1)(d)", "vital_interests"),
        ("Article 6.1(f) GDPR", "legitimate_interests"),
        ("AVG 6 1 e", "public_task"),
        ("article 6, paragraphe 1, point c", "legal_obligation"),
        ("toestemming", "consent"),
        ("Consent", "consent"),
        ("consentement", "consent"),
        ("Uitvoering overeenkomst", "contract"),
        ("uitvoering van een overeenkomst", "contract"),
        ("Arbeidsovereenkomst", "contract"),
        ("contract", "contract"),
        ("contrat", "contract"),
        ("Wettelijke verplichting", "legal_obligation"),
        ("legal obligation", "legal_obligation"),
        ("obligation légale", "legal_obligation"),
        ("vitaal belang", "vital_interests"),
        ("vital interest", "vital_interests"),
        ("Vital interests", "vital_interests"),
        ("intérêts vitaux", "vital_interests"),
        ("algemeen belang", "public_task"),
        ("taak van algemeen belang", "public_task"),
        ("openbaar gezag", "public_task"),
        ("public task", "public_task"),
        ("mission d'intérêt public", "public_task"),
        ("mission d’intérêt public", "public_task"),
        ("gerechtvaardigd belang", "legitimate_interests"),
        ("Gerechtvaardigde belangen", "legitimate_interests"),
        ("legitimate interests", "legitimate_interests"),
        ("intérêt légitime", "legitimate_interests"),
        ("  WETTELIJKE   VERPLICHTING ", "legal_obligation"),
        # Not a legal basis.
        ("Art. 9(2)(a)", None),
        ("7 jaar", None),
        ("verwerkersovereenkomst", None),
        ("Art. 6", None),
        ("zie privacybeleid", None),
        ("", None),
    ],
)
def test_legal_basis(text, expected):
    assert recognise.legal_basis(text) == expected


@pytest.mark.parametrize("term", terms("legal_bases"), ids=lambda t: t.key)
def test_legal_basis_from_the_vocabulary(term):
    assert recognise.legal_basis(term.label["nl"]) == term.key
    assert recognise.legal_basis(term.label["en"]) == term.key
    assert recognise.legal_basis(term.ref) == term.key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Art. 6(1)(a) and (b)", ["consent", "contract"]),
        ("6.1.a en c", ["consent", "legal_obligation"]),
        (
            "Wettelijke verplichting (art. 6 lid 1 sub c AVG) en gerechtvaardigd belang",
            ["legal_obligation", "legitimate_interests"],
        ),
        ("gerechtvaardigd belang; toestemming; gerechtvaardigd belang", ["legitimate_interests", "consent"]),
        # An English article is no sub-paragraph.
        ("Art. 6(1)(f), a legitimate interest", ["legitimate_interests"]),
        ("Taak van algemeen belang / openbaar gezag", ["public_task"]),
        ("nothing here", []),
    ],
)
def test_legal_bases(text, expected):
    assert recognise.legal_bases(text) == expected


@pytest.mark.parametrize(
    ("letter", "expected"),
    [
        ("a", "explicit_consent"),
        ("b", "employment_social_security"),
        ("c", "vital_interests"),
        ("d", "not_for_profit"),
        ("e", "made_public"),
        ("f", "legal_claims"),
        ("g", "substantial_public_interest"),
        ("h", "health_care"),
        ("i", "public_health"),
        ("j", "archiving_research"),
    ],
)
def test_special_condition_by_reference(letter, expected):
    assert recognise.special_condition(f"Art. 9(2)({letter})") == expected
    assert recognise.special_condition(f"art 9 lid 2 sub {letter} AVG") == expected
    assert recognise.special_condition(f"9.2.{letter}") == expected


def test_the_references_agree_with_the_vocabulary():
    refs = {term.key: term.ref for term in terms("special_conditions")}
    assert refs["explicit_consent"].startswith("Art. 9(2)(a)")
    assert refs["archiving_research"].startswith("Art. 9(2)(j)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("uitdrukkelijke toestemming", "explicit_consent"),
        ("explicit consent", "explicit_consent"),
        ("consentement explicite", "explicit_consent"),
        ("arbeidsrecht", "employment_social_security"),
        ("social security", "employment_social_security"),
        ("Vital interests (consent impossible)", "vital_interests"),
        ("vitaal belang", "vital_interests"),
        ("instantie zonder winstoogmerk", "not_for_profit"),
        ("kennelijk openbaar gemaakt", "made_public"),
        ("rechtsvordering", "legal_claims"),
        ("zwaarwegend algemeen belang", "substantial_public_interest"),
        ("gezondheidszorg", "health_care"),
        ("occupational medicine", "health_care"),
        ("volksgezondheid", "public_health"),
        ("santé publique", "public_health"),
        ("wetenschappelijk onderzoek", "archiving_research"),
        ("statistics", "archiving_research"),
        ("geen", None),
        ("Art. 6(1)(a)", None),
        ("", None),
    ],
)
def test_special_condition_by_words(text, expected):
    assert recognise.special_condition(text) == expected


@pytest.mark.parametrize("term", terms("special_conditions"), ids=lambda t: t.key)
def test_special_condition_from_the_vocabulary(term):
    assert recognise.special_condition(term.label["nl"]) == term.key
    assert recognise.special_condition(term.label["en"]) == term.key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gezondheid", "health"),
        ("health data", "health"),
        ("santé", "health"),
        ("Medische gegevens", "health"),
        ("Ziekteverzuim", "health"),
        ("ras", "racial_ethnic_origin"),
        ("etnische afkomst", "racial_ethnic_origin"),
        ("origine ethnique", "racial_ethnic_origin"),
        ("politieke opvattingen", "political_opinions"),
        ("opinions politiques", "political_opinions"),
        ("religie", "religious_beliefs"),
        ("levensovertuiging", "religious_beliefs"),
        ("convictions religieuses", "religious_beliefs"),
        ("vakbondslidmaatschap", "trade_union_membership"),
        ("trade union membership", "trade_union_membership"),
        ("appartenance syndicale", "trade_union_membership"),
        ("genetische gegevens", "genetic_data"),
        ("données génétiques", "genetic_data"),
        ("biometrische gegevens", "biometric_data"),
        ("vingerafdruk", "biometric_data"),
        ("seksueel leven", "sex_life_orientation"),
        ("seksuele gerichtheid", "sex_life_orientation"),
        ("orientation sexuelle", "sex_life_orientation"),
        ("NAW-gegevens", None),
        ("volksgezondheid", None),
        ("Transport", None),
        ("", None),
    ],
)
def test_special_category(text, expected):
    assert recognise.special_category(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Strafrechtelijke gegevens (alleen bij woonfraude)",
        "VOG",
        "Verklaring omtrent het gedrag",
        "DBS check",
        "Criminal record",
        "casier judiciaire",
        "erweitertes Führungszeugnis (Einsichtnahme)",
        "Vorstrafen",
    ],
)
def test_criminal_data_art_10(text):
    assert recognise.criminal_data(text)


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: words that only contain the letters of a criminal-data word.
        "Vogelaar",
        "Vogt",
        "Strafzettel",
        "penalty",
        "Zeugnisnoten",
        "Naam, adres",
    ],
)
def test_not_criminal_data(text):
    assert not recognise.criminal_data(text)


@pytest.mark.parametrize("term", terms("special_categories"), ids=lambda t: t.key)
def test_special_category_from_the_vocabulary(term):
    assert recognise.special_category(term.label["nl"]) == term.key
    assert recognise.special_category(term.label["en"]) == term.key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verenigde Staten", "US"),
        ("United States", "US"),
        ("États-Unis", "US"),
        ("etats-unis", "US"),
        ("VS", "US"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("US", "US"),
        ("Amerika", "US"),
        ("UK", "GB"),
        ("Verenigd Koninkrijk", "GB"),
        ("Groot-Brittannië", "GB"),
        ("Engeland", "GB"),
        ("Royaume-Uni", "GB"),
        ("GBR", "GB"),
        ("Zwitserland", "CH"),
        ("Suisse", "CH"),
        ("CHE", "CH"),
        ("india", "IN"),
        ("Inde", "IN"),
        ("Duitsland", "DE"),
        ("Allemagne", "DE"),
        ("  zuid-korea ", "KR"),
        ("Côte d’Ivoire", "CI"),
        ("Trinidad en Tobago", "TT"),
        ("Hong Kong", "HK"),
        ("Microsoft (VS)", "US"),
        ("Servers in de VS", "US"),
        # Not one country.
        ("", None),
        ("EU", None),
        ("EER", None),
        ("binnen de EU", None),
        ("geen", None),
        ("us", None),  # lower case: the pronoun, not a code
        ("IT-afdeling", None),
        ("HR-systeem", None),
        ("Verenigde Staten en India", None),
    ],
)
def test_country(text, expected):
    assert recognise.country(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verenigde Staten, India en Bolivia", ["US", "IN", "BO"]),
        ("United States, India and Bolivia", ["US", "IN", "BO"]),
        ("États-Unis, Inde et Bolivie", ["US", "IN", "BO"]),
        ("VS; VK / Zwitserland", ["US", "GB", "CH"]),
        ("US, GB and CH", ["US", "GB", "CH"]),
        ("USA\nGBR", ["US", "GB"]),
        ("VS, Verenigde Staten en USA", ["US"]),
        ("Trinidad en Tobago en Bosnië en Herzegovina", ["TT", "BA"]),
        ("naar de verenigde staten", ["US"]),
        ("Opslag in Ierland, support vanuit India", ["IE", "IN"]),
        # Everyday words and abbreviations are no countries inside a sentence.
        ("fine china and turkey for the IT team", []),
        ("HR en IT", ["HR", "IT"]),  # standing alone in capitals they are codes
        ("", []),
    ],
)
def test_countries(text, expected):
    assert recognise.countries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SCC", "standard_contractual_clauses"),
        ("SCC's", "standard_contractual_clauses"),
        ("standaardcontractbepalingen", "standard_contractual_clauses"),
        ("Standaard contractbepalingen (SCC)", "standard_contractual_clauses"),
        ("modelcontractbepalingen", "standard_contractual_clauses"),
        ("Standard contractual clauses", "standard_contractual_clauses"),
        ("clauses contractuelles types", "standard_contractual_clauses"),
        ("Art. 46(2)(c)", "standard_contractual_clauses"),
        ("art. 46 lid 2 sub c AVG", "standard_contractual_clauses"),
        ("BCR", "binding_corporate_rules"),
        ("bindende bedrijfsvoorschriften", "binding_corporate_rules"),
        ("Art. 47", "binding_corporate_rules"),
        ("adequacy decision", "adequacy"),
        ("adequaatheidsbesluit", "adequacy"),
        ("passendheidsbesluit", "adequacy"),
        ("décision d'adéquation", "adequacy"),
        ("EU-US Data Privacy Framework", "adequacy"),
        ("DPF", "adequacy"),
        ("Certified under the EU-US DPF", "adequacy"),
        ("Art. 45 AVG", "adequacy"),
        ("uitdrukkelijke toestemming", "art49_explicit_consent"),
        ("explicit consent (art. 49)", "art49_explicit_consent"),
        ("Art. 49(1)(a)", "art49_explicit_consent"),
        ("goedgekeurde gedragscode", "code_of_conduct"),
        ("code of conduct", "code_of_conduct"),
        ("certificering", "certification"),
        ("Art. 46(2)(f)", "certification"),
        ("BCR en SCC", "binding_corporate_rules"),
        ("Geen doorgiftemechanisme", "none"),
        # Nothing named.
        ("geen", None),
        ("n.v.t.", None),
        ("Privacy Shield", None),
        ("zie contract", None),
        ("45", None),
        ("", None),
    ],
)
def test_transfer_tool(text, expected):
    assert recognise.transfer_tool(text) == expected


@pytest.mark.parametrize("term", terms("transfer_tools"), ids=lambda t: t.key)
def test_transfer_tool_from_the_vocabulary(term):
    assert recognise.transfer_tool(term.label["nl"]) == term.key
    assert recognise.transfer_tool(term.label["en"]) == term.key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 jaar na einde dienstverband", Retention(7, "years", "na einde dienstverband", "")),
        ("2 years after the end of the contract", Retention(2, "years", "after the end of the contract", "")),
        ("4 weken", Retention(4, "weeks", "", "")),
        ("6 mois", Retention(6, "months", "", "")),
        ("24 maanden", Retention(24, "months", "", "")),
        ("1 dag", Retention(1, "days", "", "")),
        ("30 dagen vanaf ontvangst", Retention(30, "days", "vanaf ontvangst", "")),
        ("tot 2 jaar na het laatste contact", Retention(2, "years", "na het laatste contact", "")),
        ("Bewaartermijn: 7 jaar, na afloop boekjaar.", Retention(7, "years", "na afloop boekjaar", "")),
        ("5 ans après la fin du contrat", Retention(5, "years", "après la fin du contrat", "")),
        ("tien jaar", Retention(10, "years", "", "")),
        ("ten years", Retention(10, "years", "", "")),
        ("dix ans", Retention(10, "years", "", "")),
        ("twee weken na sollicitatie", Retention(2, "weeks", "na sollicitatie", "")),
        ("één jaar", Retention(1, "years", "", "")),
        ("een half jaar", Retention(6, "months", "", "")),
        ("1,5 jaar", Retention(18, "months", "", "")),
        ("7JAAR", Retention(7, "years", "", "")),
        (
            "Fiscale bewaarplicht: 7 jaar na einde boekjaar",
            Retention(7, "years", "na einde boekjaar", "Fiscale bewaarplicht"),
        ),
        ("7 jaar (fiscale bewaarplicht)", Retention(7, "years", "", "fiscale bewaarplicht")),
        ("2-5 jaar", Retention(5, "years", "", "2-5 jaar")),
        # No period: the text says how long.
        ("zolang als nodig", Retention(None, None, "", "zolang als nodig")),
        ("as long as relevant", Retention(None, None, "", "as long as relevant")),
        ("  tot einde contract ", Retention(None, None, "", "tot einde contract")),
        ("24/7 bereikbaar", Retention(None, None, "", "24/7 bereikbaar")),
        ("jaarlijks bekeken", Retention(None, None, "", "jaarlijks bekeken")),
    ],
)
def test_retention(text, expected):
    assert recognise.retention(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_no_retention_in_an_empty_cell(text):
    assert recognise.retention(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *[
            (word, True)
            for word in (
                "ja",
                "Ja",
                "JA",
                "yes",
                "Y",
                "oui",
                "x",
                "X",
                "✓",
                "✔",
                "true",
                "TRUE",
                "waar",
                "1",
                " ja ",
                "Ja.",
                "Ja, zie DPIA",
            )
        ],
        *[
            (word, False)
            for word in (
                "nee",
                "Nee",
                "no",
                "N",
                "non",
                "false",
                "onwaar",
                "0",
                "Nee (niet nodig)",
                "n.v.t.",
                "geen",
                "none",
            )
        ],
        *[(word, None) for word in ("", "misschien", "Nederland", "nonsens", "2", "Jansen", "janee?")],
    ],
)
def test_yes_no(text, expected):
    assert recognise.yes_no(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("verwerkingsverantwoordelijke", "controller"),
        ("Verwerkingsverantwoordelijke", "controller"),
        ("controller", "controller"),
        ("responsable de traitement", "controller"),
        ("Responsable du traitement", "controller"),
        ("verwerker", "processor"),
        ("Processor", "processor"),
        ("data processor", "processor"),
        ("sous-traitant", "processor"),
        ("Sous traitant", "processor"),
        ("gezamenlijk verwerkingsverantwoordelijke", "joint_controller"),
        ("Gezamenlijke verwerkingsverantwoordelijke", "joint_controller"),
        ("joint controller", "joint_controller"),
        ("responsable conjoint", "joint_controller"),
        ("Responsables conjoints", "joint_controller"),
        ("controller and processor", "controller"),
        ("verwerker en verwerkingsverantwoordelijke", "processor"),
        ("", None),
        ("onbekend", None),
        ("ja", None),
    ],
)
def test_role(text, expected):
    assert recognise.role(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uitgevoerd", "done"),
        ("done", "done"),
        ("completed", "done"),
        ("réalisée", "done"),
        ("Ja, uitgevoerd in 2023", "done"),
        ("12-03-2022", "done"),
        ("2023-04-01", "done"),
        ("niet nodig", "not_required"),
        ("Niet vereist", "not_required"),
        ("not required", "not_required"),
        ("nee", "not_required"),
        ("No", "not_required"),
        ("n.v.t.", "not_required"),
        ("non requise", "not_required"),
        ("required", "required"),
        ("Vereist", "required"),
        ("nodig", "required"),
        ("ja", "required"),
        ("yes", "required"),
        ("nog niet uitgevoerd", "required"),
        ("gepland", "required"),
        ("In uitvoering", "in_progress"),
        ("in progress", "in_progress"),
        ("en cours", "in_progress"),
        ("Niet beoordeeld", "not_screened"),
        ("not screened", "not_screened"),
        ("onbekend", "not_screened"),
        ("?", "not_screened"),
        ("", None),
        ("zie map", None),
    ],
)
def test_dpia_status(text, expected):
    assert recognise.dpia_status(text) == expected


RECOGNISERS = [
    recognise.split_values,
    recognise.legal_basis,
    recognise.legal_bases,
    recognise.special_condition,
    recognise.special_category,
    recognise.country,
    recognise.countries,
    recognise.transfer_tool,
    recognise.retention,
    recognise.yes_no,
    recognise.role,
    recognise.dpia_status,
]
# Text that looks like what the recognisers look for, so the fuzzing reaches deep into them.
_PIECES = st.sampled_from(
    [
        "Art. ",
        "art ",
        "6",
        "9",
        "46",
        "(1)",
        "(2)",
        ".1.",
        "lid ",
        " sub ",
        "(b)",
        "a",
        "en ",
        "and ",
        ", ",
        "; ",
        "\n",
        "_x000D_",
        "• ",
        "- ",
        "1. ",
        "a) ",
        "jaar",
        " na ",
        "tot ",
        "7 ",
        "1,5 ",
        "tien ",
        "VS",
        "USA",
        "India",
        "Verenigde Staten",
        "toestemming",
        "SCC",
        "ja",
        "nee",
        "n.v.t.",
        "(",
        ")",
        "é",
        " ",
        "\u2028",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=12).map("".join))


@pytest.mark.parametrize("recogniser", RECOGNISERS, ids=lambda f: f.__name__)
@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_no_recogniser_raises(recogniser, text):
    recogniser(text)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_split_values_gives_only_real_values(text):
    for part in recognise.split_values(text):
        assert part and part.strip() == part
        assert "\n" not in part and ";" not in part


@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_answers_are_keys_of_the_vocabularies(text):
    assert set(recognise.legal_bases(text)) <= {term.key for term in terms("legal_bases")}
    assert recognise.special_condition(text) in {None} | {term.key for term in terms("special_conditions")}
    assert recognise.transfer_tool(text) in {None} | {term.key for term in terms("transfer_tools")}
    found = recognise.retention(text)
    assert found is None or found.period_unit in (None, "days", "weeks", "months", "years")
    assert all(len(code) == 2 and code.isupper() for code in recognise.countries(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In voorbereiding", "draft"),  # the Dutch label of the status today
        ("Concept", "draft"),  # its label before approval took the word (workbooks made then)
        ("Actief", "active"),
        ("Vastgesteld", None),  # near miss: an approval state, not whether the processing takes place
    ],
)
def test_activity_status_by_its_words(text, expected):
    assert recognise.status(text) == expected
