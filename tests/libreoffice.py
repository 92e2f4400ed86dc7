"""LibreOffice headless as the tests use it: to reopen, resave or print what we write, as an
auditor's office suite would. Tests that need it skip where it is not installed (CI's machine)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needed = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


def convert(source: Path, to: str, outdir: Path, profile: Path, timeout: int = 180) -> subprocess.CompletedProcess:
    """``source`` converted ``to`` a format ("pdf", "xlsx", a CSV filter) into ``outdir``, with a
    user profile of its own in ``profile`` (a running LibreOffice or an earlier test's cannot interfere)."""
    return subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{profile}",
            "--convert-to",
            to,
            "--outdir",
            str(outdir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
