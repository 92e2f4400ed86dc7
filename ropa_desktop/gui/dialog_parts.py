"""The parts every "new …" dialog shares: the line that says why OK is not possible yet, and
the OK/Cancel buttons wired to the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel


def reason_and_buttons(dialog: QDialog) -> tuple[QLabel, QDialogButtonBox]:
    reason = QLabel(dialog)
    reason.setObjectName("reason")
    reason.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return reason, buttons
