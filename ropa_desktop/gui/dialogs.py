"""Every question the window asks, as a small function tests can replace."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from ..register.rows import Row
from ..register.starting import RegisterStart
from .new_recipient_dialog import NewRecipientDialog
from .new_register_dialog import NewRegisterDialog
from .new_transfer_dialog import NewTransferDialog

translate = QCoreApplication.translate


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Unsaved changes"))
    box.setText(translate("Dialogs", "“%1” has changes that are not saved.").replace("%1", what))
    box.setInformativeText(translate("Dialogs", "Save them before you go on?"))
    save = box.addButton(translate("Dialogs", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Dialogs", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Unsaved.SAVE
    if clicked is discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def confirm(parent: QWidget | None, title: str, text: str, details: str = "") -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


SHOWN_ERRORS = 15  # a question box stays on the screen; the Problems panel lists them all


def ask_publish_anyway(parent: QWidget | None, errors: list[str]) -> bool:
    """Whether to publish the statement although the checks find ``errors`` (one line each)."""
    shown = errors[:SHOWN_ERRORS]
    if len(errors) > SHOWN_ERRORS:
        shown.append(translate("Dialogs", "… and %1 more").replace("%1", str(len(errors) - SHOWN_ERRORS)))
    return confirm(
        parent,
        translate("Dialogs", "Publish anyway?"),
        translate("Dialogs", "The checks find errors in the register. Publish the statement anyway?"),
        "\n".join(shown),
    )


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok and text.strip() else None


def register_filter() -> str:
    return translate("Dialogs", "ROPA registers (*.ropa);;All files (*)")


def choose_register_to_open(parent: QWidget | None, folder: str) -> str | None:
    path, _selected = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Open register"), folder, register_filter()
    )
    return path or None


def choose_export_file(
    parent: QWidget | None, title: str, suggestion: str, formats: dict[str, str]
) -> tuple[str, str] | None:
    """Where to write an export and in which of ``formats`` ({"pdf": "PDF (*.pdf)"}); the
    chosen filter decides a missing extension. None when cancelled."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggestion, ";;".join(formats.values()))
    if not path:
        return None
    typed = Path(path).suffix.lstrip(".").lower()
    if typed in formats:
        # "verklaring.pdf" is a PDF whichever filter happened to be selected.
        return path, typed
    fmt = next((f for f, label in formats.items() if label == chosen), next(iter(formats)))
    return f"{path}.{fmt}", fmt


def choose_new_register(parent: QWidget | None, suggestion: str) -> str | None:
    path, _selected = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "New register"), suggestion, register_filter()
    )
    if path and not path.endswith(".ropa"):
        path += ".ropa"
    return path or None


def ask_new_transfer(parent: QWidget | None, recipients: list[Row]) -> dict | None:
    """Country, transfer tool and recipient (one of ``recipients``, or None) of a new
    transfer; None when cancelled."""
    dialog = NewTransferDialog(recipients, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def ask_new_recipient(parent: QWidget | None, name: str = "") -> dict | None:
    """Name, kind, country and agreement of a new recipient; None when cancelled."""
    dialog = NewRecipientDialog(name, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def ask_new_register(parent: QWidget | None) -> RegisterStart | None:
    """What a new register starts with (name, country, languages, privacy contact); None when cancelled."""
    dialog = NewRegisterDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def choose_import_file(parent: QWidget | None) -> str | None:
    path, _selected = QFileDialog.getOpenFileName(
        parent,
        translate("Dialogs", "Import from Excel"),
        str(Path.home()),
        translate("Dialogs", "Excel workbooks (*.xlsx)"),
    )
    return path or None


def mapping_filter() -> str:
    return translate("Dialogs", "Column mappings (*.json);;All files (*)")


def choose_mapping_to_load(parent: QWidget | None) -> str | None:
    path, _selected = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Load column mapping"), str(Path.home()), mapping_filter()
    )
    return path or None


def choose_mapping_to_save(parent: QWidget | None, suggestion: str) -> str | None:
    path, _selected = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "Save column mapping"), suggestion, mapping_filter()
    )
    if path and not path.lower().endswith(".json"):
        path += ".json"
    return path or None


def choose_copy_target(parent: QWidget | None, suggestion: str) -> str | None:
    """File > Save a copy: where to write the copy of the register; None when cancelled."""
    path, _selected = QFileDialog.getSaveFileName(
        parent,
        translate("Dialogs", "Save a copy of the register"),
        suggestion,
        register_filter(),
        options=QFileDialog.Option.DontResolveSymlinks,
    )  # the copy refuses a link itself, and says so
    if path and not path.endswith(".ropa"):
        path += ".ropa"
    return path or None


def choose_printer(parent: QWidget | None, title: str):
    """The system's print dialog: a QPrinter set up as the officer chose, or None when cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # here: printing loads only when used

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
