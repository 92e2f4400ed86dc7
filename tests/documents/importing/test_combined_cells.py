"""Columns that hold two fields ("Doel en grondslag", "Betrokkenen en gegevens", "Ontvangers /
verwerkers"): each cell split into its fields before they are read, every split by judgement
listed for the officer to confirm (issue 14, point 2)."""

from __future__ import annotations

import pytest
from basis_helpers import guesses, imported, notes, purposes, text
from hypothesis import given, settings
from hypothesis import strategies as st

from ropa_desktop.documents.importing.combined import (
    PurposeLine,
    people_and_data,
    purposes_and_bases,
    recipients_and_processors,
    split_row,
)
from ropa_desktop.register import kinds, operations

# --- purposes and their bases ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Werving en selectie (b, na afronding f)", [PurposeLine("Werving en selectie", "b, na afronding f", True)]),
        (
            "Salarisadministratie – wettelijke plicht (c)",
            [PurposeLine("Salarisadministratie", "wettelijke plicht (c)", True)],
        ),
        ("Marketing: gerechtvaardigd belang", [PurposeLine("Marketing", "gerechtvaardigd belang", True)]),
        ("Toestemming – nieuwsbrief", [PurposeLine("nieuwsbrief", "Toestemming", True)]),
        ("Gestion RH (MIP)", [PurposeLine("Gestion RH", "MIP", True)]),
        ("Newsletter - consent", [PurposeLine("Newsletter", "consent", True)]),
        # Labelled by a header's wording: split by rule.
        ("Facturatie, grondslag: overeenkomst", [PurposeLine("Facturatie", "overeenkomst")]),
        ("Werving en selectie\nGrondslag: b", [PurposeLine("Werving en selectie", ""), PurposeLine("", "b")]),
        ("Doel: werving; Grondslag: toestemming", [PurposeLine("werving", ""), PurposeLine("", "toestemming")]),
        # Several lines, each its own.
        (
            "Offertes (b)\nNieuwsbrief (toestemming)",
            [PurposeLine("Offertes", "b", True), PurposeLine("Nieuwsbrief", "toestemming", True)],
        ),
    ],
)
def test_a_purpose_and_its_bases(cell, expected):
    assert purposes_and_bases(cell) == expected


@pytest.mark.parametrize(
    "cell",
    [
        "Werving (incl. assessments)",  # brackets that explain the purpose
        "Nakomen van contract met klant",  # "contract" in passing
        "Klantenservice - contact via e-mail",  # a dash inside the purpose
        "Base de données clients",
        "Beheer van f-schijf",
    ],
)
def test_a_purpose_that_names_no_basis_stays_whole(cell):
    assert purposes_and_bases(cell) == [PurposeLine(cell, "")]


def test_a_legend_abbreviation_in_brackets_is_a_basis():
    assert purposes_and_bases("Nieuwsbrief (LI)", {"li": "legitimate_interests"}) == [
        PurposeLine("Nieuwsbrief", "LI", True)
    ]
    assert purposes_and_bases("Nieuwsbrief (LI)") == [PurposeLine("Nieuwsbrief (LI)", "")]


# --- data subjects and data ------------------------------------------------------------------


def test_each_lines_subjects_with_each_lines_data():
    found = people_and_data("Sollicitanten: NAW, cv, motivatie\nMedewerkers – NAW, BSN\nKlanten (naam, e-mail)")
    assert (found.subjects, found.data) == (
        ["Sollicitanten", "Medewerkers", "Klanten"],
        ["NAW, cv, motivatie", "NAW, BSN", "naam, e-mail"],
    )
    assert found.judged and not found.unsplit


def test_labelled_lines_are_split_by_rule():
    found = people_and_data("Betrokkenen: klanten\nPersoonsgegevens: NAW, e-mail")
    assert (found.subjects, found.data, found.judged) == (["klanten"], ["NAW, e-mail"], False)


def test_a_line_without_a_separator_is_not_split():
    found = people_and_data("Klanten en leveranciers")
    assert (found.subjects, found.data, found.unsplit) == ([], [], ["Klanten en leveranciers"])


def test_recipients_and_processors_by_the_cells_labels():
    found = recipients_and_processors("Verwerkers: Bullhorn, Mailchimp; Ontvangers: Belastingdienst")
    assert (found.recipients, found.processors, found.unmarked) == (["Belastingdienst"], ["Bullhorn, Mailchimp"], [])
    # Near miss: nothing says which is which; the recipients' reading decides.
    found = recipients_and_processors("Mailchimp (VS); Belastingdienst")
    assert (found.recipients, found.processors, found.unmarked) == ([], [], ["Mailchimp (VS)", "Belastingdienst"])


def test_a_combined_part_is_added_to_its_own_column():
    cells = {"purposes_and_legal_bases": "Werving (b)", "legal_bases": "c", "recipients": ""}
    split = split_row(cells)
    assert cells["purposes"] == "Werving" and cells["legal_bases"] == "c\nb"
    assert split.purpose_lines == [PurposeLine("Werving", "b", True)]
    # Near miss: a row without combined cells is left as it is.
    plain = {"purposes": "Werving", "legal_bases": "b"}
    assert split_row(plain).purpose_lines is None and plain == {"purposes": "Werving", "legal_bases": "b"}


# --- through a real workbook ---------------------------------------------------------------

STAFFING = [
    ["Uitzendbureau Flex BV — verwerkingsregister"],
    ["Functionaris gegevensbescherming: privacy@flex.example"],
    [],
    ["Nr.", "Naam", "Doel en grondslag", "Betrokkenen en gegevens", "Ontvangers / verwerkers"],
    [
        "V-01",
        "Werving",
        "Werving en selectie (b, na afronding f)",
        "Sollicitanten: NAW, cv, motivatie",
        "Verwerkers: Bullhorn; Ontvangers: Opdrachtgevers",
    ],
    [
        "V-02",
        "Salaris",
        "Salarisadministratie – wettelijke plicht (c)\nPensioen – overeenkomst",
        "Uitzendkrachten: NAW, BSN\nContactpersonen: naam",
        "Verwerkers: Nmbrs",
    ],
    ["V-03", "Marketing", "Marketing: gerechtvaardigd belang", "Klanten", None],
    ["V-04", "Facturen", "Facturen versturen", None, None],
    ["V-05", "Leeg", None, None, None],
]


@pytest.fixture
def staffing(demo_register, tmp_path):
    return imported(demo_register, tmp_path, STAFFING, "flex.xlsx")


def _names(register, kind, ids):
    return [text(operations.read(register, kind, i)["name"]) for i in ids]


def test_purposes_and_bases_from_one_column(staffing):
    _, activities = staffing
    assert purposes(activities["Werving"]) == [
        ("Werving en selectie", "contract"),
        ("Werving en selectie", "legitimate_interests"),
    ]
    assert purposes(activities["Salaris"]) == [("Salarisadministratie", "legal_obligation"), ("Pensioen", "contract")]
    assert purposes(activities["Marketing"]) == [("Marketing", "legitimate_interests")]
    # Near misses: a purpose without a basis keeps its words; an empty cell is no purpose, and
    # never a copy of the activity's name.
    assert purposes(activities["Facturen"]) == [("Facturen versturen", "")]
    assert activities["Leeg"]["purposes"] == []


def test_subjects_and_data_from_one_column(demo_register, staffing):
    _, activities = staffing
    werving = activities["Werving"]
    assert _names(demo_register, kinds.DATA_SUBJECT, werving["data_subject_categories"]) == ["Sollicitanten"]
    categories = _names(demo_register, kinds.DATA_CATEGORY, [link["id"] for link in werving["data_categories"]])
    assert set(categories) == {"NAW", "cv", "motivatie"}
    salaris = activities["Salaris"]
    assert set(_names(demo_register, kinds.DATA_SUBJECT, salaris["data_subject_categories"])) == {
        "Uitzendkrachten",
        "Contactpersonen",
    }
    assert {"NAW", "BSN", "naam"} <= {
        text(operations.read(demo_register, kinds.DATA_CATEGORY, link["id"])["name"])
        for link in salaris["data_categories"]
    }


def test_a_line_that_does_not_split_goes_to_the_notes(staffing):
    report, activities = staffing
    assert "Klanten" in activities["Marketing"]["internal_notes"]
    assert activities["Marketing"]["data_subject_categories"] == []
    assert [(n.place.row, n.place.column) for n in notes(report, "not_understood") if n.place.row == 7] == [(7, 4)]


def test_processors_and_recipients_from_the_cells_labels(demo_register, staffing):
    _, activities = staffing
    kinds_by_name = {}
    for item in activities["Werving"]["recipients"]:
        recipient = operations.read(demo_register, kinds.RECIPIENT, item)
        kinds_by_name[text(recipient["name"])] = str(getattr(recipient["kind"], "value", recipient["kind"]))
    assert kinds_by_name["Bullhorn"] == "processor"
    assert "Opdrachtgevers" in kinds_by_name and kinds_by_name["Opdrachtgevers"] != "processor"


def test_every_split_is_listed_for_the_officer(staffing):
    report, _ = staffing
    splits = {
        (item.place.row, item.place.column): (item.text, item.result) for item in report.review if item.kind == "split"
    }
    cell, result = splits[(5, 3)]
    assert cell == "Werving en selectie (b, na afronding f)"
    assert "Werving en selectie" in result and "b, na afronding f" in result
    assert splits[(5, 4)][0] == "Sollicitanten: NAW, cv, motivatie"
    assert {(6, 3), (6, 4), (7, 3)} <= set(splits)
    # Near misses: a cell that was not split (row 8), a line that could not be (row 7, column
    # D: in the notes instead), and labelled parts ("Verwerkers: …", column E) are no guesses.
    assert not {(8, 3), (7, 4), (5, 5), (6, 5)} & set(splits)
    # The bases read from letters are listed too, at the combined column.
    assert (5, "b, na afronding f") in {(row, cell) for row, cell, _ in guesses(report, "legal_basis")}


ENGLISH = [
    ["Activity", "Purpose and legal basis", "Data subjects and personal data", "Recipients and processors"],
    [
        "Customer accounts",
        "Provide the service (contract)\nSecurity logging – legitimate interests",
        "Customers: name, e-mail address",
        "Processors: AWS, Stripe",
    ],
    ["Newsletter", "Newsletter: consent", "Subscribers (e-mail address)", "Mailchimp"],
]


def test_an_english_saas_register(demo_register, tmp_path):
    report, activities = imported(demo_register, tmp_path, ENGLISH, "saas.xlsx")
    assert purposes(activities["Customer accounts"]) == [
        ("Provide the service", "contract"),
        ("Security logging", "legitimate_interests"),
    ]
    assert purposes(activities["Newsletter"]) == [("Newsletter", "consent")]
    subjects = _names(demo_register, kinds.DATA_SUBJECT, activities["Newsletter"]["data_subject_categories"])
    assert subjects == ["Subscribers"]
    recipients = {
        text(operations.read(demo_register, kinds.RECIPIENT, i)["name"])
        for i in activities["Customer accounts"]["recipients"]
    }
    assert {"AWS", "Stripe"} <= recipients


# --- never raises --------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Werving",
        " (",
        ")",
        "b",
        ", na afronding ",
        "f",
        " – ",
        ": ",
        "Grondslag",
        "Betrokkenen",
        "Verwerkers",
        "NAW",
        ", ",
        "\n",
        ";",
        "toestemming",
        "(",
        " - ",
        "é",
        " ",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(_PIECES, max_size=12).map("".join))


@settings(max_examples=150, deadline=None)
@given(cell=TEXTS)
def test_splitting_never_raises(cell):
    for line in purposes_and_bases(cell, {"b": "contract"}):
        assert line.purpose or line.bases
    people_and_data(cell)
    recipients_and_processors(cell)
    cells = {
        "purposes_and_legal_bases": cell,
        "data_subjects_and_data_categories": cell,
        "recipients_and_processors": cell,
    }
    split_row(cells)
