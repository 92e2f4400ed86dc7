"""The name an export is offered under, in the document's language (resources/export/file_names.toml)."""

from __future__ import annotations

from ..register.models import text_in
from ..resources_path import load_toml


def suggested_file_name(document: str, language: str, fmt: str) -> str:
    """``document`` ("register", "statement") as a file name in ``language``, e.g. "privacyverklaring.pdf"."""
    names = load_toml("export", "file_names.toml")
    return f"{text_in(names[document], language, 'en')}.{fmt}"
