"""Preferences: the interface language (the system's by default)."""

from __future__ import annotations

from babel import Locale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout

from ..register.reference.languages import SUPPORTED


def own_name(code: str) -> str:
    """A language as its speakers call it ("Nederlands", "English"): whoever cannot read the
    interface's language must still find their own in the list."""
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


class PreferencesDialog(QDialog):
    def __init__(self, current: str | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("As the system"), "")
        for code in SUPPORTED:
            self.language.addItem(own_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(current or ""), 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Interface language"), self.language)
        layout.addRow(buttons)

    def chosen_language(self) -> str | None:
        return self.language.currentData() or None


def ask_preferences(parent, current: str | None) -> tuple[bool, str | None]:
    dialog = PreferencesDialog(current, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted, dialog.chosen_language()
