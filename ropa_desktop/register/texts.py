"""What the register accepts as text, and the check that guards every write.

A text is accepted when every output (statement HTML/Markdown/text/PDF, workbook, dossier) can
render it: no control characters other than tab and line feed (XML and Excel refuse them, HTML
would carry them raw), no lone surrogates (no encoder writes them), no noncharacters (Excel
refuses U+FFFE/U+FFFF), and not longer than the limits below.

Limits, per language:
- ``MAX_NAME_LENGTH`` (300) for names and short labels: the longest short column of the schema
  (an organisation's legal name, a contact's name) is 300, and a 300-character name still wraps
  into a heading of a few lines in the dossier.
- ``MAX_TEXT_LENGTH`` (16,000) for a long text: about eight printed pages, far beyond any real
  explanation. Excel holds 32,767 UTF-16 units in a cell and a character may take two (emoji),
  so even then a text fits one workbook cell with a label joined to it.
A plain text column with a declared length (``String(200)``) keeps that length as its limit, since
PostgreSQL enforces it.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from . import errors
from .errors import RegisterError

MAX_NAME_LENGTH = 300
MAX_TEXT_LENGTH = 16_000

# Reason codes of problem().
CONTROL_CHARACTER = "control_character"
SURROGATE = "surrogate"
NONCHARACTER = "noncharacter"
TOO_LONG = "too_long"

# C0 (except tab and line feed), DEL and C1.
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_SURROGATE = "\ud800-\udfff"
# U+FDD0..U+FDEF and the last two code points of every plane.
_NONCHARACTER = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
_CONTROL_RE = re.compile(f"[{_CONTROL}]")
_SURROGATE_RE = re.compile(f"[{_SURROGATE}]")
_NONCHARACTER_RE = re.compile(f"[{_NONCHARACTER}]")
_REFUSED_RE = re.compile(f"[{_CONTROL}{_SURROGATE}{_NONCHARACTER}]")

# Localised (per-language) columns holding a name or short label rather than a long text.
NAME_COLUMNS = frozenset({"name", "data_heading"})

_PROBLEM_WORDS = {
    CONTROL_CHARACTER: "contains a control character ({char})",
    SURROGATE: "contains an invalid character (a lone surrogate {char})",
    NONCHARACTER: "contains a noncharacter ({char})",
}


def clean(text: str) -> str:
    """What an import does to incoming text: line breaks become ``\\n``, and every character
    problem() refuses is removed (the length is left alone: too long is reported, not cut)."""
    if "\r" not in text and not _REFUSED_RE.search(text):
        return text  # nearly every text: one search instead of three passes (an import cleans 450,000)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _REFUSED_RE.sub("", text)


def problem(text: str, *, name: bool = False, limit: int | None = None) -> str | None:
    """None when the register accepts ``text``, else a reason code (``control_character``,
    ``surrogate``, ``noncharacter``, ``too_long``). ``name``: a name or short label."""
    if limit is None:
        limit = MAX_NAME_LENGTH if name else MAX_TEXT_LENGTH
    if _CONTROL_RE.search(text):
        return CONTROL_CHARACTER
    if _SURROGATE_RE.search(text):
        return SURROGATE
    if _NONCHARACTER_RE.search(text):
        return NONCHARACTER
    if len(text) > limit:
        return TOO_LONG
    return None


def first_refused(text: str) -> str | None:
    """The first refused character as ``U+XXXX``, for a message."""
    found = _REFUSED_RE.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


class TextRefused(RegisterError):
    """A text the register does not accept; nothing was saved.

    ``field`` is the column ("name"), ``language`` the language key or "", ``problem`` the
    reason code of problem(), ``limit`` the length limit that applied.
    """

    def __init__(self, field: str, language: str, reason: str, limit: int, char: str | None):
        self.field = field
        self.language = language
        self.problem = reason
        self.limit = limit
        self.char = char
        super().__init__(f"{describe(field, language, reason, limit, char)}; nothing was saved", errors.INVALID, field)


def describe(field: str, language: str, reason: str, limit: int, char: str | None = None) -> str:
    """One English sentence (without the full stop): "The name (en) is longer than 300 characters"."""
    label = field.replace("_", " ") + (f" ({language})" if language else "")
    if reason == TOO_LONG:
        return f"The {label} is longer than {limit:,} characters"
    return f"The {label} {_PROBLEM_WORDS[reason].format(char=char or '')}"


def check_value(field: str, value: Any, *, name: bool = False, limit: int | None = None) -> None:
    """Raise TextRefused for the first text in ``value`` (a str, or JSON: per-language dict,
    key list) that the register does not accept."""
    if limit is None:
        limit = MAX_NAME_LENGTH if name else MAX_TEXT_LENGTH
    for language, text in _texts(value):
        reason = problem(text, limit=limit)
        if reason:
            raise TextRefused(field, language, reason, limit, first_refused(text))


def _texts(value: Any, language: str = ""):
    if isinstance(value, str):
        yield language, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                yield from _texts(key, language)
            yield from _texts(item, key if isinstance(key, str) and not language else language)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item, language)


def _limit(column_attr) -> int:
    """The most characters a mapped column keeps per text: its declared length, else that of a
    name or of a long text."""
    columns = getattr(column_attr, "columns", ())
    column_type = columns[0].type if columns else None
    if isinstance(column_type, String) and column_type.length:
        return column_type.length
    return MAX_NAME_LENGTH if column_attr.key in NAME_COLUMNS else MAX_TEXT_LENGTH


def limit_of(model, key: str) -> int:
    """The most characters column ``key`` of ``model`` keeps per text (per language)."""
    return _limit(inspect(model).column_attrs[key])


def find(model, key: str, value: Any) -> tuple[str, str, int, str | None] | None:
    """The first text of column ``key`` of ``model`` that the register refuses, as
    (language, reason, limit, character), or None; for a form that marks a field as it is typed."""
    attr = inspect(model).column_attrs.get(key)
    if attr is None or value is None:
        return None
    used = limit_of(model, key)
    for language, text in _texts(value):
        reason = problem(text, limit=used)
        if reason:
            return language, reason, used, first_refused(text)
    return None


def check_object(obj: Any, *, only_changed: bool) -> None:
    """Check the text columns of one mapped object: all of them, or only those changed."""
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        if only_changed and not state.attrs[attr.key].history.has_changes() and attr.key not in state.committed_state:
            continue
        value = state.dict.get(attr.key)
        if value is None:
            continue
        check_value(attr.key, value, limit=_limit(attr))


def check_row(model, values: dict) -> None:
    """Check a row about to be inserted without the ORM (register/bulk.py) as the flush checks
    a new object of ``model``: every text column that holds a value."""
    for attr, limit in _text_columns(model):
        value = values.get(attr)
        if value and not _accepted(value, limit):  # None, "", {} and [] hold no text
            check_value(attr, value, limit=limit)  # says which text and why


def _accepted(value: Any, limit: int) -> bool:
    """Every text in ``value`` accepted, as check_value would find (one search a text instead
    of three: an import checks some 150,000 texts this way)."""
    if isinstance(value, str):
        return len(value) <= limit and not _REFUSED_RE.search(value)
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and (len(key) > limit or _REFUSED_RE.search(key)):
                return False
            if item.__class__ is str:  # a text per language, checked here rather than by a call
                if len(item) > limit or _REFUSED_RE.search(item):
                    return False
            elif item and not _accepted(item, limit):
                return False
        return True
    if isinstance(value, (list, tuple)):
        for item in value:
            if item and not _accepted(item, limit):
                return False
    return True


_COLUMN_LIMITS: dict = {}


def _text_columns(model) -> list[tuple[str, int]]:
    found = _COLUMN_LIMITS.get(model)
    if found is None:
        found = _COLUMN_LIMITS[model] = [(attr.key, _limit(attr)) for attr in inspect(model).column_attrs]
    return found


def _before_flush(session: Session, _flush_context, _instances) -> None:
    for obj in session.new:
        check_object(obj, only_changed=False)
    for obj in session.dirty:
        check_object(obj, only_changed=True)


def _needs_cleaning(value: Any) -> bool:
    return any("\r" in text or _REFUSED_RE.search(text) for _language, text in _texts(value))


def repaired(value: Any) -> Any:
    """``value`` (a text or JSON of texts) as the register accepts it: itself when it is
    already, else a copy with every text clean()ed. For readers that bypass the ORM."""
    if isinstance(value, str):
        return clean(value) if _needs_cleaning(value) else value
    if isinstance(value, dict):
        return {key: repaired(item) for key, item in value.items()} if _needs_cleaning(value) else value
    if isinstance(value, list):
        return [repaired(item) for item in value] if _needs_cleaning(value) else value
    return value


def _clean_in_place(value: Any) -> None:
    """Clean the texts of a JSON value without telling the unit of work (nothing is written
    until the officer saves that field)."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in list(items):
        if isinstance(item, str):
            (dict if isinstance(value, dict) else list).__setitem__(value, key, clean(item))
        elif isinstance(item, (dict, list)):
            _clean_in_place(item)


def _repair_loaded(_session: Session, instance: Any) -> None:
    """A register written before these rules may hold texts no output can render (a lone
    surrogate breaks every export): they are read as clean() makes them."""
    state = inspect(instance)
    for attr in state.mapper.column_attrs:
        value = state.dict.get(attr.key)
        if not isinstance(value, (str, dict, list)) or not _needs_cleaning(value):
            continue
        if isinstance(value, str):
            set_committed_value(instance, attr.key, clean(value))
        else:
            _clean_in_place(value)


def watch(sessions) -> None:
    """Check every text written through ``sessions`` (a sessionmaker or Session class), and
    read the texts of older registers as the register accepts them."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "loaded_as_persistent", _repair_loaded)
