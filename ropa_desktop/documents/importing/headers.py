"""Which field of a processing activity a column header of a foreign spreadsheet means.

Officers keep their register in sheets of their own making, or in the ICO, AP/VNG or CNIL
template, in Dutch, English or French; often with the organisation's contact block above the
header row. The synonyms are in resources/import/headers.toml, plus the headers our own
export writes (resources/export/labels.toml, [column]), so our own sheets are read back too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ...resources_path import load_toml

LANGUAGES = ("nl", "en", "fr")  # also the order of preference when a header is in several
FIELDS = (
    "number", "name", "role", "status", "purposes", "legal_bases", "legitimate_interests",
    "special_conditions", "consent_withdrawal", "data_subjects", "data_categories", "special_data",
    "recipients", "processors", "joint_controllers", "controllers_served", "transfers", "transfer_tools",
    "retention", "security_measures", "sources", "criminal_data", "national_id", "automated_decisions",
    "dpia_status", "dpia_date", "dpia_reference", "systems", "owner", "department", "in_statement",
    "public_explanation", "internal_description", "internal_notes",
)
# A header row names the activity or its purpose: without either there is nothing to import,
# and a contact block ("Name of organisation", "Address", "DPO") names neither.
ANCHORS = ("name", "purposes")

# Containment is for the long headers of templates ("Purpose(s) of the processing (see note 3)").
# A synonym found inside a header must be specific: 8 letters or more, and not one of the generic
# words headers.toml lists as exact_only. "Name" in "Name of organisation" (a contact block) or
# "Status" in "Status DPIA" must not count; a header of one word is matched whole or not at all.
MIN_CONTAINED_CHARS = 8
# A cell longer than this is text, not a header (data rows and explanations above the table).
MAX_HEADER_WORDS = 25
# Longer than any synonym and than 25 words of any real header.
MAX_HEADER_CHARS = 400

_NUMBERING = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]\s*|[a-z][.)]\s+)")
# Plural markers glued to a word: "Finalité(s)", "Doel(en)", "Catégorie(s)", "Responsable(s)".
_PLURAL = re.compile(r"(?<=\w)\((?:s|e|es|en|n|x)\)")
# Trailing remarks of templates that say nothing about the column's meaning.
_NOISE = re.compile(
    r"\s*\((?:if applicable|where applicable|if possible|optional|indien van toepassing|indien mogelijk"
    r"|optioneel|facultatif|le cas echeant|si applicable)\)\s*$"
)
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class HeaderMatch:
    field: str
    language: str
    exact: bool


@dataclass(frozen=True)
class HeaderRow:
    index: int  # 0-based row within the rows given
    columns: dict[int, str]  # 0-based column -> field key
    language: str
    unmatched: dict[int, str]  # 0-based column -> header text not understood


@dataclass(frozen=True)
class _Synonym:
    field: str
    languages: tuple[str, ...]


def normalise(text: object) -> str:
    """A header as compared: case, accents and spacing folded, numbering and noise dropped."""
    if not isinstance(text, str):
        return ""
    text = text.replace("_x000D_", " ").replace("_x000d_", " ")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(text.split())
    text = _PLURAL.sub("", text)
    text = _NUMBERING.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _NOISE.sub("", text).strip().strip(":*").strip()
    return text


def _words(text: object) -> tuple[str, ...]:
    """The words of a header: punctuation does not count ("Nom / sigle" = "Nom/sigle")."""
    return tuple(_WORD.findall(normalise(text)))


@cache
def _synonyms() -> dict[tuple[str, ...], _Synonym]:
    """Every synonym by its words. A wording under two fields is a data error, not a choice."""
    found: dict[tuple[str, ...], dict[str, list[str]]] = {}

    def add(field: str, language: str, text: str) -> None:
        words = _words(text)
        if not words:
            return
        fields = found.setdefault(words, {})
        languages = fields.setdefault(field, [])
        if language not in languages:
            languages.append(language)

    columns = load_toml("export", "labels.toml")["column"]
    for field in FIELDS:
        for language, label in columns.get(field, {}).items():
            add(field, language, label)
    for field, by_language in load_toml("import", "headers.toml")["fields"].items():
        if field not in FIELDS:
            raise ValueError(f"headers.toml: unknown field {field!r}")
        for language, texts in by_language.items():
            for text in texts:
                add(field, language, text)
    index = {}
    for words, fields in found.items():
        if len(fields) > 1:
            raise ValueError(f"headers.toml: {' '.join(words)!r} is a synonym of {sorted(fields)}")
        (field, languages), = fields.items()
        index[words] = _Synonym(field, tuple(sorted(languages, key=LANGUAGES.index)))
    return index


@cache
def _containable() -> dict[str, list[tuple[tuple[str, ...], _Synonym]]]:
    """The synonyms specific enough to be found inside a longer header, by their first word."""
    exact_only = {_words(text) for text in load_toml("import", "headers.toml")["matching"]["exact_only"]}
    by_first: dict[str, list[tuple[tuple[str, ...], _Synonym]]] = {}
    for words, synonym in _synonyms().items():
        if words in exact_only or len("".join(words)) < MIN_CONTAINED_CHARS:
            continue
        by_first.setdefault(words[0], []).append((words, synonym))
    return by_first


def _match(text: object) -> tuple[_Synonym, bool] | None:
    if isinstance(text, str) and len(text) > MAX_HEADER_CHARS:
        return None  # a long text is no header; folding every 32,000-character cell took seconds
    words = _words(text)
    if not words:
        return None
    synonym = _synonyms().get(words)
    if synonym is not None:
        return synonym, True
    if len(words) < 2 or len(words) > MAX_HEADER_WORDS:
        return None
    # The longest synonym inside the header wins: "Purpose of the processing activity" is about
    # the purpose (4 words), not the activity (2). Equally long: the first wins, since headers
    # name their subject first ("Purposes and legal basis").
    best: tuple[int, int, _Synonym] | None = None
    containable = _containable()
    for start, word in enumerate(words):
        for candidate, synonym in containable.get(word, ()):
            if words[start:start + len(candidate)] == candidate:
                key = (len(candidate), -start)
                if best is None or key > best[:2]:
                    best = (*key, synonym)
    return (best[2], False) if best else None


def match_header(text: object) -> HeaderMatch | None:
    """The field a header names, or None. ``exact``: the whole header is a known wording."""
    found = _match(text)
    if found is None:
        return None
    synonym, exact = found
    return HeaderMatch(synonym.field, synonym.languages[0], exact)


def find_header_row(rows: Sequence[Sequence[object]], max_scan: int = 30) -> HeaderRow | None:
    """The header row among the first ``max_scan`` rows: the one naming the most fields (at
    least two, one of them the name or the purpose); the first such row on a tie."""
    scanned = list(rows)[:max(0, max_scan)]
    best: tuple[int, int, list[tuple[int, _Synonym, bool]]] | None = None
    for index, row in enumerate(scanned):
        matches = []
        for column, cell in enumerate(row or ()):
            found = _match(cell) if isinstance(cell, str) else None
            if found is not None:
                matches.append((column, *found))
        fields = {synonym.field for _, synonym, _ in matches}
        # Distinct fields, not matched cells: a row of "no"/"nee" answers is not a header.
        if len(fields) >= 2 and fields & set(ANCHORS) and (best is None or len(fields) > best[0]):
            best = (len(fields), index, matches)
    if best is None:
        return None
    _, index, matches = best
    # One column per field: the first exact match, else the first match.
    chosen: dict[str, tuple[int, bool]] = {}
    for column, synonym, exact in matches:
        held = chosen.get(synonym.field)
        if held is None or (exact and not held[1]):
            chosen[synonym.field] = (column, exact)
    columns = {column: field for field, (column, _) in chosen.items()}
    votes: Counter[str] = Counter()
    for column, synonym, _ in matches:
        if columns.get(column) == synonym.field:
            votes.update(synonym.languages)
    language = max(LANGUAGES, key=lambda lang: (votes[lang], -LANGUAGES.index(lang)))
    unmatched = {}
    for column, cell in enumerate(scanned[index] or ()):
        text = "" if cell is None else str(cell).strip()
        if text and column not in columns:
            unmatched[column] = text
    return HeaderRow(index, dict(sorted(columns.items())), language, unmatched)


def field_label(key: str, lang: str) -> str:
    """A field's name for people: our export's column header, else its first synonym."""
    if key not in FIELDS:
        raise KeyError(key)
    label = load_toml("export", "labels.toml")["column"].get(key, {}).get(lang)
    if label:
        return label
    synonyms = load_toml("import", "headers.toml")["fields"].get(key, {})
    for language in (lang, "en"):
        if synonyms.get(language):
            return synonyms[language][0]
    return key
