"""The dossier is laid out once: its contents are drawn last and moved after the cover. If the
contents took another number of pages than counted, it is laid out twice as before; both ways
give the same pages."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader

from ropa_desktop.documents import dossier
from ropa_desktop.register.storage import open_register

EXPORTED_AT = datetime(2026, 12, 1, 9, 30)


def _pages(register) -> list[str]:
    stream = io.BytesIO()
    dossier.write_dossier(register, "en", stream, exported_at=EXPORTED_AT)
    return [page.extract_text() for page in PdfReader(io.BytesIO(stream.getvalue())).pages]


@pytest.fixture
def passes(monkeypatch) -> list[int]:
    """How many two-pass builds ran."""
    counted: list[int] = []
    two_passes = dossier._Dossier.multiBuild

    def counting(self, *args, **kwargs):
        counted.append(1)
        return two_passes(self, *args, **kwargs)

    monkeypatch.setattr(dossier._Dossier, "multiBuild", counting)
    return counted


def test_the_contents_come_after_the_cover_with_the_pages_of_the_headings(demo_path, passes):
    with open_register(demo_path) as register:
        pages = _pages(register)
    assert passes == []  # one pass
    contents = pages[1]
    assert "Contents" in contents and "page 2 / " in contents
    # An entry's page number is the page its heading is on.
    organisation = next(number for number, page in enumerate(pages[2:], start=3) if "\nOrganisation\n" in page)
    assert f" {organisation}\nOrganisation\n" in contents
    assert f" {organisation + 1}\nOrganisation\n" not in contents  # the near miss


def test_a_miscounted_contents_is_laid_out_twice_to_the_same_pages(demo_path, passes, monkeypatch):
    with open_register(demo_path) as register:
        once = _pages(register)
        counted = dossier._Story.contents_pages
        monkeypatch.setattr(dossier._Story, "contents_pages", lambda story, font: counted(story, font) + 1)
        twice = _pages(register)
    assert passes == [1]
    assert twice == once
