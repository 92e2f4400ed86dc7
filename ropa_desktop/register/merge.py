"""Bringing portable entries into a register: same item updated, new item added, nothing
removed.

An item is the same when it has the same name in one of its languages (case and spacing
aside); a transfer when it goes to the same country and recipient; a cookie when it has the
same name in one of its languages and is placed by the same party. Everything happens in the
caller's session, so an import is one transaction: it lands whole or not at all.

An item already in the register counts as updated when it holds something else after the
import than before it, compared as the register keeps it (links without an order, a link
listed twice once, a child row of a few fields over the row in its place): what a sheet
says differently but the register would store the same is no change, and is not written.
Rows of one sheet that match the same item are taken together and the item written once:
it counts once, by what it holds at the end, and one that ends as it was is not written.
The count then depends only on the register and the workbook, never on the order of the
rows or on what the session still holds in memory: a dry run counts what the import does,
and importing the same workbook again counts nothing and writes nothing.

Our own workbook brought back into the register it was exported from, changed since, is merged
three ways (three_way.py): what a colleague changed meanwhile stays where the workbook left
the field as exported.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from . import bulk, snapshots, versions
from .kinds import ACTIVITY, COOKIE, DATA_CATEGORY, MODELS, ORDERED_MODELS, ORGANISATION, RECIPIENT, TRANSFER, Item
from .models import Contact, Organisation, Recipient, StatementText, text_in
from .portable import (
    ACTIVITY_REFS,
    CHILD_MODELS,
    ORDER,
    RULE_CATEGORIES,
    SINGLE_REFS,
    STAMPS,
    STATEMENT_TEXT,
    Entry,
    PortableError,
    is_localized,
)
from .reference.countries import country_name
from .three_way import ThreeWay


@dataclass
class Outcome:
    """What an import did to one kind of item; the lists hold the items' names."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0


def normal_name(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def merge(
    session: Session,
    entries: list[Entry],
    progress: Callable[[int, int], None] | None = None,
    three_way: ThreeWay | None = None,
) -> dict[str, Outcome]:
    """``three_way``: our own workbook imported into the history it was exported from, changed
    since (register/three_way.py): a field the officer left alone keeps the register's value, and
    fields both changed are noted there as conflicts for the caller to refuse."""
    outcomes = {kind: Outcome() for kind in ORDER}
    by_kind: dict[str, list[Entry]] = {kind: [] for kind in ORDER}
    for entry in entries:
        if entry.kind not in by_kind:
            raise PortableError(f"unknown kind {entry.kind!r}")
        by_kind[entry.kind].append(entry)
    merger = _Merger(session, outcomes, len(entries), progress, three_way)
    # Flushing before every query (autoflush) made 2,000 activities take half a minute;
    # the merge flushes itself where it needs ids.
    with session.no_autoflush:
        for kind in ORDER:
            if by_kind[kind]:
                merger.kind(kind, by_kind[kind])
        merger.sub_processors(by_kind[RECIPIENT])
    session.flush()
    merger.count_touched()
    return outcomes


# Child rows of an activity and the text that says which row it is.
CHILD_KEYS = {"purposes": "description", "retention_rules": "wording"}


def _as_written(kind: str, held: dict, snap: dict) -> dict:
    """What an item holding ``held`` holds once ``snap`` is written into it (snapshots.write):
    child rows and contact blocks are written field by field over the rows in their place,
    links once each, everything else as given."""
    result = dict(held)
    for key, value in snap.items():
        old = held.get(key)
        if key in CHILD_MODELS and isinstance(value, list):
            blank = snapshots.blank_child(CHILD_MODELS[key])
            rows = old or []
            result[key] = [{**(rows[i] if i < len(rows) else blank), **row} for i, row in enumerate(value)]
        elif kind == ORGANISATION and isinstance(value, dict) and not is_localized(kind, key):
            result[key] = {**(old or snapshots.blank_child(Contact)), **value}  # a contact block
        elif kind == ACTIVITY and key == "data_categories" and isinstance(value, list):
            first: dict = {}
            for link in value:  # a category listed twice keeps its first place
                first.setdefault(link["id"], {"id": link["id"], "wording": link.get("wording") or {}})
            result[key] = list(first.values())
        elif key in UNORDERED.get(kind, ()) and isinstance(value, list):
            result[key] = list(dict.fromkeys(value))
        else:
            result[key] = value
    return result


def _texts(before: dict, new: dict) -> dict:
    return {**before, **{language: text for language, text in new.items() if text}}


def _child(before_rows: list[dict], index: int, row: dict, identifying: str) -> dict:
    if index >= len(before_rows):
        return row
    old = before_rows[index]
    new_texts = {k: v for k, v in (row.get(identifying) or {}).items() if v}
    if not new_texts or any((old.get(identifying) or {}).get(k) != v for k, v in new_texts.items()):
        return row  # another purpose now stands here: take the sheet's row as it is
    merged = dict(old)
    for key, value in row.items():
        merged[key] = _texts(old.get(key) or {}, value) if isinstance(value, dict) else value
    return merged


@dataclass
class _New:
    """An item the import adds, waiting to be stored with the others of its kind."""

    ref: str
    snap: dict
    stamps: dict
    obj: Item | None = None  # a catalogue entry's object (not an activity's), flushed with the others
    id: int | None = None


# The lists snapshots.read_object reads of an item, loaded with the items an import matched.
_READ_LISTS = {
    ACTIVITY: (*snapshots.ACTIVITY_LINKS, *snapshots.ACTIVITY_CHILDREN, "data_category_links"),
    RECIPIENT: ("sub_processors",),
}


# Links kept without an order (link tables): the same items in another order are the same links.
UNORDERED = {ACTIVITY: tuple(ACTIVITY_REFS), RECIPIENT: ("sub_processors",)}


def stored_form(kind: str, snap: dict) -> dict:
    """``snap`` as the register tells it apart from another: unordered links as sets."""
    keys = [key for key in UNORDERED.get(kind, ()) if isinstance(snap.get(key), list)]
    if not keys:
        return snap
    return {**snap, **{key: sorted(set(snap[key]), key=repr) for key in keys}}


@dataclass
class _Touched:
    """An item of the register an import's entries matched: what it held before them."""

    before: dict
    entry: Entry  # the last entry that matched it (its label names the item)
    written: bool  # False: the entries held nothing it did not hold already
    after: dict | None = None  # what it held once written (None: read it again)


@dataclass
class _Match:
    """An entry that matched an item already in the register, waiting to be written."""

    entry: Entry
    snap: dict
    stamps: dict


def _organisation(session: Session) -> Organisation:
    """The register's organisation (every register has one)."""
    return session.execute(select(Organisation).limit(1)).scalar_one()


class _Merger:
    def __init__(self, session: Session, outcomes, total: int, progress, three_way: ThreeWay | None = None):
        self.session = session
        self.three_way = three_way
        self.outcomes = outcomes
        self.ids: dict[str, int] = {}  # entry ref -> id in this register
        self.new: list[_New] = []  # activities to add, not stored yet
        self.added: set[int] = set()  # ids of the activities this import added
        self.added_here: set[tuple[str, int]] = set()  # (kind, id) of every item this import added
        # Items that were in the register before: the entries that matched each, written together
        # when the kind is done, then what each held before, counted when the import is done.
        self.matched: dict[int, list[_Match]] = {}
        self.touched: dict[tuple[str, int], _Touched] = {}
        # The session's identity map holds objects weakly: keep every catalogue entry here,
        # or linking to it reloads it from the database each time.
        self.kept: list = []
        self.done = 0
        self.total = total
        self.progress = progress
        self.primary = _organisation(session).primary_language

    # --- identities ---------------------------------------------------------------------

    def _keys(self, kind: str, snap: dict) -> list[tuple]:
        if kind == TRANSFER:
            return [(snap.get("country_code") or "", snap.get("recipient_id"))]
        names = snap.get("name") or {}
        keys = [(lang, normal) for lang, text in names.items() if (normal := normal_name(text))]
        if kind == COOKIE:
            return [(*key, snap.get("recipient_id"), str(snap.get("party") or "")) for key in keys]
        return keys

    def _index(self, kind: str) -> dict[tuple, int | _New]:
        model = MODELS[kind]
        if kind not in (ACTIVITY, ORGANISATION):
            self.kept.extend(self.session.scalars(select(model)))
        index: dict[tuple, int | _New] = {}
        # The fields an item is known by (_keys), read from its table.
        if kind == TRANSFER:
            names: tuple[str, ...] = ("country_code", "recipient_id")
        elif kind == COOKIE:
            names = ("name", "recipient_id", "party")
        else:
            names = ("name",)
        table = model.__table__
        for row in self.session.execute(select(table.c.id, *(table.c[name] for name in names)).order_by(table.c.id)):
            snap = dict(zip(names, row[1:], strict=True))
            for key in self._keys(kind, snap):
                index.setdefault(key, row[0])
        return index

    # --- one kind -----------------------------------------------------------------------

    def kind(self, kind: str, entries: list[Entry]) -> None:
        if kind == STATEMENT_TEXT:
            return self._statement_texts(entries)
        if kind == ORGANISATION:
            organisation = _organisation(self.session)
            for entry in entries:
                snap = self._resolved(kind, entry)
                stamps = {stamp: snap.pop(stamp) for stamp in STAMPS if stamp in snap}
                self.matched.setdefault(organisation.id, []).append(_Match(entry, snap, stamps))
            return self._write_matched(kind)
        index = self._index(kind)
        next_position = None
        ordered = ORDERED_MODELS.get(kind)
        if ordered is not None:
            highest = self.session.scalar(select(func.max(ordered.position)))
            next_position = 0 if highest is None else highest + 1
        for entry in entries:
            snap = self._resolved(kind, entry)
            stamps = {stamp: snap.pop(stamp) for stamp in STAMPS if stamp in snap}
            if kind == RECIPIENT:
                snap.pop("sub_processors", None)  # set once every recipient exists
            found = next((index[key] for key in self._keys(kind, snap) if key in index), None)
            if isinstance(found, _New):
                # An item added earlier in this import (a row repeated in a sheet): it is
                # stored now, so this entry updates it instead of adding a second one.
                self._add_new(kind, index)
                found = found.id
            if found is None:
                snap = {**entry.defaults, **snap}
                if next_position is not None:
                    snap["position"] = next_position
                    next_position += 1
                self.outcomes[kind].added.append(self._label(kind, snap, entry))
                # New items are stored together when their kind is done: activities in bulk
                # (bulk.py), catalogue entries with one flush. An object and a flush each took
                # most of an import's time; the ids are needed only by the kinds that follow.
                new = _New(entry.ref, snap, stamps)
                if kind != ACTIVITY:
                    new.obj = snapshots.write(self.session, kind, None, snap)
                    for stamp, value in stamps.items():
                        setattr(new.obj, stamp, value)
                    self.kept.append(new.obj)
                self.new.append(new)
                for key in self._keys(kind, snap):
                    index.setdefault(key, new)
                self._step()
                continue
            if (kind, found) in self.added_here:
                self._update(kind, found, entry, snap, stamps)
            else:
                self.matched.setdefault(found, []).append(_Match(entry, snap, stamps))
            item_id = found
            self.ids[entry.ref] = item_id
            for key in self._keys(kind, snap):
                index.setdefault(key, item_id)
            self._step()
        self._add_new(kind, index)
        return self._write_matched(kind)

    def _add_new(self, kind: str, index: dict) -> None:
        """Store the items waiting to be added; the index then holds their ids."""
        if not self.new:
            return
        if kind == ACTIVITY:
            ids = bulk.add_activities(self.session, [new.snap for new in self.new], [new.stamps for new in self.new])
            self.added.update(ids)
        else:
            self.session.flush()
            ids = []
            for new in self.new:
                assert new.obj is not None, "a catalogue entry's object is made when the entry is read"
                ids.append(new.obj.id)
        for new, item_id in zip(self.new, ids, strict=True):
            new.id = self.ids[new.ref] = item_id
            self.added_here.add((kind, item_id))
            for key in self._keys(kind, new.snap):
                if index.get(key) is new:
                    index[key] = item_id
        self.new = []

    def _update(self, kind: str, item_id: int, entry: Entry, snap: dict, stamps: dict) -> None:
        """An item added by an earlier row of this import, matched again: that row counted it
        as added, this one as updated when it changes it."""
        before, after = self._write(kind, item_id, [_Match(entry, snap, stamps)])
        if after is not None and stored_form(kind, after) != stored_form(kind, before):
            self.outcomes[kind].updated.append(self._label(kind, after, entry))
        else:
            self.outcomes[kind].unchanged += 1

    def _write_matched(self, kind: str) -> None:
        """Write each item already in the register once, with every entry that matched it."""
        self._load(kind, list(self.matched))
        for item_id, matches in self.matched.items():
            before, after = self._write(kind, item_id, matches)
            self.touched[(kind, item_id)] = _Touched(before, matches[-1].entry, after is not None, after)
        self.matched = {}

    def _load(self, kind: str, ids: list[int]) -> None:
        """The items with the links and rows their snapshots read, a few hundred a query: read
        one by one, an activity's nine lists were as many queries, and importing a workbook
        into the register it came from took three times as long as into an empty one."""
        lists = _READ_LISTS.get(kind)
        if not lists or len(ids) < 2:
            return
        model = MODELS[kind]
        options = [selectinload(getattr(model, name)) for name in lists]
        for start in range(0, len(ids), 500):
            query = select(model).where(model.id.in_(ids[start : start + 500])).options(*options)
            self.kept.extend(self.session.scalars(query))

    def _write(self, kind: str, item_id: int, matches: list[_Match]) -> tuple[dict, dict | None]:
        """Write the entries into the item; returns what it held before and what it holds now
        (None: not written, as the entries hold nothing it does not hold already)."""
        obj = self.session.get(MODELS[kind], item_id)
        if kind == ACTIVITY and item_id in self.added:
            versions.made_now(self.session, obj)
        before = snapshots.read_object(kind, obj)
        snap = before
        for match in matches:
            wanted = self._combined(kind, snap, match.snap) if match.entry.partial else match.snap
            # Two rows of one sheet for one item: the second goes over what the first would
            # leave, and the item is written once. Written one after the other, the item could
            # be changed and changed back, and the rows it holds made again.
            snap = wanted if len(matches) == 1 else _as_written(kind, snap, wanted)
        kept_theirs = False
        if self.three_way is not None and (kind, item_id) not in self.added_here and not matches[-1].entry.partial:
            snap, kept_theirs = self.three_way.resolve(kind, item_id, before, snap, _as_written(kind, before, snap))
        if stored_form(kind, _as_written(kind, before, snap)) == stored_form(kind, before):
            return before, None  # most items of a workbook imported again: nothing to write
        # Written, then read back: the item as the register holds it, whatever it makes of
        # the entry's texts and lists. Writing what it holds already changes nothing.
        snapshots.write(self.session, kind, item_id, snap)
        after = snapshots.read_object(kind, obj)
        last = matches[-1]
        if not last.entry.partial and stored_form(kind, after) != stored_form(kind, before):
            # Our own workbook says when the item was made and last changed; a foreign
            # sheet does not (the item then counts as changed now).
            for stamp, value in last.stamps.items():
                if not (kept_theirs and stamp == "updated_at"):  # with a colleague's change: changed now
                    setattr(obj, stamp, value)
        return before, after

    def count_touched(self) -> None:
        """Each item that was in the register before counts once: updated when it holds
        something else now than before the import (its sub-processors too), else unchanged."""
        for (kind, item_id), touched in self.touched.items():
            if not touched.written:
                self.outcomes[kind].unchanged += 1
                continue
            after = touched.after or snapshots.read_object(kind, self.session.get(MODELS[kind], item_id))
            if stored_form(kind, after) != stored_form(kind, touched.before):
                self.outcomes[kind].updated.append(self._label(kind, after, touched.entry))
            else:
                self.outcomes[kind].unchanged += 1

    def _combined(self, kind: str, before: dict, snap: dict) -> dict:
        """A partial entry's texts are added to the item's other languages, not put in
        their place: a Dutch sheet does not erase the English wording. A child row (a
        purpose, a retention rule) whose text is the same as the item's row in that place
        keeps its other languages and fields too."""
        combined = dict(snap)
        for name, value in snap.items():
            if name == "name" and isinstance(value, dict) and isinstance(before.get(name), dict):
                # Matched by name: "payroll" in a sheet does not rename "Payroll".
                value = {
                    language: before[name][language]
                    if normal_name(before[name].get(language, "")) == normal_name(text)
                    else text
                    for language, text in value.items()
                }
            if isinstance(value, dict) and isinstance(before.get(name), dict) and is_localized(kind, name):
                combined[name] = _texts(before[name], value)
            elif name in CHILD_KEYS and isinstance(value, list):
                combined[name] = [
                    _child(before.get(name) or [], index, row, CHILD_KEYS[name]) for index, row in enumerate(value)
                ]
        return combined

    def sub_processors(self, entries: list[Entry]) -> None:
        for entry in entries:
            if "sub_processors" in entry.data and entry.ref in self.ids:
                recipient = self.session.get_one(Recipient, self.ids[entry.ref])
                wanted = [self._id(r) for r in entry.data["sub_processors"]]
                if entry.partial:  # a foreign sheet names some sub-processors: the others stay
                    wanted = list(dict.fromkeys([*(r.id for r in recipient.sub_processors), *wanted]))
                elif self.three_way is not None and (RECIPIENT, recipient.id) not in self.added_here:
                    wanted, _ = self.three_way.field(
                        RECIPIENT, recipient.id, "sub_processors", [r.id for r in recipient.sub_processors], wanted
                    )
                # Kept without an order: the same sub-processors in another order are no change.
                if {r.id for r in recipient.sub_processors} != set(wanted):
                    touched = self.touched.get((RECIPIENT, recipient.id))
                    if touched is not None:  # counted by what it holds after this
                        touched.written, touched.after = True, None
                    snapshots.write(self.session, RECIPIENT, recipient.id, {"sub_processors": wanted})

    def _statement_texts(self, entries: list[Entry]) -> None:
        outcome = self.outcomes[STATEMENT_TEXT]
        for entry in entries:
            key, text = entry.data["key"], {k: v for k, v in entry.data["text"].items() if v}
            row = self.session.scalars(select(StatementText).where(StatementText.key == key)).first()
            if self.three_way is not None:  # a phrase the officer left alone keeps a colleague's wording
                organisation = self.session.execute(
                    select(Organisation.id).order_by(Organisation.id).limit(1)
                ).scalar_one()
                text, _ = self.three_way.statement_text(organisation, key, dict(row.text) if row else {}, text)
            if row is None:
                if text:
                    self.session.add(StatementText(key=key, text=text))
                    outcome.added.append(key)
            elif dict(row.text) != text:
                row.text = text
                outcome.updated.append(key)
            else:
                outcome.unchanged += 1
            self._step()

    # --- references ---------------------------------------------------------------------

    def _id(self, reference: str) -> int:
        try:
            return self.ids[reference]
        except KeyError:
            raise PortableError(f"links to {reference!r}, which is not in the workbook") from None

    def _resolved(self, kind: str, entry: Entry) -> dict:
        """The entry's snapshot with references replaced by this register's ids."""
        snap = dict(entry.data)
        if kind == ACTIVITY:
            for key in ACTIVITY_REFS:
                if key in snap:
                    snap[key] = list(dict.fromkeys(self._id(r) for r in snap[key]))
            if "data_categories" in snap:
                snap["data_categories"] = [
                    {"id": self._id(link["ref"]), "wording": link["wording"]} for link in snap["data_categories"]
                ]
            if "retention_rules" in snap:
                snap["retention_rules"] = [self._rule_categories(row) for row in snap["retention_rules"]]
        elif kind == ORGANISATION and "offices" in snap:
            snap["offices"] = [
                {
                    **office,
                    "group_entity_id": self._id(office["group_entity_id"]) if office.get("group_entity_id") else None,
                }
                for office in snap["offices"]
            ]
        for key in SINGLE_REFS.get(kind, {}):
            if snap.get(key):
                snap[key] = self._id(snap[key])
        return snap

    def _rule_categories(self, row: dict) -> dict:
        """A retention rule with the data categories it names as this register's ids."""
        if RULE_CATEGORIES not in row:
            return row
        prefix = f"{DATA_CATEGORY}:"
        for reference in row[RULE_CATEGORIES]:
            if not reference.startswith(prefix):
                raise PortableError(f"retention_rules.{RULE_CATEGORIES}: {reference[:40]!r} is not a data category")
        return {**row, RULE_CATEGORIES: list(dict.fromkeys(self._id(r) for r in row[RULE_CATEGORIES]))}

    def _label(self, kind: str, snap: dict, entry: Entry) -> str:
        if entry.label:
            return entry.label
        name = snap.get("name")
        if isinstance(name, dict):
            return text_in(name, self.primary) or entry.ref
        if kind == TRANSFER:
            code = snap.get("country_code") or ""
            return country_name(code, self.primary) if code else entry.ref
        return str(name or entry.ref)

    def _step(self) -> None:
        self.done += 1
        if self.progress is not None and (self.done % 50 == 0 or self.done == self.total):
            self.progress(self.done, self.total)
