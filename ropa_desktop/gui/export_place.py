"""Where an export goes: offered in the folder used last, under a name in the document's
language; once written, the officer may open it or the folder that holds it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ..documents.file_names import suggested_file_name
from .settings import Settings

translate = QCoreApplication.translate


def suggested_path(settings: Settings | None, document: str, language: str, fmt: str) -> str:
    """The path the save dialog proposes: the last export's folder (while it exists), else the home folder."""
    folder = settings.export_folder if settings is not None else None
    if not folder or not Path(folder).is_dir():
        folder = str(Path.home())
    return str(Path(folder) / suggested_file_name(document, language, fmt))


def remember(settings: Settings | None, path: str) -> None:
    if settings is not None:
        settings.export_folder = str(Path(path).parent)
        settings.sync()


class AfterExport(Enum):
    OPEN = "open"
    SHOW_FOLDER = "folder"
    CLOSE = "close"


def ask_after_export(parent: QWidget | None, path: str) -> AfterExport:
    """Open the file, show its folder, or neither (replaced in tests)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Export", "Exported"))
    box.setText(translate("Export", "Written to %1").replace("%1", path))
    opened = box.addButton(translate("Export", "Open"), QMessageBox.ButtonRole.AcceptRole)
    folder = box.addButton(translate("Export", "Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(opened)
    box.exec()
    clicked = box.clickedButton()
    return (
        AfterExport.OPEN if clicked is opened else AfterExport.SHOW_FOLDER if clicked is folder else AfterExport.CLOSE
    )


def offer_to_open(parent: QWidget | None, path: str) -> AfterExport:
    """Once an export is written: open it, or its folder, in the system's own programs, as asked."""
    choice = ask_after_export(parent, path)
    if choice is AfterExport.OPEN:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
    elif choice is AfterExport.SHOW_FOLDER:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
    return choice
