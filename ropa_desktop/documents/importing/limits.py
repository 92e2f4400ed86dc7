"""How much an import may bring into a register, and each text fitted to what the register
accepts (register/texts.py), so that no import is ever refused while it is being written.

A workbook is small but can say a lot: a shared string is stored once in the file and may
stand in every cell, so a 37 KB workbook once grew a register from 228 KB to 125 MB. Every
entry is therefore fitted and counted as it is read:

- a name longer than texts.MAX_NAME_LENGTH is shortened at a word, with "…"; the full name
  is kept in the item's internal notes (or, for a catalogue entry without notes, its
  description) and the report says so;
- any other text longer than texts.MAX_TEXT_LENGTH is shortened, ending in a marker that
  says how long it was, and the report says so;
- the import is refused as soon as it has read more than MAX_IMPORT_TEXT characters of text.

A foreign sheet's unmapped cells are kept in the notes once per activity and shortened past
MAX_KEPT_CELL (foreign.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...register import texts
from ...register.kinds import ACTIVITY, RECIPIENT, TRANSFER
from ...register.portable import Entry
from ...register.reference.languages import SUPPORTED
from .problems import ImportRefused, Note, Place, word

# An unmapped cell kept in the internal notes: about two printed pages. Remarks in real
# registers run to a few hundred characters; a cell ten times longer is a pasted document,
# and a few of them fill the whole of the notes (texts.MAX_TEXT_LENGTH).
MAX_KEPT_CELL = 5_000
# What one import may bring in, in characters of text. A 10,000-activity register with
# full texts (explanations, purposes, notes: about 3,000 characters an activity) brings in
# 32 million (benchmarks/import_amplification.py --normal); a sheet without repetition
# holds less text than its XML, which the import reads up to 40 MB (opening.MAX_SHEET; our
# own data sheet up to 200 MB). Only a workbook that repeats texts many times (a shared
# string in thousands of cells) comes near.
MAX_IMPORT_TEXT = 100_000_000
# One entry of our own data sheet, as JSON: an activity with every text at its limit in
# both languages is under 1.5 million characters; a real one is a few thousand.
MAX_ENTRY = 2_000_000
# A header repeated before every kept cell: the longest real ones (the ICO's template) are
# about 100 characters.
MAX_HEADER = 200

# Where a shortened name is kept in full: the item's internal notes; else its description.
NOTES_FIELD = {ACTIVITY: "internal_notes", RECIPIENT: "notes", TRANSFER: "notes"}
_KEPT_IN = {
    "notes": {"nl": "de interne notities", "en": "the internal notes"},
    "description": {"nl": "de omschrijving", "en": "the description"},
}


def marker(key: str, language: str, **values) -> str:
    """A text the import writes into the register (in the text's own language)."""
    return word("kept", key, language if language in SUPPORTED else "en").format(**values)


def shortened_name(text: str) -> str:
    """``text`` cut at a word to fit texts.MAX_NAME_LENGTH, ending in "…"."""
    cut = text[: texts.MAX_NAME_LENGTH - 1]
    space = cut.rfind(" ")
    if space > len(cut) // 2:  # a word boundary in the second half; else cut inside the word
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–") + "…"


def shortened_text(text: str, limit: int, language: str) -> str:
    """``text`` cut to ``limit`` characters, the marker at its end saying how long it was."""
    tail = marker("shortened", language, length=f"{len(text):,}")
    return text[: limit - len(tail)].rstrip() + tail


def short_header(header: str) -> str:
    return header if len(header) <= MAX_HEADER else shortened_name(header[:MAX_HEADER])


@dataclass
class _Shortened:
    place: Place
    count: int = 0
    longest: int = 0
    example: str = ""


class Budget:
    """Fits each entry as it is read and counts what the import brings in; raises
    ImportRefused as soon as that passes MAX_IMPORT_TEXT. ``notes()`` reports what was
    shortened, once per field however many items."""

    def __init__(self, language: str):
        self.language = language  # of texts not given per language
        self.used = 0
        self._shortened: dict[tuple[str, str, str], _Shortened] = {}

    def take(self, entry: Entry) -> None:
        self._fit_names(entry)
        length = _length(entry.data)
        if length is None:  # a text to shorten: fitted (and counted) one by one
            entry.data = {key: self._fit(value, key, self.language, entry) for key, value in entry.data.items()}
        else:
            self.used += length
        if self.used > MAX_IMPORT_TEXT:
            raise ImportRefused("import_too_large", _place(entry), used=f"{self.used:,}", limit=f"{MAX_IMPORT_TEXT:,}")

    def notes(self) -> list[Note]:
        notes = []
        for (code, field, kept), found in self._shortened.items():
            # A value given per language is worded when the note is shown (problems.Message).
            values: dict[str, str | dict[str, str]] = {
                "count": f"{found.count:,}",
                "length": f"{found.longest:,}",
                "field": field,
                "name": found.example,
            }
            if code == "name_shortened":
                values.update(limit=f"{texts.MAX_NAME_LENGTH:,}", kept=_KEPT_IN[kept])
            else:
                values["limit"] = f"{texts.MAX_TEXT_LENGTH:,}"
            notes.append(Note(code, found.place, values))
        return notes

    # --- fitting ----------------------------------------------------------------------------

    def _fit_names(self, entry: Entry) -> None:
        for key in sorted(texts.NAME_COLUMNS):
            value = entry.data.get(key)
            if not isinstance(value, dict):
                continue  # a plain-text name (a cookie's) has its column length, checked by portable
            for language, text in value.items():
                if not isinstance(text, str) or len(text) <= texts.MAX_NAME_LENGTH:
                    continue
                short = shortened_name(text)
                entry.data[key] = value = {**value, language: short}
                if entry.label == text:
                    entry.label = short
                kept = self._keep_in_full(entry, key, language, text)
                self._count("name_shortened", key, kept, entry, len(text), short[:80])

    def _keep_in_full(self, entry: Entry, key: str, language: str, text: str) -> str:
        full = marker("full_name" if key == "name" else "full_heading", language, text=text)
        field = NOTES_FIELD.get(entry.kind)
        if field:
            entry.data[field] = "\n".join(part for part in (full, entry.data.get(field) or "") if part)
            return "notes"
        description = dict(entry.data.get("description") or {})
        description[language] = "\n".join(part for part in (full, description.get(language, "")) if part)
        entry.data["description"] = description
        return "description"

    def _fit(self, value: Any, field: str, language: str, entry: Entry) -> Any:
        """``value`` with every text fitted; counts the characters kept (one walk for both)."""
        if isinstance(value, str):
            if len(value) > texts.MAX_TEXT_LENGTH:
                self._count("text_shortened", field, "", entry, len(value))
                value = shortened_text(value, texts.MAX_TEXT_LENGTH, language)
            self.used += len(value)
            return value
        if isinstance(value, dict):
            return {
                key: self._fit(item, field, key if key in SUPPORTED else language, entry) for key, item in value.items()
            }
        if isinstance(value, list):
            return [self._fit(item, field, language, entry) for item in value]
        return value

    def _count(self, code: str, field: str, kept: str, entry: Entry, length: int, example: str = "") -> None:
        found = self._shortened.setdefault((code, field, kept), _Shortened(_place(entry), example=example))
        found.count += 1
        found.longest = max(found.longest, length)


def _length(value: Any) -> int | None:
    """The characters of text in ``value`` as Budget._fit counts them, or None when a text in
    it is too long and must be fitted. Most entries need no fitting: counting them without
    copying them took a tenth of the reading of a long sheet."""
    total, waiting = 0, [value]
    while waiting:  # a walk without a call per text: an entry holds hundreds
        item = waiting.pop()
        if isinstance(item, str):
            if len(item) > texts.MAX_TEXT_LENGTH:
                return None
            total += len(item)
        elif isinstance(item, dict):
            waiting.extend(item.values())
        elif isinstance(item, list):
            waiting.extend(item)
    return total


def _place(entry: Entry) -> Place:
    return Place(*entry.origin) if entry.origin else Place()
