"""The register exports by format, written atomically: what the command line and the window call."""

from __future__ import annotations

import os
from typing import TypedDict

from ..register.storage import Register
from .dossier import write_dossier
from .files import write_atomically
from .workbook import write_workbook

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
    writers = {"xlsx": write_workbook, "pdf": write_dossier}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    internal: _Choices = {"internal_notes": internal_notes} if internal_notes is not None else {}
    if changes_since is not None:
        internal["changes_since"] = changes_since
    write_atomically(
        target,
        lambda stream: writers[fmt](register, language, stream, progress, with_findings=with_findings, **internal),
    )
