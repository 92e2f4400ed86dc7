"""Before the export asks for the file: "Add the changes since version…", with the version to
start from (issue 16 point 6). Asked only when someone established a version; the start of the
history is offered too, but alone it is no reason to ask at every export."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QVBoxLayout

from .dialog_parts import open_at_width, reason_and_buttons
from .moment_choice import Listed, listed_versions, local_time

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ChangesChoice:
    """``since``: the version's name as `ropa export --changes-since` takes it; None: no annex."""

    since: str | None


class ChangesDialog(QDialog):
    def __init__(self, versions: list[Listed], parent=None):
        super().__init__(parent)
        self.setObjectName("export_changes_dialog")
        self.setWindowTitle(translate("Export", "Export register"))
        self.add = QCheckBox(translate("Export", "Add the changes since version…"), self)
        self.version = QComboBox(self)
        for version in reversed(versions):  # the newest first: the usual choice
            # By name: names are unique and found first ("2" may name version 1, never two versions).
            self.version.addItem(choice_words(version), version.name)
        self.version.setEnabled(False)
        self.add.toggled.connect(self.version.setEnabled)
        explanation = QLabel(
            translate(
                "Export",
                "An annex lists every change recorded since that version: who, when, from where, the item "
                "and field, before and after, and the comment given.",
            ),
            self,
        )
        explanation.setWordWrap(True)
        _reason, buttons = reason_and_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.add)
        layout.addWidget(self.version)
        layout.addWidget(explanation)
        layout.addWidget(buttons)

    def choice(self) -> ChangesChoice:
        return ChangesChoice(self.version.currentData() if self.add.isChecked() else None)


def choice_words(version: Listed) -> str:
    """As the window's other version choices say it (gui/moment_choice.py)."""
    if version.number == 0:  # the start of the history: nobody established it
        return translate("Versions", "Start of the history (%1)").replace("%1", local_time(version.established_at))
    return (
        translate("Versions", "Version %1 “%2” (%3)")
        .replace("%1", str(version.number))
        .replace("%2", version.name)
        .replace("%3", local_time(version.established_at))
    )


def ask_changes_since(parent, versions: list[Listed]) -> ChangesChoice | None:
    """Whether to add the changes annex and since which version; None when cancelled. Tests
    replace this function."""
    dialog = ChangesDialog(versions, parent)
    open_at_width(dialog, 460)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


def choose_changes_since(parent, register) -> ChangesChoice | None:
    """No annex without asking when nobody established a version; None when cancelled."""
    versions = listed_versions(register)
    if not any(version.number > 0 for version in versions):
        return ChangesChoice(None)
    return ask_changes_since(parent, versions)
