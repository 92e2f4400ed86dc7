"""Columns read together (column_pairs.py): two columns of one list field ("Destinataires
internes" and "externes"), a column of sub-processors beside the processor column, and a
per-row controller/processor pair ("Verantwoordelijke: Klant", "Verwerker: Wij"); each through a
real import, with the register read back, and its near miss."""

from __future__ import annotations

import pytest
from workbooks import foreign_workbook

from ropa_desktop.documents.importing.column_pairs import controller_column, is_sub_processors, second_columns
from ropa_desktop.documents.importing.mapping import Mapping
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.rows import rows
from ropa_desktop.register.storage import create_register


def _imported(tmp_path, sheet, language="nl", mapping=None):
    register = create_register(tmp_path / "r.ropa", "Org", language=language)
    report = import_workbook(register, foreign_workbook(tmp_path / "r.xlsx", sheet), mapping=mapping)
    activities = {
        s["name"][language]: s
        for s in (operations.read(register, kinds.ACTIVITY, i) for i in operations.order(register, kinds.ACTIVITY))
    }
    with register.session() as session:
        recipients = {
            row.id: operations.read(register, kinds.RECIPIENT, row.id) for row in rows(session, kinds.RECIPIENT)
        }
    return report, activities, recipients


def _names(recipients, ids, language="nl"):
    return [(recipients[i]["name"][language], str(recipients[i]["kind"])) for i in ids]


# --- two columns of one field --------------------------------------------------------------------


def test_a_second_column_of_a_list_field_is_read_with_the_first():
    headers = {
        1: "Nom du traitement",
        2: "Destinataires internes",
        3: "Destinataires externes",
        4: "Toelichting ontvangers",
        5: "Durée de conservation",
        6: "Durée (détail)",
    }
    fields = {1: "name", 2: "recipients", 5: "retention"}
    # Near misses: an explanation of the recipients, a second retention column (no list).
    assert second_columns(headers, fields, set()) == {3: "recipients"}
    assert second_columns(headers, fields, {3}) == {}  # left out on purpose (the officer's mapping)


ASSOCIATION = [
    ["Nom du traitement", "Finalité", "Destinataires internes", "Destinataires externes", "Sous-traitants"],
    ["Licences", "Obtenir la licence", "Secrétaire", "Fédération française d'athlétisme, URSSAF", "AssoConnect"],
    ["Cotisations", "Encaisser", "Trésorier", None, "HelloAsso"],
]


def test_internal_and_external_recipients_both_land_in_the_recipients(tmp_path):
    report, activities, recipients = _imported(tmp_path, ASSOCIATION, language="en")
    assert [n for n, _ in _names(recipients, activities["Licences"]["recipients"], "en")] == [
        "Secrétaire",
        "Fédération française d'athlétisme",
        "URSSAF",
        "AssoConnect",
    ]
    assert [n for n, _ in _names(recipients, activities["Cotisations"]["recipients"], "en")] == [
        "Trésorier",
        "HelloAsso",
    ]
    assert "Destinataires externes" not in (activities["Licences"]["internal_notes"] or "")
    # Each guess points at the column of its own cell: C for the internal, D for the external one.
    places = {item.text: item.place.column for item in report.review if item.kind == "recipient_kind"}
    assert places["Secrétaire"] == 3 and places["URSSAF"] == 4


def test_a_saved_mapping_with_both_columns_keeps_both(tmp_path):
    mapping = Mapping(
        "Register",
        1,
        "fr",
        {
            "Nom du traitement": "name",
            "Finalité": "purposes",
            "Destinataires internes": "recipients",
            "Destinataires externes": "recipients",
            "Sous-traitants": "processors",
        },
    )
    _, activities, recipients = _imported(tmp_path, ASSOCIATION, language="en", mapping=mapping)
    assert len(activities["Licences"]["recipients"]) == 4


# --- sub-processors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "sub"),
    [
        ("Subverwerkers", True),
        ("Sub-processors", True),
        ("Unterauftragsverarbeiter", True),
        ("Sous-traitants ultérieurs", True),
        ("Verwerkers", False),
        ("Processors", False),
    ],
)
def test_a_sub_processor_column_is_known_by_its_header(header, sub):
    assert is_sub_processors(header) is sub


PROCESSORS = [
    ["Verwerkingsactiviteit", "Doel", "Verwerker", "Subverwerkers"],
    ["Salarisadministratie", "Salaris betalen", "Nmbrs", "Microsoft 365 (EU), AWS (Frankfurt)"],
    ["Boekhouding klanten", "Boekhouding voeren", "Wij", "Exact Online"],
    ["Website", "Informeren", "Hostnet, Mailchimp", "Cloudflare"],
]


def test_sub_processors_are_processors_and_those_of_the_rows_processor(tmp_path):
    _, activities, recipients = _imported(tmp_path, PROCESSORS)
    by_name = {r["name"]["nl"]: r for r in recipients.values()}
    salaris = activities["Salarisadministratie"]
    assert _names(recipients, salaris["recipients"]) == [
        ("Nmbrs", "processor"),
        ("Microsoft 365", "processor"),
        ("AWS", "processor"),
    ]
    assert [recipients[i]["name"]["nl"] for i in by_name["Nmbrs"]["sub_processors"]] == ["Microsoft 365", "AWS"]
    # We are the processor: Exact Online is our sub-processor, a processor of this activity.
    klanten = activities["Boekhouding klanten"]
    assert str(klanten["role"]) == "processor"
    assert _names(recipients, klanten["recipients"]) == [("Exact Online", "processor")]
    # Near miss: two processors on the row; whose sub-processor Cloudflare is, is not said.
    assert by_name["Hostnet"]["sub_processors"] == [] and by_name["Mailchimp"]["sub_processors"] == []
    assert ("Cloudflare", "processor") in _names(recipients, activities["Website"]["recipients"])


def test_a_second_import_adds_sub_processors_and_keeps_the_others(tmp_path):
    register = create_register(tmp_path / "r.ropa", "Org", language="nl")
    import_workbook(register, foreign_workbook(tmp_path / "a.xlsx", PROCESSORS[:2]))
    import_workbook(
        register,
        foreign_workbook(
            tmp_path / "b.xlsx", [PROCESSORS[0], ["Verzuim", "Verzuim bijhouden", "Nmbrs", "Google Cloud"]]
        ),
    )
    with register.session() as session:
        found = {row.id: operations.read(register, kinds.RECIPIENT, row.id) for row in rows(session, kinds.RECIPIENT)}
    nmbrs = next(r for r in found.values() if r["name"]["nl"] == "Nmbrs")
    assert [found[i]["name"]["nl"] for i in nmbrs["sub_processors"]] == ["Microsoft 365", "AWS", "Google Cloud"]


# --- a per-row controller/processor pair ---------------------------------------------------------------

PAIR = [
    ["Nr", "Verwerkingsactiviteit", "Doel", "Verantwoordelijke", "Verwerker"],
    ["P-01", "Financiële administratie", "Boekhouding voeren", "Klant (mkb-ondernemer)", "Wij"],
    ["E-01", "Klantrelatiebeheer", "Relaties onderhouden", "Wij", "Exact Online"],
]


def test_a_controller_column_beside_a_processor_column_names_the_controller_served(tmp_path):
    _, activities, recipients = _imported(tmp_path, PAIR)
    financial = activities["Financiële administratie"]
    assert str(financial["role"]) == "processor"
    assert _names(recipients, financial["controllers_served"]) == [("Klant (mkb-ondernemer)", "client_controller")]
    relations = activities["Klantrelatiebeheer"]
    assert str(relations["role"]) == "controller"
    assert _names(recipients, relations["recipients"]) == [("Exact Online", "processor")]
    assert relations["controllers_served"] == []


def test_a_controller_column_is_left_alone_when_no_row_says_we():
    headers = {1: "Verwerkingsactiviteit", 2: "Verantwoordelijke", 3: "Verwerker"}
    fields = {1: "name", 3: "processors"}
    assert controller_column(headers, fields, set(), [["Werving", "Klant", "Wij"]]) == 2
    # Near misses: no row says "wij"; no processor column; the column left out on purpose.
    assert controller_column(headers, fields, set(), [["Werving", "Jan de Vries", "Recruitee"]]) is None
    assert controller_column(headers, {1: "name"}, set(), [["Werving", "Wij", None]]) is None
    assert controller_column(headers, fields, {2}, [["Werving", "Klant", "Wij"]]) is None


def test_without_the_pair_the_controller_column_stays_in_the_notes(tmp_path):
    sheet = [PAIR[0], ["E-01", "Klantrelatiebeheer", "Relaties onderhouden", "Directie", "Exact Online"]]
    _, activities, _ = _imported(tmp_path, sheet)
    relations = activities["Klantrelatiebeheer"]
    assert relations["controllers_served"] == []
    assert "Verantwoordelijke: Directie" in relations["internal_notes"]
