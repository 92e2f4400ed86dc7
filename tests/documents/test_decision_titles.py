"""Adequacy decisions are named by their Official Journal title in the export's own language."""

from __future__ import annotations

import io

import openpyxl
import pytest

from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register.reference.countries import adequacy_decisions


def test_every_adequacy_decision_has_a_dutch_and_an_english_title():
    for decision in adequacy_decisions().values():
        assert decision.title("en") == decision.instrument and decision.title("en").startswith("Commission ")
        assert decision.title("nl").endswith(
            "van de Commissie"
        ) or " van de Commissie, gewijzigd bij " in decision.title("nl")


@pytest.mark.parametrize(
    ("language", "title", "other"),
    [
        ("nl", "ja (Beschikking 2003/490/EG van de Commissie)", "Commission Decision 2003/490/EC"),
        ("en", "yes (Commission Decision 2003/490/EC)", "Beschikking 2003/490/EG van de Commissie)"),
    ],
)
def test_the_workbook_names_the_decision_in_its_own_language(demo_register, language, title, other):
    stream = io.BytesIO()
    write_workbook(demo_register, language, stream)
    stream.seek(0)
    cells = [
        str(c.value)
        for sheet in openpyxl.load_workbook(stream)
        for row in sheet.iter_rows()
        for c in row
        if c.value is not None
    ]
    assert title in cells  # the adequacy column of the transfer to Argentina
    assert not any(cell.endswith(other) for cell in cells)
