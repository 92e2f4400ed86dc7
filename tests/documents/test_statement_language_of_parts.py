"""A phrase in another language than the statement's says its language in HTML (WCAG 2.1, 3.1.2
Language of Parts), and leaves no trace in the formats that cannot say it."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from sqlalchemy import select

from ropa_desktop.documents.publication import fingerprint
from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.statement.language_of_parts import in_language, parts, plain, without_marks
from ropa_desktop.documents.statement.pages import statement_pages
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.models import ProcessingActivity

DUTCH_ONLY = "Wij bewaren uw aangifte zoals de Belastingdienst het voorschrijft."
MARKS = re.compile("[\ue000-\ue002]")


def _explanation(register, explanation: dict[str, str]) -> None:
    with register.session() as session:
        activities = session.scalars(select(ProcessingActivity))
        item_id = next(a.id for a in activities if "Wettelijke plichten" in a.name.values())
    snap = operations.read(register, kinds.ACTIVITY, item_id)
    snap["public_explanation"] = explanation
    operations.save(register, kinds.ACTIVITY, item_id, snap)


def test_a_dutch_phrase_in_the_english_html_is_marked_dutch(demo_register):
    _explanation(demo_register, {"nl": DUTCH_ONLY, "en": ""})
    html = render(build_statement(demo_register, "en"), "html").decode()
    # The announcement is English; only the borrowed phrase is Dutch.
    assert f'[not translated, Dutch only:] <span lang="nl">{DUTCH_ONLY}</span>' in html
    assert html.count('lang="nl"') == 1
    assert '<html lang="en">' in html
    assert not MARKS.search(html)


def test_a_translated_text_gets_no_language_mark(demo_register):
    _explanation(demo_register, {"nl": DUTCH_ONLY, "en": "We keep your tax return as the law requires."})
    html = render(build_statement(demo_register, "en"), "html").decode()
    assert "<span lang=" not in html
    dutch = render(build_statement(demo_register, "nl"), "html").decode()
    assert DUTCH_ONLY in dutch and "<span lang=" not in dutch


def test_the_other_formats_print_the_words_without_marks(demo_register):
    _explanation(demo_register, {"nl": DUTCH_ONLY, "en": ""})
    statement = build_statement(demo_register, "en")
    for fmt in ("txt", "md"):
        text = render(statement, fmt).decode()
        assert not MARKS.search(text) and "nl\ue001" not in text
        assert "not translated, Dutch only:" in text and "aangifte" in text  # Markdown escapes the [
    pages = PdfReader(io.BytesIO(render(statement, "pdf"))).pages
    pdf = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert not MARKS.search(pdf)
    assert f"[not translated, Dutch only:] {DUTCH_ONLY}" in pdf
    assert all(not MARKS.search(page.heading) for page in statement_pages(statement))


def test_the_fingerprint_of_a_statement_ignores_the_marks(demo_register):
    _explanation(demo_register, {"nl": DUTCH_ONLY, "en": ""})
    statement = build_statement(demo_register, "en")
    texts = [
        block.text for s in statement.sections for sub in s.sections for block in sub.blocks if hasattr(block, "text")
    ]
    assert any(MARKS.search(text) for text in texts)
    assert fingerprint(statement) == fingerprint(without_marks(statement))


def test_marks_a_hostile_file_carries_in_are_dropped():
    # Not ours (no language tag) or unfinished: the words are kept, the characters dropped.
    assert parts("a\ue000<script>\ue001b\ue002c") == [("abc", "")]
    assert plain("x\ue000nl") == "xnl"
    assert in_language("\ue002oops", "nl") == "\ue000nl\ue001oops\ue002"
    assert in_language("text", 'nl" onclick="x') == "text"  # never a language tag
    assert parts(in_language("tekst", "nl") + " and more") == [("tekst", "nl"), (" and more", "")]
