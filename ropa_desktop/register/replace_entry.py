"""One catalogue entry replaced by another wherever it is used, or merged into it: how an officer
tidies up two entries that mean the same ("Customers" and "Clients") without editing every
activity by hand.

Where an entry is used comes from usage.uses, the one place that knows every link; this module
only knows how each such field holds its ids. Each way (the replacement, its undo) is one
transaction: it lands whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import errors, kinds, snapshots, usage
from .errors import RegisterError
from .operations import Change
from .snapshots import Snapshot
from .storage import Register

# The kinds whose entries other items refer to (usage.uses answers for these).
CATALOGUES = (kinds.DATA_CATEGORY, kinds.DATA_SUBJECT, kinds.RECIPIENT, kinds.TRANSFER, kinds.SECURITY_MEASURE)
# Free text for the register only: a merge keeps both, one after the other.
_NOTES = ("notes",)
# An entry's own list of entries of its kind that a merge adds up (a processor's sub-processors).
_OWN_LISTS = ("sub_processors",)
# usage.uses names an activity once although it may refer to the entry in two fields (a data
# category and a retention rule naming it): ask again until nothing refers to the entry.
_MOST_PASSES = 4


@dataclass(frozen=True)
class Replaced:
    """What a replacement changed, all that its undo needs: the entry as it was (with its
    position), each referring item's changed fields as they were, and, for a merge, the fields
    of the entry kept as they were."""

    kind: str
    item_id: int
    by_id: int
    merged: bool
    entry: Snapshot
    before: tuple[tuple[str, int, Snapshot], ...]
    kept_before: Snapshot


def replace(
    register: Register, kind: str, item_id: int, by_kind: str, by_id: int, merge: bool = False
) -> tuple[Replaced, list[Change]]:
    """Make every reference to entry ``item_id`` of ``kind`` point to entry ``by_id`` instead,
    then delete ``item_id``. An item that referred to both keeps one reference, in the place it
    had for ``by_id`` (else in the place it had for ``item_id``). With ``merge``, ``by_id`` also
    takes the texts of ``item_id`` in the languages where its own are empty, its notes and its
    sub-processors. Refused (INVALID) for an entry replaced by itself, by another kind or outside
    the catalogues; NOT_FOUND when either entry no longer exists."""
    _check(kind, item_id, by_kind, by_id)
    model = kinds.MODELS[kind]
    with register.transaction() as session:
        entry, kept = session.get(model, item_id), session.get(model, by_id)
        if entry is None or kept is None:
            missing = item_id if entry is None else by_id
            raise RegisterError(f"{kind} {missing} no longer exists", errors.NOT_FOUND)
        entry_snap = snapshots.read_object(kind, entry)
        entry_snap["position"] = getattr(entry, "position", None)
        before = _point_elsewhere(session, kind, item_id, by_id)
        kept_before: Snapshot = {}
        if merge:
            kept_snap = snapshots.read_object(kind, kept)
            taken = _merged(entry_snap, kept_snap, by_id)
            kept_before = {name: kept_snap[name] for name in taken}
            snapshots.write(session, kind, by_id, taken)
        session.delete(entry)
    record = Replaced(
        kind, item_id, by_id, merge, entry_snap, tuple((k, i, fields) for (k, i), fields in before.items()), kept_before
    )
    return record, _changes(record)


def undo(register: Register, replaced: Replaced) -> list[Change]:
    """Put the replaced entry back under its id, and every field the replacement changed (in the
    items that referred to it and, after a merge, in the entry kept) as it was."""
    with register.transaction() as session:
        if session.get(kinds.MODELS[replaced.kind], replaced.item_id) is not None:
            raise RegisterError(f"{replaced.kind} {replaced.item_id} exists again; nothing was put back", errors.EXISTS)
        snapshots.write(session, replaced.kind, replaced.item_id, replaced.entry)
        session.flush()  # the items below refer to it again
        # The kept entry's texts first: its own list of sub-processors, where it named the
        # replaced entry, was read for the merge after it was rewritten, so the items' fields win.
        if replaced.kept_before:
            snapshots.write(session, replaced.kind, replaced.by_id, replaced.kept_before)
        for item_kind, item_id, fields in replaced.before:
            snapshots.write(session, item_kind, item_id, fields)
    return _changes(replaced)


def _check(kind: str, item_id: int, by_kind: str, by_id: int) -> None:
    if kind not in CATALOGUES:
        raise RegisterError(f"a {kind} is not a catalogue entry; only those can be replaced", errors.INVALID)
    if by_kind != kind:
        raise RegisterError(f"a {kind} can only be replaced by another {kind}, not by a {by_kind}", errors.INVALID)
    if by_id == item_id:
        raise RegisterError(f"{kind} {item_id} cannot be replaced by itself", errors.INVALID)


def _point_elsewhere(session, kind: str, item_id: int, by_id: int) -> dict[tuple[str, int], Snapshot]:
    """Rewrite every field that refers to ``item_id``; returns those fields as they were, by item."""
    before: dict[tuple[str, int], Snapshot] = {}
    for _pass in range(_MOST_PASSES):
        found = usage.uses(session, kind, item_id)
        if not found:
            return before
        for use in found:
            snap = snapshots.read(session, use.kind, use.item_id)
            assert snap is not None, "an item that usage.uses found in this session"
            old = snap[use.field]
            owner = use.item_id if use.kind == kind else None
            new = _REWRITE.get(use.field, _ids)(old, item_id, by_id, owner)
            before.setdefault((use.kind, use.item_id), {}).setdefault(use.field, old)
            snapshots.write(session, use.kind, use.item_id, {use.field: new})
        session.flush()
    raise RegisterError(
        f"{kind} {item_id} is still referred to after replacing it; nothing was changed", errors.INVALID
    )


# How each kind of field holds entry ids, rewritten from ``old`` to ``new``. ``owner`` is the
# item holding the field when it is an entry of the same kind (which never lists itself).


def _ids(ids: list[int], old: int, new: int, owner: int | None = None) -> list[int]:
    if new in ids or new == owner:
        return [i for i in ids if i != old]
    return [new if i == old else i for i in ids]


def _scalar(value: int | None, old: int, new: int, owner: int | None = None) -> int | None:
    return new if value == old else value


def _categories(links: list[dict], old: int, new: int, owner: int | None = None) -> list[dict]:
    """An activity's data categories: where it had both, the kept one also takes the activity's
    own wording of the replaced one in the languages it had none for."""
    replaced = next((link for link in links if link["id"] == old), None)
    if replaced is None:
        return links
    kept = next((link for link in links if link["id"] == new), None)
    if kept is None:
        return [dict(link, id=new) if link is replaced else link for link in links]
    wording = _filled(kept.get("wording") or {}, replaced.get("wording") or {})
    return [dict(link, wording=wording) if link is kept else link for link in links if link is not replaced]


def _rules(rules: list[dict], old: int, new: int, owner: int | None = None) -> list[dict]:
    return [dict(rule, data_category_ids=_ids(rule.get("data_category_ids") or [], old, new)) for rule in rules]


def _offices(offices: list[dict], old: int, new: int, owner: int | None = None) -> list[dict]:
    return [dict(office, group_entity_id=_scalar(office.get("group_entity_id"), old, new)) for office in offices]


# (the field's value, old id, new id, owner) -> the field's new value
_REWRITE: dict[str, Callable[[Any, int, int, int | None], Any]] = {
    "data_categories": _categories,
    "retention_rules": _rules,
    "recipient_id": _scalar,
    "offices": _offices,
}


def _merged(entry: Snapshot, kept: Snapshot, kept_id: int) -> Snapshot:
    """The fields of ``kept`` that a merge of ``entry`` into it changes, with their new values."""
    taken: dict[str, Any] = {}
    for name, value in entry.items():
        # A snapshot's values are of the field's type: a text, texts per language, a list of ids.
        mine: Any = kept.get(name)
        new: Any
        if isinstance(value, dict) and isinstance(mine, dict):
            new = _filled(mine, value)
        elif name in _NOTES and value and value.strip() and value.strip() not in (mine or ""):
            new = f"{mine.rstrip()}\n\n{value.strip()}" if mine and mine.strip() else value
        elif name in _OWN_LISTS:
            new = list(dict.fromkeys([*mine, *(i for i in value if i != kept_id)]))
        else:
            continue
        if new != mine:
            taken[name] = new
    return taken


def _filled(mine: dict[str, str], theirs: dict[str, str]) -> dict[str, str]:
    """``mine`` with ``theirs`` in the languages where ``mine`` is empty."""
    filled = dict(mine)
    for lang, text in theirs.items():
        if text and text.strip() and not (filled.get(lang) or "").strip():
            filled[lang] = text
    return filled


def _changes(replaced: Replaced) -> list[Change]:
    changes = [Change(replaced.kind, (replaced.item_id, replaced.by_id), structure=True)]
    by_kind: dict[str, list[int]] = {}
    for item_kind, item_id, _fields in replaced.before:
        by_kind.setdefault(item_kind, []).append(item_id)
    changes += [Change(item_kind, tuple(ids)) for item_kind, ids in by_kind.items()]
    return changes
