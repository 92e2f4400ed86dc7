"""File > Export register: the Excel workbook or the PDF dossier, written in the background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..documents.exports import export_register
from . import dialogs, export_changes, export_place, language
from .jobs import Cancelled, Job
from .settings import Settings
from .workspace import Workspace

translate = QCoreApplication.translate
FILTERS = {"xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}


def choose_export_target(parent: QWidget | None, fmt: str, suggestion: str) -> str | None:
    chosen = dialogs.choose_export_file(parent, translate("Export", "Export register"), suggestion, {fmt: FILTERS[fmt]})
    return chosen[0] if chosen else None


def start_export(
    parent: QWidget,
    workspace: Workspace,
    fmt: str,
    on_done=None,
    with_findings: bool = False,
    internal_notes: bool | None = None,
    settings: Settings | None = None,
) -> Job | None:
    """Ask where, then write the register as ``fmt`` with progress and Cancel; with
    ``with_findings`` the export carries the compliance findings too, with ``internal_notes``
    the internal descriptions and notes (None: the format's own choice). The folder chosen is
    remembered in ``settings``; once written, the officer may open the file or its folder.
    When a version was established, the officer may first add the changes since one of them."""
    register = workspace.register
    changes = export_changes.choose_changes_since(parent, register)
    if changes is None:
        return None
    chosen = workspace.name_language(language.current())
    target = choose_export_target(parent, fmt, export_place.suggested_path(settings, "register", chosen, fmt))
    if target is None:
        return None
    export_place.remember(settings, target)

    annex = {"changes_since": changes.since} if changes.since is not None else {}

    def work(report):
        export_register(
            register,
            fmt,
            chosen,
            target,
            progress=report,
            with_findings=with_findings,
            internal_notes=internal_notes,
            **annex,
        )
        return target

    title = (
        translate("Export", "Writing the Excel workbook…")
        if fmt == "xlsx"
        else translate("Export", "Writing the PDF dossier…")
    )
    job = Job(parent, title, work)

    def failed(error) -> None:
        if isinstance(error, Cancelled):
            return
        dialogs.show_error(
            parent,
            translate("Export", "Not exported"),
            translate("Export", "The register could not be exported: %1").replace("%1", str(error)),
        )

    job.failed.connect(failed)
    if on_done is not None:
        job.done.connect(on_done)
    job.done.connect(lambda written: export_place.offer_to_open(parent, written))
    return job.start()
