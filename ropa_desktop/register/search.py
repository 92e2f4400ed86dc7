"""Search across everything: every text of every item, in every language, found by a few letters.

"Bolivia" finds the transfer to BO (its country is stored as a code, shown by its name), the
recipients established there, and the activities that use that transfer ("via transfer Bolivia").
Case and accents do not count: "bolivie" finds "Bolivië".

The register is read once into a ``SearchIndex``; every query after that scans one folded string
(C speed), so typing stays quick on 10,000 activities. Texts stored as codes (countries, closed
lists, legal bases, transfer tools) are matched by their labels in both languages, once per
distinct code rather than once per item.

Reading the register: search_reading.py; what counts as the same letters: search_text.py.
"""

from __future__ import annotations

import bisect
from array import array
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from typing import NamedTuple

from sqlalchemy.orm import Session

from . import kinds
from .reference import countries, vocabulary
from .reference.languages import SUPPORTED as LANGUAGES
from .search_reading import STATEMENT_TEXT, read_into
from .search_text import RUNS, fold, fold_query, snippet

# The privacy statement's own wording is a section of its own, not a kind of item.
STATEMENT = "statement"
# Sections in the order the window lists them.
SECTIONS = (kinds.ORGANISATION, *kinds.LISTED, STATEMENT)
# Where an activity uses several matching items, the one it is found through: a transfer
# names its country, so "Bolivia" finds the activity via the transfer rather than the office.
_VIA_ORDER = (kinds.TRANSFER, kinds.RECIPIENT, kinds.DATA_CATEGORY, kinds.DATA_SUBJECT, kinds.SECURITY_MEASURE)
# Hits listed per section; more are counted, not listed: no officer reads 10,000 lines, and
# making them was most of the time of a query that finds nearly every activity.
LIMIT = 1000

Key = tuple[str, int]  # (kind, item id)


class Via(NamedTuple):
    """The matching item through which a hit was found: the transfer an activity uses."""

    kind: str
    item_id: int
    name: dict[str, str] | str


class Hit(NamedTuple):
    """One item found: where it is, what it is called, and the text that matched.
    (A named tuple: a query that finds every activity makes 10,000 of them.)"""

    section: str
    kind: str
    item_id: int
    name: dict[str, str] | str
    field: str  # snapshot key of the field that matched (or that links to ``via``)
    row: int | None  # the child row (purpose, retention rule, office) within ``field``
    snippet: str
    via: Via | None = None


@dataclass
class Found:
    """The hits of one query, by section in the window's order; empty sections left out."""

    query: str
    sections: dict[str, list[Hit]] = field(default_factory=dict)
    # Items found per section, also those beyond LIMIT that are not listed.
    totals: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return sum(self.totals.values())

    def hits(self) -> list[Hit]:
        return [hit for hits in self.sections.values() for hit in hits]


# Fields stored as a code, matched by what the window shows for them: field -> labels(code).
def _enum(list_name: str):
    return lambda code: tuple(vocabulary.enum_label(list_name, code, lang) for lang in LANGUAGES)


def _term(vocabulary_name: str):
    def labels(code: str) -> tuple[str, ...]:
        found = vocabulary.term(vocabulary_name, code)
        return tuple(found.label_in(lang) for lang in LANGUAGES) if found else ()

    return labels


def _country(code: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(countries.country_name(code, lang) for lang in LANGUAGES))


def _period(code: tuple) -> tuple[str, ...]:
    value, unit = code
    if value is None:
        return ()
    return tuple(
        f"{value} {vocabulary.enum_label('period_unit', unit, lang)}" if unit else str(value) for lang in LANGUAGES
    )


_CODED = {
    "role": _enum("activity_role"),
    "status": _enum("activity_status"),
    "dpia_status": _enum("dpia_status"),
    "provision_requirement": _enum("provision_requirement"),
    "sources": _enum("data_source"),
    "legal_basis": _term("legal_bases"),
    "special_category_condition": _term("special_conditions"),
    "period": _period,
    "data_category_kind": _enum("data_category_kind"),
    "special_category": _term("special_categories"),
    "recipient_kind": _enum("recipient_kind"),
    "measure_kind": _enum("measure_kind"),
    "party": _enum("cookie_party"),
    "category": _enum("cookie_category"),
    "tool": _term("transfer_tools"),
    "country": _country,
}


@cache
def _labels(vocabulary_name: str, code) -> tuple[tuple[str, str], ...]:
    """(label, folded label) of ``code`` in every language; a country also by its code."""
    shown = [label for label in _CODED[vocabulary_name](code) if label]
    return tuple((label, fold(label)) for label in dict.fromkeys(shown))


class SearchIndex:
    """Every text of a register, folded into one string, with what each piece belongs to."""

    def __init__(self):
        self.names: dict[Key, dict[str, str] | str] = {}
        self.order: dict[Key, tuple] = {}
        self.counts: dict[str, int] = defaultdict(int)  # items per kind
        # (kind, id, field, row, text) per text; grouped by item so one hit per item suffices.
        self._texts: dict[Key, list[tuple[str, int | None, str]]] = defaultdict(list)
        # (kind, field, vocabulary) -> code -> {item id: row}
        self._coded: dict[tuple[str, str, str], dict] = defaultdict(lambda: defaultdict(dict))
        # (kind, id) of a catalogue entry -> (user kind, field) -> ids of the items using it there
        self.users: dict[Key, dict[tuple[str, str], set[int]]] = defaultdict(lambda: defaultdict(set))
        # Sealed: the texts as two strings (folded, as written), NUL between texts, and per text
        # where it starts in each, whose it is and where its item's texts end. Arrays, not
        # objects: a million small objects made every garbage collection crawl.
        self._folded = self._written = ""
        self._starts, self._written_starts = array("q"), array("q")
        self._item_ids, self._owners, self._item_end = array("q"), array("l"), array("l")
        self._owner_table: list[tuple[str, str, int | None]] = []  # (kind, field, row)

    @classmethod
    def read(cls, session: Session) -> SearchIndex:
        index = cls()
        read_into(session, index)
        index._seal()
        return index

    # Filling.
    def text(self, kind: str, item_id: int, name: str, value, row: int | None = None) -> None:
        """A text of an item: a plain string, or a per-language dict (every language kept)."""
        if not value:
            return
        values = value.values() if isinstance(value, dict) else (value,)
        texts = self._texts[(kind, item_id)]
        for text in values:
            if text and isinstance(text, str):
                texts.append((name, row, text))

    def texts(self, kind: str, item_id: int, names: Iterable[str], values: Iterable, row: int | None = None) -> None:
        """Several texts of an item at once (reading 10,000 activities calls this, not ``text``)."""
        texts = None
        for name, value in zip(names, values, strict=True):
            if not value:
                continue
            if texts is None:
                texts = self._texts[(kind, item_id)]
            if isinstance(value, dict):
                texts.extend((name, row, text) for text in value.values() if text and isinstance(text, str))
            elif isinstance(value, str):
                texts.append((name, row, value))

    def coded(self, kind: str, item_id: int, name: str, vocabulary_name: str, code, row: int | None = None) -> None:
        if code not in (None, "", (None, None)):
            # The first row with the code is where the item is opened.
            self._coded[(kind, name, vocabulary_name)][code].setdefault(item_id, row)

    def item(self, kind: str, item_id: int, name, order: tuple) -> None:
        if (kind, item_id) not in self.names:
            self.counts[kind] += 1
        self.names[(kind, item_id)] = name
        self.order[(kind, item_id)] = order

    def use(self, used: Key, user_kind: str, user_id: int, name: str) -> None:
        self.users[used][(user_kind, name)].add(user_id)

    def _seal(self) -> None:
        """Fold every text into one string, separated by NUL, remembering where each starts."""
        pieces: list[str] = []
        table: dict[tuple[str, str, int | None], int] = {}
        owners: list[int] = []
        item_ids, item_end = [], []
        for (kind, item_id), texts in self._texts.items():
            pieces.extend(text for _name, _row, text in texts)
            owners.extend(table.setdefault((kind, name, row), len(table)) for name, row, _text in texts)
            item_ids.extend([item_id] * len(texts))
            item_end.extend([len(pieces)] * len(texts))
        self._texts.clear()
        self._owner_table = list(table)
        self._item_ids, self._owners, self._item_end = array("q", item_ids), array("l", owners), array("l", item_end)
        if not pieces:
            return
        self._written = "\x00".join(piece.replace("\x00", " ") if "\x00" in piece else piece for piece in pieces)
        # Runs of spaces count as one, as in the query; no run crosses a NUL, so starts stay true.
        self._folded = RUNS.sub(" ", fold(self._written))
        for text, starts in ((self._folded, self._starts), (self._written, self._written_starts)):
            starts.extend(accumulate((len(piece) + 1 for piece in text.split("\x00")), initial=0))
            starts.pop()  # where a text after the last would start

    def _written_text(self, entry: int) -> str:
        start = self._written_starts[entry]
        end = self._written_starts[entry + 1] - 1 if entry + 1 < len(self._written_starts) else len(self._written)
        return self._written[start:end]

    # Searching.
    def search(self, query: str) -> Found:
        wanted = fold_query(query).replace("\x00", "")
        found = Found(query)
        if not wanted:
            return found
        # kind -> item id -> hit (None: found beyond LIMIT, counted only)
        hits: dict[str, dict[int, Hit | None]] = defaultdict(dict)
        self._search_texts(wanted, hits)
        self._search_codes(wanted, hits)
        self._add_users(hits)
        order = self.order
        for section in SECTIONS:
            kind = STATEMENT_TEXT if section == STATEMENT else section
            of_kind = hits.get(kind, {})
            listed = [hit for hit in of_kind.values() if hit is not None]
            if listed:
                listed.sort(key=lambda hit: (hit.via is not None, order[(hit.kind, hit.item_id)]))
                found.sections[section] = listed
                found.totals[section] = len(of_kind)
        return found

    def _search_texts(self, wanted: str, hits: dict[str, dict[int, Hit | None]]) -> None:
        folded, starts, item_end = self._folded, self._starts, self._item_end
        position = folded.find(wanted)
        while position >= 0:
            entry = bisect.bisect_right(starts, position) - 1
            kind, name, row = self._owner_table[self._owners[entry]]
            item_id = self._item_ids[entry]
            # No match runs across two texts: the query holds no NUL.
            of_kind = hits[kind]
            if item_id not in of_kind:
                of_kind[item_id] = (
                    self._hit(kind, item_id, name, row, snippet(self._written_text(entry), wanted))
                    if len(of_kind) < LIMIT
                    else None
                )
            following = item_end[entry]  # the rest of this item's texts cannot add a hit
            if following >= len(starts):
                break
            position = folded.find(wanted, starts[following])

    def _search_codes(self, wanted: str, hits: dict[str, dict[int, Hit | None]]) -> None:
        for (kind, name, vocabulary_name), by_code in self._coded.items():
            for code, places in by_code.items():
                label = _matching_label(vocabulary_name, code, wanted)
                if label is None:
                    continue
                found = hits[kind]
                for item_id, row in places.items():
                    if item_id not in found:
                        found[item_id] = self._hit(kind, item_id, name, row, label) if len(found) < LIMIT else None

    def _add_users(self, hits: dict[str, dict[int, Hit | None]]) -> None:
        """Items that use a matching item, found through it: one level deep."""
        users = self.users
        direct = [(kind, item_id) for kind in _VIA_ORDER for item_id in hits.get(kind, ()) if (kind, item_id) in users]
        everything = self.counts
        for used in direct:
            via = Via(*used, self.names.get(used, ""))
            for (user_kind, name), user_ids in users[used].items():
                found = hits[user_kind]
                if len(found) == everything[user_kind]:  # a query of one letter found every activity
                    continue
                # A set less a dict runs in C: a category used by half the activities costs little.
                for user_id in user_ids.difference(found):
                    found[user_id] = self._hit(user_kind, user_id, name, None, "", via) if len(found) < LIMIT else None

    def _hit(self, kind: str, item_id: int, name: str, row: int | None, text: str, via: Via | None = None) -> Hit:
        section = STATEMENT if kind == STATEMENT_TEXT else kind
        return Hit(section, kind, item_id, self.names.get((kind, item_id), ""), name, row, text, via)

    def __len__(self) -> int:
        return len(self.names)


def _matching_label(vocabulary_name: str, code, wanted: str) -> str | None:
    if vocabulary_name == "country" and wanted == str(code).lower():  # "bo": the code itself
        return str(code)
    for label, folded in _labels(vocabulary_name, code):
        if wanted in folded:
            return label
    return None


def find(session: Session, query: str) -> Found:
    """Every item whose text matches ``query``: a fresh read of the register, then the search."""
    return SearchIndex.read(session).search(query)
