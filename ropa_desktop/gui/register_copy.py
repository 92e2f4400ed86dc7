"""File > Save a copy: a private, consistent copy of the open register at a place the officer chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..register import copies
from ..register.copy_between import copy_between
from ..register.errors import RegisterError
from . import dialogs, faults
from .jobs import Cancelled, Job
from .workspace import Workspace

translate = QCoreApplication.translate


def suggested_copy(register: Path) -> str:
    """Beside the register, named after it: "register-copy.ropa"."""
    name = translate("RegisterCopy", "%1-copy").replace("%1", register.stem)
    return str(register.with_name(name + register.suffix))


def refusal(error: copies.CopyRefused) -> str:
    """The one sentence for a copy that was refused."""
    if error.reason == copies.TARGET_IS_LINK:
        return translate(
            "RegisterCopy", "That name is a link to another file, so no copy was written there: choose another name."
        )
    return translate("RegisterCopy", "That is the open register itself, so no copy was written: choose another name.")


def suggested_file_of_server(database: str) -> str:
    """A register on a server is copied to a file in the home folder, named after its database."""
    name = translate("RegisterCopy", "%1-copy").replace("%1", database or "register")
    return str(Path.home() / (name + ".ropa"))


def save_copy(parent: QWidget, workspace: Workspace, on_done=None) -> Job | None:
    """Ask where, then copy the register there in the background (its saved state). A register on
    a server is copied to a new register file, row for row with its history (register.copy_between):
    a snapshot for an auditor, or to take along; a reader may make one too."""
    register = workspace.register.path
    if register is None:
        url = workspace.register.engine.url
        target = dialogs.choose_copy_target(parent, suggested_file_of_server(url.database or ""))
        if target is None:
            return None
        source = url.render_as_string(hide_password=False)
        work = lambda _report: str(copy_between(source, Path(target)).target)  # noqa: E731
    else:
        target = dialogs.choose_copy_target(parent, suggested_copy(register))
        if target is None:
            return None
        work = lambda _report: str(copies.save_copy(register, Path(target)))  # noqa: E731
    job = Job(parent, translate("RegisterCopy", "Saving a copy of the register…"), work)

    def failed(error) -> None:
        if isinstance(error, Cancelled):
            return
        if isinstance(error, copies.CopyRefused):
            text = refusal(error)
        elif isinstance(error, RegisterError):
            text = faults.describe(error)
        else:
            text = translate("RegisterCopy", "The copy could not be written: %1").replace("%1", str(error))
        dialogs.show_error(parent, translate("RegisterCopy", "No copy saved"), text)

    job.failed.connect(failed)
    if on_done is not None:
        job.done.connect(on_done)
    return job.start()
