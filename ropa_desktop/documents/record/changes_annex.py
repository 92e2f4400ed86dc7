"""The annex "changes since version X" of the workbook and the dossier (issue 16 point 6): who
changed what when since a version (or a date), one row per change, oldest first.

The rows are the change log's entries themselves, not a diff of two moments
(register/register_diff.compare): an auditor asks who did what when, and a diff folds the
changes of a field into one before → after and has no comment; each entry has its own who, when,
origin, before, after and comment. Values are worded in the export's language; links to
catalogue entries by the entry's name as the log last recorded it (an entry removed since keeps
its name). Fields and items are named as the diff names them (documents/field_names.py); the
annex's own words are in resources/export/labels.toml ([changes], and the columns' [column]).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import Row, select, tuple_
from sqlalchemy.orm import Session

from ...register import as_of, errors, established, kinds, snapshots
from ...register.change_log_values import value
from ...register.errors import RegisterError
from ...register.models import ChangeLogEntry, EstablishedVersion
from ...register.models.base import text_in
from ...register.models.change_log import ADDED, CHANGED, DELETED, ESTABLISHED, PUBLISHED, START, VERSION
from ...register.publications import ITEM_KIND as PUBLICATION
from ..field_names import field_name, item_kind
from .columns import Column
from .labels import Labels
from .version_shown import local_date, who

_KIND_OF: dict[type, str] = {model: kind for kind, model in kinds.MODELS.items()}
# Snapshot keys that list catalogue entries by id: key -> the catalogue's kind.
_LINKS = {
    **{key: _KIND_OF[model] for key, model in snapshots.ACTIVITY_LINKS.items()},
    "sub_processors": kinds.RECIPIENT,
}
# Keys of a child row (a purpose, a retention rule) that are bookkeeping, not content.
_BOOKKEEPING = {"id", "version", "position", "activity_id"}
_ACTIONS = {ADDED: "added", DELETED: "deleted", ESTABLISHED: "established", PUBLISHED: "published", START: "start"}
_CHUNK = 400
EMPTY = "—"


@dataclass(frozen=True)
class Since:
    """Where the annex starts: after log entry ``sequence``; ``version`` (the history start
    included) or ``day`` says how it was named."""

    sequence: int
    version: EstablishedVersion | None = None
    day: date | None = None


@dataclass(frozen=True)
class ChangeRow:
    when: datetime  # local time, as the export's other times
    who: str
    origin: str
    item: str
    field: str
    before: str
    after: str
    comment: str


@dataclass
class ChangesAnnex:
    title: str  # the dossier's heading
    sheet: str  # the workbook's sheet name (31 characters at most)
    intro: str
    rows: list[ChangeRow]


# The columns of the workbook's sheet, in the order the brief of issue 16 names them.
CHANGE = [
    Column("change_who", lambda r, c: r.who),
    Column("change_when", lambda r, c: r.when),
    Column("change_origin", lambda r, c: r.origin),
    Column("item", lambda r, c: r.item, wide=True),
    Column("field", lambda r, c: r.field),
    Column("change_before", lambda r, c: r.before, wide=True),
    Column("change_after", lambda r, c: r.after, wide=True),
    Column("change_comment", lambda r, c: r.comment, wide=True),
]


def resolve(session: Session, wanted: str, location: str = "") -> Since:
    """``wanted`` as `ropa export --changes-since` takes it: a version (name or number; "start":
    the history start) or a date YYYY-MM-DD (after the end of that day, UTC, as `ropa diff`)."""
    text = (wanted or "").strip()
    version = established.find(session, text) if text else None
    if version is not None:
        return Since(version.log_sequence, version=version)
    if text.lower() == established.START_MOMENT:  # a register made before version 0 existed
        return Since(established.start_sequence(session))
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise RegisterError(
            f"{location}: no version or date (YYYY-MM-DD) is called {text!r}; nothing was exported",
            errors.NOT_FOUND,
            location,
        ) from None
    return Since(as_of.last_sequence(session, at=established.end_of(day)), day=day)


def read(session: Session, since: Since, labels: Labels) -> ChangesAnnex:
    # Rows, not ORM objects: an annex since the start of a big register's history has 100,000 of them.
    log = ChangeLogEntry
    entries = [
        entry
        for entry in session.execute(
            select(
                log.action,
                log.item_kind,
                log.item_id,
                log.item_name,
                log.field,
                log.before,
                log.after,
                log.who,
                log.who_name,
                log.origin,
                log.recorded_at,
                log.comment,
            )
            .where(log.sequence > since.sequence)
            .order_by(log.sequence)
        )
        if not _establishes(entry, since.version)
    ]
    words = _Words(labels, _link_names(session, entries))
    title, sheet, intro = _headings(session, since, labels)
    return ChangesAnnex(title, sheet, intro, [words.row(entry) for entry in entries])


def _establishes(entry: Row, version: EstablishedVersion | None) -> bool:
    """The entry that established the version the annex starts from: where it starts, no change."""
    return (
        version is not None
        and entry.action == ESTABLISHED
        and entry.item_kind == VERSION
        and entry.item_id == version.number
    )


def _headings(session: Session, since: Since, labels: Labels) -> tuple[str, str, str]:
    version = since.version
    if version is not None and not version.is_history_start:
        words = {
            "number": version.number,
            "name": version.name,
            "date": local_date(version.established_at),
            "who": who(version),
        }
        return (
            labels.get("changes", "title_version").format(**words),
            labels.get("changes", "sheet_version").format(**words),
            labels.get("changes", "intro_version").format(**words),
        )
    if since.day is not None:
        words = {"date": since.day.isoformat()}
        return (
            labels.get("changes", "title_date").format(**words),
            labels.get("changes", "sheet_date").format(**words),
            labels.get("changes", "intro_date").format(**words),
        )
    started = (
        version.established_at
        if version is not None
        else session.scalar(select(ChangeLogEntry.recorded_at).where(ChangeLogEntry.sequence == max(since.sequence, 1)))
    )
    return (
        labels.get("changes", "title_start"),
        labels.get("changes", "sheet_start"),
        labels.get("changes", "intro_start").format(date=local_date(started) if started else EMPTY),
    )


def _link_names(session: Session, entries: list[Row]) -> dict[tuple[str, int], str]:
    """The name the log last recorded for every catalogue entry the changes link to."""
    wanted: set[tuple[str, int]] = set()
    for entry in entries:
        for found in (value(entry.before), value(entry.after)):
            wanted |= _linked(entry.field, found)
    names: dict[tuple[str, int], str] = {}
    items = sorted(wanted)
    for start in range(0, len(items), _CHUNK):
        rows = session.execute(
            select(ChangeLogEntry.item_kind, ChangeLogEntry.item_id, ChangeLogEntry.item_name)
            .where(tuple_(ChangeLogEntry.item_kind, ChangeLogEntry.item_id).in_(items[start : start + _CHUNK]))
            .order_by(ChangeLogEntry.sequence)
        )
        # item_id is never None here: the rows are those of the ids asked for.
        names.update({(kind, item_id): name for kind, item_id, name in rows if item_id is not None})
    return names


def _linked(key: str, found) -> set[tuple[str, int]]:
    if key in _LINKS and isinstance(found, list):
        return {(_LINKS[key], i) for i in found if isinstance(i, int)}
    if key == "data_categories" and isinstance(found, list):
        return {(kinds.DATA_CATEGORY, link["id"]) for link in found if isinstance(link, dict) and "id" in link}
    return set()


class _Words:
    """An entry as a row of words in the export's language."""

    def __init__(self, labels: Labels, names: dict[tuple[str, int], str]):
        self.labels = labels
        self.language = labels.language
        self.names = names

    def row(self, entry: Row) -> ChangeRow:
        before, after = EMPTY, EMPTY
        if entry.action == CHANGED:
            field = self.field(entry.field)
            before = self.value(entry.field, value(entry.before))
            after = self.value(entry.field, value(entry.after))
        else:
            field = _optional(self.labels, "changes", _ACTIONS.get(entry.action, "")) or entry.action
            if entry.action == ESTABLISHED:  # the note agreed with the version
                after = self.value("", (value(entry.after) or {}).get("note"))
        kind = (
            _optional(self.labels, "changes", f"kind_{entry.item_kind}")  # a version, a publication
            or item_kind(entry.item_kind, self.language)
        )
        when = entry.recorded_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None, microsecond=0)
        return ChangeRow(
            when=when,
            who=f"{entry.who_name} ({entry.who})" if entry.who_name else entry.who,
            origin=_optional(self.labels, "changes", f"origin_{entry.origin}") or entry.origin,
            item=self.item(kind, entry),
            field=field,
            before=before,
            after=after,
            comment=entry.comment or "",
        )

    @staticmethod
    def item(kind: str, entry: Row) -> str:
        """ "Verwerkingsactiviteit › Payroll"; a publication and a version by their number (the
        name the log keeps for a publication is English, the number is the same in any language)."""
        if entry.item_kind == PUBLICATION:
            return f"{kind} {entry.item_id}"
        if entry.item_kind == VERSION:
            return f"{kind} {entry.item_id} \u201c{entry.item_name}\u201d"
        return f"{kind} › {entry.item_name}" if entry.item_name else kind

    def field(self, key: str) -> str:
        """A snapshot key as the forms, the exports and the diff name it (one declaration)."""
        return field_name(key, self.language)

    def value(self, key: str, found) -> str:
        if found is None or found == "" or found == [] or found == {}:
            return EMPTY
        if isinstance(found, bool):
            return self.labels.yes_no(found)
        if isinstance(found, dict) and _is_text(found):
            return text_in(found, self.language, "nl" if self.language != "nl" else "en") or EMPTY
        if key in _LINKS or key == "data_categories":
            linked = sorted(_linked(key, found) if isinstance(found, list) else set(), key=lambda i: i[1])
            if linked:
                return "; ".join(self.names.get(item, f"{item[0]} {item[1]}") for item in linked)
        if isinstance(found, list):
            return "\n".join(self.value("", item) for item in found)
        if isinstance(found, dict):  # a child row: its fields that say something
            return "; ".join(
                f"{self.field(k)}: {self.value(k, v)}"
                for k, v in found.items()
                if k not in _BOOKKEEPING and v not in (None, "", [], {})
            )
        return str(found)


def _is_text(found: dict) -> bool:
    """A text per language ({"nl": …, "en": …})."""
    return bool(found) and all(isinstance(k, str) and len(k) == 2 and isinstance(v, str) for k, v in found.items())


def _optional(labels: Labels, group: str, key: str) -> str:
    try:
        return labels.get(group, key)
    except KeyError:
        return ""
