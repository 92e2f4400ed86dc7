"""A phrase of the statement in another language than the statement's, marked as such.

A statement in English may have to print a text the register holds only in Dutch (it says so:
"[not translated, Dutch only:] …"). A screen reader reads that phrase with English sounds unless
the page says which language it is in (WCAG 2.1, success criterion 3.1.2 Language of Parts:
``<span lang="nl">``). The statement (document.py) holds plain strings, so the builder wraps such a
phrase in three noncharacters with its language code between them; the HTML renderer turns
them into a ``lang`` span and the PDF into a Span with its Lang; every other use of the text
(Markdown, text, the window's page list, the fingerprint of what was published) takes the text
without them (``plain``).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar

# Noncharacters (U+FDD0..: Unicode keeps them for a program's internal use): the register refuses
# them in every text (register/texts.py), so no text typed or imported holds one. A private-use
# character would not do: the register accepts those, and a document must print them as typed.
_OPEN, _BETWEEN, _CLOSE = "\ufdd0", "\ufdd1", "\ufdd2"
_MARKERS = re.compile("[\ufdd0-\ufdd2]")
_MARKED = re.compile("\ufdd0([^\ufdd0-\ufdd2]*)\ufdd1([^\ufdd0-\ufdd2]*)\ufdd2")
# A BCP 47 language tag as HTML's lang takes it ("nl", "en", "de-CH"); anything else marks nothing.
_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


def in_language(text: str, language: str) -> str:
    """``text`` marked as written in ``language`` (a language code)."""
    text = _MARKERS.sub("", text)
    if not text or not _TAG.fullmatch(language):
        return text
    return f"{_OPEN}{language}{_BETWEEN}{text}{_CLOSE}"


def parts(text: str) -> list[tuple[str, str]]:
    """``text`` as (words, language) pieces in order; language "" is the document's own."""
    found: list[tuple[str, str]] = []
    position = 0
    for match in _MARKED.finditer(text):
        if not _TAG.fullmatch(match.group(1)):
            continue  # not one of ours: its characters are dropped below, its words kept
        found.append((_unmarked(text[position : match.start()]), ""))
        found.append((match.group(2), match.group(1)))
        position = match.end()
    found.append((_unmarked(text[position:]), ""))
    return [(words, language) for words, language in found if words]


def has_marks(text: str) -> bool:
    """Whether ``text`` holds a phrase marked with its language (or a stray mark)."""
    return _MARKERS.search(text) is not None


def balanced(pieces: list[str]) -> list[str]:
    """The pieces of one text cut for layout, each closing the phrase it leaves open and opening
    again the phrase the piece before it left open: each piece says its phrases' languages alone."""
    out: list[str] = []
    open_in: str | None = None  # the language of the phrase open at the end of the piece before
    carried = ""  # an opening cut off at the end of the piece before (a long word is cut anywhere)
    for piece in pieces:
        piece, carried = carried + piece, ""
        cut = _CUT_OPENING.search(piece)
        if cut is not None:
            piece, carried = piece[: cut.start()], cut.group(0)
        text = f"{_OPEN}{open_in}{_BETWEEN}{piece}" if open_in else piece
        for found in _STATE.finditer(piece):
            open_in = found.group(1) if found.group(0).startswith(_OPEN) else None
        out.append(text + _CLOSE if open_in else text)
    if carried:
        out.append(carried)  # never a phrase: its words are dropped as not ours, nothing leaks
    return out


# An opening at the very end of a piece, its language not yet closed by the separator.
_CUT_OPENING = re.compile("\ufdd0[^\ufdd1\ufdd2]*$")
# A phrase's opening (with its language) or its close, in a piece of text.
_STATE = re.compile("\ufdd0([^\ufdd0-\ufdd2]*)\ufdd1|\ufdd2")


def _unmarked(text: str) -> str:
    """Text with marks that are not ours (no language tag): their words kept, the rest dropped."""
    return _MARKERS.sub("", _MARKED.sub(r"\2", text))


def plain(text: str) -> str:
    """``text`` without its language marks: the words as printed."""
    if not _MARKERS.search(text):
        return text
    return "".join(words for words, _language in parts(text))


_Value = TypeVar("_Value")


def without_marks(value: _Value) -> _Value:
    """A statement (or any part of it) with every text ``plain``: for the renderers and uses
    that have no way to say a phrase's language. Most statements hold no mark: given back as
    they are, after a look that costs a tenth of copying them."""
    return _copied(value) if _marked(value) else value


def _marked(value: object) -> bool:
    if isinstance(value, str):
        return _MARKERS.search(value) is not None
    if isinstance(value, (list, tuple)):
        return any(_marked(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return any(_marked(item) for item in vars(value).values())
    return False


def _copied(value: _Value) -> _Value:
    if isinstance(value, str):
        return plain(value)  # type: ignore[return-value]
    if isinstance(value, (list, tuple)):
        return type(value)(_copied(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {field.name: _copied(getattr(value, field.name)) for field in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value
