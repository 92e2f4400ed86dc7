"""A new window makes only the page it shows first; every other section's page is made when
first shown (or opened from a finding), and an editor's form when it first shows an item.
What the window keeps for all sections (counts, markers) reaches the pages made later."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ropa_desktop.gui import row_reading
from ropa_desktop.gui.catalogue import OFFERED
from ropa_desktop.gui.column_fit import MEASURED_ROWS
from ropa_desktop.gui.item_table_model import MARKER_ROLE
from ropa_desktop.gui.navigation_model import SECTIONS
from ropa_desktop.gui.undo import AddItem
from ropa_desktop.register import kinds, snapshots


def _count_shown(window, kind: str) -> str:
    return window.navigation_model.index(window.navigation_model.row_of(kind)).data()


def test_only_the_first_page_is_made_with_the_window(window):
    assert list(window.page_of.made()) == [kinds.ACTIVITY]
    assert window.current_page() is window.page_of.made()[kinds.ACTIVITY]
    # Every section is still there to ask for, in the navigation's order.
    assert list(window.page_of) == list(SECTIONS)


def test_a_page_is_made_when_first_shown_and_kept(window, qtbot):
    assert not window.page_of.is_made(kinds.RECIPIENT)
    window.show_section(kinds.RECIPIENT)
    page = window.page_of.made()[kinds.RECIPIENT]
    assert window.current_page() is page and page.model.rowCount() > 0
    window.show_section(kinds.ACTIVITY)
    window.show_section(kinds.RECIPIENT)
    assert window.page_of[kinds.RECIPIENT] is page  # near miss: shown again, not made again
    assert window.item_actions["add_item"].isEnabled()


def test_a_page_made_after_the_checks_shows_their_markers(window, qtbot):
    qtbot.waitUntil(lambda: window.checker.findings is not None and not window.checker.busy(), timeout=5000)
    assert not window.page_of.is_made(kinds.TRANSFER)
    page = window.page_of[kinds.TRANSFER]
    assert any(
        page.model.index(row, page.model.marker_column).data(MARKER_ROLE) for row in range(page.model.rowCount())
    )


def test_a_list_not_made_yet_still_gets_its_count_changed(window):
    before = _count_shown(window, kinds.DATA_SUBJECT)
    snap = snapshots.blank(kinds.DATA_SUBJECT)
    snap["name"] = {"en": "Visitors of the reception"}
    window.workspace.run(AddItem(window.workspace, lambda: "Add", kinds.DATA_SUBJECT, snap))
    assert not window.page_of.is_made(kinds.DATA_SUBJECT)
    assert _count_shown(window, kinds.DATA_SUBJECT) != before
    # Near miss: a change that adds nothing leaves the counts as they are.
    window.workspace.undo_stack.undo()
    assert _count_shown(window, kinds.DATA_SUBJECT) == before


def test_an_editor_makes_its_form_when_it_first_shows_an_item(window, qtbot):
    page = window.page_of[kinds.ACTIVITY]
    assert not page.editor.has_form()
    page.table.selectRow(0)
    assert page.editor.has_form() and page.editor.form.fields["name"].value()
    assert page.editor.form.isVisibleTo(page.editor)


def test_a_finding_opens_a_page_not_made_yet(window, qtbot):
    qtbot.waitUntil(lambda: window.checker.findings is not None and not window.checker.busy(), timeout=5000)
    finding = next(f for f in window.checker.findings if f.kind == kinds.TRANSFER and f.item_id is not None)
    assert not window.page_of.is_made(kinds.TRANSFER)
    assert window.open_finding(finding)
    page = window.page_of.made()[kinds.TRANSFER]
    assert window.current_page() is page and page.editor.item_id == finding.item_id


def test_the_navigation_measures_its_sections_again_only_when_they_change(window):
    view = window.navigation
    width = view.content_width()
    window.navigation_model.set_counts({kind: 1 for kind in SECTIONS})
    narrower = view.content_width()
    window.navigation_model.set_counts({kind: 123456789 for kind in SECTIONS})
    assert view.content_width() > narrower  # the longer counts are measured
    assert width > 0


def test_list_columns_are_measured_over_a_screenful_and_not_at_every_changed_row(window, qtbot):
    page = window.page_of[kinds.ACTIVITY]
    header = page.table.horizontalHeader()
    assert header.resizeContentsPrecision() == MEASURED_ROWS
    other = next(c for c in range(header.count()) if c != page.column_fit.name_column)
    qtbot.waitUntil(lambda: header.sectionSize(other) != 33)
    page.column_fit._fitting = True  # as the fit itself sets it: not a width chosen by hand
    header.resizeSection(other, 33)
    page.column_fit._fitting = False
    page.model.dataChanged.emit(page.model.index(0, 0), page.model.index(0, page.model.columnCount() - 1))
    page.set_markers({})
    QApplication.processEvents()
    assert header.sectionSize(other) == 33  # a changed row, or markers, refit nothing
    page.reload()  # near miss: other rows (a reset) are measured again
    qtbot.waitUntil(lambda: header.sectionSize(other) != 33)


def test_the_offered_catalogues_are_read_off_the_gui_thread_for_a_large_register(window, qtbot, monkeypatch):
    catalogue = window.catalogue
    catalogue._rows.clear()
    monkeypatch.setattr(row_reading, "READ_APART_FROM", 1)
    catalogue.read_ahead()
    assert catalogue._job is not None
    qtbot.waitUntil(lambda: catalogue._job is None, timeout=5000)
    assert set(catalogue._rows) == set(OFFERED)
    # Near miss: a catalogue changed while it was read is read again when asked for.
    catalogue._rows.clear()
    catalogue.read_ahead()
    snap = snapshots.blank(kinds.DATA_SUBJECT)
    snap["name"] = {"en": "Visitors of the reception"}
    window.workspace.run(AddItem(window.workspace, lambda: "Add", kinds.DATA_SUBJECT, snap))
    qtbot.waitUntil(lambda: catalogue._job is None, timeout=5000)
    assert catalogue._rows == {}
    assert "Visitors of the reception" in {row.name.get("en") for row in catalogue.rows(kinds.DATA_SUBJECT)}


def test_a_small_register_reads_its_catalogues_when_asked(window):
    window.catalogue._rows.clear()
    window.catalogue.read_ahead()
    assert window.catalogue._job is None  # nothing to gain: read on the GUI thread when asked
