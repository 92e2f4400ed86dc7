"""Field widgets: each edits one snapshot value and says when it changed.

Every field has the same small interface (value, set_value, changed, set_problem), so a
form is a list of them and needs no knowledge of what each one edits.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .wrapping_check_box import WrappingCheckBox

translate = QCoreApplication.translate
Options = Callable[[], list[tuple[Any, str]]]


class Field(QWidget):
    changed = Signal()
    # The snapshot key of another field of the same form this one offers its choices from
    # (a retention rule's data categories: the activity's); the form then calls follow().
    follows: str | None = None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._outer.setSpacing(2)
        self._problem = QLabel(self)
        self._problem.setObjectName("problem")
        self._problem.setStyleSheet("color: #b3261e;")
        self._problem.setWordWrap(True)
        self._problem.hide()
        # Why this field does not apply to the item as it is now, shown while it still holds a value.
        self._note = QLabel(self)
        self._note.setObjectName("notApplying")
        self._note.setStyleSheet("color: #8a5300;")
        self._note.setWordWrap(True)
        self._note.hide()

    def _set_body(self, widget_or_layout) -> None:
        if isinstance(widget_or_layout, QWidget):
            self._outer.addWidget(widget_or_layout)
        else:
            self._outer.addLayout(widget_or_layout)
        self._outer.addWidget(self._note)
        self._outer.addWidget(self._problem)

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, value: Any) -> None:
        self._loading = True
        try:
            self.set_value(value)
        finally:
            self._loading = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_language(self, language: str) -> None:
        """Show public texts in ``language`` (the editor's NL/EN switch)."""

    def set_languages(self, languages: list[str]) -> None:
        """The register's languages, to mark missing translations."""

    def follow(self, value: Any) -> None:
        """The value of the field named by ``follows``, each time it is loaded or edited."""

    def inner_fields(self) -> list[Field]:
        """The fields inside this one (the form of a child list's row)."""
        return []

    def set_problem(self, text: str | None, row: int | None = None, part: str = "") -> None:
        """Show ``text`` at this field; ``row`` and ``part``: the child row and the field within
        it, for fields that hold rows or fields of their own."""
        self._problem.setText(text or "")
        self._problem.setVisible(bool(text))

    def clear_problems(self) -> None:
        self.set_problem(None)

    def set_note(self, text: str | None) -> None:
        """Say why this field does not apply (None: it does)."""
        if (text or "") != self._note.text():
            self._note.setText(text or "")
            self._note.setHidden(not text)

    def show_rows_not_applying(self, rows: list[dict[str, str]], describe: Callable[[str], str]) -> None:
        """For fields that hold rows: per row, the fields of the row that do not apply, with the
        reason code ``describe`` words."""

    def focus(self, row: int | None = None, part: str = "") -> QWidget:
        """Put the keyboard focus where the officer would type; returns that widget.
        ``row``: the child row to select, and ``part`` the field within it, for fields that hold rows."""
        target = next(
            (
                w
                for w in self.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled() and not w.isHidden()
            ),
            self,
        )
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target


def _text_editor(multiline: bool, parent: QWidget) -> QPlainTextEdit | QLineEdit:
    """A one-line editor, or a multi-line one in which Tab moves on to the next field."""
    if not multiline:
        return QLineEdit(parent)
    editor = QPlainTextEdit(parent)
    editor.setTabChangesFocus(True)
    # A fixed height: a scrolling form must not squeeze a text to two lines.
    editor.setFixedHeight(88)
    return editor


class TextField(Field):
    def __init__(self, multiline: bool = False, parent=None, max_length: int | None = None):
        """``max_length``: the most characters the column keeps (texts.limit_of), so a one-line box
        stops there instead of the save refusing the text."""
        super().__init__(parent)
        self.editor = _text_editor(multiline, self)
        if max_length is not None and isinstance(self.editor, QLineEdit):
            self.editor.setMaxLength(max_length)
        self.editor.textChanged.connect(self._emit)
        self._set_body(self.editor)

    def value(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def set_value(self, value) -> None:
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(value or "")
        else:
            self.editor.setText(value or "")


class LocalizedField(Field):
    """A public text kept per language; shows one language at a time and which are missing."""

    def __init__(self, multiline: bool = False, parent=None):
        super().__init__(parent)
        self._texts: dict[str, str] = {}
        self._language = "nl"
        self._languages = ["nl", "en"]
        self.editor = _text_editor(multiline, self)
        self.editor.textChanged.connect(self._typed)
        self.missing = QLabel(self)
        self.missing.setObjectName("missing")
        self.missing.setStyleSheet("color: #8a5300;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.editor, 1)
        row.addWidget(self.missing, 0, Qt.AlignmentFlag.AlignTop)
        self._set_body(row)

    def _editor_text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def _typed(self) -> None:
        if self._loading:
            return
        self._texts[self._language] = self._editor_text()
        self._update_marker()
        self._emit()

    def _show(self) -> None:
        was = self._loading
        self._loading = True
        text = self._texts.get(self._language, "")
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)
        # The other language's text as a hint while translating.
        hint = next((t for lang, t in self._texts.items() if lang != self._language and t), "")
        self.editor.setPlaceholderText(hint)
        self._loading = was
        self._update_marker()

    def _update_marker(self) -> None:
        filled = [lang for lang in self._languages if self._texts.get(lang, "").strip()]
        missing = [lang.upper() for lang in self._languages if lang not in filled]
        # Nothing typed in any language is not a missing translation, just an empty field.
        if filled and missing:
            self.missing.setText(translate("Fields", "missing: %1").replace("%1", ", ".join(missing)))
        else:
            self.missing.setText("")

    def value(self) -> dict[str, str]:
        return {lang: text for lang, text in self._texts.items() if text != "" or lang in self._languages}

    def set_value(self, value) -> None:
        self._texts = dict(value or {})
        self._show()

    def set_language(self, language: str) -> None:
        self._language = language
        self._show()

    def set_languages(self, languages: list[str]) -> None:
        self._languages = list(languages) or ["nl", "en"]
        self._update_marker()


class CheckField(Field):
    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        # Long legal sentences wrap instead of widening the form (wrapping_check_box.py).
        self.box = WrappingCheckBox(text, self)
        self.box.toggled.connect(self._emit)
        self._set_body(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value) -> None:
        self.box.setChecked(bool(value))


class ChoiceField(Field):
    """One value from a list (an enum, a vocabulary term, a country, a catalogue entry)."""

    def __init__(self, options: Options, empty: str | None = None, convert=None, empty_value: Any = "", parent=None):
        super().__init__(parent)
        self._options = options
        self._empty = empty
        # What "nothing chosen" is stored as: "" for keys, None for ids and optional enums.
        self._empty_value = empty_value
        self._convert = convert or (lambda key: key)
        self.combo = QComboBox(self)
        self.combo.setMaxVisibleItems(20)
        # Long entries (transfer tools with their article) must not widen the whole form.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        self.combo.currentIndexChanged.connect(self._emit)
        self._set_body(self.combo)
        self.refresh_options()

    def refresh_options(self) -> None:
        current = self.combo.currentData() if self.combo.count() else None
        was = self._loading
        self._loading = True
        self.combo.clear()
        if self._empty is not None:
            self.combo.addItem(self._empty, None)
        for key, label in self._options():
            self.combo.addItem(label, key)
        self._select(current)
        self._loading = was

    def _select(self, key) -> None:
        key = getattr(key, "value", key)
        index = self.combo.findData(key) if key not in (None, "") else 0
        if index < 0 and key not in (None, ""):
            # A value no longer offered (old vocabulary key): keep it visible, not lost.
            self.combo.addItem(str(key), key)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def value(self):
        key = self.combo.currentData()
        return self._empty_value if key is None else self._convert(key)

    def set_value(self, value) -> None:
        self._select(value)


class DateField(Field):
    """A date that may be unknown: a box to say it is set, then the date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.known = QCheckBox(self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        # No date is shown as no date (the lowest date reads as empty), never as a made-up one.
        self.edit.setSpecialValueText(" ")
        self.edit.setDate(self.edit.minimumDate())
        self.edit.setEnabled(False)
        self.known.toggled.connect(self._known)
        self.known.toggled.connect(self._emit)
        self.edit.dateChanged.connect(self._emit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.known)
        row.addWidget(self.edit)
        row.addStretch(1)
        self._set_body(row)

    def value(self) -> date | None:
        if not self.known.isChecked():
            return None
        shown = self.edit.date()  # a QDate (PySide6 types its toPython() as returning object)
        return date(shown.year(), shown.month(), shown.day())

    def _known(self, on: bool) -> None:
        self.edit.setEnabled(on)
        empty = self.edit.minimumDate()
        if on and self.edit.date() == empty:
            self.edit.setDate(QDate.currentDate())
        elif not on:
            self.edit.setDate(empty)

    def set_value(self, value) -> None:
        self.edit.setDate(QDate(value) if value else self.edit.minimumDate())
        self.known.setChecked(value is not None)
        self._known(value is not None)


class NumberField(Field):
    """A whole number; with ``optional`` the lowest value means "not set" (None)."""

    def __init__(self, minimum: int = 0, maximum: int = 9999, optional: bool = False, parent=None):
        super().__init__(parent)
        self._optional = optional
        self.spin = QSpinBox(self)
        self.spin.setRange(minimum - 1 if optional else minimum, maximum)
        if optional:
            self.spin.setSpecialValueText("—")
        self.spin.valueChanged.connect(self._emit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin)
        row.addStretch(1)
        self._set_body(row)

    def value(self) -> int | None:
        if self._optional and self.spin.value() == self.spin.minimum():
            return None
        return self.spin.value()

    def set_value(self, value) -> None:
        self.spin.setValue(self.spin.minimum() if value is None else int(value))


class ChecksField(Field):
    """Several keys of a short fixed list as check boxes (data sources, DPIA criteria).
    An option whose key is None is a heading.

    ``as_flags`` keeps them as {key: True} (DPIA screening); else as a list of keys.
    """

    def __init__(self, options: Options, columns: int = 1, as_flags: bool = False, parent=None):
        super().__init__(parent)
        self._as_flags = as_flags
        self._boxes: dict[str, QCheckBox] = {}
        self._extra: Any = [] if not as_flags else {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        row = column = 0
        for key, label in options():
            if key is None:
                # A heading between groups of keys (DPIA: WP248 criteria, then the AP list).
                row += 1 if column else 0
                heading = QLabel(f"<b>{label}</b>", self)
                heading.setWordWrap(True)
                grid.addWidget(heading, row, 0, 1, columns)
                row, column = row + 1, 0
                continue
            box = WrappingCheckBox(label, self)
            box.toggled.connect(self._emit)
            self._boxes[key] = box
            grid.addWidget(box, row, column)
            column = (column + 1) % columns
            row += 0 if column else 1
        self._set_body(grid)

    def value(self):
        chosen = [key for key, box in self._boxes.items() if box.isChecked()]
        if self._as_flags:
            return {**self._extra, **{key: True for key in chosen}}
        return chosen + [key for key in self._extra if key not in self._boxes]

    def set_value(self, value) -> None:
        value = copy.deepcopy(value) or ({} if self._as_flags else [])
        chosen = {key for key, on in value.items() if on} if self._as_flags else set(value)
        for key, box in self._boxes.items():
            box.setChecked(key in chosen)
        # Keys not (or no longer) offered are kept as they were.
        if self._as_flags:
            self._extra = {k: v for k, v in value.items() if k not in self._boxes}
        else:
            self._extra = [k for k in value if k not in self._boxes]


class LanguagesField(Field):
    """The register's languages: the primary one first, then the others ticked."""

    def __init__(self, options: Options, parent=None):
        super().__init__(parent)
        self._options = options()
        self.primary = QComboBox(self)
        for key, label in self._options:
            self.primary.addItem(label, key)
        self.primary.currentIndexChanged.connect(self._primary_changed)
        self._others: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("Fields", "Primary:"), self))
        row.addWidget(self.primary)
        row.addWidget(QLabel(translate("Fields", "Also:"), self))
        for key, label in self._options:
            box = QCheckBox(label, self)
            box.toggled.connect(self._emit)
            self._others[key] = box
            row.addWidget(box)
        row.addStretch(1)
        self._set_body(row)

    def _primary_changed(self) -> None:
        primary = self.primary.currentData()
        for key, box in self._others.items():
            box.setEnabled(key != primary)
            if key == primary:
                box.setChecked(True)
        self._emit()

    def value(self) -> list[str]:
        primary = self.primary.currentData()
        return [primary] + [k for k, box in self._others.items() if box.isChecked() and k != primary]

    def set_value(self, value) -> None:
        value = list(value or ["nl"])
        self.primary.setCurrentIndex(max(self.primary.findData(value[0]), 0))
        for key, box in self._others.items():
            box.setChecked(key in value)
        self._primary_changed()
