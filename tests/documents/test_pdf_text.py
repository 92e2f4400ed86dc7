"""Long texts go into PDFs in pieces of under a page, which together give the text back."""

from __future__ import annotations

import pytest

from ropa_desktop.documents.pdf_text import HEADING_LENGTH, PIECE, PIECE_LINES, heading, markup, pieces


@pytest.mark.parametrize(
    "text",
    [
        "",
        "short",
        "a\nb\n\nc",
        "W" * (3 * PIECE + 7),
        ("word " * 1000).strip(),
        "line\n" * 200,
        ("x" * (PIECE - 1) + "\n") * 3,
        " " * (PIECE + 5),
    ],
)
def test_pieces_are_small_and_give_the_text_back(text):
    parts = pieces(text)
    assert all(len(part) <= PIECE and part.count("\n") <= PIECE_LINES for part in parts)
    # Joined: where a long line was cut, no line break was added.
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")
    assert "\n".join(parts).count("\n") >= text.count("\n")


def test_a_short_text_stays_one_piece():
    assert pieces("a\nb") == ["a\nb"]
    assert len(pieces("x" * PIECE)) == 1 and len(pieces("x" * (PIECE + 1))) == 2


def test_markup_is_escaped_and_headings_are_one_line():
    assert markup('<img src="/x"/> & <br/>\nnext') == '&lt;img src="/x"/&gt; &amp; &lt;br/&gt;<br/>next'
    assert heading("a\n b\tc") == ("a b c", False)
    shown, cut = heading("n" * (HEADING_LENGTH + 1))
    assert cut and shown == "n" * HEADING_LENGTH + "…"
    assert heading("n" * HEADING_LENGTH) == ("n" * HEADING_LENGTH, False)
