"""The items of a list column (data subjects, data categories, recipients): one per line, ";"
or bullet as split_values reads them, and, where that is safe, per comma and per the "and"
of an enumeration ("Naam, adres en woonplaats" is three categories).

Never inside brackets: "Klantgegevens (naam, adres, e-mail)" is one category with its wording.
Commas do not split where they are prose ("Contact details, including e-mail address"), where
the cell already lists by lines or semicolons, or in the columns of our own export (which
writes one item per line, so a comma there is part of a name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .recognise import split_values

# Separators hidden while inside brackets; given back after splitting.
_HIDDEN = {";": "\u0001", ",": "\u0002", "\n": "\u0003", "\r": "\u0003"}
_SHOWN = {hidden: shown for shown, hidden in _HIDDEN.items() if shown != "\r"}
_SHOWN_TABLE = str.maketrans(_SHOWN)
_OPEN, _CLOSE = "([{", ")]}"
# A comma between digits is a decimal ("1,5"), not a separator; a spaced slash separates too
# ("Identité / certificat médical"), "en/of" does not.
_COMMA = re.compile(r"(?<!\d),|,(?!\d)|\s/\s")
# "&" joins parts of one name ("Jansen & De Wit", "GmbH & Co. KG"): never a separator.
_AND = re.compile(r"\s+(?:en|and|et|und)\s+", re.IGNORECASE)
# Words that make what follows a comma prose, not the next item.
_PROSE = re.compile(
    r"^(?:including|includes|such|insofar|where|when|which|that|if|unless|e\.?g|i\.?e|for|with|without|"
    r"waaronder|zoals|voor|voorzover|die|dat|welke|waarbij|indien|tenzij|als|met|zonder|bijv|bijvoorbeeld|"
    r"dont|qui|que|notamment|comme|si|sauf|avec|sans|pour|"
    r"einschließlich|einschliesslich|insbesondere|wie|die|der|das|welche|wenn|sofern|mit|ohne|für|z\.?\s?b)\b",
    re.IGNORECASE,
)
# "and/or" in a cell: a sentence that lists alternatives, not a list of items.
_AND_OR = re.compile(r"\b(?:en/of|and/or|et/ou|und/oder)\b", re.IGNORECASE)
# A leading answer: "Ja, gezondheid" lists "gezondheid".
_ANSWER = re.compile(r"^\s*(?:ja|yes|oui|jawohl)\b\s*[,:;.\-\u2013\u2014]\s*(?=\S)", re.IGNORECASE)
_ETC = re.compile(r"^(?:etc|enz|ect|usw|e\.?d|e\.?a|u\.?a|and so on|\.\.\.|…)\.?$", re.IGNORECASE)
# Items longer than this are sentences: a comma inside them is no list.
MAX_ITEM_WORDS = 6


def list_items(text: str, *, commas: bool = True, names: bool = False) -> list[str]:
    """The items of a list cell. ``commas``: split on commas where safe (False for a column our
    own export wrote). ``names``: a lone "and" between two capitalised names splits too
    ("Belastingdienst en UWV"), as recipients are named."""
    # Remembered per text: a long sheet repeats the same lists row after row.
    return list(_items(str(text or ""), commas, names))


@lru_cache(maxsize=8192)
def _items(text: str, commas: bool, names: bool) -> tuple[str, ...]:
    hidden = _hide_bracketed(text)
    lines = split_values(hidden)
    if commas and len(lines) == 1:
        lines = _by_commas(lines[0], names)
    elif commas and ";" not in hidden:
        # Listed by lines, not by ";": a line "Naam, adres" is a list of its own. A ";" is the
        # separator officers choose when their items hold commas, so there commas stay.
        lines = [item for line in lines for item in _by_commas(line, names)]
    elif names and len(lines) == 1:
        lines = _by_and(lines[0])
    items = [_shown(item).strip() for item in lines]
    return tuple(item for item in items if item and not _ETC.match(item))


def without_answer(text: str) -> str:
    """ "Ja, gezondheid" -> "gezondheid": the yes says there is something; the rest says what."""
    return _ANSWER.sub("", str(text or ""), count=1)


def _hide_bracketed(text: str) -> str:
    if not any(char in text for char in _OPEN):
        return text  # nothing in brackets (a closing bracket alone hides nothing)
    out, depth = [], 0
    for char in text:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
        out.append(_HIDDEN.get(char, char) if depth else char)
    return "".join(out)


def _shown(text: str) -> str:
    return text.translate(_SHOWN_TABLE).replace("\u0003", " ")


def _by_commas(line: str, names: bool) -> list[str]:
    parts = [part.strip() for part in _COMMA.split(line)]
    parts = [part for part in parts if part]
    if len(parts) < 2:
        return _by_and(line) if names else [line]
    if _AND_OR.search(line) or any(_PROSE.match(part) for part in parts[1:]):
        return [line]
    last = parts[-1]
    tail = re.sub(r"^(?:en|and|et|und)\s+", "", last, flags=re.IGNORECASE)  # the Oxford comma
    joined = _AND.split(tail)
    # "…, opleiding en werkervaring" may be one category: only names ("…, UWV en Belastingdienst")
    # are split on their last "and".
    if names and len(joined) == 2 and all(part[:1].isupper() for part in joined) and not _elided(tail):
        parts[-1:] = joined
    else:
        parts[-1] = tail
    if any(_words(part) > MAX_ITEM_WORDS for part in parts):
        return [line]
    return parts


def _words(part: str) -> int:
    """The words of an item outside its brackets: "politie (in het kader van het convenant)" is an
    item of one word with its wording, not a sentence."""
    return len(re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", _shown(part)).split())


def _by_and(line: str) -> list[str]:
    """ "Belastingdienst en UWV": two names; "Health and safety", "Naam- en adresgegevens": one."""
    parts = _AND.split(line)
    if (
        len(parts) == 2
        and all(part[:1].isupper() for part in parts)
        and not _elided(line)
        and all(len(part.split()) <= MAX_ITEM_WORDS for part in parts)
    ):
        return parts
    return [line]


def _elided(text: str) -> bool:
    """ "Naam- en adresgegevens", "In- und Ausland": the "and" joins parts of one word."""
    return bool(re.search(r"\w-\s+(?:en|and|et|und|&)\s", text, re.IGNORECASE))
