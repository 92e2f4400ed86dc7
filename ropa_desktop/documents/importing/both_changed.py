"""The refusal of our own workbook when the officer and someone else changed the same field
since the export (register/three_way.py): every such field named in words, with both values and
who changed the register's value when, in English or Dutch.

A RegisterError with code CONFLICT, so callers that only know register errors refuse it as one;
``words(language)`` is what the command line and the import wizard show.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ...register import as_of, errors, snapshots
from ...register.change_log_values import display_name
from ...register.errors import RegisterError
from ...register.register_diff import named
from ...register.three_way import Change, ThreeWay
from ..change_history import shown
from ..field_names import field_name, item_title, origin_word

_INTRO = {
    "en": "Not imported: since this workbook was exported, someone changed the register where the workbook "
    "was changed too. Nothing was written. Both changed:",
    "nl": "Niet geïmporteerd: sinds deze werkmap werd geëxporteerd, heeft iemand het register gewijzigd waar "
    "ook de werkmap is gewijzigd. Er is niets opgeslagen. Beide gewijzigd:",
}
_LINE = {
    "en": "{item}, {field}: the register has {register} ({change}); the workbook has {workbook}.",
    "nl": "{item}, {field}: in het register {register} ({change}); in de werkmap {workbook}.",
}
_CHANGE = {"en": "changed by {who} on {when}, {origin}", "nl": "gewijzigd door {who} op {when}, {origin}"}
_UNKNOWN = {"en": "changed since the export", "nl": "gewijzigd sinds de export"}
_ADVICE = {
    "en": "Export the register anew, make your changes in the new workbook and import that one.",
    "nl": "Exporteer het register opnieuw, breng uw wijzigingen aan in de nieuwe werkmap en importeer die.",
}


@dataclass(frozen=True)
class Said:
    """One field both changed, ready to be worded: names and linked entries already resolved."""

    kind: str
    item: str  # the item's name as the register holds it now
    field: str
    register: object
    workbook: object
    change: Change | None


class ImportConflict(RegisterError):
    def __init__(self, found: list[Said]):
        self.found = found
        super().__init__(self.words("en"), errors.CONFLICT)

    def words(self, language: str) -> str:
        language = language if language in _INTRO else "en"
        lines = [_INTRO[language]]
        for said in self.found:
            lines.append(
                "\u2022 "
                + _LINE[language].format(
                    item=item_title(said.kind, said.item, language),
                    field=field_name(said.field, language),
                    register=shown(said.register, language, said.kind, said.field),
                    workbook=shown(said.workbook, language, said.kind, said.field),
                    change=_change(said.change, language),
                )
            )
        lines.append(_ADVICE[language])
        return "\n".join(lines)


def _change(change: Change | None, language: str) -> str:
    if change is None:
        return _UNKNOWN[language]
    who = f"{change.who_name} ({change.who})" if change.who_name else change.who
    return _CHANGE[language].format(
        who=who, when=f"{change.recorded_at:%Y-%m-%d %H:%M} UTC", origin=origin_word(change.origin, language)
    )


def refusal(session: Session, three_way: ThreeWay) -> ImportConflict:
    """The refusal for the conflicts ``three_way`` found, read in the import's own transaction
    (before it is rolled back). Linked entries are named as the register's log knows them."""
    items = {**three_way.base(), **as_of.rebuild(session)}
    found = []
    for conflict in three_way.conflicts:
        snap = snapshots.read(session, conflict.kind, conflict.item_id) or items.get((conflict.kind, conflict.item_id))
        found.append(
            Said(
                conflict.kind,
                display_name(conflict.kind, snap or {}, conflict.item_id),
                conflict.field,
                named(conflict.field, conflict.register, items),
                named(conflict.field, conflict.workbook, items),
                conflict.change,
            )
        )
    return ImportConflict(found)
