"""Importing our own workbook three ways: the register as it was at the export, as it is now,
and as the workbook says.

An officer exports the register, edits the workbook for a week and imports it back; a colleague
changed the register meanwhile. Taken as it stands, the workbook would write its week-old values
over the colleague's changes without a word: a lost update. So the export notes where it stood
in the register's history (``Stamp``: the change log's last entry then, by sequence and hash),
and the import of such a workbook into the same history compares, for each field of each item
the workbook matches that someone changed since the export:

- workbook as at the export: the officer left it alone, the register's value stays;
- register as at the export: only the officer changed it, the workbook's value goes in;
- both changed, to different values: a conflict. Any conflict refuses the whole import
  (the caller raises; nothing is written), naming who changed the register's value and when.

Only the items a later entry of the log touches are looked at, and the register as it was is
rebuilt from the log (as_of.rebuild) only when one of them is in the workbook: importing a
workbook nobody changed the register behind costs one query more. Items added or removed on
either side, fields the log did not know at the export and the order of lists are left to the
merge as before (register/merge.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import as_of, kinds, snapshots
from .change_log_entries import STATEMENT_TEXTS
from .change_log_values import jsonable, tidy
from .models import ChangeLogEntry
from .models.change_log import CHANGED

# Fields that are bookkeeping, not the officer's content: the merge handles them as before.
_SKIPPED = frozenset({"id", "position", "created_at", "updated_at", snapshots.VERSION})


@dataclass(frozen=True)
class Stamp:
    """Where an export stood in the register's history: its change log's last entry then.
    The entry's hash is chained to every entry before it, so it names this history up to that
    point: a copy of the register (ropa copy, Save a copy) shares it, another register or a
    copy whose log went its own way since does not."""

    sequence: int
    entry_hash: str


def stamp(session: Session) -> Stamp | None:
    """The register's place in its history now; None when its log is empty."""
    last = session.execute(
        select(ChangeLogEntry.sequence, ChangeLogEntry.entry_hash).order_by(ChangeLogEntry.sequence.desc()).limit(1)
    ).first()
    return None if last is None else Stamp(last[0], last[1])


@dataclass(frozen=True)
class Change:
    """Who last changed a field after the export, and when (UTC)."""

    who: str
    who_name: str
    recorded_at: datetime
    origin: str


@dataclass(frozen=True)
class Conflict:
    """A field the officer changed in the workbook and someone else in the register, differently.
    Values as the change log keeps them (links by id, texts per language)."""

    kind: str
    item_id: int
    field: str
    register: Any
    workbook: Any
    change: Change | None  # None: no entry says who (the register differs from the log)


@dataclass
class ThreeWay:
    """The import's view of what changed since the export (``begin``)."""

    session: Session
    sequence: int
    # The items later entries touch, each with the last change of each field (whole-item entries
    # under the field "").
    changed: dict[tuple[str, int], dict[str, Change]]
    conflicts: list[Conflict] = field(default_factory=list)
    _base: dict | None = None

    @classmethod
    def begin(cls, session: Session, exported: Stamp | None) -> ThreeWay | None:
        """None (the merge as before) for a workbook without a stamp, from another history, or
        when no entry was recorded after the export: then nothing can be lost."""
        if exported is None or exported.sequence < 1:
            return None
        found = session.scalar(select(ChangeLogEntry.entry_hash).where(ChangeLogEntry.sequence == exported.sequence))
        if found != exported.entry_hash:
            return None
        changed: dict[tuple[str, int], dict[str, Change]] = {}
        rows = session.execute(
            select(
                ChangeLogEntry.item_kind,
                ChangeLogEntry.item_id,
                ChangeLogEntry.action,
                ChangeLogEntry.field,
                ChangeLogEntry.who,
                ChangeLogEntry.who_name,
                ChangeLogEntry.recorded_at,
                ChangeLogEntry.origin,
            )
            .where(ChangeLogEntry.sequence > exported.sequence)
            .order_by(ChangeLogEntry.sequence)
        )
        for kind, item_id, action, key, who, who_name, recorded_at, origin in rows:
            if kind not in kinds.MODELS or item_id is None:  # an established version or a publication: not an item
                continue
            changed.setdefault((kind, item_id), {})[key if action == CHANGED else ""] = Change(
                who, who_name, recorded_at, origin
            )
        if not changed:
            return None
        return cls(session, exported.sequence, changed)

    def touched(self, kind: str, item_id: int) -> bool:
        return (kind, item_id) in self.changed

    def base(self) -> dict:
        """The register as it was at the export, rebuilt once, when first needed."""
        if self._base is None:
            self._base = as_of.rebuild(self.session, sequence=self.sequence)
        return self._base

    def resolve(self, kind: str, item_id: int, current: dict, snap: dict, written: dict) -> tuple[dict, bool]:
        """``snap`` (the workbook's entry for the item) with each field the officer left alone
        set back to the register's value; ``written``: the item as ``snap`` would leave it
        (merge._as_written). Returns the snap to write and whether it keeps a change of someone
        else's (the item is then changed now, not when the workbook says)."""
        if not self.touched(kind, item_id):
            return snap, False
        result, kept = dict(snap), False
        for key in snap:
            if key in _SKIPPED:
                continue
            value, keep = self.field(kind, item_id, key, current.get(key), written.get(key))
            if keep:
                result[key], kept = value, True
        return result, kept

    def field(self, kind: str, item_id: int, key: str, current: Any, wanted: Any) -> tuple[Any, bool]:
        """One field: (``current``, True) when the register's value stays, else (``wanted``,
        False); a conflict is noted (and ``wanted`` returned: the import is refused anyway)."""
        base = self.base().get((kind, item_id)) if self.touched(kind, item_id) else None
        if base is None or key not in base:
            return wanted, False  # not in the register at the export, or a field it did not have
        return self._decide(
            kind, item_id, key, key, base[key], _logged(key, current), _logged(key, wanted), current, wanted
        )

    def statement_text(self, organisation_id: int, phrase: str, current: dict, wanted: dict) -> tuple[dict, bool]:
        """The register's own wording of one phrase of the statement (kept on the organisation
        in the log, all phrases as one field): as ``field``, phrase by phrase."""
        base = (
            self.base().get((kinds.ORGANISATION, organisation_id))
            if self.touched(kinds.ORGANISATION, organisation_id)
            else None
        )
        if base is None or not isinstance(base.get(STATEMENT_TEXTS), dict):
            return wanted, False
        then = base[STATEMENT_TEXTS].get(phrase) or {}
        return self._decide(
            kinds.ORGANISATION,
            organisation_id,
            STATEMENT_TEXTS,
            phrase,
            then,
            jsonable(current),
            jsonable(wanted),
            current,
            wanted,
        )

    def _decide(self, kind: str, item_id: int, logged_as: str, key: str, then, now, workbook, current, wanted):
        if workbook == now or now == then:
            return wanted, False  # the same either way, or only the officer changed it
        if workbook == then:
            return current, True  # only someone else changed it: theirs stays
        changes = self.changed[(kind, item_id)]
        self.conflicts.append(Conflict(kind, item_id, key, now, workbook, changes.get(logged_as) or changes.get("")))
        return wanted, False


def _logged(key: str, found: Any) -> Any:
    """A field's value as the change log keeps it (links sorted, enums and dates as JSON)."""
    return jsonable(tidy({key: found})[key])
