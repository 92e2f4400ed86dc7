"""What the import says, in the officer's language: a refusal (nothing was imported) or a
note (imported, with a remark), each with the sheet, row and column where there is one.

Messages are kept as a code and its values and worded only when shown, so the window can
show them in its own language and the command line in the one asked for
(resources/import/messages.toml)."""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from ...register.models import text_in
from ...resources_path import load_toml


def _messages() -> dict:
    return load_toml("import", "messages.toml")  # parsed once (load_toml caches)


def word(group: str, key: str, language: str) -> str:
    return text_in(_messages()[group][key], language, "en")


@dataclass(frozen=True)
class Place:
    """A place in a workbook; row and column count from 1, as the spreadsheet shows them."""

    sheet: str = ""
    row: int | None = None
    column: int | None = None

    def words(self, language: str) -> str:
        parts = []
        if self.sheet:
            parts.append(word("where", "sheet", language).format(sheet=self.sheet))
        if self.row:
            parts.append(word("where", "row", language).format(row=self.row))
        if self.column:
            parts.append(word("where", "column", language).format(column=get_column_letter(self.column)))
        return ", ".join(parts)


@dataclass(frozen=True)
class Message:
    code: str
    place: Place = Place()
    values: dict = field(default_factory=dict)

    def words(self, language: str, group: str) -> str:
        # A value given per language ({"nl": "Frans", "en": "French"}) is worded when shown.
        values = {
            key: (value.get(language) or value.get("en", "")) if isinstance(value, dict) else value
            for key, value in self.values.items()
        }
        values.setdefault("where", self.place.words(language))
        if "column" in values and isinstance(values["column"], int):
            values["column"] = get_column_letter(values["column"])
        text = word(group, self.code, language).format(**values)
        return text[:1].upper() + text[1:]


class ImportRefused(Exception):
    """The file cannot be imported; the register was not touched."""

    def __init__(self, code: str, place: Place = Place(), **values):
        self.message = Message(code, place, values)
        super().__init__(self.words("en"))

    def words(self, language: str) -> str:
        return self.message.words(language, "refused")


@dataclass(frozen=True)
class Note(Message):
    """Something imported with a remark, or something not understood."""

    def text(self, language: str) -> str:
        return self.words(language, "note")


@dataclass(frozen=True)
class Guess:
    """A cell the import read by judgement, not by rule, for the officer to confirm before
    importing (issue 14 point 9): a role taken from a column's heading, legal bases read from
    bare letters, a transfer whose country is not named, a combined cell split in two.

    ``what`` names the kind of guess (a key of [guess] in resources/import/messages.toml),
    ``text`` is the cell as written and ``result`` what the import made of it, in plain words
    already (the register's vocabulary labels), so the window and `ropa import --dry-run`
    show the same list."""

    what: str
    place: Place
    text: str
    result: str
