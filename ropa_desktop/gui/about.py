"""The About box: version, reference data date, where the register is."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__
from ..register.reference.countries import adequacy_list_date
from ..register.summary import summarise

translate = QCoreApplication.translate


def about_text(register) -> str:
    summary = summarise(register)
    text = translate(
        "About",
        "<h3>ROPA Desktop %1</h3>"
        "<p>The record of processing activities (Art. 30 GDPR) and the privacy statement "
        "(Art. 13/14), kept in one place.</p>"
        "<p>Reference data (adequacy decisions) as of %2.<br>Register schema %3.</p>"
        "<p>Register: %4</p>",
    )
    # The date stays on one line with the two words that lead it in ("as of", "stand per").
    text = re.sub(r"(\w+) (\w+) %2", r"\1&nbsp;\2&nbsp;%2", text)
    return (
        text.replace("%1", __version__)
        .replace("%2", adequacy_list_date().isoformat())
        .replace("%3", summary.schema_revision or "?")
        .replace("%4", register.location)
    )


def about_box(parent: QWidget | None, register) -> QMessageBox:
    """The About box as QMessageBox.about makes it, not yet shown: the screenshot tour and the
    test of whole texts look at it without a modal loop."""
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        translate("About", "About ROPA Desktop"),
        about_text(register),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setIconPixmap(box.windowIcon().pixmap(64, 64))
    return box


def show_about(parent: QWidget | None, register) -> None:
    about_box(parent, register).exec()
