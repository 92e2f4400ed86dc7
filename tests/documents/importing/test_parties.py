"""Who is who in a foreign register (issue 14 points 4 and 5): our role per row (Art. 30(2)),
internal teams among the recipients, a recipient's kind judged by its name, cross references
to another row, and list cells split on commas but never inside brackets; read alone and
through a real import, with the register read back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from workbooks import foreign_workbook

from ropa_desktop.documents.importing.lists import list_items, without_answer
from ropa_desktop.documents.importing.parties import Reference, cross_reference, internal, read_role, recipient_kind
from ropa_desktop.documents.importing.recognise import role
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.rows import rows
from ropa_desktop.register.storage import create_register

# --- roles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verantwoordelijke: klant; Verwerker: wij", ("processor", ("Klant",), ())),
        ("Controller: client / Processor: us", ("processor", ("Client",), ())),
        ("Verantwoordelijke: wij; Verwerker: Mailchimp", ("controller", (), ("Mailchimp",))),
        ("Processor for our clients", ("processor", ("Our clients",), ())),
        # The party ends where its bracket closes, never a stray ")".
        ("Processor (on behalf of clients)", ("processor", ("Clients",), ())),
        ("Verwerker (voor de klant) sinds 2020", ("processor", ("De klant",), ())),
        ("Processor (on behalf of)", ("processor", (), ())),
        ("Verwerker", ("processor", (), ())),
        ("Auftragsverarbeiter", ("processor", (), ())),
        ("sous-traitant", ("processor", (), ())),
        ("Verantwortlicher", ("controller", (), ())),
        # Near misses: pairs that do not say which one we are; no role at all.
        ("Controller: client / Processor: Acme", (None, (), ())),
        ("onbekend", (None, (), ())),
    ],
)
def test_our_role_is_read(text, expected):
    found = read_role(text)
    assert (found.role, found.controllers_served, found.processors) == expected


def test_a_bare_role_word_is_read_by_rule_a_sentence_is_a_guess():
    assert not read_role("Verwerker").guessed
    assert read_role("Verantwoordelijke: klant; Verwerker: wij").guessed


def test_german_roles():
    assert role("Auftragsverarbeiter") == "processor"
    assert role("gemeinsam Verantwortliche") == "joint_controller"


# --- recipients ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Internal only",
        "Support staff",
        "Marketing team",
        "Marketingteam",
        "HR",
        "Le ministère seul",
        "intern",
        "nur intern",
        "eigen medewerkers",
        "IT-afdeling",
        "Service RH",
        "Trésorier",
        "Bureau de l'association",
        "Vorstand",
        "Dagelijks bestuur",
        "Trainer der Mannschaft",
    ],
)
def test_a_team_of_our_own_is_internal(name):
    assert internal(name) and recipient_kind(name) == "internal"


@pytest.mark.parametrize(
    "name",
    [
        "HR service provider",
        "Marketingbureau",
        "Externe accountant",
        "University research team",
        "Mailchimp",
        "Belastingdienst",
        "Opdrachtgevers",
        # Near misses: a public body of "bestuur", another organisation's board, a team's outside doctor.
        "Bestuursorgaan",
        "Vorstandsmitglieder eines Partners",
        "Mannschaftsarzt",
        "Landessportbund",
    ],
)
def test_an_outside_party_is_not_internal(name):
    assert not internal(name)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Mailchimp", "processor"),
        ("Hostingpartij", "processor"),
        ("Belastingdienst", "public_authority"),
        ("Finanzamt", "public_authority"),
        ("Amerikaans moederbedrijf", "group_entity"),
        ("Opdrachtgevers", None),
        ("Stripe", None),
    ],
)
def test_a_recipients_kind_judged_by_its_name(name, expected):
    assert recipient_kind(name) == expected


# --- cross references ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Als V-01", Reference("number", "V-01")),
        ("zie V-03", Reference("number", "V-03")),
        ("same as row 4", Reference("row", "4")),
        ("idem", Reference("previous")),
        ("Idem.", Reference("previous")),
        ("voir traitement 2", Reference("number", "2")),
        ("wie oben", Reference("previous")),
        ("zie Personeelsadministratie", Reference("name", "Personeelsadministratie")),
        ("Mailchimp", None),
        ("Belastingdienst, UWV", None),
        ("", None),
    ],
)
def test_a_cross_reference_is_recognised(text, expected):
    assert cross_reference(text) == expected


# --- lists -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naam, e-mailadres, telefoonnummer", ["Naam", "e-mailadres", "telefoonnummer"]),
        ("Klantgegevens (naam, adres, e-mail)", ["Klantgegevens (naam, adres, e-mail)"]),
        ("Name, Email; Ticket content", ["Name, Email", "Ticket content"]),  # listed by ";": commas are inside
        ("Identité / certificat médical", ["Identité", "certificat médical"]),
        ("a, b, and c", ["a", "b", "c"]),
        ("Naam, adres, etc.", ["Naam", "adres"]),
        # Words in brackets are an item's wording, not a sentence; a cell listed by lines splits each line.
        (
            "Gemeente, politie (in het kader van het convenant)",
            ["Gemeente", "politie (in het kader van het convenant)"],
        ),
        ("Naam, adres\nOmschrijving van de overlast", ["Naam", "adres", "Omschrijving van de overlast"]),
        # Near misses: a long item outside brackets is prose; a line of prose stays whole.
        (
            "Gemeente, politie in het kader van het convenant met de gemeente",
            ["Gemeente, politie in het kader van het convenant met de gemeente"],
        ),
        ("Contact details, including e-mail\nPhone", ["Contact details, including e-mail", "Phone"]),
        # Near misses: prose, "and/or", decimals, "and" inside a category.
        (
            "Contact details, including e-mail address and telephone number",
            ["Contact details, including e-mail address and telephone number"],
        ),
        ("Gegevens over uw werk, opleiding en/of interesses", ["Gegevens over uw werk, opleiding en/of interesses"]),
        ("NAW-gegevens, cv, opleiding en werkervaring", ["NAW-gegevens", "cv", "opleiding en werkervaring"]),
        ("1,5 jaar", ["1,5 jaar"]),
        ("Naam- en adresgegevens", ["Naam- en adresgegevens"]),
    ],
)
def test_list_items(text, expected):
    assert list_items(text) == expected


def test_names_split_on_their_last_and_but_not_on_an_ampersand():
    assert list_items("Opdrachtgevers, UWV en Belastingdienst", names=True) == [
        "Opdrachtgevers",
        "UWV",
        "Belastingdienst",
    ]
    assert list_items("Belastingdienst en UWV", names=True) == ["Belastingdienst", "UWV"]
    assert list_items("CleverReach GmbH & Co. KG", names=True) == ["CleverReach GmbH & Co. KG"]
    assert list_items("Health and safety", names=True) == ["Health and safety"]


def test_our_own_columns_keep_their_commas():
    assert list_items("Naam, adres en woonplaats", commas=False) == ["Naam, adres en woonplaats"]


def test_a_leading_yes_is_no_item():
    assert without_answer("Ja, gezondheid") == "gezondheid"
    assert without_answer("Japanse klanten") == "Japanse klanten"


@settings(max_examples=200, deadline=None)
@given(
    text=st.one_of(
        st.text(),
        st.lists(
            st.sampled_from(
                [
                    "Naam",
                    ", ",
                    " en ",
                    "(",
                    ")",
                    "; ",
                    "\n",
                    "• ",
                    "Wij",
                    ": ",
                    "Verwerker",
                    "klant",
                    "idem",
                    "Als V-01",
                    "/",
                    " / ",
                    "&",
                    "1,5",
                    "etc.",
                    "intern",
                ]
            ),
            max_size=12,
        ).map("".join),
    )
)
def test_the_readers_of_parties_never_raise(text):
    for item in list_items(text, names=True):
        assert item and item == item.strip()
    read_role(text), internal(text), recipient_kind(text), cross_reference(text)


# --- through a real import ----------------------------------------------------------------------------

BOOKKEEPING = [
    ["Verwerkingsregister Administratiekantoor Jansen & De Wit"],
    [],
    ["Nr", "Verwerkingsactiviteit", "Doel", "Rol", "Betrokkenen", "Persoonsgegevens", "Ontvangers", "Verwerkers"],
    [
        "P-01",
        "Financiële administratie voor klanten",
        "Boekhouding voeren",
        "Verantwoordelijke: klant; Verwerker: wij",
        "Klanten van de klant, leveranciers van de klant",
        "NAW-gegevens, factuurgegevens (bedrag, datum)",
        "Eigen medewerkers",
        "Exact Online",
    ],
    [
        "P-02",
        "Loonadministratie voor klanten",
        "Salarissen verwerken",
        "Verwerker",
        "Werknemers van de klant",
        "NAW-gegevens, BSN",
        "Als P-01",
        "Nmbrs",
    ],
    [
        "E-01",
        "Klantrelatiebeheer",
        "Relaties onderhouden",
        "Verwerkingsverantwoordelijke",
        "Contactpersonen",
        "Naam, e-mailadres",
        "zie P-09",
        "idem",
    ],
]


@pytest.fixture
def bookkeeping(tmp_path):
    register = create_register(tmp_path / "b.ropa", "Jansen", language="nl")
    report = import_workbook(register, foreign_workbook(tmp_path / "b.xlsx", BOOKKEEPING))
    activities = {
        s["name"]["nl"]: s
        for s in (operations.read(register, kinds.ACTIVITY, i) for i in operations.order(register, kinds.ACTIVITY))
    }
    with register.session() as session:
        recipients = {
            row.id: operations.read(register, kinds.RECIPIENT, row.id) for row in rows(session, kinds.RECIPIENT)
        }
    return register, report, activities, recipients


def _named(recipients, ids):
    return [(recipients[i]["name"]["nl"], str(recipients[i]["kind"])) for i in ids]


def test_a_processor_activity_with_the_controller_it_serves(bookkeeping):
    _, _, activities, recipients = bookkeeping
    financial = activities["Financiële administratie voor klanten"]
    assert str(financial["role"]) == "processor"
    assert _named(recipients, financial["controllers_served"]) == [("Klant", "client_controller")]
    assert str(activities["Loonadministratie voor klanten"]["role"]) == "processor"
    assert str(activities["Klantrelatiebeheer"]["role"]) == "controller"  # the near miss


def test_our_own_staff_are_internal_recipients_and_processors_are_processors(bookkeeping):
    _, _, activities, recipients = bookkeeping
    assert _named(recipients, activities["Financiële administratie voor klanten"]["recipients"]) == [
        ("Eigen medewerkers", "internal"),
        ("Exact Online", "processor"),
    ]


def test_lists_are_split_on_commas_but_not_inside_brackets(bookkeeping):
    register, _, activities, _ = bookkeeping
    with register.session() as session:
        categories = {row.id: row.name["nl"] for row in rows(session, kinds.DATA_CATEGORY)}
        subjects = {row.id: row.name["nl"] for row in rows(session, kinds.DATA_SUBJECT)}
    financial = activities["Financiële administratie voor klanten"]
    assert [categories[c["id"]] for c in financial["data_categories"]] == [
        "NAW-gegevens",
        "factuurgegevens (bedrag, datum)",
    ]
    assert [subjects[i] for i in financial["data_subject_categories"]] == [
        "Klanten van de klant",
        "leveranciers van de klant",
    ]


def test_a_cross_reference_takes_the_referred_rows_values(bookkeeping):
    _, _, activities, recipients = bookkeeping
    assert _named(recipients, activities["Loonadministratie voor klanten"]["recipients"]) == [
        ("Eigen medewerkers", "internal"),
        ("Nmbrs", "processor"),
    ]
    # "idem": the row above's processors.
    assert ("Nmbrs", "processor") in _named(recipients, activities["Klantrelatiebeheer"]["recipients"])


def test_a_reference_to_a_row_the_sheet_lacks_is_kept_in_the_notes_never_a_recipient(bookkeeping):
    _, report, activities, recipients = bookkeeping
    assert all("P-09" not in r["name"]["nl"] for r in recipients.values())
    assert "Ontvangers: zie P-09" in activities["Klantrelatiebeheer"]["internal_notes"]
    assert any(note.code == "cross_reference" for note in report.notes)


def test_every_guess_is_listed_for_the_officer(tmp_path):
    register = create_register(tmp_path / "p.ropa", "Jansen", language="nl")
    report = import_workbook(register, foreign_workbook(tmp_path / "b.xlsx", BOOKKEEPING), dry_run=True)
    guesses = {(item.kind, item.text) for item in report.review if item.group == "guess"}
    assert ("role", "Verantwoordelijke: klant; Verwerker: wij") in guesses
    assert ("recipient_kind", "Eigen medewerkers") in guesses
    assert ("cross_reference", "Als P-01") in guesses
    assert ("role", "Verwerker") not in guesses  # a bare role word is read by rule


def test_a_long_or_dotted_activity_number_is_still_a_cross_reference_not_a_recipient():
    # Registers numbered "V-00001" or "3.2" refer to their rows the same way as "V-01".
    for text, value in (("Als V-00001", "V-00001"), ("zie 3.2", "3.2"), ("same as HR-012", "HR-012")):
        found = cross_reference(text)
        assert found is not None and found.kind == "number" and found.value == value
    # Near miss: a name after "Als" stays a reference by name, never a number.
    assert cross_reference("Als Belastingdienst").kind == "name"
