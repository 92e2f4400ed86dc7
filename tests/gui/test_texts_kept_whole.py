"""Small texts shown whole (issue 15 leftovers): the Status button's arrow beside its word, a
long retention rule ending in … with the whole rule as tooltip, the About box's date on the line
of its words, and no empty reason line above a dialog's OK."""

from __future__ import annotations

import pytest
from form_helpers import select_row
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QStyle, QStyleOptionToolButton, QToolButton

from ropa_desktop.gui import about, language
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.new_transfer_dialog import NewTransferDialog
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import kinds
from ropa_desktop.register.reference.countries import adequacy_list_date

LONG_RULE = (
    "Once our contract with you has ended, your data are deleted, unless they are still needed for other purposes"
)


def _window(qtbot, register, settings) -> MainWindow:
    window = MainWindow(Workspace(register), settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


# The Status button.
@pytest.mark.parametrize("interface", ["en", "nl"])
def test_the_status_arrow_sits_beside_the_word_and_the_button_is_on_the_toolbar(
    qtbot, qapp, demo_register, settings, answers, english, interface
):
    language.install(qapp, interface)
    window = _window(qtbot, demo_register, settings)
    button = window.page_of[kinds.ACTIVITY].status_button
    qtbot.waitUntil(button.isVisible)  # on the toolbar, not behind its » at 1280×800
    option = QStyleOptionToolButton()
    button.initStyleOption(option)
    style = button.style()
    label = style.subControlRect(QStyle.ComplexControl.CC_ToolButton, option, QStyle.SubControl.SC_ToolButton, button)
    arrow = style.subControlRect(
        QStyle.ComplexControl.CC_ToolButton, option, QStyle.SubControl.SC_ToolButtonMenu, button
    )
    assert not arrow.isEmpty() and not label.intersects(arrow)
    assert label.width() >= QFontMetrics(button.font()).horizontalAdvance(button.text())
    window.stop_jobs()


def test_near_miss_an_instant_popup_draws_its_arrow_over_the_word(qtbot, window):
    """Why the button is split: the instant popup's arrow takes no part of its own."""
    button = QToolButton()
    qtbot.addWidget(button)
    button.setText("Status")
    button.setMenu(window.page_of[kinds.ACTIVITY].status_menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    option = QStyleOptionToolButton()
    button.initStyleOption(option)
    style = button.style()
    label = style.subControlRect(QStyle.ComplexControl.CC_ToolButton, option, QStyle.SubControl.SC_ToolButton, button)
    arrow = style.subControlRect(
        QStyle.ComplexControl.CC_ToolButton, option, QStyle.SubControl.SC_ToolButtonMenu, button
    )
    assert label.intersects(arrow)


# The retention rules list.
def _retention_list(window, qtbot):
    page = window.page_of[kinds.ACTIVITY]
    window.show_section(kinds.ACTIVITY)
    select_row(page, "Our services")
    assert page.editor.focus_field("retention_rules", 0)
    field = page.editor.form.fields["retention_rules"]
    qtbot.waitUntil(lambda: field.view.isVisible() and field.view.viewport().width() > 0)
    return field


def test_a_long_retention_rule_ends_in_an_ellipsis_and_shows_whole_as_tooltip(window, qtbot):
    field = _retention_list(window, qtbot)
    index = field.model.index(0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == f"1. {LONG_RULE}"
    assert index.data() == f"1. {LONG_RULE}"  # the whole text: the view, not the model, shortens it
    field.view.resize(300, field.view.height())
    qtbot.waitUntil(lambda: field.view.visualRect(index).width() <= field.view.viewport().width())
    assert field.view.horizontalScrollBar().maximum() == 0
    assert field.view.textElideMode() == Qt.TextElideMode.ElideRight


def test_near_miss_a_short_rule_is_its_own_tooltip_and_a_wording_of_lines_reads_as_one(window, qtbot):
    field = _retention_list(window, qtbot)
    field.model.rows[0]["wording"] = {"en": "Two years\nafter the contract", "nl": "Twee jaar\nna het contract"}
    assert field.model.index(0).data(Qt.ItemDataRole.ToolTipRole) == "1. Two years after the contract"


# The About box.
def _lines_of(html: str, width: int) -> list[str]:
    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(width)
    document.documentLayout().documentSize()  # laid out now, not when first painted
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


@pytest.mark.parametrize("interface, words", [("en", "as of"), ("nl", "stand per")])
def test_the_reference_date_stays_on_the_line_of_its_words(qapp, demo_register, english, interface, words):
    language.install(qapp, interface)
    text = about.about_text(demo_register)
    date = adequacy_list_date().isoformat()
    for width in range(180, 520, 7):  # any width a message box takes
        [line] = [line for line in _lines_of(text, width) if date in line]
        assert words.replace(" ", "\u00a0") + "\u00a0" + date in line, (width, line)


def test_near_miss_the_other_words_of_the_about_box_still_wrap(qapp, demo_register, english):
    text = about.about_text(demo_register)
    assert text.count("&nbsp;") == 2
    assert len(_lines_of(text, 200)) > len(_lines_of(text, 2000))


# The reason line of the new transfer dialog.
def test_the_reason_line_is_out_of_the_way_once_ok_is_possible(qtbot, english):
    dialog = NewTransferDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reason.isVisible() and dialog.reason.text()
    dialog.country.choose("US")
    dialog.tool.setCurrentIndex(dialog.tool.findData("standard_contractual_clauses"))
    assert dialog.ok_button().isEnabled()
    assert dialog.reason.text() == "" and dialog.reason.isHidden()
    # Nothing between the last field and the buttons but the layout's spacing.
    gap = dialog.buttons.geometry().top() - dialog.tool_note.geometry().bottom()
    assert gap <= 2 * dialog.layout().spacing() + 4, gap


def test_near_miss_a_reason_that_comes_back_shows_again(qtbot, english):
    dialog = NewTransferDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.country.choose("US")
    dialog.tool.setCurrentIndex(dialog.tool.findData("standard_contractual_clauses"))
    dialog.tool.setCurrentIndex(-1)
    assert dialog.reason.isVisible()
    assert dialog.reason.text() == "Choose the transfer tool that allows this transfer."
