"""A change-log entry in the officer's words: when (local time), who, which field (as the
item's form labels it), the value before and after, the comment and where it came from; for
the history table (history_model.py) and the change told in full (history_details.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from ..register import kinds, snapshots
from ..register.change_log_reading import Entry
from ..register.change_log_values import value
from ..register.models.change_log import ADDED, CHANGED, DELETED, ESTABLISHED, PUBLISHED, START, VERSION
from ..register.publications import ITEM_KIND as PUBLICATION
from . import labels, language, qt_time
from .kind_names import kind_name
from .search_results_model import field_label as form_label

translate = QCoreApplication.translate
SHORT = 60  # characters of a value shown in a cell; the whole value is its tooltip


def action_name(action: str) -> str:
    """An entry's action as the filter and the Field column name it."""
    names = {
        START: translate("History", "History starts here"),
        ADDED: translate("History", "Added"),
        CHANGED: translate("History", "Changed"),
        DELETED: translate("History", "Deleted"),
        ESTABLISHED: translate("History", "Version established"),
        PUBLISHED: translate("History", "Statement published"),
    }
    return names.get(action, action)


def origin_name(origin: str) -> str:
    names = {
        "window": translate("History", "window"),
        "import": translate("History", "import"),
        "command line": translate("History", "command line"),
        "migration": translate("History", "migration"),
    }
    return names.get(origin, origin)


def person(who: str, who_name: str) -> str:
    """ "Anna de Vries (anna)", or the user alone when no display name was set."""
    return f"{who_name} ({who})" if who_name else who


def field_name(kind: str, field: str) -> str:
    """The field as the item's form labels it; the snapshot key when the form has no label for it."""
    if field == "statement_texts":  # the organisation's own wording of the statement
        return translate("SearchEverything", "Own wording")
    try:
        return form_label(kind, field)
    except KeyError:
        return field


def local_time(entry: Entry, long: bool = False) -> str:
    moment = qt_time.from_register(entry.recorded_at).toLocalTime()
    if long:  # the day in words, the time without the zone's long name
        return (
            f"{QLocale().toString(moment.date(), QLocale.FormatType.LongFormat)} "
            f"{QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)}"
        )
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def value_text(found: Any) -> str:
    """A value before or after (as JSON held it) in words: a text in the interface language, a
    list joined, a row of a list by its text (a purpose by its description)."""
    if found is None or found == "" or found == [] or found == {}:
        return translate("History", "(empty)")
    if _texts(found):
        return labels.text(found)
    if isinstance(found, bool):
        return translate("History", "yes") if found else translate("History", "no")
    if isinstance(found, (str, int, float)):
        return str(found)
    if isinstance(found, list) and all(isinstance(part, (str, int, float)) for part in found):
        return ", ".join(str(part) for part in found)
    if isinstance(found, list) and all(isinstance(part, dict) for part in found):
        return "; ".join(_row_text(part) for part in found)
    return json.dumps(found, ensure_ascii=False, sort_keys=True)


def _row_text(row: dict) -> str:
    for key in ("name", "description", "wording", "city"):
        if row.get(key) and (_texts(row[key]) or isinstance(row[key], str)):
            return labels.text(row[key])
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


# The snapshot keys that hold catalogue entries by id, and the kind of those entries.
_KIND_OF_MODEL = {model: kind for kind, model in kinds.MODELS.items()}
LINKS = {
    **{key: _KIND_OF_MODEL[model] for key, model in snapshots.ACTIVITY_LINKS.items()},
    "data_categories": kinds.DATA_CATEGORY,
    "sub_processors": kinds.RECIPIENT,
    "recipient_id": kinds.RECIPIENT,
}
# The name of catalogue entry (kind, id) as the window knows it now; None when it is gone.
Names = Callable[[str, int], "str | None"]


def catalogue_names(catalogue) -> Names:
    """Names from the window's catalogue (gui/catalogue.py), read ahead for the forms."""

    def name(kind: str, item_id: int) -> str | None:
        row = next((row for row in catalogue.rows(kind) if row.id == item_id), None)
        return None if row is None else labels.text(row.name)

    return name


def _named(field: str, found: Any, names: Names | None) -> Any:
    """Catalogue entries named rather than numbered: "Hosting provider" for recipient 12."""
    kind = LINKS.get(field)
    if names is None or kind is None or found is None:
        return found

    def one(item_id: Any) -> Any:
        if not isinstance(item_id, int) or isinstance(item_id, bool):
            return item_id
        return names(kind, item_id) or f"#{item_id}"

    if isinstance(found, list):
        return [one(part.get("id")) if isinstance(part, dict) else one(part) for part in found]
    return one(found)


def _texts(found: Any) -> bool:
    """A text per language ({"nl": …, "en": …})."""
    return (
        isinstance(found, dict)
        and bool(found)
        and all(isinstance(key, str) and len(key) == 2 and isinstance(part, str) for key, part in found.items())
    )


def values(entry: Entry, full: bool = False, names: Names | None = None) -> tuple[str, str]:
    """The value before and after in words. Of a text per language, the language that changed:
    the interface language's, else the other one's marked "EN: " (a name changed only in
    English would read the same before and after); ``full``: every language, one a line.
    ``names``: catalogue entries by name (else by number)."""
    before, after = value(entry.before), value(entry.after)
    named = _named(entry.field, before, names), _named(entry.field, after, names)
    if named[0] != named[1]:  # else only what goes with the entries changed (a category's wording)
        before, after = named
    if not (_texts(before) or _texts(after)):
        return value_text(before), value_text(after)
    before, after = before if _texts(before) else {}, after if _texts(after) else {}
    codes = sorted(before.keys() | after.keys())
    if full:
        return _in_languages(before, codes), _in_languages(after, codes)
    changed = [code for code in codes if before.get(code, "") != after.get(code, "")]
    if not changed or language.current() in changed or len(codes) == 1:
        return value_text(before), value_text(after)
    code = changed[0]

    def in_one_language(side: dict) -> str:
        return f"{code.upper()}: {side.get(code) or translate('History', '(empty)')}"

    return in_one_language(before), in_one_language(after)


def _in_languages(texts: dict, codes: list[str]) -> str:
    if not any(texts.get(code) for code in codes):
        return translate("History", "(empty)")
    return "\n".join(f"{code.upper()}: {texts.get(code) or translate('History', '(empty)')}" for code in codes)


def short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "\u2026"


def comment(entry: Entry) -> str:
    """The comment given with the change; the log's own note on its first entries is not one."""
    return "" if entry.action == START else entry.comment


def item_text(entry: Entry) -> str:
    # A version and a publication are no items of the register: said with their number (the
    # name the log keeps for a publication is English).
    if entry.item_kind == VERSION:
        return translate("History", "Version %1 “%2”").replace("%1", str(entry.item_id)).replace("%2", entry.item_name)
    if entry.item_kind == PUBLICATION:
        return translate("History", "Privacy statement, publication %1").replace("%1", str(entry.item_id))
    return entry.item_name or (kind_name(entry.item_kind) if entry.item_kind in kinds.MODELS else entry.item_kind)


def added_and_removed(entry: Entry, names: Names | None = None) -> tuple[list[str], list[str]]:
    """Of a list of catalogue entries (or plain values), those added and those removed."""
    before, after = (_named(entry.field, value(side), names) for side in (entry.before, entry.after))
    if not (isinstance(before or [], list) and isinstance(after or [], list)):
        return [], []
    before, after = before or [], after or []
    if not all(isinstance(part, (str, int, float)) for part in (*before, *after)):
        return [], []
    return ([str(part) for part in after if part not in before], [str(part) for part in before if part not in after])
