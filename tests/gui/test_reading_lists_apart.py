"""A long list is read off the GUI thread when the window opens, and shown once read; a short
one is there at once. The reading is made long here by lowering where "long" starts."""

from __future__ import annotations

import pytest

from ropa_desktop.gui import row_reading
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import kinds, operations


@pytest.fixture
def long_lists(monkeypatch):
    monkeypatch.setattr(row_reading, "READ_APART_FROM", 1)


def _open(qtbot, register, settings) -> MainWindow:
    window = MainWindow(Workspace(register), settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _names(page) -> set[str]:
    return {page.model.index(row, page.model.marker_column).data() for row in range(page.model.rowCount())}


def test_a_long_list_is_shown_once_read_and_says_so_meanwhile(
    qtbot, demo_register, settings, answers, english, long_lists
):
    window = _open(qtbot, demo_register, settings)
    page = window.page_of[kinds.ACTIVITY]
    assert page.model.rowCount() == 0 and page.editor_or_empty.currentWidget() is page.reading
    assert page.shown.text() == "Reading the list…"
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert page.model.rowCount() == len(operations.order(demo_register, kinds.ACTIVITY))
    assert page.editor_or_empty.currentWidget() is not page.reading
    assert "Our services" in _names(page)
    window.stop_jobs()


def test_near_miss_a_short_list_is_there_at_once(qtbot, demo_register, settings, answers, english):
    window = _open(qtbot, demo_register, settings)
    page = window.page_of[kinds.ACTIVITY]
    assert page.model.rowCount() > 0 and page._reading is None
    assert page.editor_or_empty.currentWidget() is not page.reading
    window.stop_jobs()


def test_a_change_while_the_list_is_read_is_in_the_list_shown(
    qtbot, demo_register, settings, answers, english, long_lists
):
    window = _open(qtbot, demo_register, settings)
    page = window.page_of[kinds.ACTIVITY]
    item_id = operations.order(demo_register, kinds.ACTIVITY)[0]
    snap = operations.read(demo_register, kinds.ACTIVITY, item_id)
    snap["name"] = {**snap["name"], "en": "Renamed while reading"}
    _id, change = operations.save(demo_register, kinds.ACTIVITY, item_id, snap)
    window.workspace.changed.emit(change)
    qtbot.waitUntil(lambda: page._reading is None and page.model.rowCount() > 0, timeout=5000)
    assert "Renamed while reading" in _names(page)
    window.stop_jobs()


def test_closing_the_window_stops_the_reading(qtbot, demo_register, settings, answers, english, long_lists):
    window = _open(qtbot, demo_register, settings)
    page = window.page_of[kinds.ACTIVITY]
    assert page._reading is not None
    window.stop_jobs()
    assert page._reading is None


def test_the_checks_start_once_a_long_first_list_is_read_not_beside_it(
    qtbot, demo_register, settings, answers, english, long_lists, monkeypatch
):
    # Started beside the reading they would share Python's lock with it: at 10,000 activities the
    # list took twice as long to appear (benchmarks/server_open.py).
    from ropa_desktop.gui.problems_dock import ComplianceChecker

    started = []
    monkeypatch.setattr(ComplianceChecker, "run", lambda self: started.append(self))
    window = _open(qtbot, demo_register, settings)
    page = window.page_of[kinds.ACTIVITY]
    assert page.list_reading is not None and started == []
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: len(started) == 1, timeout=5000)
    window.stop_jobs()


def test_near_miss_with_a_short_first_list_the_checks_start_at_once(
    qtbot, demo_register, settings, answers, english, monkeypatch
):
    from ropa_desktop.gui.problems_dock import ComplianceChecker

    started = []
    monkeypatch.setattr(ComplianceChecker, "run", lambda self: started.append(self))
    window = _open(qtbot, demo_register, settings)
    assert len(started) == 1
    window.stop_jobs()
