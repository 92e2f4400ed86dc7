"""The window fits 1280×800 in Dutch and English: every section of the activity editor can be
chosen without scroll arrows, the navigation shows each section's name beside its badge, the
editor's title is shortened with "…" (the whole name as tooltip) instead of cut off, and the
list columns are as wide as what they hold, the name taking the rest."""

from __future__ import annotations

import pytest
from form_helpers import type_text
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTabBar, QWidget

from ropa_desktop.gui import language
from ropa_desktop.gui.column_fit import WIDEST
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.navigation_model import PROBLEMS_ROLE
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import kinds


@pytest.fixture(params=["nl", "en"])
def spoken(request, qapp, english) -> str:
    language.install(qapp, request.param)  # `english` puts English back afterwards
    return request.param


@pytest.fixture
def small_window(qtbot, demo_register, settings, answers, spoken) -> MainWindow:
    window = MainWindow(Workspace(demo_register), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.stop_jobs()


def _inside(widget: QWidget, outer: QWidget) -> bool:
    """Whether ``widget`` shows whole within ``outer`` (and is as wide as its text needs)."""
    rect = QRect(widget.mapTo(outer, QPoint(0, 0)), widget.size())
    return widget.isVisible() and outer.rect().contains(rect) and widget.width() >= widget.sizeHint().width()


def _section_choices(editor: QWidget) -> dict[str, bool]:
    """Each section the officer can choose in ``editor``, and whether its title shows whole:
    tabs of a visible tab bar, or the section buttons."""
    shown: dict[str, bool] = {}
    for bar in editor.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                shown[bar.tabText(index)] = bar.rect().contains(bar.tabRect(index))
    sections = editor.findChild(QWidget, "sections")
    if sections is not None and sections.isVisible():
        for button in sections.buttons():
            shown[button.text()] = _inside(button, editor)
    return shown


def _activity_editor(window: MainWindow, qtbot):
    page = window.page_of[kinds.ACTIVITY]
    window.show_section(kinds.ACTIVITY)
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.editor.isVisible())
    QApplication.processEvents()
    return page.editor


def test_every_section_of_the_activity_editor_shows_whole_at_1280_by_800(small_window, qtbot):
    editor = _activity_editor(small_window, qtbot)
    tabs = editor.form.tabs
    choices = _section_choices(editor)
    assert sorted(choices) == sorted(tabs.tabText(index) for index in range(tabs.count()))
    assert all(choices.values()), [title for title, whole in choices.items() if not whole]


def test_the_sections_take_at_most_two_lines(small_window, qtbot):
    editor = _activity_editor(small_window, qtbot)
    tops = {button.y() for button in editor.form.sections.buttons()}
    assert len(tops) <= 2


def test_choosing_a_section_shows_its_fields(small_window, qtbot):
    form = _activity_editor(small_window, qtbot).form
    buttons = form.sections.buttons()
    qtbot.mouseClick(buttons[3], Qt.MouseButton.LeftButton)
    assert form.tabs.currentIndex() == 3
    assert buttons[3].isChecked() and not buttons[0].isChecked()


def test_a_field_shown_for_a_problem_marks_its_section(small_window, qtbot):
    form = _activity_editor(small_window, qtbot).form
    retention = next(
        index
        for index in range(form.tabs.count())
        if form.tabs.widget(index).widget().isAncestorOf(form.fields["retention_rules"])
    )
    assert form.focus_field("retention_rules")
    assert form.sections.buttons()[retention].isChecked()
    # Near miss: a field on the section shown leaves the choice where it is.
    assert form.focus_field("name")
    assert form.tabs.currentIndex() == 0 and form.sections.buttons()[0].isChecked()


def test_the_arrow_keys_go_to_the_next_section(small_window, qtbot):
    form = _activity_editor(small_window, qtbot).form
    form.tabs.setCurrentIndex(0)
    form.sections.buttons()[0].setFocus()
    QApplication.sendEvent(
        form.sections.buttons()[0], QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier)
    )
    assert form.tabs.currentIndex() == 1
    # One Tab stop for all sections, like a tab bar: only the current one takes the focus.
    assert [button.focusPolicy() != Qt.FocusPolicy.NoFocus for button in form.sections.buttons()].count(True) == 1


def test_a_form_of_one_section_offers_only_it_and_its_history(small_window, qtbot):
    page = small_window.page_of[kinds.DATA_CATEGORY]
    small_window.show_section(kinds.DATA_CATEGORY)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.isVisible())
    # The item's History tab (item_history_tab.py) is the second choice; no tab bar besides.
    form = page.editor.form
    assert form.sections.isVisible() and form.tabs.count() == 2
    assert form.tabs.widget(1).widget() is page.editor.history
    assert not any(bar.isVisible() for bar in page.editor.findChildren(QTabBar))


def test_each_section_name_shows_whole_beside_its_badge(small_window, qtbot):
    qtbot.waitUntil(lambda: small_window.checker.findings is not None and not small_window.checker.busy(), timeout=5000)
    view = small_window.navigation
    QApplication.processEvents()
    delegate = view.itemDelegate()
    model = view.model()
    options = {}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.widget = view
        option.font = view.font()
        option.fontMetrics = view.fontMetrics()
        option.rect = view.visualRect(index)
        options[index] = option
    too_narrow = [
        index.data()
        for index, option in options.items()
        if view.viewport().width() < delegate.sizeHint(option, index).width() + 2 * view.spacing()
    ]
    assert not too_narrow
    assert [delegate.shown_text(option, index) for index, option in options.items()] == [
        index.data() for index in options
    ]


def test_a_section_name_too_wide_for_a_narrow_row_is_shortened_not_the_badge(small_window, qtbot):
    qtbot.waitUntil(lambda: small_window.checker.findings is not None and not small_window.checker.busy(), timeout=5000)
    view = small_window.navigation
    model = view.model()
    index = model.index(model.row_of(kinds.RECIPIENT), 0)
    assert sum(index.data(PROBLEMS_ROLE))  # the demo's recipients have problems: a badge
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    option.font = view.font()
    option.fontMetrics = view.fontMetrics()
    option.rect = QRect(0, 0, 120, 20)
    shown = view.itemDelegate().shown_text(option, index)
    assert "…" in shown and shown.endswith(")")  # the count stays readable


def test_a_long_title_ends_in_an_ellipsis_with_the_whole_name_as_tooltip(small_window, qtbot):
    editor = _activity_editor(small_window, qtbot)
    long_name = "Verwerking van gegevens van sollicitanten, stagiairs en uitzendkrachten " * 3
    type_text(editor.form.fields["name"], long_name.strip())
    title = editor.title
    assert title.is_elided() and title.shown_text().endswith("…")
    assert title.toolTip() == f"{long_name.strip()} *"
    assert title.height() < 2 * title.fontMetrics().lineSpacing()  # one line, the form keeps its place
    # Near miss: a short name shows whole, without a tooltip to repeat it.
    type_text(editor.form.fields["name"], "Salarisadministratie")
    assert not title.is_elided() and title.shown_text() == "Salarisadministratie *" and title.toolTip() == ""


def test_columns_are_as_wide_as_what_they_hold_and_the_name_takes_the_rest(small_window, qtbot):
    page = small_window.page_of[kinds.DATA_CATEGORY]
    small_window.show_section(kinds.DATA_CATEGORY)
    qtbot.waitUntil(lambda: page.table.isVisible())
    QApplication.processEvents()
    header, table = page.table.horizontalHeader(), page.table
    name = 0  # the data categories' name
    for column in range(header.count()):
        if column != name:
            needed = min(max(header.sectionSizeHint(column), table.sizeHintForColumn(column)), WIDEST)
            assert header.sectionSize(column) == needed, header.model().headerData(column, Qt.Orientation.Horizontal)
    # The count of activities (one or two digits) no wider than its header.
    used = next(
        c
        for c in range(header.count())
        if header.model().headerData(c, Qt.Orientation.Horizontal) in ("Activities", "Activiteiten")
    )
    assert header.sectionSize(used) <= header.sectionSizeHint(used) + 2
    # The name fills the rest: no empty band at the right of the columns.
    total = sum(header.sectionSize(column) for column in range(header.count()))
    assert total >= table.viewport().width()


def test_a_column_sized_by_hand_keeps_its_width(small_window, qtbot):
    page = small_window.page_of[kinds.DATA_CATEGORY]
    small_window.show_section(kinds.DATA_CATEGORY)
    qtbot.waitUntil(lambda: page.table.isVisible())
    header = page.table.horizontalHeader()
    other = next(column for column in range(header.count()) if column != page.column_fit.name_column)
    header.resizeSection(other, 150)
    page.reload()
    page.column_fit.fit()
    assert header.sectionSize(other) == 150


@pytest.mark.parametrize("kind", [kinds.ACTIVITY, kinds.RECIPIENT, kinds.TRANSFER])
def test_no_section_of_an_editor_scrolls_sideways(small_window, qtbot, kind):
    page = small_window.page_of[kind]
    small_window.show_section(kind)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.isVisible())
    tabs = page.editor.form.tabs
    too_wide = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        area = tabs.widget(index)
        # Long check box sentences and field labels wrap: nothing needs more than the editor's width.
        if area.horizontalScrollBar().isVisible() or area.widget().minimumSizeHint().width() > area.viewport().width():
            too_wide.append(tabs.tabText(index))
    assert not too_wide


def test_a_long_check_box_sentence_wraps_and_toggles_on_every_line(small_window, qtbot):
    page = small_window.page_of[kinds.RECIPIENT]
    small_window.show_section(kinds.RECIPIENT)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.isVisible())
    box = page.editor.form.fields["partial_adequacy_certified"].box
    width = box.fontMetrics().horizontalAdvance(box.text()) // 2
    assert box.heightForWidth(width) > box.heightForWidth(width * 4)  # two lines or more, then one
    box.resize(width, box.heightForWidth(width))
    was = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(width - 5, box.height() - 4))  # on the last line
    assert box.isChecked() is not was
