"""Cells of a column that holds two fields ("Doel en grondslag", "Betrokkenen en gegevens",
"Ontvangers / verwerkers"), split into the texts of each field before the fields are read:

    "Werving en selectie (b, na afronding f)"       -> purpose, its bases
    "Salarisadministratie – wettelijke plicht (c)"  -> purpose, its bases
    "Sollicitanten: NAW, cv, motivatie"             -> data subjects, data categories
    "Verwerkers: X, Y; Ontvangers: Belastingdienst"  -> processors, recipients

A part labelled with a header's wording ("Grondslag: b", "Betrokkenen: klanten") is split by
rule; a split at a bracket, colon or dash is a judgement the import lists for the officer to
confirm. A line that splits in no certain way is not split: it is kept whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import recognise
from .bases import read_bases
from .headers import COMBINED, match_header


def combined_fields() -> dict[str, tuple[str, ...]]:
    """Combined column -> the fields it holds (declared in headers.toml, read by headers.py)."""
    return COMBINED


# "Label: rest" where the label is a header's wording; the label is short.
_LABELLED = re.compile(r"^\s*(?P<label>[^\W\d_][^:\n]{0,50}?)\s*:\s*(?P<rest>.*)$", re.DOTALL)
# A label inside a line: "Werving, grondslag: b".
_INNER_LABEL = re.compile(r"[,;(]\s*(?P<label>[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+){0,2})\s*:\s*")
# Where a purpose and its basis meet: a dash with spaces, a colon, a vertical bar.
_SEPARATORS = re.compile(r"\s+[-\u2013\u2014|]\s+|\s*:\s+|\s+/\s+")
_TRAILING_BRACKET = re.compile(r"^(?P<before>.*\S)\s*\((?P<inside>[^()]*)\)\s*\.?\s*$", re.DOTALL)
_LEADING_BRACKET = re.compile(r"^(?P<before>[^()]*\S)\s*\((?P<inside>[^()]+)\)(?P<after>.*)$", re.DOTALL)
# Words of a basis that are no basis ("uitvoering overeenkomst met de klant"): few, or it is a purpose.
_MAX_OTHER_WORDS = 3


def _label(text: str, fields: tuple[str, ...]) -> str | None:
    found = match_header(text.strip())
    return found.field if found is not None and found.exact and found.field in fields else None


def _labelled(line: str, fields: tuple[str, ...]) -> tuple[str, str] | None:
    match = _LABELLED.match(line)
    if match:
        field = _label(match.group("label"), fields)
        if field:
            return field, match.group("rest").strip()
    return None


# --- purposes and their legal bases -----------------------------------------------------------


@dataclass(frozen=True)
class PurposeLine:
    purpose: str  # "" for a line that gives only bases ("Grondslag: b")
    bases: str  # the text naming this purpose's bases, "" when none
    judged: bool = False  # split at a bracket or a dash: the officer confirms


def _is_bases(text: str, legend: dict[str, str] | None, max_other: int = _MAX_OTHER_WORDS) -> bool:
    reading = read_bases(text, legend)
    return bool(reading.keys) and reading.other_words <= max_other


def purposes_and_bases(text: str, legend: dict[str, str] | None = None) -> list[PurposeLine]:
    """Each line of a "purpose and basis" cell, split into its purpose and its bases."""
    return list(_purposes_and_bases(text if isinstance(text, str) else "", tuple(legend.items()) if legend else ()))


@lru_cache(maxsize=2048)
def _purposes_and_bases(text: str, legend_items: tuple[tuple[str, str], ...]) -> tuple[PurposeLine, ...]:
    legend = dict(legend_items)
    fields = ("purposes", "legal_bases")
    lines = []
    for line in recognise.split_values(text):
        labelled = _labelled(line, fields)
        if labelled:
            field, rest = labelled
            inner = _inner_bases(rest, fields) if field == "purposes" else None
            if inner:
                lines.append(PurposeLine(*inner))
            elif rest:
                lines.append(PurposeLine(rest, "") if field == "purposes" else PurposeLine("", rest))
            continue
        inner = _inner_bases(line, fields)
        lines.append(PurposeLine(*inner) if inner else _split_purpose(line, legend))
    return tuple(lines)


def _inner_bases(line: str, fields: tuple[str, ...]) -> tuple[str, str] | None:
    """ "Werving, grondslag: b" -> ("Werving", "b"): a basis label inside the line."""
    for match in _INNER_LABEL.finditer(line):
        if _label(match.group("label"), fields) == "legal_bases":
            purpose = line[: match.start()].strip(" ,;(")
            bases = line[match.end() :].strip().rstrip(")").strip()
            if purpose and bases:
                return purpose, bases
    return None


def _split_purpose(line: str, legend: dict[str, str] | None) -> PurposeLine:
    # The last separator whose right side is a basis: "Salarisadministratie – wettelijke plicht (c)".
    for match in reversed(list(_SEPARATORS.finditer(line))):
        before, after = line[: match.start()].strip(), line[match.end() :].strip()
        if before and after and _is_bases(after, legend) and not _is_bases(before, legend, 0):
            return PurposeLine(_clean(before), after, True)
        # The basis first: "Toestemming – nieuwsbrief".
        if before and after and _is_bases(before, legend, 0) and not read_bases(after, legend).keys:
            return PurposeLine(_clean(after), before, True)
    bracket = _TRAILING_BRACKET.match(line)
    if bracket and _is_bases(bracket.group("inside"), legend):
        return PurposeLine(_clean(bracket.group("before")), bracket.group("inside").strip(), True)
    # A line that is only bases gives no purpose: it is the bases of the purposes without any.
    if _is_bases(line, legend, 0):
        return PurposeLine("", line, False)
    return PurposeLine(line, "")


def _clean(purpose: str) -> str:
    return purpose.strip().rstrip(",;:-\u2013\u2014").strip()


# --- data subjects and their data -------------------------------------------------------------


@dataclass(frozen=True)
class PeopleAndData:
    subjects: list[str]
    data: list[str]
    unsplit: list[str]  # lines that split in no certain way: kept whole, in the notes
    judged: bool  # a line was split at a colon, dash or bracket


def people_and_data(text: str) -> PeopleAndData:
    """ "Sollicitanten: NAW, cv, motivatie" -> subjects ["Sollicitanten"], data ["NAW, cv, motivatie"];
    each line's subjects with each line's data."""
    fields = ("data_subjects", "data_categories", "special_data")
    subjects: list[str] = []
    data: list[str] = []
    unsplit: list[str] = []
    judged = False
    for line in recognise.split_values(text):
        labelled = _labelled(line, fields)
        if labelled:
            field, rest = labelled
            if rest:
                (subjects if field == "data_subjects" else data).append(rest)
            continue
        parts = _people_split(line)
        if parts:
            subjects.append(parts[0])
            data.append(parts[1])
            judged = True
        else:
            unsplit.append(line)
    return PeopleAndData(subjects, data, unsplit, judged)


_PEOPLE_SEPARATOR = re.compile(r"\s*:\s*|\s+[-\u2013\u2014]\s+")


def _people_split(line: str) -> tuple[str, str] | None:
    match = _PEOPLE_SEPARATOR.search(line)
    if match and line[: match.start()].strip() and line[match.end() :].strip():
        return line[: match.start()].strip(), line[match.end() :].strip()
    bracket = _LEADING_BRACKET.match(line)
    if bracket and not bracket.group("after").strip():
        return bracket.group("before").strip(), bracket.group("inside").strip()
    return None


# --- recipients and processors ----------------------------------------------------------------


@dataclass(frozen=True)
class RecipientsAndProcessors:
    recipients: list[str]
    processors: list[str]
    unmarked: list[str]  # lines the cell does not say are either: the recipients reading decides


def recipients_and_processors(text: str) -> RecipientsAndProcessors:
    """ "Verwerkers: X, Y; Ontvangers: Belastingdienst" -> processors and recipients, by the
    cell's own labels; what is not labelled is left for the recipients' reading."""
    fields = ("recipients", "processors")
    recipients: list[str] = []
    processors: list[str] = []
    unmarked: list[str] = []
    for line in recognise.split_values(text):
        labelled = _labelled(line, fields)
        if labelled and labelled[1]:
            (processors if labelled[0] == "processors" else recipients).append(labelled[1])
        elif not labelled:
            unmarked.append(line)
    return RecipientsAndProcessors(recipients, processors, unmarked)


# --- one row ----------------------------------------------------------------------------------


@dataclass
class RowSplit:
    """What the combined cells of one row gave: the parts' texts (put in the row's cells), the
    purposes with their bases, and what the officer must see: the splits judged (field key of
    the combined column, the cell, the parts) and the lines that could not be split."""

    purpose_lines: list[PurposeLine] | None = None
    # (column key, cell, [(field, text)])
    judged: list[tuple[str, str, list[tuple[str, str]]]] = field(default_factory=list)
    unsplit: list[tuple[str, str]] = field(default_factory=list)  # (column key, line)


def split_row(by_field: dict[str, str], legend: dict[str, str] | None = None) -> RowSplit:
    """Replaces each combined cell of a row by its parts' texts, in ``by_field``. A part the row
    also has a column of its own for is added to that column's text, not put in its place."""
    split = RowSplit()
    fields = combined_fields()
    for key in [key for key in by_field if key in fields]:
        text = by_field[key]
        if not text:
            continue
        if key == "purposes_and_legal_bases":
            lines = split.purpose_lines = purposes_and_bases(text, legend)
            _add(by_field, "purposes", [line.purpose for line in lines if line.purpose])
            _add(by_field, "legal_bases", [line.bases for line in lines if line.bases])
            judged = [line for line in lines if line.judged]
            if judged:
                split.judged.append(
                    (
                        key,
                        text,
                        [part for line in judged for part in (("purposes", line.purpose), ("legal_bases", line.bases))],
                    )
                )
        elif key == "data_subjects_and_data_categories":
            people = people_and_data(text)
            # A comma between the lines' parts: the list reading splits them as any list cell.
            _add(by_field, "data_subjects", people.subjects, ", ")
            _add(by_field, "data_categories", people.data, ", ")
            if people.judged:
                split.judged.append(
                    (
                        key,
                        text,
                        [("data_subjects", "; ".join(people.subjects)), ("data_categories", "; ".join(people.data))],
                    )
                )
            split.unsplit += [(key, line) for line in people.unsplit]
        elif key == "recipients_and_processors":
            named = recipients_and_processors(text)
            _add(by_field, "recipients", named.recipients + named.unmarked, ", ")
            _add(by_field, "processors", named.processors, ", ")
    return split


def _add(by_field: dict[str, str], key: str, texts: list[str], between: str = "\n") -> None:
    if texts:
        by_field[key] = "\n".join(part for part in (by_field.get(key, ""), between.join(texts)) if part)
