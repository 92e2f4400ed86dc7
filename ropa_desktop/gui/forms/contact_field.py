"""A contact block (privacy contact, DPO, representative, authority) that may be absent."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QCheckBox, QVBoxLayout

from .fields import Field
from .form import FieldsPanel


class ContactField(Field):
    def __init__(self, items: list, context, present_text: str, parent=None):
        super().__init__(parent)
        self.present = QCheckBox(present_text, self)
        self.panel = FieldsPanel(items, context, self)
        self.panel.setEnabled(False)
        self.present.toggled.connect(self.panel.setEnabled)
        self.present.toggled.connect(self._emit)
        self.panel.changed.connect(self._emit)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
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

    def set_value(self, value) -> None:
        self._base = copy.deepcopy(value or {})
        self.present.setChecked(value is not None)
        for key, widget in self.panel.fields.items():
            widget.load(copy.deepcopy(self._base.get(key)))
