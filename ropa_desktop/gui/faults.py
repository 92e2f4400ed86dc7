"""What the officer reads when the register refuses a change or cannot be opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..register import errors, texts
from ..register.errors import RegisterError
from ..register.texts import TextRefused

translate = QCoreApplication.translate


def describe(error: RegisterError) -> str:
    """A translated sentence for the fault, followed by the technical line."""
    sentences = {
        errors.READ_ONLY: translate(
            "Faults",
            "The register file is read-only, so nothing can be saved in it. "
            "Ask for write access, or copy the file to a folder where you can "
            "write and open the copy.",
        ),
        errors.LOCKED: translate("Faults", "Another program is using the register right now. Try again in a moment."),
        errors.VANISHED: translate("Faults", "The register file was moved, deleted or replaced while it was open."),
        errors.DISK_FULL: translate("Faults", "The disk is full. Free some space and try again."),
        errors.INVALID: translate(
            "Faults", "The register refused the change: a required value is missing or a linked entry no longer exists."
        ),
        errors.NOT_FOUND: translate("Faults", "The item or file no longer exists."),
        errors.NOT_A_REGISTER: translate("Faults", "This file is not a ROPA Desktop register."),
        errors.NEWER_VERSION: translate(
            "Faults", "This register was written by a newer version of ROPA Desktop. Update the program to open it."
        ),
        errors.EXISTS: translate("Faults", "A file with that name already exists."),
        errors.DAMAGED: translate("Faults", "The register file is damaged and cannot be read."),
        errors.IN_USE: translate("Faults", "This entry is still in use, so it was not deleted."),
        errors.CONFLICT: translate(
            "Faults",
            "Another program changed the same fields of this item since you "
            "opened it. To see its version, copy what you typed if you need it "
            "and choose Revert.",
        ),
        errors.CHANGED_SINCE: translate(
            "Faults",
            "The register was changed by another program after the import, "
            "so the import cannot be undone without losing that change.",
        ),
        errors.HELD: translate("Faults", "Another window has this register open, so this one can only read it."),
        errors.TOO_SLOW: translate(
            "Faults",
            "Reading the register took far too long and was stopped. The file may "
            "have been altered by another program.",
        ),
    }
    sentence = sentences.get(error.code, translate("Faults", "The register could not be changed."))
    if isinstance(error, TextRefused):  # a text, not a missing value: say what to do with it
        sentence = _refused_text(error)
    return f"{sentence}\n\n{error}"


def _refused_text(error: TextRefused) -> str:
    if error.problem == texts.TOO_LONG:
        return translate(
            "Faults", "A text is too long to be saved: at most %1 characters. Shorten it and save again."
        ).replace("%1", str(error.limit))
    return translate("Faults", "A text holds a character that cannot be saved (%1). Remove it and save again.").replace(
        "%1", error.char or ""
    )


def describe_unsaved(error: RegisterError) -> str:
    """For a refused save: the edit is kept in the form, then what happened."""
    return translate("Faults", "Your change was not saved; it is still in the form.") + "\n\n" + describe(error)
