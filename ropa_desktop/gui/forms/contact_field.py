"""A contact block (privacy contact, DPO, representative, authority) that may be absent."""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout

from .fields import Field
from .form import FieldsPanel


class ContactField(Field):
    def __init__(
        self,
        items: list,
        context,
        present_text: str,
        default: Callable[[], tuple[str, dict] | None] | None = None,
        parent=None,
    ):
        """``default`` gives what applies when the block is absent (the authority of the
        organisation's country): a sentence to show, and values shown greyed in the fields."""
        super().__init__(parent)
        self._default = default
        self.default_note = QLabel(self)
        self.default_note.setWordWrap(True)
        self.present = QCheckBox(present_text, self)
        self.panel = FieldsPanel(items, context, self)
        self.panel.setEnabled(False)
        self.present.toggled.connect(self.panel.setEnabled)
        self.present.toggled.connect(self._emit)
        self.panel.changed.connect(self._emit)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.default_note)
        body.addWidget(self.present)
        body.addWidget(self.panel)
        self._set_body(body)
        self._base: dict = {}

    def value(self):
        if not self.present.isChecked():
            return None
        values = copy.deepcopy(self._base)
        values.update({key: widget.value() for key, widget in self.panel.fields.items()})
        return values

    def set_problem(self, text: str | None, row: int | None = None, part: str = "") -> None:
        # A problem of one of the block's fields is shown at that field.
        if text and part in self.panel.fields:
            self.panel.fields[part].set_problem(text)
        else:
            super().set_problem(text)

    def clear_problems(self) -> None:
        for widget in self.panel.fields.values():
            widget.clear_problems()
        super().clear_problems()

    def set_value(self, value) -> None:
        self._base = copy.deepcopy(value or {})
        self.present.setChecked(value is not None)
        default = self._default() if self._default else None
        self.default_note.setVisible(default is not None)
        if default is not None:
            note, values = default
            self.default_note.setText(note)
            for key, widget in self.panel.fields.items():
                editor = getattr(widget, "editor", None)
                if editor is not None and hasattr(editor, "setPlaceholderText"):
                    editor.setPlaceholderText(str(values.get(key) or ""))
        for key, widget in self.panel.fields.items():
            widget.load(copy.deepcopy(self._base.get(key)))
