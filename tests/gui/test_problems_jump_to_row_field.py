"""A finding about one row of a list (a purpose, a retention rule) opens that row and focuses
the field within it to fix; a finding about the whole list focuses the list."""

from __future__ import annotations

from form_helpers import select_row
from PySide6.QtCore import Qt

from ropa_desktop.checks.findings import Finding
from ropa_desktop.gui.undo import SaveItem
from ropa_desktop.register import kinds, operations, snapshots
from ropa_desktop.register.models import Purpose

ACTIVITY = "Our services"  # a controller's activity with one purpose, on contract


def _activity_id(window) -> int:
    page = window.page_of[kinds.ACTIVITY]
    window.show_section(kinds.ACTIVITY)
    select_row(page, ACTIVITY)
    return page.editor.item_id


def _save(window, item_id: int, **changes) -> None:
    before = operations.read(window.workspace.register, kinds.ACTIVITY, item_id)
    window.workspace.run(SaveItem(window.workspace, "edit", kinds.ACTIVITY, item_id, before, {**before, **changes}))


def _finding(window, qtbot, rule: str, item_id: int) -> Finding:
    def found():
        return next((f for f in window.problems_dock.findings() if f.rule == rule and f.item_id == item_id), None)

    qtbot.waitUntil(lambda: found() is not None and not window.checker.busy(), timeout=5000)
    return found()


def _double_click(qtbot, dock, finding: Finding) -> None:
    index = next(
        dock.proxy.index(row, 0)
        for row in range(dock.proxy.rowCount())
        if dock.proxy.finding(dock.proxy.index(row, 0)) == finding
    )
    dock.table.scrollTo(index)
    where = dock.table.visualRect(index).center()
    # As the platform sends it: a press and release, then the double-click.
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_a_purpose_without_its_interest_focuses_that_rows_interest_field(window, qtbot):
    item_id = _activity_id(window)
    window.show_section(kinds.TRANSFER)  # the jump has to switch the section back
    stored = operations.read(window.workspace.register, kinds.ACTIVITY, item_id)
    interests = {
        **snapshots.blank_child(Purpose),
        "description": {"en": "Fraud prevention"},
        "legal_basis": "legitimate_interests",
    }
    _save(window, item_id, purposes=[*stored["purposes"], interests])
    row = len(stored["purposes"])
    finding = _finding(window, qtbot, "legitimate_interest.not_described", item_id)
    assert (finding.field, finding.row, finding.part) == ("purposes", row, "legitimate_interest")

    _double_click(qtbot, window.problems_dock, finding)

    page = window.page_of[kinds.ACTIVITY]
    assert window.current_page() is page and page.editor.item_id == item_id
    purposes = page.editor.form.fields["purposes"]
    assert purposes.current_row() == row
    interest = purposes.panel.fields["legitimate_interest"]
    assert interest.isAncestorOf(window.focusWidget())
    assert interest.isVisibleTo(window)


def test_near_miss_a_finding_about_the_whole_list_focuses_the_list(window, qtbot):
    item_id = _activity_id(window)
    window.show_section(kinds.TRANSFER)
    _save(window, item_id, purposes=[])
    finding = _finding(window, qtbot, "record.no_purpose", item_id)
    assert (finding.field, finding.row, finding.part) == ("purposes", None, "")

    _double_click(qtbot, window.problems_dock, finding)

    page = window.page_of[kinds.ACTIVITY]
    assert window.current_page() is page and page.editor.item_id == item_id
    assert window.focusWidget() is page.editor.form.fields["purposes"].view
