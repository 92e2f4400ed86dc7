"""Edit > Cut, Copy, Paste, Select All: on the text field that has the focus, enabled only where they can act."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from .application import the_application

translate = QCoreApplication.translate
_TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit)


def text_widget(widget: QWidget | None):
    """The text field ``widget`` is, or edits with (an editable combo box, a spin box); else None."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return widget if isinstance(widget, _TEXT_WIDGETS) else None


def _read_only(field) -> bool:
    return field.isReadOnly() if hasattr(field, "isReadOnly") else False


def _has_selection(field) -> bool:
    if isinstance(field, QLineEdit):
        return field.hasSelectedText()
    return field.textCursor().hasSelection()


class EditActions(QObject):
    """The four actions, following the focus; made once per window, put in its Edit menu."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.cut_action = self._action(translate("MainWindow", "Cu&t"), "cut", QKeySequence.StandardKey.Cut)
        self.copy_action = self._action(translate("MainWindow", "&Copy"), "copy", QKeySequence.StandardKey.Copy)
        self.paste_action = self._action(translate("MainWindow", "&Paste"), "paste", QKeySequence.StandardKey.Paste)
        self.select_all_action = self._action(
            translate("MainWindow", "Select &All"), "selectAll", QKeySequence.StandardKey.SelectAll
        )
        self._watched = None  # the focused field, whose selection Cut and Copy follow
        the_application().focusChanged.connect(self._focus_changed)
        QGuiApplication.clipboard().dataChanged.connect(self.refresh)
        self.refresh()

    def actions(self) -> list[QAction]:
        return [self.cut_action, self.copy_action, self.paste_action, self.select_all_action]

    def retranslate(self) -> None:
        for action, text in zip(
            self.actions(),
            (
                translate("MainWindow", "Cu&t"),
                translate("MainWindow", "&Copy"),
                translate("MainWindow", "&Paste"),
                translate("MainWindow", "Select &All"),
            ),
            strict=True,
        ):
            action.setText(text)

    def _action(self, text: str, method: str, shortcut) -> QAction:
        action = QAction(text, self.parent())
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self._on_focused(method))
        return action

    def _on_focused(self, method: str) -> None:
        field = text_widget(QApplication.focusWidget())
        if field is not None:
            getattr(field, method)()
        self.refresh()

    def _focus_changed(self, _old, new) -> None:
        if self._watched is not None:
            try:
                self._watched.selectionChanged.disconnect(self.refresh)
            except (RuntimeError, TypeError):  # gone with its form, or never connected
                pass
        self._watched = text_widget(new)
        if self._watched is not None:
            self._watched.selectionChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        """Enable each action where it can act on the focused field: Copy needs a selection,
        Cut and Paste a field that may be changed, Paste something to paste."""
        field = text_widget(QApplication.focusWidget())
        writable = field is not None and not _read_only(field)
        selected = field is not None and _has_selection(field)
        clipboard = QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)
        self.cut_action.setEnabled(writable and selected)
        self.copy_action.setEnabled(selected)
        self.paste_action.setEnabled(writable and bool(clipboard))
        self.select_all_action.setEnabled(field is not None)
