"""The Status menu marks the shown activity's status, and only that one."""

from __future__ import annotations

from form_helpers import select_row

from ropa_desktop.register import kinds
from ropa_desktop.register.models import ActivityStatus


def _marked(page) -> list[ActivityStatus]:
    page.status_menu.aboutToShow.emit()
    return [status for status, action in page.status_actions.items() if action.isChecked()]


def test_the_status_menu_marks_the_current_status(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    shown = ActivityStatus(page.editor.snapshot()["status"])
    assert _marked(page) == [shown]
    other = next(status for status in ActivityStatus if status != shown)
    page.status_actions[other].trigger()
    assert ActivityStatus(page.editor.snapshot()["status"]) == other
    assert _marked(page) == [other]
    window.undo_action.trigger()
    assert _marked(page) == [shown]


def test_nothing_is_marked_when_no_activity_is_shown(window):
    page = window.page_of[kinds.ACTIVITY]
    page.table.clearSelection()
    page.table.setCurrentIndex(page.proxy.index(-1, -1))
    assert _marked(page) == []
    assert not any(action.isEnabled() for action in page.status_actions.values())
