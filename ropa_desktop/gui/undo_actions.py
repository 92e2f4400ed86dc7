"""Edit > Undo and Redo, from anywhere in the window.

While the officer types in a field that has typing to take back, Ctrl+Z undoes the typing, as in
every text box. Everywhere else (the list, a field with nothing typed since the last save) it
undoes the register's last change. A text field claims Ctrl+Z for itself even when it has
nothing to undo, so the field under the keyboard focus is told to let the key go in that case.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import Shiboken

from .application import the_application

translate = QCoreApplication.translate
TextBox = QLineEdit | QTextEdit | QPlainTextEdit


def text_box(widget: QObject | None) -> TextBox | None:
    """The editable text under the keyboard focus (a date or number field's text too)."""
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)) and not widget.isReadOnly():
        return widget
    return None


def can_take_back(box: TextBox | None, redo: bool = False) -> bool:
    """Whether ``box`` has typing to undo (to redo, with ``redo``)."""
    if box is None:
        return False
    if isinstance(box, QLineEdit):
        return box.isRedoAvailable() if redo else box.isUndoAvailable()
    document = box.document()
    return document.isRedoAvailable() if redo else document.isUndoAvailable()


class UndoActions(QObject):
    """The window's Undo and Redo actions; ``unsaved()`` says whether a form holds edits
    that are not saved (the register's history is then not stepped through: the form's
    edits would be left over an item that changed under them)."""

    def __init__(self, window: QWidget, stack: QUndoStack, unsaved: Callable[[], bool], tell: Callable[[str], None]):
        super().__init__(window)
        self.window, self.stack, self._unsaved, self._tell = window, stack, unsaved, tell
        self.undo_action = QAction(window)
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(window)
        self.redo_action.setObjectName("redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        self.redo_action.triggered.connect(self.redo)
        self._watched: QWidget | None = None
        for signal in (stack.indexChanged, stack.cleanChanged, stack.canUndoChanged, stack.canRedoChanged):
            signal.connect(self.refresh)
        the_application().focusChanged.connect(self._focus_changed)
        self.refresh()

    # Which history a step takes back.
    def _focused_box(self) -> TextBox | None:
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self.window:
            return None
        return text_box(focused)

    def undo(self) -> None:
        box = self._focused_box()
        if box is not None and can_take_back(box):
            box.undo()
        elif self._may_step(self.stack.canUndo()):
            self.stack.undo()
            # The stack has moved: what was just undone is next to redo.
            self._tell(translate("MainWindow", "Undone: %1").replace("%1", self.stack.redoText()))
        self.refresh()

    def redo(self) -> None:
        box = self._focused_box()
        if box is not None and can_take_back(box, redo=True):
            box.redo()
        elif self._may_step(self.stack.canRedo()):
            self.stack.redo()
            self._tell(translate("MainWindow", "Redone: %1").replace("%1", self.stack.undoText()))
        self.refresh()

    def _may_step(self, possible: bool) -> bool:
        if not possible:
            return False
        if self._unsaved():
            self._tell(
                translate("MainWindow", "The form has unsaved changes: save or revert them first, then undo or redo.")
            )
            return False
        return True

    # What the menu says.
    def refresh(self, *_args) -> None:
        """Label and enable Undo and Redo for what they would take back now."""
        if not Shiboken.isValid(self.stack):  # the register closes before its window is gone
            return
        box = self._focused_box()
        if can_take_back(box):
            self.undo_action.setText(translate("MainWindow", "&Undo typing"))
        elif self.stack.canUndo():
            self.undo_action.setText(translate("MainWindow", "&Undo %1").replace("%1", self.stack.undoText()))
        else:
            self.undo_action.setText(translate("MainWindow", "&Undo"))
        self.undo_action.setEnabled(can_take_back(box) or self.stack.canUndo())
        if can_take_back(box, redo=True):
            self.redo_action.setText(translate("MainWindow", "&Redo typing"))
        elif self.stack.canRedo():
            self.redo_action.setText(translate("MainWindow", "&Redo %1").replace("%1", self.stack.redoText()))
        else:
            self.redo_action.setText(translate("MainWindow", "&Redo"))
        self.redo_action.setEnabled(can_take_back(box, redo=True) or self.stack.canRedo())

    # The field under the keyboard focus lets Ctrl+Z go when it has nothing to undo.
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not Shiboken.isValid(self.window):
            return
        if self._watched is not None and Shiboken.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and new.window() is self.window and text_box(new) is not None:
            new.installEventFilter(self)
            self._watched = new
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action, redo in ((self.undo_action, False), (self.redo_action, True)):
            if pressed in action.shortcuts() and not can_take_back(text_box(watched), redo):
                # Not the field's: the window's shortcut (the register's history) takes the key.
                self.refresh()
                event.ignore()
                return True
        return False
