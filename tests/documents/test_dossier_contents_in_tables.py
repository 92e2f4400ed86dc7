"""The dossier's contents over several pages are laid out in tables of about a page (issue 19:
one table split page by page is laid out again for all that remains at every page, the square of
its length); the pages read exactly as with the one table."""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from ropa_desktop.documents import dossier, dossier_contents
from ropa_desktop.register.storage import open_register

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from synthetic import make_register  # noqa: E402


def _pages(path: Path) -> list[str]:
    with open_register(path) as register:
        written = io.BytesIO()
        dossier.write_dossier(register, "nl", written, exported_at=datetime(2026, 12, 1, 9, 30))
    return [page.extract_text() for page in PdfReader(written).pages]


@pytest.fixture(scope="module")
def register_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("contents") / "register.ropa"
    make_register(path, 150, seed=5).close()
    return path


def test_contents_in_tables_read_as_one_table(register_path, monkeypatch):
    split_tables: list[int] = []
    original = dossier_contents.Contents.split

    def counted(self, width, height):
        parts = original(self, width, height)
        split_tables.append(len(parts))
        return parts

    monkeypatch.setattr(dossier_contents.Contents, "split", counted)
    in_tables = _pages(register_path)
    assert max(split_tables) > 2  # the contents ran over pages, in several tables
    # The near miss: one table for all the lines, as ReportLab lays it out.
    monkeypatch.setattr(dossier_contents, "_CONTENTS_ROWS", 10**9)
    split_tables.clear()
    one_table = _pages(register_path)
    assert split_tables and max(split_tables) == 2
    assert in_tables == one_table
    assert sum("Inhoud" in page for page in in_tables[:6]) >= 1 and len(in_tables) > 200


def test_contents_in_tables_that_fit_one_page_read_as_one_table(demo_path, monkeypatch):
    # The demo's contents fit a page: in tables of five lines they are drawn one under the other.
    monkeypatch.setattr(dossier_contents, "_CONTENTS_ROWS", 5)
    in_tables = _pages(demo_path)
    monkeypatch.setattr(dossier_contents, "_CONTENTS_ROWS", 10**9)
    assert in_tables == _pages(demo_path)
