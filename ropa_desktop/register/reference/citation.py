"""A legal reference in the style of a language: "Art. 6(1)(f) GDPR" in English (the declared
form, written once in the rules, the checklist and the vocabularies), "art. 6 lid 1 onder f AVG"
in Dutch (glossary: one citation style per language).

Exact, never guessed: a reference is a list of sources separated by "; ". A source made of GDPR
articles is read part by part ("Art. 30(1)(b)–(f), Art. 13(1)(c) GDPR") and written anew; any
other source (guidelines, decisions, Dutch laws) is looked up in resources/reference/sources.toml,
with a numbered part after it ("WP248 rev.01, criterion 7"), and if it is not there kept as written.

Dutch conventions: a paragraph is "lid", a point "onder"; the numbered points of Art. 4 (the
definitions) are "onder" too ("art. 4 onder 11"). A range of two neighbours is "2 en 3", a longer
range keeps its dash ("onder b–f", "art. 44–49"). "second subparagraph" is "tweede alinea".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...resources_path import load_toml

SOURCE_SEPARATOR = "; "
PART_SEPARATOR = ", "
GDPR = {"en": "GDPR", "nl": "AVG"}

_ORDINALS = {"first": "eerste", "second": "tweede", "third": "derde", "fourth": "vierde"}
_DASH = "[–-]"
# One part: "Art. 6(1)(f)", "Art. 44–49", "Art. 35(3)–(4)", "Art. 49(1), second subparagraph", "Recital 47".
_PART = re.compile(
    rf"Art\. (?P<article>\d+)(?:(?P<article_dash>{_DASH})(?P<article_to>\d+))?"
    rf"(?:\((?P<paragraph>\d+)\)(?:(?P<paragraph_dash>{_DASH})\((?P<paragraph_to>\d+)\))?)?"
    rf"(?:\((?P<point>[a-z])\)(?:(?P<point_dash>{_DASH})\((?P<point_to>[a-z])\))?)?"
    rf"(?:, (?P<subparagraph>{'|'.join(_ORDINALS)}) subparagraph)?"
    r"|Recital (?P<recital>\d+)"
)
# Art. 4 is divided into numbered points (the definitions), not paragraphs.
_POINTS_NOT_PARAGRAPHS = {"4"}


@dataclass(frozen=True)
class _Span:
    """A number or letter, or a range of them, and the dash it was declared with."""

    start: str
    dash: str = ""
    end: str = ""

    def english(self, bracket: bool) -> str:
        if bracket:
            return f"({self.start})" + (f"{self.dash}({self.end})" if self.end else "")
        return self.start + (f"{self.dash}{self.end}" if self.end else "")

    def dutch(self) -> str:
        if not self.end:
            return self.start
        neighbours = (int(self.end) - int(self.start) if self.start.isdigit() else ord(self.end) - ord(self.start)) == 1
        return f"{self.start} en {self.end}" if neighbours else f"{self.start}{self.dash}{self.end}"


def _span(match: re.Match, name: str) -> _Span | None:
    if match.group(name) is None:
        return None
    return _Span(match.group(name), match.group(f"{name}_dash") or "", match.group(f"{name}_to") or "")


def _part(match: re.Match, language: str) -> str:
    if match.group("recital"):
        return {"nl": "overweging {n}"}.get(language, "Recital {n}").format(n=match.group("recital"))
    article, paragraph, point = _span(match, "article"), _span(match, "paragraph"), _span(match, "point")
    assert article is not None  # not a recital: an article
    subparagraph = match.group("subparagraph")
    if language != "nl":
        return (
            f"Art. {article.english(False)}"
            + (paragraph.english(True) if paragraph else "")
            + (point.english(True) if point else "")
            + (f", {subparagraph} subparagraph" if subparagraph else "")
        )
    text = f"art. {article.dutch()}"
    if paragraph:
        text += (" onder " if article.start in _POINTS_NOT_PARAGRAPHS else " lid ") + paragraph.dutch()
    if point:
        text += f" onder {point.dutch()}"
    if subparagraph:
        text += f", {_ORDINALS[subparagraph]} alinea"
    return text


def _articles(source: str, language: str) -> str | None:
    """A source of articles ("Art. 28(2), Art. 28(4) GDPR") in ``language``; None if it is not one."""
    law = ""
    if source.endswith(" GDPR"):
        source, law = source.removesuffix(" GDPR"), GDPR.get(language, GDPR["en"])
    parts, position = [], 0
    while True:
        match = _PART.match(source, position)
        if match is None:
            return None
        parts.append(_part(match, language))
        position = match.end()
        if position == len(source):
            break
        if not source.startswith(PART_SEPARATOR, position):
            return None
        position += len(PART_SEPARATOR)
    return PART_SEPARATOR.join(parts) + (f" {law}" if law else "")


@cache
def _listed(table: str) -> dict[str, dict[str, str]]:
    """The other sources ("source") or the words of their numbered parts ("part"), by their
    declared form: their form per language."""
    return {entry["en"]: entry for entry in load_toml("reference", "sources.toml")[table]}


def _other(source: str, language: str) -> str | None:
    """A source outside the GDPR articles in ``language``; None if it is not listed. A numbered
    part of a listed source too: "WP248 rev.01, criterion 7", "Stcrt. 2019, 64418, no. 4"."""
    if source in _listed("source"):
        return _listed("source")[source].get(language, source)
    base, _, part = source.rpartition(", ")
    word, _, number = part.rpartition(" ")
    if base not in _listed("source") or word not in _listed("part") or not number.isdigit():
        return None
    return f"{_other(base, language)}, {_listed('part')[word].get(language, word)} {number}"


def is_known_source(source: str) -> bool:
    """Whether ``source`` is read as articles or found among the other sources (for the tests:
    every declared reference must be, or a Dutch text would show it as written)."""
    return _articles(source, "en") is not None or _other(source, "en") is not None


def cite(reference: str, language: str) -> str:
    """``reference`` (as declared, in English style) in the citation style of ``language``."""
    sources = []
    for source in reference.split(SOURCE_SEPARATOR):
        cited = _articles(source, language)
        if cited is None:  # not articles: its known form in the language, else as written
            cited = _other(source, language) or source
        sources.append(cited)
    return SOURCE_SEPARATOR.join(sources)
