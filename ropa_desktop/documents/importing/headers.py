"""Which field of a processing activity a column header of a foreign spreadsheet means.

Officers keep their register in sheets of their own making, or in the ICO, AP/VNG, CNIL or DSK
template, in Dutch, English, French or German; often with the organisation's contact block above
the header row. The synonyms are in resources/import/headers.toml, plus the headers our own
export writes (resources/export/labels.toml, [column]), so our own sheets are read back too.

A header is compared by its words (header_words.py: case, accents, punctuation, plural, word
order), then part by part when it names two fields ("Doel en grondslag"), then by a synonym inside
it, and last as a synonym with a typo. Each step is stricter than the last about what it accepts:
a wrong field is published, a header not understood is only shown to the officer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from ...resources_path import load_toml
from . import header_words
from .header_words import normalise

__all__ = [
    "ANCHORS",
    "COMBINED",
    "FIELDS",
    "LANGUAGES",
    "TARGETS",
    "HeaderMatch",
    "HeaderRow",
    "field_label",
    "find_header_row",
    "match_header",
    "normalise",
]

LANGUAGES = ("nl", "en", "fr", "de")  # also the order of preference when a header is in several
FIELDS = (
    "number",
    "name",
    "role",
    "status",
    "purposes",
    "legal_bases",
    "legitimate_interests",
    "special_conditions",
    "consent_withdrawal",
    "data_subjects",
    "data_categories",
    "special_data",
    "recipients",
    "processors",
    "joint_controllers",
    "controllers_served",
    "transfers",
    "transfer_tools",
    "retention",
    "security_measures",
    "sources",
    "criminal_data",
    "national_id",
    "automated_decisions",
    "provision",
    "dpia_status",
    "dpia_date",
    "dpia_reference",
    "systems",
    "owner",
    "department",
    "in_statement",
    "public_explanation",
    "internal_description",
    "internal_notes",
)
# Columns that hold two fields in one cell ("Doel en grondslag"), by the fields they hold. The
# column keeps the combined key; the import splits its cells (declared in headers.toml).
COMBINED: dict[str, tuple[str, ...]] = {
    key: tuple(entry["fields"]) for key, entry in load_toml("import", "headers.toml")["combined"].items()
}
# What a column can be imported as: a field, or two fields together.
TARGETS = FIELDS + tuple(COMBINED)
# Columns of our own Register sheet that are derived, not entered ("Processor contracts", "Last
# changed"): not imported (foreign.py), and never taken for the field they name ("processors").
DERIVED = ("processing_categories", "dpia_screening", "processor_contracts", "updated_at")
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
# A typo is looked for in short headers only: a sentence in a data cell is no misspelt header.
MAX_TYPO_WORDS = 6
MAX_TYPO_CHARS = 80
# Letters a word may differ by (a swap of two counts as one): none in a word under 5 letters
# ("Rol", "Base", "Land"), one under 9, two in longer words; two in the whole header at most.
MAX_TYPOS = 2


# How closely a header matched: a wording as listed ("Subverwerkers"), one in another form
# ("Verwerker", singular of "Verwerkers"), one found inside a longer header, a typo. The first two
# are ``exact``; of two columns of one field, the exact one is read, then the one not misspelt.
AS_WRITTEN, IN_ANOTHER_FORM, INSIDE, MISSPELT = 3, 2, 1, 0


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


def _wordings():
    """(field, language, text) of every synonym: our export's headers, then headers.toml."""
    columns = load_toml("export", "labels.toml")["column"]
    for key in FIELDS:
        for language, label in columns.get(key, {}).items():
            yield key, language, label
    data = load_toml("import", "headers.toml")
    for key, by_language in data["fields"].items():
        if key not in FIELDS:
            raise ValueError(f"headers.toml: unknown field {key!r}")
        for language, texts in by_language.items():
            for text in texts:
                yield key, language, text
    for key, entry in data["combined"].items():
        if key in FIELDS or len(entry["fields"]) != 2 or not set(entry["fields"]) <= set(FIELDS):
            raise ValueError(f"headers.toml: combined {key!r} must name two fields")
        for language in LANGUAGES:
            for text in entry.get(language, ()):
                yield key, language, text


def _words_of(text: str) -> tuple[str, ...]:
    return header_words.words(normalise(text))


@dataclass
class _Index:
    """The synonyms, looked up as written (``raw``), by their words in any order and form
    (``by_key``), inside a longer header (``containable``) and with a typo (``typo_targets``)."""

    raw: dict[tuple[str, ...], _Synonym] = field(default_factory=dict)
    by_key: dict[tuple[str, ...], _Synonym] = field(default_factory=dict)
    containable: dict[tuple[str, ...], _Synonym] = field(default_factory=dict)
    contained_sizes: set[int] = field(default_factory=set)
    never: set[tuple[str, ...]] = field(default_factory=set)
    # By number of words: the words joined (for rapidfuzz) and, per entry, its words and synonym
    # (None for a wording that is never a header, which then wins against a typo near it).
    typo_targets: dict[int, tuple[list[str], list[tuple[tuple[str, ...], _Synonym | None]]]] = field(
        default_factory=dict
    )

    def whole(self, found: tuple[str, ...], stems: tuple[str, ...] | None = None) -> tuple[_Synonym, int] | None:
        """The synonym the whole header is, and how closely (AS_WRITTEN or IN_ANOTHER_FORM)."""
        synonym = self.raw.get(found)
        if synonym is not None:
            return synonym, AS_WRITTEN
        synonym = self.by_key.get(tuple(sorted(header_words.content(found) if stems is None else stems)))
        return (synonym, IN_ANOTHER_FORM) if synonym is not None else None


def _grouped(pairs) -> dict[tuple[str, ...], _Synonym]:
    """Synonyms by their words. A wording under two fields is a data error, not a choice."""
    found: dict[tuple[str, ...], dict[str, list[str]]] = {}
    texts: dict[tuple[str, ...], list[str]] = {}
    for words, key, language, text in pairs:
        if not words:
            continue
        languages = found.setdefault(words, {}).setdefault(key, [])
        if language not in languages:
            languages.append(language)
        texts.setdefault(words, []).append(text)
    index = {}
    for words, fields in found.items():
        if len(fields) > 1:
            raise ValueError(f"headers.toml: {sorted(set(texts[words]))} are synonyms of {sorted(fields)}")
        ((key, languages),) = fields.items()
        index[words] = _Synonym(key, tuple(sorted(languages, key=LANGUAGES.index)))
    return index


@cache
def _index() -> _Index:
    matching = load_toml("import", "headers.toml")["matching"]
    # "Sous-traitants" is also written "Sous traitants"; words() reads it as "Soustraitants".
    wordings = [
        (_words_of(variant), key, language, text)
        for key, language, text in _wordings()
        for variant in dict.fromkeys((text, text.replace("-", " ")))
    ]
    index = _Index()
    index.raw = _grouped(wordings)
    index.by_key = _grouped([(header_words.key(w), key, language, text) for w, key, language, text in wordings])
    exact_only = {header_words.key(_words_of(text)) for text in matching["exact_only"]}
    labels = load_toml("export", "labels.toml")["column"]
    derived = [text for key in DERIVED for text in labels[key].values()]
    index.never = {_words_of(text) for text in (*matching["never"], *derived)}
    clash = sorted(" ".join(words) for words in index.never & set(index.raw))
    if clash:
        raise ValueError(f"headers.toml: {clash} are both synonyms and never a header")
    targets: dict[int, list[tuple[tuple[str, ...], _Synonym | None]]] = {}
    for words, synonym in index.raw.items():
        stems = header_words.content(words)
        if header_words.key(words) in exact_only or not stems:
            continue
        if _typo_prone(stems):
            targets.setdefault(len(stems), []).append((stems, synonym))
        # A combined column is found by its parts (_combined), not inside a header of other words.
        if len("".join(words)) >= MIN_CONTAINED_CHARS and synonym.field not in COMBINED:
            index.containable[header_words.key(words)] = synonym
            index.contained_sizes.add(len(stems))
    for words in index.never:
        stems = header_words.content(words)
        if stems and _typo_prone(stems):
            targets.setdefault(len(stems), []).append((stems, None))
    index.typo_targets = {
        size: ([" ".join(stems) for stems, _ in entries], entries) for size, entries in targets.items()
    }
    return index


def _typo_prone(stems: tuple[str, ...]) -> bool:
    """Whether a wording has a word long enough to be misspelt and still be known (see _typos)."""
    return any(len(stem) >= 5 for stem in stems)


def _match(text: object) -> tuple[_Synonym, int] | None:
    if not isinstance(text, str) or len(text) > MAX_HEADER_CHARS:
        return None  # a long text is no header; folding every 32,000-character cell took seconds
    return _match_text(text)


@lru_cache(maxsize=8192)  # the scan of a sheet meets the same cell texts again and again
def _match_text(text: str) -> tuple[_Synonym, int] | None:
    index = _index()
    normal = normalise(text)
    found = header_words.words(normal)
    if not found or found in index.never:
        return None
    stems = header_words.content(found)
    whole = index.whole(found, stems)
    if whole is not None:
        return whole
    if len(found) > MAX_HEADER_WORDS:
        return None
    # "Grondslag (art. 6)" is the legal basis as much as "Grondslag" is; "Doel (toelichting)" less so.
    outside, references = header_words.outside_parentheses(normal)
    inner = header_words.words(outside) or found
    if inner != found:
        if inner in index.never:
            return None
        whole = index.whole(inner)
        if whole is not None:
            return whole if references or _same_field(index, normal, whole[0]) else (whole[0], INSIDE)
    synonym = _combined(index, outside) or _contained(index, header_words.content(inner) if inner != found else stems)
    if synonym is not None:
        return synonym, INSIDE
    synonym = _typo(index, stems) if len(normal) <= MAX_TYPO_CHARS else None
    return (synonym, MISSPELT) if synonym is not None else None


def _same_field(index: _Index, normal: str, synonym: _Synonym) -> bool:
    """Whether what is in parentheses names the same field again: "Dienstleister
    (Auftragsverarbeiter)" is the processors column as surely as "Auftragsverarbeiter" is."""
    inside = [header_words.words(group) for group in re.findall(r"[(\[]([^()\[\]]*)[)\]]", normal)]
    found = [index.whole(group) if group and group not in index.never else None for group in inside]
    return bool(found) and all(match is not None and match[0].field == synonym.field for match in found)


def _combined(index: _Index, outside: str) -> _Synonym | None:
    """A header whose parts each name a field: two fields of COMBINED make that combined
    column ("Ontvangers / verwerkers"); parts all naming one field make that field ("Empfänger /
    Kategorien von Empfängern"); anything else is decided on the whole header."""
    parts = header_words.parts(outside)
    if len(parts) < 2:
        return None
    synonyms = []
    for part in parts:
        words = header_words.words(part)
        whole = index.whole(words) if words not in index.never else None
        synonym = whole[0] if whole is not None else _contained(index, header_words.content(words))
        if synonym is None:
            return None
        synonyms.append(synonym)
    fields = {synonym.field for synonym in synonyms}
    if len(fields) == 1:
        return synonyms[0]
    for key, pair in COMBINED.items():
        if fields == set(pair):
            shared = [lang for lang in synonyms[0].languages if all(lang in s.languages for s in synonyms)]
            return _Synonym(key, tuple(shared) or synonyms[0].languages)
    return None


def _contained(index: _Index, stems: tuple[str, ...]) -> _Synonym | None:
    """The longest specific synonym inside the header: "Purpose of the processing activity" is
    about the purpose (3 words), not the activity (2). Equally long: the first wins, since headers
    name their subject first ("Bewaartermijn en vernietiging")."""
    if len(stems) < 2 or len(stems) > MAX_HEADER_WORDS:
        return None  # a header of one word is matched whole or not at all
    for size in sorted(index.contained_sizes, reverse=True):
        for start in range(len(stems) - size + 1):
            synonym = index.containable.get(tuple(sorted(stems[start : start + size])))
            if synonym is not None:
                return synonym
    return None


def _typo(index: _Index, stems: tuple[str, ...]) -> _Synonym | None:
    """The synonym the header is a misspelling of, when there is exactly one field it can be:
    a typo as near to a wording of another field, or to a wording that is never a header (a
    contact block, "Land"), is no match."""
    if not stems or len(stems) > MAX_TYPO_WORDS or len(stems) not in index.typo_targets:
        return None
    joined, entries = index.typo_targets[len(stems)]
    near = process.extract(" ".join(stems), joined, scorer=OSA.distance, score_cutoff=MAX_TYPOS, limit=None)
    scored = [(distance, entries[i][1]) for _, _, i in near if (distance := _typos(stems, entries[i][0])) is not None]
    if not scored:
        return None
    best = min(distance for distance, _ in scored)
    nearest = [synonym for distance, synonym in scored if distance == best]
    # None: a wording that is never a header is as near as a field's wording.
    synonyms = [synonym for synonym in nearest if synonym is not None]
    if len(synonyms) < len(nearest) or len({synonym.field for synonym in synonyms}) > 1:
        return None
    return synonyms[0]


def _typos(header: tuple[str, ...], wording: tuple[str, ...]) -> int | None:
    """Letters the header differs by from the wording, word by word; None when too many, or
    when a word differs in its first letter (another word, not a typo)."""
    total = 0
    for typed, meant in zip(header, wording, strict=True):
        if typed == meant:
            continue
        allowed = 0 if len(meant) < 5 else 1 if len(meant) < 9 else 2
        if not allowed or typed[0] != meant[0]:
            return None
        distance = OSA.distance(typed, meant, score_cutoff=allowed)
        if distance > allowed:
            return None
        total += distance
    return total if total <= MAX_TYPOS else None


def match_header(text: object) -> HeaderMatch | None:
    """The field a header names, or None. ``exact``: the whole header is a known wording."""
    found = _match(text)
    if found is None:
        return None
    synonym, closeness = found
    return HeaderMatch(synonym.field, synonym.languages[0], closeness >= IN_ANOTHER_FORM)


def find_header_row(rows: Sequence[Sequence[object]], max_scan: int = 30) -> HeaderRow | None:
    """The header row among the first ``max_scan`` rows: the one naming the most fields (at
    least two, one of them the name or the purpose); the first such row on a tie."""
    scanned = list(rows)[: max(0, max_scan)]
    best: tuple[int, int, list[tuple[int, _Synonym, int]]] | None = None
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
    # One column per field: the first exact match, else the first not misspelt, else the first.
    chosen: dict[str, tuple[int, int]] = {}
    for column, synonym, closeness in matches:
        held = chosen.get(synonym.field)
        rank = min(closeness, IN_ANOTHER_FORM)
        if held is None or rank > held[1]:
            chosen[synonym.field] = (column, rank)
    columns = {column: key for key, (column, _) in chosen.items()}
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
    """A field's name for people: our export's column header, else its first synonym. A
    combined column's name is the first wording of it in headers.toml ("Doelen en grondslagen")."""
    if key not in TARGETS:
        raise KeyError(key)
    # The officer's number of an activity is kept as its reference: named as our export names that.
    shown = "activity_reference" if key == "number" else key
    label = load_toml("export", "labels.toml")["column"].get(shown, {}).get(lang) if key in FIELDS else None
    if label:
        return label
    data = load_toml("import", "headers.toml")
    synonyms = data["fields"].get(key, {}) if key in FIELDS else data["combined"][key]
    for language in (lang, "en"):
        if synonyms.get(language):
            return synonyms[language][0]
    return key
