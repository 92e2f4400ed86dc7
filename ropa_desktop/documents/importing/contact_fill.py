"""What the contact block above the table (contact_block.py) brings to the register's
organisation: only what the register leaves empty. What the officer entered is never
overwritten: where the register holds something else, the report says what the sheet gives
and that the register keeps its own. Each field filled is a guess (kind "contact_block") that
the officer sees before importing and can keep out (the review's cell corrections).

An address is one thing: its street, postal code and city are filled together or, when the
register holds another address, not at all. So is a person: the DPO named in the sheet is not
given the e-mail address of another DPO in the register.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from ...register.kinds import ORGANISATION
from ...register.models import text_in
from ...register.portable import Entry, PortableError, checked
from ...register.reference.countries import country_name
from ...resources_path import load_toml
from .contact_block import ORGANISATION as OWN
from .contact_block import ContactBlock, Detail
from .problems import Guess, ImportRefused, Note

GUESS = "contact_block"
_ADDRESS = ("address", "postal_code", "city")
# A contact is the same person when these agree (or one side has none).
_IDENTITY = ("name", "email")
_CONTACT_ROLES = ("privacy_contact", "dpo", "representative")
_LANGUAGES = ("nl", "en")


@dataclass
class Filled:
    entries: list[Entry] = field(default_factory=list)
    guesses: list[Guess] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    count: int = 0  # fields filled


def fill(block: ContactBlock | None, organisation: dict, language: str) -> Filled:
    """The partial organisation entry for ``block`` against ``organisation`` (the register's
    organisation as a snapshot), with its guesses and notes; ``language``: of the guesses' words."""
    done = Filled()
    if block is None:
        return done
    done.notes += [Note("contact_block_kept", line.place, {"text": line.text[:200]}) for line in block.kept]
    done.notes += [
        Note("contact_block_part" if line.part else "contact_block_unread", line.place, {"text": line.text[:200]})
        for line in block.unread
    ]
    by_role = _first(block.details, done)
    data: dict = {}
    own = by_role.get(OWN, {})
    _organisation(own, organisation, data, done, language)
    for role in _CONTACT_ROLES:
        if by_role.get(role):
            _contact(role, by_role[role], organisation.get(role) or {}, data, done, language)
    for found in (done.notes, done.guesses):  # in the sheet's order, as the officer reads it
        found.sort(key=lambda item: (item.place.row or 0, item.place.column or 0))
    if data:
        origin = block.details[0].place
        try:
            data = checked(ORGANISATION, data, partial=True)
        except PortableError as exc:  # pragma: no cover - every value was fitted to its column
            raise ImportRefused("data_entry", origin, detail=str(exc)) from None
        done.entries.append(
            Entry(
                ORGANISATION,
                f"{ORGANISATION}:contact_block",
                data,
                partial=True,
                origin=(origin.sheet, origin.row) if origin.row is not None else None,
                label=organisation.get("legal_name") or "",
            )
        )
    return done


def _first(details: list[Detail], done: Filled) -> dict[str, dict[str, Detail]]:
    """Per role, the first value of each field; a second, different one is reported."""
    by_role: dict[str, dict[str, Detail]] = {}
    for detail in details:
        fields = by_role.setdefault(detail.role, {})
        earlier = fields.get(detail.field)
        if earlier is None:
            fields[detail.field] = detail
        elif not same(earlier.value, detail.value):
            done.notes.append(
                Note(
                    "contact_block_second",
                    detail.place,
                    {
                        "text": _noted(detail.field, detail.value),
                        "what": _what(detail),
                        "kept": _noted(earlier.field, earlier.value),
                    },
                )
            )
    return by_role


def _organisation(details: dict[str, Detail], organisation: dict, data: dict, done: Filled, language: str) -> None:
    address = [details[name] for name in _ADDRESS if name in details]
    if any(organisation.get(d.field) and not same(organisation[d.field], d.value) for d in address):
        kept = ", ".join(organisation.get(name) or "" for name in _ADDRESS if organisation.get(name))
        for detail in address:
            _keeps(detail, kept[:200], done)
        address = []
    for detail in [*address, *(d for name, d in details.items() if name not in _ADDRESS)]:
        held = organisation.get(detail.field) or ""
        if not held:
            data[detail.field] = detail.value
            _filled(detail, done, language)
        elif not same(held, detail.value):
            _keeps(detail, _noted(detail.field, held), done)


def _contact(role: str, details: dict[str, Detail], held: dict, data: dict, done: Filled, language: str) -> None:
    if any(held.get(name) and name in details and not same(held[name], details[name].value) for name in _IDENTITY):
        kept = ", ".join(held[name] for name in _IDENTITY if held.get(name))
        for detail in details.values():
            _keeps(detail, kept[:200], done)
        return
    new = {}
    for name, detail in details.items():
        if not held.get(name):
            new[name] = detail.value
            _filled(detail, done, language)
        elif not same(held[name], detail.value):
            _keeps(detail, _noted(name, held[name]), done)
    if new:
        data[role] = {**held, **new}


def _filled(detail: Detail, done: Filled, language: str) -> None:
    done.count += 1
    what = _heading(detail, language)
    done.guesses.append(Guess(GUESS, detail.place, detail.text[:200], f"{what}: {_shown_value(detail, language)}"))


def _keeps(detail: Detail, kept: str | dict, done: Filled) -> None:
    done.notes.append(
        Note(
            "contact_block_keeps",
            detail.place,
            {"text": _noted(detail.field, detail.value), "what": _what(detail), "kept": kept},
        )
    )


def same(one: str, other: str) -> bool:
    """Two values are the same detail when they differ only in case, accents, spacing and
    punctuation ("Tallyhive B.V." and "Tallyhive BV", "020-1234567" and "020 123 45 67")."""
    return _folded(one) == _folded(other)


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    return re.sub(r"[\W_]+", "", "".join(c for c in text if not unicodedata.combining(c)).casefold())


# --- words ---------------------------------------------------------------------------------


@cache
def _words() -> dict:
    return load_toml("import", "contact_block.toml")["shown"]


def _what(detail: Detail) -> dict[str, str]:
    """ "e-mail address of the data protection officer", per language (a note words it when shown)."""
    words = _words()
    return {
        language: f"{text_in(words['field'][_field_key(detail)], language, 'en')} "
        f"{text_in(words['of'][detail.role], language, 'en')}"
        for language in _LANGUAGES
    }


def _heading(detail: Detail, language: str) -> str:
    """ "Data protection officer — e-mail address": what a guess filled."""
    words = _words()
    return (
        f"{text_in(words['role'][detail.role], language, 'en')} — "
        f"{text_in(words['field'][_field_key(detail)], language, 'en')}"
    )


def _field_key(detail: Detail) -> str:
    return "name" if detail.field == "name" and detail.role != OWN else detail.field


def _shown_value(detail: Detail, language: str) -> str:
    """A country by its name, not its code."""
    if detail.field == "country_code":
        return country_name(detail.value, language)
    return detail.value


def _noted(name: str, value: str) -> str | dict[str, str]:
    """A value as a note shows it: a country by its name in each language."""
    if name == "country_code" and value:
        return {language: country_name(value, language) for language in _LANGUAGES}
    return value[:200]
