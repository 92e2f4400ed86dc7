"""Another item is shown from the top, on the tab the officer was on; saving the same item
keeps the place."""

from __future__ import annotations

from form_helpers import select_row, type_text
from PySide6.QtWidgets import QScrollArea

from ropa_desktop.register import kinds


def _scrolled_tab(page, qtbot) -> QScrollArea:
    tabs = page.editor.form.tabs
    area = next(
        tabs.widget(i)
        for i in range(tabs.count())
        if isinstance(tabs.widget(i), QScrollArea) and i > 0 and tabs.widget(i).widget().sizeHint().height() > 400
    )
    tabs.setCurrentWidget(area)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    return area


def test_another_item_starts_at_the_top_of_the_same_tab(window, qtbot):
    window.resize(1280, 800)
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    area = _scrolled_tab(page, qtbot)
    select_row(page, "Legal obligations")
    assert page.editor.form.tabs.currentWidget() is area
    assert area.verticalScrollBar().value() == 0


def test_saving_the_same_item_keeps_the_place(window, qtbot, answers):
    window.resize(1280, 800)
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    area = _scrolled_tab(page, qtbot)
    place = area.verticalScrollBar().value()
    type_text(page.editor.form.fields["reference"], "V-07")
    assert page.editor.save(), answers.errors
    assert area.verticalScrollBar().value() == place > 0
