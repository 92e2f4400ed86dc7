"""Every item model of the window passes Qt's own model checks (qtmodeltester)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ropa_desktop.gui.columns import COLUMNS
from ropa_desktop.gui.forms.check_list_model import CheckListModel
from ropa_desktop.gui.forms.child_list import ChildRowsModel
from ropa_desktop.gui.item_table_model import ID_ROLE, SORT_ROLE, ItemTableModel
from ropa_desktop.gui.navigation_model import NavigationModel
from ropa_desktop.gui.search_proxy import SearchProxy
from ropa_desktop.register import kinds, operations, rows


@pytest.mark.parametrize("kind", kinds.LISTED)
def test_table_and_search_models(qtmodeltester, demo_register, english, kind):
    model = ItemTableModel(COLUMNS[kind])
    with demo_register.session() as session:
        model.set_rows(rows.rows(session, kind))
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.set_query("a")
    qtmodeltester.check(proxy)


def test_activity_table_shows_the_register(demo_register, english):
    model = ItemTableModel(COLUMNS[kinds.ACTIVITY])
    with demo_register.session() as session:
        model.set_rows(rows.rows(session, kinds.ACTIVITY))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["#", "Reference", "Name", "Role", "Legal bases", "Status", "Approval", "DPIA", "Last changed"]
    first = [model.index(0, c).data() for c in range(7)]
    assert first == ["1", "", "Our services", "Controller", "Performance of a contract", "Active", "Concept"]
    assert model.index(0, 0).data(SORT_ROLE) == 0


def test_search_matches_every_word_in_names_purposes_and_categories(demo_register, english):
    model = ItemTableModel(COLUMNS[kinds.ACTIVITY])
    with demo_register.session() as session:
        model.set_rows(rows.rows(session, kinds.ACTIVITY))
    proxy = SearchProxy()
    proxy.setSourceModel(model)

    def names(query):
        proxy.set_query(query)
        return [proxy.index(r, model.marker_column).data() for r in range(proxy.rowCount())]

    assert names("") == [model.index(r, model.marker_column).data() for r in range(model.rowCount())]
    assert names("SOLLICIT") == ["Job applications"]  # Dutch name, any case
    assert "Legal obligations" in names("belastingdienst")  # a purpose's words
    assert names("werkervaring") == ["Job applications"]  # a data category's name
    assert names("sollicit nonexistentword") == []


def test_navigation_and_picker_models(qtmodeltester, english):
    navigation = NavigationModel()
    navigation.set_counts({kinds.ACTIVITY: 3})
    qtmodeltester.check(navigation)
    assert "(3)" in navigation.index(navigation.row_of(kinds.ACTIVITY)).data()

    picker = CheckListModel()
    picker.set_entries([(1, "Contact details"), (2, "Bank account")])
    picker.set_checked([2])
    qtmodeltester.check(picker)

    children = ChildRowsModel(lambda row, values: f"{row + 1}. {values['x']}")
    children.set_rows([{"x": "a"}, {"x": "b"}])
    children.move_down(0)
    assert [children.index(r).data() for r in range(2)] == ["1. b", "2. a"]
    qtmodeltester.check(children)


def test_sorting_by_a_column_keeps_the_selected_item_selected(window):
    page = window.page_of[kinds.ACTIVITY]
    page.table.selectRow(0)
    selected = page.editor.item_id
    name_column = page.model.marker_column
    page.table.sortByColumn(name_column, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, name_column).data() for r in range(page.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    current = page.table.currentIndex()
    assert current.data(ID_ROLE) == selected
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    positions = [page.proxy.index(r, 0).data(SORT_ROLE) for r in range(page.proxy.rowCount())]
    assert positions == sorted(positions, reverse=True)


def test_window_shortcuts_reach_the_current_list(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    count = page.model.rowCount()
    window.item_actions["add_item"].trigger()
    assert page.editor.is_new()  # in the form, not yet in the list: the first save adds it
    window.item_actions["save"].trigger()
    assert page.model.rowCount() == count + 1
    assert window.item_actions["add_item"].shortcut().toString() == "Ctrl+N"
    assert window.item_actions["duplicate_item"].isEnabled()
    window.show_section(kinds.DATA_SUBJECT)
    assert not window.item_actions["duplicate_item"].isEnabled()
    assert not window.item_actions["move_up"].isEnabled()


def test_references_sort_as_people_number_them_with_the_unnumbered_last(demo_register, english):
    ids = operations.order(demo_register, kinds.ACTIVITY)
    for item, reference in zip(ids, ["V-10", "V-2", "", "V-1", "T1", "", ""], strict=False):
        operations.save(demo_register, kinds.ACTIVITY, item, {"reference": reference})
    model = ItemTableModel(COLUMNS[kinds.ACTIVITY])
    with demo_register.session() as session:
        model.set_rows(rows.rows(session, kinds.ACTIVITY))
    column = next(i for i, c in enumerate(COLUMNS[kinds.ACTIVITY]) if c.key == "reference")
    model.sort(column, Qt.SortOrder.AscendingOrder)
    shown = [model.index(r, column).data() for r in range(model.rowCount())]
    assert shown == ["T1", "V-1", "V-2", "V-10", "", "", ""]
