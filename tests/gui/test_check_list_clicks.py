"""A picker's entry is ticked by its box or by Space; a click on its text only selects it
(the officer selects a ticked data category to give it its own wording)."""

from __future__ import annotations

from form_helpers import select_row
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from ropa_desktop.register import kinds


def _picker(window, qtbot):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    assert page.editor.form.focus_field("data_categories")
    field = page.editor.form.fields["data_categories"]
    qtbot.waitUntil(field.view.isVisible)
    row = next(
        r
        for r in range(field.proxy.rowCount())
        if field.proxy.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    )
    return field, field.proxy.index(row, 0)


def _ticked(index) -> bool:
    return index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def _box_centre(view, index) -> QPoint:
    option = QStyleOptionViewItem()
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    option.rect = view.visualRect(index)
    style = view.style()
    return style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view).center()


def test_a_click_on_the_text_selects_without_ticking(window, qtbot):
    field, index = _picker(window, qtbot)
    view_rect = field.view.visualRect(index)
    text = QPoint(view_rect.left() + view_rect.width() // 2, view_rect.center().y())
    QTest.mouseClick(field.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, text)
    assert field.view.currentIndex() == index
    assert not _ticked(index)
    assert not window.page_of[kinds.ACTIVITY].editor.is_dirty()


def test_the_box_and_space_tick(window, qtbot):
    field, index = _picker(window, qtbot)
    QTest.mouseClick(
        field.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _box_centre(field.view, index)
    )
    assert _ticked(index)
    assert window.page_of[kinds.ACTIVITY].editor.is_dirty()
    field.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.view)
    field.view.setCurrentIndex(index)
    QTest.keyClick(field.view, Qt.Key.Key_Space)
    assert not _ticked(index)
