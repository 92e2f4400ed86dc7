"""With no item chosen a section says what to do, in the editor's place: no greyed form with
default values, no item the list does not show."""

from __future__ import annotations

import pytest
from fit_helpers import clipped
from PySide6.QtCore import Qt

from ropa_desktop.gui import language
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import kinds
from ropa_desktop.register.storage import create_register


def _activities(window):
    window.show_section(kinds.ACTIVITY)
    return window.page_of[kinds.ACTIVITY]


def _advised(page) -> bool:
    return page.empty.isVisible() and not page.editor.isVisible()


def test_with_nothing_selected_the_section_says_what_to_do(window):
    page = _activities(window)
    assert page.table.currentIndex().isValid() is False
    assert _advised(page)
    assert page.empty.advice.text() == ("Select a processing activity on the left, or press Add (Ctrl+N) to make one.")
    assert page.empty.add_button.isVisible() and not page.empty.clear_button.isVisible()
    page.table.selectRow(0)  # the near miss: an item chosen, its editor shown
    assert page.editor.isVisible() and not page.empty.isVisible()
    assert page.editor.item_id is not None


def test_a_search_that_finds_nothing_says_so_and_clears(window, qtbot):
    page = _activities(window)
    page.table.selectRow(0)
    page.search.setText(page.editor.display_name())  # the near miss: it finds the one shown
    assert page.proxy.rowCount() >= 1 and page.editor.isVisible()
    page.search.setText("zzz")
    assert page.proxy.rowCount() == 0
    assert _advised(page)
    assert page.empty.advice.text() == "No processing activity matches “zzz”."
    assert page.empty.clear_button.isVisible() and not page.empty.add_button.isVisible()
    qtbot.mouseClick(page.empty.clear_button, Qt.MouseButton.LeftButton)
    assert page.search.text() == "" and page.proxy.rowCount() == page.model.rowCount() > 0
    assert page.empty.advice.text().startswith("Select a processing activity")


def test_add_from_the_advice_opens_a_new_item_and_revert_brings_the_advice_back(window):
    page = _activities(window)
    page.empty.add_button.click()
    assert page.editor.is_new() and page.editor.isVisible() and not page.empty.isVisible()
    page.editor.revert()
    assert _advised(page)


def test_an_empty_section_invites_to_add(qtbot, tmp_path, settings, answers, english):
    register = create_register(tmp_path / "new.ropa", "Acme B.V.")
    window = MainWindow(Workspace(register), settings)
    qtbot.addWidget(window)
    window.show()
    page = window.page_of[kinds.COOKIE]
    window.show_section(kinds.COOKIE)
    assert page.model.rowCount() == 0 and _advised(page)
    assert page.empty.advice.text() == "There is nothing here yet. Press Add (Ctrl+N) to make a cookie."
    window.stop_jobs()
    register.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_advice_is_whole_in_a_wide_and_a_narrow_pane(qtbot, qapp, demo_register, settings, answers, english, lang):
    language.install(qapp, lang)
    window = MainWindow(Workspace(demo_register), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = _activities(window)
    qtbot.waitUntil(lambda: page.empty.width() > 400)
    assert _advised(page) and clipped(page.empty) == []
    page.splitter.setSizes([1000, 260])  # its text wraps to several lines
    qtbot.waitUntil(lambda: page.empty.width() < 300)
    assert (
        _advised(page)
        and page.empty.advice.heightForWidth(page.empty.advice.width())
        > 2 * page.empty.advice.fontMetrics().lineSpacing()
    )
    assert clipped(page.empty) == []
    window.stop_jobs()
