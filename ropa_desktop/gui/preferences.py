"""Preferences: the interface language (the system's by default) and the officer's name in the change log."""

from __future__ import annotations

from dataclasses import dataclass

from babel import Locale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from ..register.models import ChangeLogEntry
from ..register.reference.languages import SUPPORTED
from ..register.texts import limit_of
from .helper_text import make_quiet


def own_name(code: str) -> str:
    """A language as its speakers call it ("Nederlands", "English"): whoever cannot read the
    interface's language must still find their own in the list."""
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


@dataclass(frozen=True)
class Chosen:
    language: str | None
    # Recorded beside the operating-system user with every change (change_log.set_default).
    name: str


class PreferencesDialog(QDialog):
    def __init__(self, current: str | None, parent=None, name: str = ""):
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
        self.display_name = QLineEdit(name, self)
        self.display_name.setObjectName("display_name")
        self.display_name.setMaxLength(limit_of(ChangeLogEntry, "who_name"))  # what the change log keeps of it
        self.display_name.setPlaceholderText(self.tr("e.g. Anna de Vries, privacy officer"))
        self.display_name.setMinimumWidth(
            self.display_name.fontMetrics().horizontalAdvance(self.display_name.placeholderText()) + 24
        )  # the example is read whole
        # Said here, so nobody thinks the name replaces the login or can hide who changed something.
        name_help = QLabel(
            self.tr("Recorded with every change you make. Your login name is always recorded too."), self
        )
        name_help.setWordWrap(True)
        make_quiet(name_help)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Interface language"), self.language)
        layout.addRow(self.tr("Your name in the change log"), self.display_name)
        layout.addRow("", name_help)
        layout.addRow(buttons)

    def chosen_language(self) -> str | None:
        return self.language.currentData() or None

    def chosen(self) -> Chosen:
        return Chosen(self.chosen_language(), " ".join(self.display_name.text().split()))


def run(dialog: PreferencesDialog) -> bool:
    """Show the dialog; True when the officer pressed OK (tests fill it in instead)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_preferences(parent, current: str | None, name: str = "") -> Chosen | None:
    """The preferences chosen, or None when cancelled."""
    dialog = PreferencesDialog(current, parent, name)
    return dialog.chosen() if run(dialog) else None
