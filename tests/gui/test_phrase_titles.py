"""The Wording tab names each phrase by what it is, in the interface language, never by its key."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from ropa_desktop.documents.statement.phrases import catalogue, titles
from ropa_desktop.gui import language
from ropa_desktop.gui.navigation_model import STATEMENT
from ropa_desktop.gui.phrase_table_model import PhraseTableModel
from ropa_desktop.register.reference.languages import SUPPORTED

DOTTED_KEY = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")


def _visible_cells(view) -> list[str]:
    model = view.model()
    return [
        str(model.index(row, column).data() or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if not view.isColumnHidden(column)
    ]


def test_every_phrase_has_a_title_in_every_language_and_no_title_lacks_a_phrase():
    assert set(titles()) == set(catalogue())
    assert all(texts.get(lang, "").strip() for texts in titles().values() for lang in SUPPORTED)


@pytest.mark.parametrize("interface", ["nl", "en"])
@pytest.mark.parametrize("statement_language", ["nl", "en"])
def test_no_cell_of_the_phrase_table_shows_a_key(window, qapp, interface, statement_language):
    language.install(qapp, interface)
    window.retranslate()
    window.show_section(STATEMENT)
    page = window.page_of[STATEMENT]
    page.tabs.setCurrentIndex(1)
    page.language.setCurrentIndex(page.language.findData(statement_language))
    cells = _visible_cells(page.phrase_view)
    assert len(cells) == 3 * len(catalogue())
    assert [cell for cell in cells if DOTTED_KEY.match(cell)] == []
    row = next(r for r in range(page.phrases.rowCount()) if page.phrases.key(r) == "footer.disclaimer")
    assert page.phrases.index(row, 0).data() == titles()["footer.disclaimer"][interface]


def test_near_miss_the_key_is_still_there_for_who_asks(qapp, english):
    model = PhraseTableModel()
    row = model._keys.index("footer.disclaimer")
    assert model.index(row, 0).data() == "Footer: subject to change"
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == "footer.disclaimer"
    assert DOTTED_KEY.match(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))


def test_the_phrase_table_is_a_sound_item_model(qtmodeltester, english):
    qtmodeltester.check(PhraseTableModel())
