"""A change-log entry's values: canonical JSON text, which the hash is taken over, and back.

Before and after are kept as the exact text that was hashed (models/change_log.py); these turn
a snapshot value into that text and the text into the value again, and name an item the way
its entries name it.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, overload

from . import snapshots
from .models.base import text_in

_UNORDERED = frozenset({*snapshots.ACTIVITY_LINKS, "sub_processors"})


@overload
def tidy(snap: dict) -> dict: ...
@overload
def tidy(snap: None) -> None: ...
@overload
def tidy(snap: dict | None) -> dict | None: ...


def tidy(snap: dict | None) -> dict | None:
    if snap is None:
        return None
    return {
        key: sorted(found) if key in _UNORDERED and isinstance(found, list) else found for key, found in snap.items()
    }


def canonical(value: Any) -> str:
    """One JSON text per value: sorted keys, no spaces, Unicode as is."""
    # json's own walk with a fallback for enums and dates: walking it first in Python cost an
    # import of 2,000 activities half a second.
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_json_value)


def _plain(value: Any) -> Any:
    """An enum, a date or a decimal as JSON holds it; anything else as it is."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _json_value(value: Any) -> Any:
    plain = _plain(value)
    if plain is value:  # json.dumps asks only for what it cannot write itself
        raise TypeError(f"{type(value).__name__} is not a value of a snapshot")
    return plain


def jsonable(value: Any) -> Any:
    """A snapshot value as JSON holds it: enums by value, dates as ISO text."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return _plain(value)


def display_name(kind: str, snap: dict, item_id: int | None) -> str:
    for key in ("name", "legal_name", "reference", "country_code", "country"):
        value = snap.get(key)
        if isinstance(value, dict):
            value = text_in(value, "nl", "en")
        if value:
            return str(value)
    return f"{kind} {item_id}"


def value(text: str | None) -> Any:
    """An entry's before or after as the value it was (None when there was none)."""
    return None if text is None else json.loads(text)
