"""Register text in ReportLab paragraphs: always escaped, and long texts in pieces.

ReportLab reads a paragraph's text as markup (``<img src=...>`` would embed a local file,
``<font size=200>`` breaks the layout), so every register text is escaped here. A paragraph is
laid out again in full each time it is split over a page, so a text of twenty pages costs
twenty times twenty pages; pieces of about a page keep the cost in step with the length.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from ..register.texts import MAX_NAME_LENGTH

# The most characters a heading shows.
HEADING_LENGTH = 2 * MAX_NAME_LENGTH
# Characters and lines per piece: well under one page of body text, so a piece never needs a
# second split.
PIECE = 1500
PIECE_LINES = 25


def markup(text: object) -> str:
    """Register text as paragraph markup that prints literally, line breaks kept."""
    return escape(str(text)).replace("\n", "<br/>")


def one_line(text: object) -> str:
    """A heading or bookmark: the words on one line, whatever line breaks the text holds."""
    return " ".join(str(text).split())


def heading(text: object) -> tuple[str, bool]:
    """A heading's words on one line, and whether they were cut: a heading never splits over
    pages, and twice the longest name the register accepts still fits one. Only a name from
    an older register (no limit then) is cut; the caller prints it in full below."""
    words = one_line(text)
    if len(words) <= HEADING_LENGTH:
        return words, False
    return words[:HEADING_LENGTH] + "…", True


def pieces(text: str, size: int = PIECE, lines: int = PIECE_LINES) -> list[str]:
    """``text`` in pieces of at most ``size`` characters and ``lines`` line breaks, cut at a
    line break where possible, else after a space, else (a very long word) anywhere. Joined
    with line breaks they give the text back, up to where a long line was cut."""
    out: list[str] = []
    current: str | None = None
    breaks = 0
    for line in text.split("\n"):
        for number, part in enumerate(_cut(line, size)):
            if number == 0 and current is not None and len(current) + 1 + len(part) <= size and breaks < lines:
                current += "\n" + part
                breaks += 1
                continue
            if current is not None:
                out.append(current)
            current, breaks = part, 0
    out.append(current or "")
    return out


def _cut(line: str, size: int) -> list[str]:
    parts = []
    while len(line) > size:
        cut = line.rfind(" ", 0, size) + 1 or size
        parts.append(line[:cut])
        line = line[cut:]
    return parts + [line]
