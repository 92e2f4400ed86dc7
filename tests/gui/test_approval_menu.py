"""The activity list's approval (issue 16 point 4): the menu's steps set the approval in the
register and undo puts it back; the column shows it; the filter shows only the chosen state."""

from __future__ import annotations

from form_helpers import select_row
from PySide6.QtCore import Qt

from ropa_desktop.gui import labels
from ropa_desktop.gui.approval_actions import CHANGED
from ropa_desktop.register import approval, kinds, operations
from ropa_desktop.register.models import ApprovalState


def _stored(page, item_id) -> approval.Approval:
    return approval.states(page.workspace.register, [item_id])[item_id]


def _enabled(page) -> set[str]:
    page.approval.menu.aboutToShow.emit()
    return {step for step, action in page.approval.actions.items() if action.isEnabled()}


def _column(page, item_id) -> str:
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    return page.model.index(page.model.row_of(item_id), headers.index("Approval")).data()


def _shown_names(page) -> set[str]:
    rows = page.model.rows()
    return {
        labels.text(rows[page.proxy.mapToSource(page.proxy.index(row, 0)).row()].name)
        for row in range(page.proxy.rowCount())
    }


def test_approval_menu_steps_set_the_state_and_undo_restores_it(window):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    item = page._shown_id
    assert _enabled(page) == {approval.SUBMIT}  # a concept: only submit
    assert _column(page, item) == "Concept"
    page.approval.actions[approval.SUBMIT].trigger()
    assert _stored(page, item).state == ApprovalState.IN_REVIEW
    assert _enabled(page) == {approval.APPROVE, approval.TO_CONCEPT}
    page.approval.actions[approval.APPROVE].trigger()
    assert _stored(page, item).state == ApprovalState.ESTABLISHED
    assert _column(page, item) == "Established"
    window.undo_action.trigger()
    assert _stored(page, item).state == ApprovalState.IN_REVIEW
    assert _column(page, item) == "In review"
    window.redo_action.trigger()
    assert _stored(page, item).state == ApprovalState.ESTABLISHED


def test_approval_column_shows_changed_since_established_after_an_edit(window):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    item = page._shown_id
    page.approval.actions[approval.SUBMIT].trigger()
    page.approval.actions[approval.APPROVE].trigger()
    assert approval.WITHDRAW in _enabled(page) and approval.APPROVE not in _enabled(page)
    operations.save(page.workspace.register, kinds.ACTIVITY, item, {"owner": "Facilities"})
    page.reload()
    assert _column(page, item) == "Changed since established"
    assert approval.APPROVE in _enabled(page)  # approve again


def test_approval_filter_shows_only_the_chosen_state(window):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    page.approval.actions[approval.SUBMIT].trigger()
    total = page.proxy.rowCount()
    filter_box = page.approval.filter
    filter_box.setCurrentIndex(filter_box.findData(ApprovalState.IN_REVIEW))
    assert _shown_names(page) == {"Job applications"}
    filter_box.setCurrentIndex(filter_box.findData(ApprovalState.CONCEPT))
    assert page.proxy.rowCount() == total - 1 and "Job applications" not in _shown_names(page)
    filter_box.setCurrentIndex(filter_box.findData(CHANGED))  # near miss: nothing changed since established
    assert page.proxy.rowCount() == 0
    filter_box.setCurrentIndex(0)
    assert page.proxy.rowCount() == total
