"""The parts every "new …" dialog shares: the line that says why OK is not possible yet, and
the OK/Cancel buttons wired to the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget


class ReasonLine(QLabel):
    """The sentence why OK is not possible yet; out of the layout while there is none, so no
    empty strip stands above the buttons."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setHidden(not text)


def reason_and_buttons(dialog: QDialog) -> tuple[QLabel, QDialogButtonBox]:
    reason = ReasonLine(dialog)
    reason.setHidden(True)
    reason.setObjectName("reason")
    reason.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return reason, buttons


def open_at_width(dialog: QWidget, width: int) -> None:
    """Open ``dialog`` ``width`` pixels wide (where its fields read well), wider when a longer
    translation needs it, and as tall as its wrapped texts then need. A minimum width set on the
    dialog instead would overrule its layout's and squeeze the fields' texts."""
    layout = dialog.layout()
    needed = layout.minimumSize().width() if layout is not None else 0
    dialog.resize(max(width, needed, dialog.sizeHint().width()), dialog.height())
    fit_height(dialog)


def fit_height(dialog: QWidget) -> None:
    """As tall as the dialog's texts need at its width, after a sentence appeared or went: a
    window does not grow by itself for a wrapped label, whose lines would then be cut."""
    layout = dialog.layout()
    height = layout.totalHeightForWidth(dialog.width()) if layout is not None and layout.hasHeightForWidth() else -1
    dialog.resize(dialog.width(), height if height > 0 else dialog.sizeHint().height())
