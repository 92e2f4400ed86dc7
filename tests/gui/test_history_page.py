"""The History section: every change of the register, newest first, narrowed by person, date,
item and action; a double-click opens the item changed, if it still exists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from ropa_desktop.gui.history_model import AFTER, ITEM, WHAT, WHO
from ropa_desktop.gui.history_page import HistoryPage
from ropa_desktop.gui.navigation_model import HISTORY
from ropa_desktop.register import change_log, change_log_reading, kinds, operations
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.models.change_log import CHANGED


@pytest.fixture
def saved(window):
    """Two saves by Anna on one activity and one by Bert on another, before the section is made."""
    register = window.workspace.register
    with register.session() as session:
        first, second = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.id).limit(2))
    for number in range(2):
        with change_log.acting(who="anna", name="Anna de Vries", origin=change_log.WINDOW):
            operations.save(register, kinds.ACTIVITY, first, {"reference": f"A-{number}"})
    with change_log.acting(who="bert", origin=change_log.WINDOW):
        operations.save(register, kinds.ACTIVITY, second, {"reference": "B-1"})
    return first, second


def _as(window, user: str) -> str:
    """Who the change log names for ``user``: on a server the database role (Register._as_role)."""
    return window.workspace.register.role or user


def _page(window, qtbot) -> HistoryPage:
    window.show_section(HISTORY)
    page = window.page_of[HISTORY]
    assert window.current_page() is page
    qtbot.waitUntil(lambda: not page.model.reading() and page.person.count() > 1, timeout=5000)
    return page


def _column(page: HistoryPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, model.column(column)).data() for row in range(model.rowCount())]


def _narrow(page: HistoryPage, qtbot, change) -> None:
    with qtbot.waitSignal(page.model.read, timeout=5000):
        change()
        page.refresh()  # the item filter waits for the typing to stop: not in a test


def test_the_section_shows_the_newest_change_first_with_its_item_field_and_who(window, qtbot, saved, qtmodeltester):
    page = _page(window, qtbot)
    assert _column(page, AFTER)[:3] == ["B-1", "A-1", "A-0"]
    assert _column(page, WHAT)[0] == "Reference"
    assert _column(page, WHO)[:2] == [_as(window, "bert"), f"Anna de Vries ({_as(window, 'anna')})"]
    assert page.model.rowCount() > 3  # the demo's own history too
    qtmodeltester.check(page.model)


def test_a_person_narrows_the_rows_and_everyone_keeps_them(window, qtbot, saved):
    page = _page(window, qtbot)
    everything = page.model.rowCount()
    anna = page.person.findText(f"Anna de Vries ({_as(window, 'anna')})")
    assert anna > 0 and page.person.findText(_as(window, "bert")) > 0
    _narrow(page, qtbot, lambda: page.person.setCurrentIndex(anna))
    assert _column(page, AFTER) == ["A-1", "A-0"]
    # Someone new saves: the people are read again, and Anna stays chosen.
    first, _second = saved
    with qtbot.waitSignal(page.model.read, timeout=5000):
        with change_log.acting(who="carla", name="Carla"):
            operations.save(window.workspace.register, kinds.ACTIVITY, first, {"reference": "C-1"})
        window.workspace.notify(operations.Change(kinds.ACTIVITY, (first,)))
    qtbot.waitUntil(lambda: page.person.findText(f"Carla ({_as(window, 'carla')})") > 0, timeout=5000)
    assert page.person.currentText() == f"Anna de Vries ({_as(window, 'anna')})"
    assert _column(page, AFTER) == ["A-1", "A-0"]
    # Near miss: everyone again.
    _narrow(page, qtbot, lambda: page.person.setCurrentIndex(0))
    assert page.model.rowCount() == everything + 1


def test_a_period_narrows_the_rows_and_one_that_holds_today_keeps_them(window, qtbot, saved):
    page = _page(window, qtbot)
    everything = page.model.rowCount()
    _narrow(page, qtbot, lambda: page.since.setDate(QDate.currentDate().addDays(1)))
    assert page.use_since.isChecked() and page.model.rowCount() == 0
    assert page.state.text() == "No change matches these filters."
    # Near miss: from today on, and until today, every change made today is in.
    _narrow(page, qtbot, lambda: page.since.setDate(QDate.currentDate()))
    assert page.model.rowCount() == everything
    _narrow(page, qtbot, lambda: page.use_until.setChecked(True))  # until today, as it starts
    assert page.until.date() == QDate.currentDate() and page.model.rowCount() == everything
    _narrow(page, qtbot, lambda: page.until.setDate(QDate.currentDate().addDays(-1)))
    assert page.model.rowCount() == 0


def test_an_item_name_and_an_action_narrow_the_rows(window, qtbot, saved):
    page = _page(window, qtbot)
    name = next(text for text, after in zip(_column(page, ITEM), _column(page, AFTER), strict=True) if after == "A-1")
    _narrow(page, qtbot, lambda: page.item.setText(name))
    assert set(_column(page, ITEM)) == {name} and "B-1" not in _column(page, AFTER)
    _narrow(page, qtbot, lambda: page.action.setCurrentIndex(page.action.findData(CHANGED)))
    assert _column(page, AFTER) == ["A-1", "A-0"]
    # Near miss: part of the name still finds the item.
    _narrow(page, qtbot, lambda: page.item.setText(name[2:-2]))
    assert "A-1" in _column(page, AFTER)
    _narrow(page, qtbot, lambda: page.item.setText("no activity is called this"))
    assert page.model.rowCount() == 0


def test_a_double_click_opens_the_item_at_its_field(window, qtbot, saved):
    first, _second = saved
    form = window.page_of[kinds.ACTIVITY].editor.form
    form.tabs.setCurrentIndex(form.tabs.count() - 1)  # the activities' editor was left on its History
    page = _page(window, qtbot)
    row = _column(page, AFTER).index("A-1")
    page.table.scrollTo(page.model.index(row, 0))
    where = page.table.visualRect(page.model.index(row, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click starts with a press
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    activities = window.page_of[kinds.ACTIVITY]
    assert window.current_page() is activities and activities.editor.item_id == first
    assert form.tabs.currentWidget().widget().isAncestorOf(form.fields["reference"])  # at the field changed


def test_a_double_click_on_a_deleted_item_stays_and_says_so(window, qtbot, saved):
    first, _second = saved
    page = _page(window, qtbot)
    row = _column(page, AFTER).index("A-1")
    name = _column(page, ITEM)[row]
    operations.delete(window.workspace.register, kinds.ACTIVITY, first)
    page.table.activated.emit(page.model.index(row, 0))
    assert window.current_page() is page
    assert name in page.state.text()


def test_the_section_follows_a_change_made_while_it_is_shown(window, qtbot, saved):
    page = _page(window, qtbot)
    first, _second = saved
    with qtbot.waitSignal(page.model.read, timeout=5000):
        with change_log.acting(who="anna", name="Anna de Vries"):
            operations.save(window.workspace.register, kinds.ACTIVITY, first, {"reference": "A-2"})
        window.workspace.notify(operations.Change(kinds.ACTIVITY, (first,)))
    assert _column(page, AFTER)[0] == "A-2"


def test_another_language_makes_the_section_anew_and_it_reads_again(window, qtbot, qapp, saved):
    from ropa_desktop.gui import language

    old = _page(window, qtbot)
    language.install(qapp, "nl")
    qtbot.waitUntil(lambda: window.page_of[HISTORY] is not old, timeout=5000)
    page = window.page_of[HISTORY]
    assert window.current_page() is page
    assert window.navigation.currentIndex().row() == window.navigation_model.row_of(HISTORY)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.reading(), timeout=5000)
    assert _column(page, AFTER)[0] == "B-1"
    assert not old.model.reading()  # the old page's reads were stopped with it


def test_a_long_history_is_read_a_page_at_a_time(window, qtbot, saved):
    from ropa_desktop.gui.history_model import PAGE
    from ropa_desktop.register.change_log_entries import entry

    first, _second = saved
    register = window.workspace.register
    with register.transaction() as session:  # many recorded changes at once, as the log writes them
        change_log.append(
            session,
            [
                entry(CHANGED, kinds.ACTIVITY, first, {"name": {"en": "Many"}}, "owner", f"Desk {n}", f"Desk {n + 1}")
                for n in range(PAGE + 50)
            ],
        )
    page = _page(window, qtbot)
    assert page.model.rowCount() == PAGE and page.model.canFetchMore()
    assert "scroll down" in page.state.text()
    assert _column(page, AFTER)[0] == f"Desk {PAGE + 50}"
    with qtbot.waitSignal(page.model.read, timeout=5000):
        page.model.fetchMore()
    assert page.model.rowCount() > PAGE + 50  # the rest of the log: these, the saves and the demo's
    rows = [page.model.entry(row).sequence for row in range(page.model.rowCount())]
    assert rows == sorted(rows, reverse=True) and len(set(rows)) == len(rows)  # no entry twice
    with register.session() as session:
        assert len(rows) == change_log_reading.count(session)  # none skipped
    # The item's own tab pages alike, by the log's index, at once.
    window.show_section(kinds.ACTIVITY)
    activities = window.page_of[kinds.ACTIVITY]
    activities.open_item(first)
    activities.editor.form.tabs.setCurrentIndex(activities.editor.form.tabs.count() - 1)
    tab = activities.editor.history
    assert tab.model.rowCount() == PAGE and tab.model.canFetchMore()
    tab.model.fetchMore()
    assert tab.model.rowCount() > PAGE + 50 and not tab.model.canFetchMore()


def test_a_version_and_a_publication_are_named_by_their_number(window, qtbot):
    from ropa_desktop.documents.publication import publish
    from ropa_desktop.register import established

    register = window.workspace.register
    established.establish(register, "2026-1")
    publish(register, force=True)
    page = _page(window, qtbot)
    assert _column(page, ITEM)[:2] == ["Privacy statement, publication 1", "Version 1 \u201c2026-1\u201d"]
    # The near miss: an item of the register keeps its own name.
    assert "Version 1" not in _column(page, ITEM)[2]
