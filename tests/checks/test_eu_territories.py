"""EU territory is no third country (Art. 52 TEU, Art. 349 and 355 TFEU): the outermost
regions, Åland, the Canary Islands, Ceuta and Melilla, Madeira and the Azores. In the rules,
the transfer editor's country choices and the import."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from registers import TODAY, change, ids
from sqlalchemy import select

from ropa_desktop.checks import form_rules
from ropa_desktop.checks.context import read_context
from ropa_desktop.checks.run import check_register, run_rules
from ropa_desktop.documents.importing import recognise
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.register import kinds, snapshots
from ropa_desktop.register.models import Transfer
from ropa_desktop.register.reference.countries import countries, destination_label, in_eea

RULES_TESTED: set[str] = set()  # no rule of its own: the transfer rules read in_eea

EU_TERRITORIES = ["RE", "GP", "MQ", "GF", "YT", "MF", "AX", "IC", "EA"]
# Tied to a member state, but outside the Union: data going there are transferred.
OUTSIDE = ["BL", "PM", "NC", "PF", "WF", "TF", "AW", "CW", "SX", "BQ", "GL", "FO", "GG", "JE", "IM"]


@pytest.mark.parametrize("code", EU_TERRITORIES)
def test_a_territory_of_the_union_is_in_the_eea(code):
    assert in_eea(code) and in_eea(code.lower())


@pytest.mark.parametrize("code", OUTSIDE)
def test_a_territory_outside_the_union_is_a_third_country(code):
    assert not in_eea(code)


def _transfer_to(register, code: str) -> None:
    change(register, kinds.TRANSFER, ids(register)[kinds.TRANSFER], country_code=code, tool="none", tia_date=None)


@pytest.mark.parametrize("code", ["RE", "IC", "EA", "AX", "PT"])
def test_no_tool_is_needed_for_a_transfer_to_eu_territory(clean, code):
    _transfer_to(clean, code)
    context = read_context(clean, TODAY)
    assert run_rules(context, only={"transfer.no_tool", "transfer.no_tia", "statement.incomplete"}) == []


def test_near_miss_saint_barthelemy_left_the_union_and_needs_a_tool(clean):
    _transfer_to(clean, "BL")
    found = [f for f in check_register(clean, TODAY) if f.rule == "transfer.no_tool"]
    assert [f.message("en") for f in found] == [
        "Transfer to St. Barthélemy — Helpdesk supplier: St. Barthélemy has no adequacy decision and no transfer "
        "tool is on record."
    ]
    assert "Saint-Barthélemy heeft geen adequaatheidsbesluit" in found[0].message("nl")


def test_the_country_choices_say_which_territories_are_part_of_the_eu():
    labels = {code: destination_label(code, name, "en") for code, name in countries("en")}
    assert labels["RE"] == "Réunion (RE, part of the EU)"
    assert labels["IC"] == "Canary Islands (IC, part of the EU)"
    assert labels["PT"] == "Portugal (PT, including Madeira and the Azores)"
    assert labels["SX"] == "Sint Maarten (SX)" and labels["BO"] == "Bolivia (BO)"
    dutch = {code: destination_label(code, name, "nl") for code, name in countries("nl")}
    assert dutch["EA"] == "Ceuta en Melilla (EA, deel van de EU)"
    assert dutch["PT"] == "Portugal (PT, met Madeira en de Azoren)"


def test_the_transfer_editor_offers_those_choices():
    from ropa_desktop.gui.forms.options import country_options

    offered = dict(country_options())
    assert offered["AX"] == "Åland Islands (AX, part of the EU)" and offered["NL"] == "Netherlands (NL)"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Madeira", ["PT"]),
        ("Azoren", ["PT"]),
        ("Açores", ["PT"]),
        ("Ceuta", ["EA"]),
        ("Melilla", ["EA"]),
        ("Canarische Eilanden", ["IC"]),
        ("Islas Canarias", ["IC"]),
        ("Réunion", ["RE"]),
        ("Åland", ["AX"]),
        ("Frans-Guyana", ["GF"]),
        ("Saint-Martin, Sint Maarten", ["MF", "SX"]),
    ],
)
def test_the_import_recognises_the_territories(text, codes):
    assert recognise.countries(text) == codes


def test_an_imported_transfer_to_eu_territory_is_no_transfer(clean, tmp_path):
    """Only Sint Maarten, outside the Union, becomes a transfer (the near miss)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append(
        [
            "Processing activity",
            "Purpose of processing",
            "Article 6 lawful basis for processing personal data",
            "Names of third countries or international organisations that personal data are transferred to",
            "Safeguards for exceptional transfers of personal data to third countries or international organisations",
        ]
    )
    sheet.append(
        [
            "Travel bookings",
            "Booking staff travel",
            "Contract",
            "Réunion; Madeira; Canarische Eilanden; Ceuta; Åland; Sint Maarten",
            "SCC",
        ]
    )
    path = tmp_path / "travel.xlsx"
    book.save(path)
    before = _transfers(clean)
    import_workbook(clean, path)
    assert sorted(set(_transfers(clean)) - set(before)) == ["SX"]


def _transfers(register) -> list[str]:
    with register.session() as session:
        return list(session.scalars(select(Transfer.country_code)))


@pytest.mark.parametrize(("code", "problems"), [("RE", []), ("IC", []), ("BL", [form_rules.TRANSFER_WITHOUT_TOOL])])
def test_the_transfer_editor_asks_for_a_tool_only_outside_the_union(code, problems):
    snap = snapshots.blank(kinds.TRANSFER)
    snap.update(country_code=code, tool="none")
    assert [p.code for p in form_rules.problems(kinds.TRANSFER, snap)] == problems
