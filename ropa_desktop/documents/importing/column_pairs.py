"""Columns read together, decided on the sheet as a whole rather than header by header.

The header matcher gives each field one column (headers.py). Registers also keep one field in
two columns: "Destinataires internes" beside "Destinataires externes", "Verwerker" beside
"Subverwerkers"; both are read, the first as the field's column, the other added to it. And a
processor's register often has a per-row pair: "Verantwoordelijke: Klant" beside "Verwerker:
Wij". A header "Verantwoordelijke" alone is ambiguous (a contact block has it as often), so it
is read as the controller served (Art. 30(2)(a)) only when the sheet also has a processor column
and its rows say "wij" in one of the two. The wordings are in resources/import/headers.toml
([columns_together]).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ...resources_path import load_toml
from . import header_words, parties
from .headers import match_header, normalise

# Fields whose cells are lists, so that a second column's items can simply be added.
JOINED_FIELDS = frozenset(
    (
        "data_subjects",
        "data_categories",
        "recipients",
        "processors",
        "security_measures",
        "joint_controllers",
        "controllers_served",
    )
)
# Words that say which part of a list a column holds ("Destinataires internes", "Externe
# Empfänger"): without them the header must be a wording of the field as such, so that
# "Toelichting ontvangers" (an explanation) is never read as a second list of recipients.
_SIDES = frozenset(
    ("intern", "interne", "internes", "internen", "internal", "extern", "externe", "externes", "externen", "external")
)
_WORD = re.compile(r"[^\W_]+")


@cache
def _wordings(kind: str) -> frozenset[tuple[str, ...]]:
    texts = list(load_toml("import", "headers.toml")["columns_together"][kind])
    if kind == "sub_processors":  # our own export's header of the sub-processors too
        texts += load_toml("export", "labels.toml")["column"]["sub_processors"].values()
    return frozenset(_key(text) for text in texts)


def _key(text: str) -> tuple[str, ...]:
    return header_words.key(header_words.words(normalise(text)))


def is_sub_processors(header: str) -> bool:
    """ "Subverwerkers", "Sub-processors", "Unterauftragsverarbeiter": the processors' processors."""
    return _key(header) in _wordings("sub_processors")


def second_columns(headers: dict[int, str], fields: dict[int, str], left: set[int]) -> dict[int, str]:
    """Column -> list field, for the columns not matched (and not in ``left``: left out on
    purpose) whose header names a list field another column already holds."""
    held = set(fields.values())
    found = {}
    for column, text in sorted(headers.items()):
        if column in fields or column in left:
            continue
        key = _list_field(text)
        if key in JOINED_FIELDS and key in held:
            found[column] = key
    return found


def _list_field(text: str) -> str | None:
    match = match_header(text)
    if match is None:
        return None
    if match.exact:
        return match.field
    # "Destinataires externes": the field's own wording once the side it names is left out.
    rest = " ".join(word for word in _WORD.findall(normalise(text)) if word not in _SIDES)
    inner = match_header(rest) if rest and rest != normalise(text) else None
    return match.field if inner is not None and inner.exact and inner.field == match.field else None


def controller_column(
    headers: dict[int, str], fields: dict[int, str], left: set[int], body: Sequence[Sequence[object]]
) -> int | None:
    """The column of a per-row controller/processor pair that names the controller: headed
    "Verantwoordelijke", "Controller", "Responsable", "Verantwortlicher" (unmatched, or taken
    for the owner), beside a processor column, where some row says "wij" in one of the two."""
    if "controllers_served" in fields.values():
        return None
    processors = [c for c, f in fields.items() if f == "processors" and not is_sub_processors(headers.get(c, ""))]
    candidates = [
        c
        for c, text in headers.items()
        if c not in left and fields.get(c) in (None, "owner") and _key(text) in _wordings("controller")
    ]
    if not processors or len(candidates) != 1:
        return None
    pair = (candidates[0], processors[0])
    for row in body:
        if any(
            column - 1 < len(row) and isinstance(row[column - 1], str) and parties.is_us(row[column - 1])
            for column in pair
        ):
            return candidates[0]
    return None
