"""The documents stay what they were while their writers are made faster (issue 19).

The text of each PDF (page by page) and the cells of the workbook, for the demo register and a
small synthetic register, are compared with what they held before the work on speed began
(tests/documents/golden/). Dates and times are the day's (and the fingerprints that hash them), so they are put as
placeholders.

After a deliberate change to a document, write the expected texts anew and read the diff:
    ROPA_WRITE_GOLDEN=1 .venv/bin/python -m pytest tests/documents/test_documents_unchanged.py
"""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from ropa_desktop.documents.dossier import write_dossier
from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register.storage import open_register

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from synthetic import make_register  # noqa: E402

GOLDEN = Path(__file__).parent / "golden"
EXPORTED_AT = datetime(2026, 12, 1, 9, 30)  # naive UTC, as the writers keep it

# A date or a time of day in any of the forms the documents print (ISO, Dutch, English, Excel's).
_MOMENTS = [
    (re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(\+00:00|Z)?"), "<moment>"),
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "<date>"),
    (re.compile(r"\d{1,2}[-/]\d{1,2}[-/]\d{2,4}"), "<date>"),
    (
        re.compile(
            r"\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
            r"|January|February|March|April|May|June|July|August|September|October|November|December) \d{4}"
        ),
        "<date>",
    ),
    (
        re.compile(
            r"(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}"
        ),
        "<date>",
    ),
    (re.compile(r"\d{1,2}:\d{2}(:\d{2})?( ?[AP]M)?"), "<time>"),
    # The workbook's fingerprints of each row (for the import) hash its times as well.
    (re.compile(r"\b[0-9a-f]{16,}\b"), "<hash>"),
]


def _steady(text: str) -> str:
    for pattern, placeholder in _MOMENTS:
        text = pattern.sub(placeholder, text)
    return text


def _pdf_text(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return "".join(f"=== page {number} ===\n{page.extract_text()}\n" for number, page in enumerate(pages, start=1))


def _cells(data: bytes) -> str:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    lines = []
    for sheet in book.worksheets:
        lines.append(f"=== sheet {sheet.title} ===")
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if any(value is not None for value in row):
                lines.append(f"{number}: " + " | ".join("" if value is None else str(value) for value in row))
    book.close()
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def registers(tmp_path_factory, demo_path):
    folder = tmp_path_factory.mktemp("unchanged")
    shutil.copy(demo_path, folder / "demo.ropa")
    make_register(folder / "synthetic.ropa", 25, seed=7).close()
    opened = {name: open_register(folder / f"{name}.ropa") for name in ("demo", "synthetic")}
    yield opened
    for register in opened.values():
        register.close()


def _document(register, kind: str, language: str) -> str:
    stream = io.BytesIO()
    if kind == "dossier":
        write_dossier(register, language, stream, exported_at=EXPORTED_AT)
        return _pdf_text(stream.getvalue())
    if kind == "workbook":
        write_workbook(register, language, stream, exported_at=EXPORTED_AT)
        return _cells(stream.getvalue())
    return _pdf_text(render(build_statement(register, language), "pdf"))


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("kind", ["dossier", "statement", "workbook"])
@pytest.mark.parametrize("name", ["demo", "synthetic"])
def test_the_document_holds_what_it_held(registers, name, kind, language):
    text = _steady(_document(registers[name], kind, language))
    expected = GOLDEN / f"{name}-{kind}-{language}.txt"
    if os.environ.get("ROPA_WRITE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        expected.write_text(text, encoding="utf-8")
    assert text == expected.read_text(encoding="utf-8")


def test_a_changed_document_is_noticed(tmp_path):
    """The near miss: one activity renamed changes the dossier's text, so the comparison bites."""
    from ropa_desktop.register.models import ProcessingActivity

    with make_register(tmp_path / "small.ropa", 3, seed=7) as register:
        before = _steady(_document(register, "dossier", "en"))
        with register.transaction() as session:
            activity = session.query(ProcessingActivity).order_by(ProcessingActivity.id).first()
            activity.name = {**activity.name, "en": "A name nobody wrote before"}
        after = _steady(_document(register, "dossier", "en"))
    assert before != after and "A name nobody wrote before" in after
