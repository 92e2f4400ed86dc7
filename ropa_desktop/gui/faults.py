"""What the officer reads when the register refuses a change or cannot be opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..register import errors
from ..register.errors import RegisterError

translate = QCoreApplication.translate


def describe(error: RegisterError) -> str:
    """A translated sentence for the fault, followed by the technical line."""
    sentences = {
        errors.READ_ONLY: translate("Faults", "The register file is read-only, so nothing can be saved in it. "
                                              "Ask for write access, or copy the file to a folder where you can "
                                              "write and open the copy."),
        errors.LOCKED: translate("Faults", "Another program is using the register right now. Try again in a moment."),
        errors.VANISHED: translate("Faults", "The register file was moved, deleted or replaced while it was open."),
        errors.DISK_FULL: translate("Faults", "The disk is full. Free some space and try again."),
        errors.INVALID: translate("Faults", "The register refused the change: a required value is missing or a "
                                            "linked entry no longer exists."),
        errors.NOT_FOUND: translate("Faults", "The item or file no longer exists."),
        errors.NOT_A_REGISTER: translate("Faults", "This file is not a ROPA Desktop register."),
        errors.NEWER_VERSION: translate("Faults", "This register was written by a newer version of ROPA Desktop. "
                                                  "Update the program to open it."),
        errors.EXISTS: translate("Faults", "A file with that name already exists."),
        errors.DAMAGED: translate("Faults", "The register file is damaged and cannot be read."),
        errors.IN_USE: translate("Faults", "This entry is still in use, so it was not deleted."),
    }
    sentence = sentences.get(error.code, translate("Faults", "The register could not be changed."))
    return f"{sentence}\n\n{error}"


def describe_unsaved(error: RegisterError) -> str:
    """For a refused save: the edit is kept in the form, then what happened."""
    return translate("Faults", "Your change was not saved; it is still in the form.") + "\n\n" + describe(error)
