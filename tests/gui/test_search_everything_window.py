"""Ctrl+F: search across everything, hits grouped by section, a hit opens its item in its section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from ropa_desktop.gui.list_page import ListPage
from ropa_desktop.gui.search_everything import SearchEverythingWindow
from ropa_desktop.gui.search_results_model import SECTION_ROLE, SearchResultsModel
from ropa_desktop.gui.undo import SaveItem
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.search import STATEMENT, find

# The window comes to the front when opened: the offscreen platform says it cannot.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", extend=True)


def _shortcut_action(window, sequence):
    return next(a for a in window.findChildren(type(window.undo_action)) if sequence in a.shortcuts())


def _open(window, qtbot) -> SearchEverythingWindow:
    _shortcut_action(window, QKeySequence(QKeySequence.StandardKey.Find)).trigger()
    search = window.search_window
    qtbot.waitUntil(lambda: search.index is not None)
    return search


def _type(search, qtbot, text: str) -> None:
    search.query.clear()
    qtbot.keyClicks(search.query, text)
    qtbot.waitUntil(lambda: not search._timer.isActive() and search.model.rowCount() > 0)


def _sections(search) -> list[str]:
    model = search.model
    return [model.index(row, 0).data(SECTION_ROLE) for row in range(model.rowCount())]


def _hits(search, section: str) -> list[str]:
    model = search.model
    parent = model.index(_sections(search).index(section), 0)
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


def test_ctrl_f_opens_the_search_and_the_list_filter_moved_to_ctrl_l(window, qtbot):
    find_action = _shortcut_action(window, QKeySequence(QKeySequence.StandardKey.Find))
    filter_action = window.item_actions["focus_search"]
    assert filter_action.shortcut() == QKeySequence("Ctrl+L")
    assert find_action is not filter_action
    search = _open(window, qtbot)
    assert search.isVisible() and not search.isModal()
    window.activateWindow()
    filter_action.trigger()
    page = window.current_page()
    assert isinstance(page, ListPage) and window.focusWidget() is page.search


def test_typing_finds_every_kind_grouped_by_section(window, qtbot):
    search = _open(window, qtbot)
    _type(search, qtbot, "bolivia")
    sections = _sections(search)
    assert sections[:2] == [kinds.ORGANISATION, kinds.ACTIVITY]  # in the navigation's order
    assert {kinds.RECIPIENT, kinds.TRANSFER} <= set(sections)
    transfers = _hits(search, kinds.TRANSFER)
    assert transfers == ["Bolivia — Connaxis, Cochabamba office", "Bolivia — Connaxis, Santa Cruz office"]
    row = sections.index(kinds.TRANSFER)
    assert search.model.index(row, 0).data() == "Transfers (2)"
    # The activities using the transfers are found through them, and say so.
    activity_rows = search.model.index(sections.index(kinds.ACTIVITY), 0)
    through = [
        (search.model.index(r, 1, activity_rows).data(), search.model.index(r, 2, activity_rows).data())
        for r in range(search.model.rowCount(activity_rows))
    ]
    assert through[0] == ("via transfer", "Bolivia — Connaxis, Cochabamba office")
    assert search.status.text().endswith("items found")


def test_a_near_miss_finds_nothing_and_says_so(window, qtbot):
    search = _open(window, qtbot)
    qtbot.keyClicks(search.query, "Bolivian")
    qtbot.waitUntil(lambda: not search._timer.isActive() and search.status.text() != "")
    assert search.model.rowCount() == 0
    assert search.status.text() == "Nothing found for “Bolivian”."


def test_enter_on_a_hit_opens_the_item_in_its_section_with_the_field_in_view(window, qtbot):
    search = _open(window, qtbot)
    _type(search, qtbot, "Verenigde Staten")
    parent = search.model.index(_sections(search).index(kinds.TRANSFER), 0)
    index = search.model.index(0, 0, parent)
    search.view.setCurrentIndex(index)
    search.view.setFocus()
    qtbot.keyClick(search.view, Qt.Key.Key_Return)
    page = window.current_page()
    assert page is window.page_of[kinds.TRANSFER]
    assert page.editor.item_id == search.model.hit(index).item_id
    assert search.isVisible()  # it stays, for the next hit


def test_double_click_and_enter_in_the_query_open_the_first_hit(window, qtbot):
    search = _open(window, qtbot)
    _type(search, qtbot, "Cochabamba")
    first = search.model.hit(search.model.index(0, 0, search.model.index(0, 0)))
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    page = window.current_page()
    assert page is window.page_of[first.section]
    _type(search, qtbot, "daarvoor aangegeven")
    section = search.model.index(_sections(search).index(STATEMENT), 0)
    search.view.activated.emit(search.model.index(0, 0, section))  # what a double click sends
    assert window.current_page() is window.page_of[STATEMENT]
    assert window.page_of[STATEMENT].current_key() == "rights.intro"
    assert window.page_of[STATEMENT].tabs.currentIndex() == 1  # the wording, not the preview


def test_a_change_is_found_without_reopening(window, qtbot):
    search = _open(window, qtbot)
    _type(search, qtbot, "Cochabamba")
    with window.workspace.register.session() as session:
        transfer_id = find(session, "Cochabamba").sections[kinds.TRANSFER][0].item_id
    snap = operations.read(window.workspace.register, kinds.TRANSFER, transfer_id)
    window.workspace.run(
        SaveItem(
            window.workspace, "edit", kinds.TRANSFER, transfer_id, snap, {**snap, "notes": "Zie het dossier Zanzibar"}
        )
    )
    qtbot.waitUntil(lambda: search._job is None and not search._stale)
    _type(search, qtbot, "zanzibar")
    assert _sections(search) == [kinds.ACTIVITY, kinds.TRANSFER]  # the activities through the transfer
    assert search.model.hit(search.model.index(0, 0, search.model.index(1, 0))).item_id == transfer_id


def test_the_results_model_passes_qts_checks(qtmodeltester, demo_register, english):
    model = SearchResultsModel()
    with demo_register.session() as session:
        model.set_found(find(session, "a"))
    assert model.rowCount() > 1
    qtmodeltester.check(model)
    with demo_register.session() as session:
        model.set_found(find(session, "zzzz"))
    qtmodeltester.check(model)


def test_another_interface_language_closes_the_search_and_ctrl_f_opens_it_anew(window, qtbot, qapp):
    from ropa_desktop.gui import language

    old = _open(window, qtbot)
    language.install(qapp, "nl")
    assert window.retranslate()
    assert window.search_window is None and not old.isVisible()
    search = _open(window, qtbot)
    assert search is not old
    _type(search, qtbot, "Cochabamba")
    assert search.model.index(_sections(search).index(kinds.TRANSFER), 0).data() == "Doorgiften (1)"


def test_down_from_the_query_goes_to_the_results_only_when_there_are_some(window, qtbot):
    search = _open(window, qtbot)
    search.activateWindow()
    search.query.setFocus()
    qtbot.keyClick(search.query, Qt.Key.Key_Down)
    assert not search.view.hasFocus()  # nothing to go to yet
    _type(search, qtbot, "Cochabamba")
    qtbot.keyClick(search.query, Qt.Key.Key_Down)
    qtbot.waitUntil(search.view.hasFocus)


def test_the_hit_the_officer_is_at_stays_current_when_the_register_changes(window, qtbot):
    search = _open(window, qtbot)
    _type(search, qtbot, "bolivia")
    transfers = search.model.index(_sections(search).index(kinds.TRANSFER), 0)
    first, second = (search.model.hit(search.model.index(row, 0, transfers)) for row in (0, 1))
    search.view.setCurrentIndex(search.model.index(1, 0, transfers))
    snap = operations.read(window.workspace.register, kinds.TRANSFER, first.item_id)
    old_index = search.index
    window.workspace.run(
        SaveItem(
            window.workspace,
            "edit",
            kinds.TRANSFER,
            first.item_id,
            snap,
            {**snap, "notes": snap["notes"] + " Nagekeken."},
        )
    )
    qtbot.waitUntil(lambda: search.index is not old_index and search._job is None)
    current = search.model.hit(search.view.currentIndex())
    assert (current.kind, current.item_id) == (kinds.TRANSFER, second.item_id)
    # The near miss: a new query starts at its first hit, even where it finds the same transfer.
    _type(search, qtbot, "Santa Cruz")
    assert search.model.index_of(kinds.TRANSFER, second.item_id) is not None
    assert search.view.currentIndex() == search.model.index(0, 0, search.model.index(0, 0))
