"""What "the same letters" means to search across everything: case, accents and runs of
spaces do not count. A piece of a text folds to a piece of the folded text, so a match found
in the folded register maps back to the letters as written (``snippet``)."""

from __future__ import annotations

import re
import unicodedata

_SNIPPET = 40  # characters either side of the match

# Marks are dropped after decomposing ("ë" -> "e"), case is folded, line breaks count as spaces.
_SPACES = str.maketrans("\t\n\r\v\f", "     ")
RUNS = re.compile(r"\s+")
# The combining marks of Latin letters (every accent of a European language). Other scripts'
# marks stay: a class of every combining character made folding ten times slower.
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    if text.isascii():
        return text.lower().translate(_SPACES)
    return _MARKS.sub("", unicodedata.normalize("NFKD", text).casefold()).translate(_SPACES)


def fold_query(query: str) -> str:
    return RUNS.sub(" ", fold(query or "")).strip()


def snippet(text: str, folded_query: str) -> str:
    """The part of ``text`` around the first match of ``folded_query``, on one line."""
    flat = RUNS.sub(" ", text).strip()
    if flat.isascii():
        start = flat.lower().find(folded_query)
        end = start + len(folded_query)
    else:
        # Fold letter by letter, so a match in the folded text maps back to the letters shown.
        folded: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(flat):
            for letter in fold(char):
                if letter.isspace() and folded and folded[-1] == " ":
                    continue  # a run of spaces counts as one, as in the index
                folded.append(" " if letter.isspace() else letter)
                origin.append(index)
        found = "".join(folded).find(folded_query)
        start = origin[found] if found >= 0 else -1
        end = origin[found + len(folded_query) - 1] + 1 if found >= 0 else -1
    if start < 0:
        return flat[: 2 * _SNIPPET]
    left, right = max(0, start - _SNIPPET), min(len(flat), end + _SNIPPET)
    return ("…" if left else "") + flat[left:right] + ("…" if right < len(flat) else "")
