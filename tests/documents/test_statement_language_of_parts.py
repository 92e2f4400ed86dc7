"""A phrase in another language than the statement's says its language in HTML (WCAG 2.1, 3.1.2
Language of Parts), and leaves no trace in the formats that cannot say it."""

from __future__ import annotations

import io
import re

import pikepdf
from pypdf import PdfReader
from sqlalchemy import select

from ropa_desktop.documents.publication import fingerprint
from ropa_desktop.documents.statement import build_statement, render
from ropa_desktop.documents.statement.language_of_parts import balanced, in_language, parts, plain, without_marks
from ropa_desktop.documents.statement.pages import statement_pages
from ropa_desktop.documents.statement.render_pdf import render_pdf
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.models import ProcessingActivity
from ropa_desktop.register.texts import problem

DUTCH_ONLY = "Wij bewaren uw aangifte zoals de Belastingdienst het voorschrijft."
MARKS = re.compile("[\ufdd0-\ufdd2]")


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
        assert not MARKS.search(text) and "nl\ufdd1" not in text
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
    assert parts("a\ufdd0<script>\ufdd1b\ufdd2c") == [("abc", "")]
    assert plain("x\ufdd0nl") == "xnl"
    assert in_language("\ufdd2oops", "nl") == "\ufdd0nl\ufdd1oops\ufdd2"
    assert in_language("text", 'nl" onclick="x') == "text"  # never a language tag
    assert parts(in_language("tekst", "nl") + " and more") == [("tekst", "nl"), (" and more", "")]


def _spans_and_balance(pdf: bytes) -> tuple[list[str], list[int]]:
    """The language of each /Span marked in the pages' content, and the pages (1-based) whose
    marked content does not close what it opens."""
    languages, unbalanced = [], []
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, start=1):
            depth = 0
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) in ("BDC", "BMC"):
                    depth += 1
                    if str(operator) == "BDC" and str(operands[0]) == "/Span":
                        languages.append(str(operands[1].Lang))
                elif str(operator) == "EMC":
                    depth -= 1
                    if depth < 0:
                        break
            if depth:
                unbalanced.append(number)
    return languages, unbalanced


def _words(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def test_a_dutch_phrase_in_the_english_pdf_is_a_dutch_span(demo_register):
    # WCAG 2.1 technique PDF19: the Lang of the phrase's marked content.
    _explanation(demo_register, {"nl": DUTCH_ONLY, "en": ""})
    statement = build_statement(demo_register, "en")
    pdf = render(statement, "pdf")
    assert _spans_and_balance(pdf) == (["nl"], [])
    # Marked, not moved: the pages read as the statement drawn without marks.
    unmarked = render_pdf(without_marks(statement))
    assert [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages] == [
        p.extract_text() for p in PdfReader(io.BytesIO(unmarked)).pages
    ]
    # The near miss: the Dutch statement says it in its own language, nothing marked.
    assert _spans_and_balance(render(build_statement(demo_register, "nl"), "pdf")) == ([], [])


def test_a_long_dutch_text_is_marked_in_every_piece_and_page(demo_register):
    long_text = " ".join([DUTCH_ONLY] * 90)  # some six thousand characters: pieces over pages
    _explanation(demo_register, {"nl": long_text, "en": ""})
    statement = build_statement(demo_register, "en")
    pdf = render(statement, "pdf")
    languages, unbalanced = _spans_and_balance(pdf)
    assert len(languages) > 4 and set(languages) == {"nl"} and unbalanced == []
    words = _words(pdf)
    assert words.count("voorschrijft.") == 90 and "[not translated, Dutch only:] Wij bewaren" in words


def test_pieces_each_close_and_reopen_their_phrase():
    marked = "Intro " + in_language("een twee drie vier", "nl") + " outro"
    cut = [marked[:12], marked[12:24], marked[24:]]
    assert "".join(plain(piece) for piece in balanced(cut)) == plain(marked)
    assert [[language for _words, language in parts(piece)] for piece in balanced(cut)] == [
        ["", "nl"],
        ["nl"],
        ["nl", ""],
    ]


def test_a_private_use_character_the_register_accepts_is_printed_as_typed(demo_register):
    # The marks are noncharacters, which the register refuses; a private-use character it accepts.
    typed = DUTCH_ONLY + " \ue002\ue000"
    assert problem(typed) is None and problem("\ufdd0") is not None
    _explanation(demo_register, {"nl": typed, "en": ""})
    statement = build_statement(demo_register, "en")
    assert f'<span lang="nl">{typed}</span>' in render(statement, "html").decode()
    assert typed in render(statement, "txt").decode()


def test_a_piece_cut_inside_a_phrases_opening_leaks_no_letter_of_its_language():
    # A very long word is cut anywhere: here between the opening and the language's end.
    marked = "Intro " + in_language("lang", "nl") + " outro"
    at = marked.index("\ufdd0") + 2  # after "\ufdd0n"
    pieces = balanced([marked[:at], marked[at:]])
    assert "".join(plain(piece) for piece in pieces) == plain(marked) == "Intro lang outro"
    assert [language for piece in pieces for _words, language in parts(piece)] == ["", "nl", ""]
