"""What the check "changed since the last publication" reads: the last publication's
fingerprints, and those of today's statement.

Today's statement is built by documents/ (the statement builder), which the checks may not
import: documents hands its reader in here when it is imported (documents/__init__.py), and the
check reads nothing of the statement when no reader was handed in or nothing was published.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..register import publications
from ..register.storage import Register

# (register, languages) -> {language: fingerprint of today's statement}
_reader: Callable[[Register, list[str]], dict[str, str]] | None = None


def read_statement_with(reader: Callable[[Register, list[str]], dict[str, str]]) -> None:
    global _reader
    _reader = reader


@dataclass(frozen=True)
class LastPublication:
    number: int
    published_on: date
    published: dict[str, str]  # language -> fingerprint as published
    now: dict[str, str] | None  # language -> fingerprint of today's statement; None: not read


def last_publication(register: Register) -> LastPublication | None:
    with register.session() as session:
        last = publications.last(session)
        if last is None:
            return None
        number, published_on = last.number, last.published_on
        published = publications.fingerprints(session, number)
    now = _reader(register, sorted(published)) if _reader is not None else None
    return LastPublication(number, published_on, published, now)
