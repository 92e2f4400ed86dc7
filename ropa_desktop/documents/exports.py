"""The register exports by format, written atomically: what the command line and the window call."""

from __future__ import annotations

import io
import os
from typing import TypedDict

from ..register.storage import Register
from .files import write_atomically

FORMATS = ("xlsx", "pdf")


class _Choices(TypedDict, total=False):
    """What the caller chose; what it left out, each format decides by its own default."""

    internal_notes: bool
    changes_since: str


def export_register(
    register: Register,
    fmt: str,
    language: str,
    target: str | os.PathLike,
    progress=None,
    with_findings: bool = False,
    internal_notes: bool | None = None,
    changes_since: str | None = None,
) -> None:
    """Write the register as ``fmt`` to ``target``; the file is replaced only when complete
    (a failure or a cancel raised by ``progress`` leaves an existing file as it was).
    ``with_findings`` adds the compliance check's findings (a sheet, or the dossier's last annex).
    ``internal_notes`` includes the internal descriptions and notes; None: the format's own
    choice (the workbook keeps them, the dossier for the supervisory authority leaves them out).
    ``changes_since`` (a version, "start" or a date) adds the annex of the changes since then."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    internal: _Choices = {"internal_notes": internal_notes} if internal_notes is not None else {}
    if changes_since is not None:
        internal["changes_since"] = changes_since
    # Each writer is imported when its format is asked for: the workbook needs openpyxl, the
    # dossier ReportLab, and neither needs the other's (issue 19: import only what is used).
    if fmt == "xlsx":
        from .workbook import write_workbook

        write_atomically(
            target,
            lambda stream: write_workbook(
                register, language, stream, progress, with_findings=with_findings, **internal
            ),
        )
        return
    from .dossier import write_dossier
    from .pdf_archive import archival
    from .pdf_tags import Tags, add_structure

    def archived(stream) -> None:
        """The dossier is filed and archived: tagged for readers and screen readers (pdf_tags.py),
        then PDF/A-2b (pdf_archive.py), which keeps the structure; finished before it is written."""
        drawn, tags = io.BytesIO(), Tags()
        title = write_dossier(register, language, drawn, progress, with_findings=with_findings, tags=tags, **internal)
        stream.write(archival(add_structure(drawn.getvalue(), tags, title, language), language))

    write_atomically(target, archived)
