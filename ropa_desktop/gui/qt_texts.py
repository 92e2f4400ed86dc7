"""Texts of Qt's own dialogs that Qt's Dutch translation (qtbase_nl.qm, loaded by language.py)
lacks: Qt 6 gave the file dialog's labels a mnemonic ("&Look in:") and moved the file types to
a new class, and only the old texts ("Look in:") are translated. Written here under Qt's own
context (and disambiguation), our translation supplies them: Qt looks a text up in every
installed translation until one has it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def qt_gaps() -> dict[tuple[str, str], str]:
    """Each text as Qt's file dialog asks for it (context, source), and what the installed
    translations answer. The calls are spelled out so that lupdate finds them."""
    return {
        ("QFileDialog", "&Look in:"): translate("QFileDialog", "&Look in:"),
        ("QFileDialog", "Files of &type:"): translate("QFileDialog", "Files of &type:"),
        ("QAbstractFileIconProvider", "Folder"): translate(
            "QAbstractFileIconProvider", "Folder", "All other platforms"
        ),
        ("QAbstractFileIconProvider", "Drive"): translate("QAbstractFileIconProvider", "Drive"),
        ("QAbstractFileIconProvider", "Unknown"): translate("QAbstractFileIconProvider", "Unknown"),
    }
