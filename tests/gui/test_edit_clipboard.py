"""Edit > Cut, Copy, Paste, Select All act on the focused text field, and are enabled only
where they can act."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from ropa_desktop.register import kinds


def _focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _enabled(window) -> dict[str, bool]:
    actions = window.edit_actions
    return {
        "cut": actions.cut_action.isEnabled(),
        "copy": actions.copy_action.isEnabled(),
        "paste": actions.paste_action.isEnabled(),
        "select_all": actions.select_all_action.isEnabled(),
    }


def test_the_edit_menu_offers_the_four(window):
    texts = [action.text() for action in window.menuBar().actions()[1].menu().actions()]
    assert ["Cu&t", "&Copy", "&Paste", "Select &All"] == [
        t for t in texts if t in ("Cu&t", "&Copy", "&Paste", "Select &All")
    ]


def test_cut_copy_paste_and_select_all_in_a_line_edit(window, qtbot):
    search = window.page_of[kinds.ACTIVITY].search
    window.show_section(kinds.ACTIVITY)
    QGuiApplication.clipboard().clear()
    search.setText("bewaartermijn")
    _focus(qtbot, search)
    assert _enabled(window) == {"cut": False, "copy": False, "paste": False, "select_all": True}
    window.edit_actions.select_all_action.trigger()
    assert search.selectedText() == "bewaartermijn"
    assert _enabled(window)["cut"] and _enabled(window)["copy"]  # the selection is followed
    window.edit_actions.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == "bewaartermijn" and search.text() == "bewaartermijn"
    assert _enabled(window)["paste"]
    window.edit_actions.cut_action.trigger()
    assert search.text() == "" and QGuiApplication.clipboard().text() == "bewaartermijn"
    window.edit_actions.paste_action.trigger()
    window.edit_actions.paste_action.trigger()
    assert search.text() == "bewaartermijnbewaartermijn"


def test_away_from_text_they_are_disabled_and_do_nothing(window, qtbot):
    QGuiApplication.clipboard().setText("geplakt")
    _focus(qtbot, window.navigation)
    assert _enabled(window) == {"cut": False, "copy": False, "paste": False, "select_all": False}
    # The near miss: back in a text field, Paste and Select All come back.
    search = window.page_of[kinds.ACTIVITY].search
    window.show_section(kinds.ACTIVITY)
    _focus(qtbot, search)
    assert _enabled(window)["paste"] and _enabled(window)["select_all"]


def test_a_read_only_field_can_be_copied_but_not_changed(window, qtbot):
    QGuiApplication.clipboard().setText("geplakt")
    shown = QLineEdit("alleen lezen", window.statusBar())
    shown.setReadOnly(True)
    shown.show()
    _focus(qtbot, shown)
    window.edit_actions.select_all_action.trigger()
    assert _enabled(window) == {"cut": False, "copy": True, "paste": False, "select_all": True}
    window.edit_actions.paste_action.trigger()  # disabled: nothing happens
    assert shown.text() == "alleen lezen"
