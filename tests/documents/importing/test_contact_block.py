"""The contact block above a register's table (importing/contact_block.py, contact_fill.py):
the organisation's details land in the organisation, only where the register leaves a field
empty, each as a guess to review; a title or a date is not read, and the report says so."""

from __future__ import annotations

import pytest
from workbooks import foreign_workbook

from ropa_desktop.documents.importing import contact_block
from ropa_desktop.documents.importing.foreign import cell_text
from ropa_desktop.documents.importing.mapping import Mapping
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import snapshots
from ropa_desktop.register.kinds import ORGANISATION
from ropa_desktop.register.storage import create_register

TABLE = [
    ["Naam verwerking", "Doel van de verwerking", "Categorieën betrokkenen"],
    ["Salarisadministratie", "Salaris betalen", "Medewerkers"],
]
EMPTY = {
    "trade_name": "",
    "address": "",
    "postal_code": "",
    "city": "",
    "email": "",
    "phone": "",
    "website": "",
    "chamber_of_commerce": "",
}


@pytest.fixture
def register(tmp_path):
    """A new register: its name and country are the officer's, every other detail is empty."""
    made = create_register(tmp_path / "new.ropa", "Flex", language="nl")
    yield made
    made.close()


def organisation(register) -> dict:
    with register.session() as session:
        return snapshots.read_object(ORGANISATION, register.organisation(session))


def imported(register, tmp_path, block, **options):
    path = foreign_workbook(tmp_path / "register.xlsx", [*block, [], *TABLE])
    return import_workbook(register, path, backup=False, **options)


def filled(register) -> dict:
    """The organisation's details that are no longer as a new register has them."""
    found = organisation(register)
    details = {name: found[name] for name in EMPTY if found[name]}
    for role in ("privacy_contact", "dpo", "representative"):
        details.update({f"{role}.{name}": value for name, value in (found[role] or {}).items() if value})
    return details


# --- per language -----------------------------------------------------------------------------------------

BLOCKS = {
    "nl": (
        [
            ["Naam organisatie: Uitzendbureau Flex BV"],
            ["Adres: Stationsweg 10, 9726 AC Groningen"],
            ["KvK-nummer: 12345678"],
            ["Functionaris gegevensbescherming: J. Jansen, fg@flex.example"],
            ["Contactpersoon privacy: P. Bakker, privacy@flex.example"],
        ],
        {
            "address": "Stationsweg 10",
            "postal_code": "9726 AC",
            "city": "Groningen",
            "chamber_of_commerce": "12345678",
            "dpo.name": "J. Jansen",
            "dpo.email": "fg@flex.example",
            "privacy_contact.name": "P. Bakker",
            "privacy_contact.email": "privacy@flex.example",
        },
    ),
    "en": (
        [
            ["Name of organisation / Controller", "Flex Staffing Ltd"],
            ["Address", "1 High Street, London EC1A 1BB"],
            ["Contact details", "info@flex.example, +44 20 7946 0958"],
            ["DPO", "A. Smith, dpo@flex.example"],
        ],
        {
            "address": "1 High Street",
            "postal_code": "EC1A 1BB",
            "city": "London",
            "email": "info@flex.example",
            "phone": "+44 20 7946 0958",
            "dpo.name": "A. Smith",
            "dpo.email": "dpo@flex.example",
        },
    ),
    "fr": (
        [
            ["Responsable du traitement : Flex Intérim SAS"],
            ["Coordonnées : 20 avenue de Ségur, 75007 Paris"],
            ["SIREN : 123 456 789"],
            ["Délégué à la protection des données (DPO) : dpd@flex.example"],
        ],
        {
            "address": "20 avenue de Ségur",
            "postal_code": "75007",
            "city": "Paris",
            "chamber_of_commerce": "123 456 789",
            "dpo.email": "dpd@flex.example",
        },
    ),
    "de": (
        [
            ["Verantwortliche Stelle: Flex Personal GmbH"],
            ["Anschrift: Industriestraße 5, 70565 Stuttgart"],
            ["Telefon: +49 711 123456-0"],
            ["Datenschutzbeauftragter: Dr. K. Weber, datenschutz@flex.example"],
        ],
        {
            "address": "Industriestraße 5",
            "postal_code": "70565",
            "city": "Stuttgart",
            "phone": "+49 711 123456-0",
            "dpo.name": "Dr. K. Weber",
            "dpo.email": "datenschutz@flex.example",
        },
    ),
}


@pytest.mark.parametrize("language", list(BLOCKS))
def test_a_block_in_each_language_fills_the_organisation(register, tmp_path, language):
    block, expected = BLOCKS[language]
    report = imported(register, tmp_path, block)
    assert filled(register) == expected
    # The register's own name stays; the report names the sheet's beside it.
    assert organisation(register)["legal_name"] == "Flex"
    kept = [note.text("en") for note in report.notes if note.code == "contact_block_keeps"]
    assert len(kept) == 1 and "the register keeps “Flex”" in kept[0]
    assert f"Organisation: {len(expected)} fields filled from the block above the table" in report.text("en")


def test_a_label_and_its_value_in_one_cell_or_in_two_are_read_alike(tmp_path):
    one = create_register(tmp_path / "one.ropa", "Flex", language="nl")
    two = create_register(tmp_path / "two.ropa", "Flex", language="nl")
    try:
        (tmp_path / "a").mkdir()
        (tmp_path / "b").mkdir()
        imported(one, tmp_path / "a", [["E-mail: info@flex.example"], ["Website: https://flex.example"]])
        imported(two, tmp_path / "b", [["E-mail", "info@flex.example"], ["Website:", "https://flex.example"]])
        assert filled(one) == filled(two) == {"email": "info@flex.example", "website": "https://flex.example"}
    finally:
        one.close()
        two.close()


def test_a_cell_of_several_lines_goes_on_under_its_label(register, tmp_path):
    imported(register, tmp_path, [["Adres:\nKeizersgracht 112\n1015 CW Amsterdam\nTelefoon: 020 123 45 67"]])
    assert filled(register) == {
        "address": "Keizersgracht 112",
        "postal_code": "1015 CW",
        "city": "Amsterdam",
        "phone": "020 123 45 67",
    }


def test_a_dpo_line_with_a_name_and_an_address_is_the_dpo_contact(register, tmp_path):
    imported(register, tmp_path, [["Functionaris gegevensbescherming: M. de Vries (fg@flex.example)"]])
    assert organisation(register)["dpo"] == {
        **organisation(register)["dpo"],
        "name": "M. de Vries",
        "email": "fg@flex.example",
    }
    # Near miss: the DPO's address is not the organisation's.
    assert organisation(register)["email"] == ""


def test_a_postal_code_is_split_from_its_city_only_when_certain(register, tmp_path):
    imported(register, tmp_path, [["Adres: Keizersgracht 112, Amsterdam"]])
    assert filled(register) == {"address": "Keizersgracht 112, Amsterdam"}


# --- near misses: what is not read -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        ["Verwerkingsregister 2024"],
        ["Versie: 3 maart 2024"],
        ["Laatst bijgewerkt", "12-03-2024"],
        ["Stand: 01.02.2025"],
        ["Record of processing activities (Art. 30 GDPR)"],
    ],
)
def test_a_title_or_a_date_is_read_into_nothing_and_said(register, tmp_path, row):
    before = organisation(register)
    report = imported(register, tmp_path, [row])
    assert organisation(register) == before
    (note,) = [note for note in report.notes if note.code == "contact_block_unread"]
    assert note.place.row == 1 and row[-1] in note.text("en")
    assert not [item for item in report.review if item.kind == "contact_block"]


def test_a_title_is_no_legal_name_even_where_it_names_the_organisation():
    block = contact_block.read(
        "Register",
        [
            ["Verwerkingsregister", "Administratiekantoor Jansen & De Wit"],
            ["Register van verwerkingsactiviteiten — Flexwerk Noord B.V."],
        ],
        cell_text,
    )
    assert block.details == []
    assert [line.text for line in block.unread] == [
        "Verwerkingsregister | Administratiekantoor Jansen & De Wit",
        "Register van verwerkingsactiviteiten — Flexwerk Noord B.V.",
    ]


def test_a_function_is_no_legal_name_and_the_part_not_read_is_said(register, tmp_path):
    report = imported(register, tmp_path, [["Responsable : le Président, 12 rue du Stade, 69003 Lyon"]])
    assert filled(register) == {"address": "12 rue du Stade", "postal_code": "69003", "city": "Lyon"}
    assert [note.values["text"] for note in report.notes if note.code == "contact_block_part"] == ["le Président"]


def test_a_dpo_e_mail_does_not_fill_the_organisation_e_mail(register, tmp_path):
    imported(register, tmp_path, [["DPO", "dpo@flex.example"]])
    assert filled(register) == {"dpo.email": "dpo@flex.example"}


# --- what the officer entered stays ----------------------------------------------------------------------


def test_an_organisation_s_fields_are_never_overwritten(demo_register, tmp_path):
    before = organisation(demo_register)
    report = imported(
        demo_register,
        tmp_path,
        [
            ["Organisatie", "Flex BV"],
            ["E-mail", "info@flex.example"],
            ["Website", "https://flex.example"],
            ["Adres", "Stationsweg 10, 1096 CJ Amsterdam"],
        ],
    )
    after = organisation(demo_register)
    # Only the empty website is filled; the address is one: its postal code, though the same, does not
    # join another street.
    assert after == {**before, "website": "https://flex.example"}
    kept = {note.values["text"]: note.values["kept"] for note in report.notes if note.code == "contact_block_keeps"}
    assert kept == {
        "Flex BV": "Connaxis B.V.",
        "info@flex.example": "privacy@connaxis.com",
        "Stationsweg 10": "Joan Muyskenweg 22, 2e verdieping, kantoor 6, 1096 CJ, Amsterdam",
        "1096 CJ": "Joan Muyskenweg 22, 2e verdieping, kantoor 6, 1096 CJ, Amsterdam",
        "Amsterdam": "Joan Muyskenweg 22, 2e verdieping, kantoor 6, 1096 CJ, Amsterdam",
    }
    assert [item.result for item in report.review if item.kind == "contact_block"] == [
        "Organisatie — website: https://flex.example"
    ]


def test_a_value_the_register_already_holds_is_neither_filled_nor_noted(demo_register, tmp_path):
    report = imported(demo_register, tmp_path, [["E-mail", "PRIVACY@connaxis.com"]])
    assert not [note for note in report.notes if note.code.startswith("contact_block")]
    assert report.organisation_filled == 0


def test_another_dpo_in_the_register_keeps_every_detail(register, tmp_path):
    with register.transaction() as session:
        snapshots.write(session, ORGANISATION, register.organisation(session).id, {"dpo": {"name": "Y. Bos"}})
    report = imported(register, tmp_path, [["FG: J. Jansen, fg@flex.example"]])
    assert organisation(register)["dpo"]["name"] == "Y. Bos"
    assert organisation(register)["dpo"]["email"] == ""  # not another person's address
    kept = [note.text("en") for note in report.notes if note.code == "contact_block_keeps"]
    assert kept[0].endswith(
        "the block above the table gives “J. Jansen” as name of the data protection officer; "
        "the register keeps “Y. Bos” and is not changed."
    )


def test_the_same_dpo_gets_the_details_the_register_lacks(register, tmp_path):
    with register.transaction() as session:
        snapshots.write(session, ORGANISATION, register.organisation(session).id, {"dpo": {"name": "J. Jansen"}})
    imported(register, tmp_path, [["FG: J. Jansen, fg@flex.example"]])
    assert (organisation(register)["dpo"]["name"], organisation(register)["dpo"]["email"]) == (
        "J. Jansen",
        "fg@flex.example",
    )


# --- the review before importing ---------------------------------------------------------------------------


def test_the_dry_run_lists_each_field_as_a_guess_and_changes_nothing(register, tmp_path):
    before = organisation(register)
    report = imported(
        register, tmp_path, [["Privacy contact", "privacy@flex.example"], ["KvK", "12345678"]], dry_run=True
    )
    assert organisation(register) == before
    guesses = [(item.cell, item.text, item.result) for item in report.review if item.kind == "contact_block"]
    assert guesses == [
        ("Register!B1", "privacy@flex.example", "Privacycontact — e-mailadres: privacy@flex.example"),
        ("Register!B2", "12345678", "Organisatie — KvK-nummer: 12345678"),
    ]
    assert "Organisation: 2 fields to fill from the block above the table" in report.text("en")
    assert "Organisation’s detail from the block above the table (2):" in "\n".join(report.review_lines("en"))


def test_a_cell_kept_out_by_the_officer_leaves_its_field_empty(register, tmp_path):
    mapping = Mapping(cells={"Register!B1": None})
    report = imported(
        register, tmp_path, [["Privacy contact", "privacy@flex.example"], ["KvK", "12345678"]], mapping=mapping
    )
    assert filled(register) == {"chamber_of_commerce": "12345678"}
    assert [note.values["text"] for note in report.notes if note.code == "contact_block_kept"] == [
        "privacy@flex.example"
    ]


def test_a_cell_read_as_the_officer_says(register, tmp_path):
    mapping = Mapping(cells={"Register!B1": "privacy@flexwerk.example"})
    imported(register, tmp_path, [["Privacy contact", "privacy@flex.example"]], mapping=mapping)
    assert filled(register) == {"privacy_contact.email": "privacy@flexwerk.example"}


def test_ropa_import_dry_run_prints_the_guesses(ropa, register, tmp_path):
    path = foreign_workbook(tmp_path / "register.xlsx", [["E-mail: info@flex.example"], [], *TABLE])
    register.close()
    code, out, _ = ropa("import", register.location, str(path), "--dry-run", "--lang", "en")
    assert code == 0
    assert "Organisation: 1 field to fill from the block above the table" in out
    assert "Register!A1: “E-mail: info@flex.example” → Organisatie — e-mailadres: info@flex.example" in out
