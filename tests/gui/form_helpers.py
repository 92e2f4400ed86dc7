"""Operate editor fields the way a person does: type, choose, tick."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ropa_desktop.gui import labels


def type_text(field, text: str) -> None:
    editor = field.editor
    if isinstance(editor, QLineEdit):
        editor.clear()
        editor.insert(text)
    else:
        editor.clear()
        editor.insertPlainText(text)


def choose(field, key) -> None:
    index = field.combo.findData(getattr(key, "value", key))
    assert index >= 0, f"{key!r} is not offered"
    field.combo.setCurrentIndex(index)


def tick(link_field, name: str) -> int:
    """Tick the catalogue entry shown as ``name``; returns its id."""
    model = link_field.model
    for row in range(model.rowCount()):
        if model.index(row).data() == name:
            model.setData(model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
            return model.index(row).data(Qt.ItemDataRole.UserRole + 1)
    raise AssertionError(f"{name!r} not in the picker: {[model.index(r).data() for r in range(model.rowCount())]}")


def select_row(page, name: str) -> None:
    for row in range(page.proxy.rowCount()):
        if labels.text(page.proxy.index(row, page.model.marker_column).data()) == name:  # the name column
            page.table.setCurrentIndex(page.proxy.index(row, 0))
            return
    raise AssertionError(f"{name!r} not in the list")
