"""Establishing (vaststellen) a version of the whole register, and listing the versions.

A version names one moment of the change log: the register as it was after its last entry
(register/as_of.py rebuilds it). Establishing is itself a change, recorded in the log like any
other (action ESTABLISHED), in the same transaction as the version's row, under the write lock,
so no change can slip in between the moment frozen and the version that names it. Nothing
changes or removes a version afterwards (models/established_version.py refuses it).

Version 0 is the history start (``record_start``): the register as it was when its change log
began, written with the "history starts here" entries, so that every register has a first
version to compare with. Nobody established it, so ``latest`` never returns it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import as_of, change_log, errors
from .change_log_values import canonical
from .errors import RegisterError
from .models import ChangeLogEntry, EstablishedVersion
from .models.base import utcnow
from .models.change_log import ESTABLISHED, START, VERSION
from .models.established_version import HISTORY_START, HISTORY_START_NAME
from .texts import limit_of

NOW = "now"
START_MOMENT = HISTORY_START_NAME  # `ropa diff start`, `--changes-since start`


def establish(register, name: str, note: str = "") -> EstablishedVersion:
    """Establish the register as it is now as version ``name``, by whoever is acting now."""
    name = name.strip()
    if not name:
        raise RegisterError("a version needs a name", errors.INVALID)
    if not register.permissions.may_approve:  # the server's grants refuse it too (register.roles)
        raise RegisterError(
            f"{register.location}: only an approver or admin may establish a version; nothing was established",
            errors.NOT_PERMITTED,
            register.location,
        )
    with register.transaction() as session:
        if session.scalar(select(EstablishedVersion.number).where(EstablishedVersion.name == name)) is not None:
            raise RegisterError(
                f"{register.location}: a version named {name!r} exists already; nothing was established",
                errors.EXISTS,
                register.location,
            )
        sequence = as_of.last_sequence(session)
        actor = change_log.current()
        version = EstablishedVersion(
            number=(session.scalar(select(func.max(EstablishedVersion.number))) or 0) + 1,
            name=name,
            established_at=utcnow(),
            who=actor.who[: limit_of(EstablishedVersion, "who")],
            who_name=actor.name[: limit_of(EstablishedVersion, "who_name")],
            note=note.strip(),
            log_sequence=sequence,
            content_hash=as_of.content_hash(as_of.rebuild(session, sequence=sequence)),
        )
        session.add(version)
        session.flush()
        after = {
            "number": version.number,
            "name": version.name,
            "note": version.note,
            "log_sequence": sequence,
            "content_hash": version.content_hash,
        }
        change_log.append(
            session,
            [
                {
                    "action": ESTABLISHED,
                    "item_kind": VERSION,
                    "item_id": version.number,
                    "item_name": name,
                    "field": "",
                    "before": None,
                    "after": canonical(after),
                    "comment": None,
                }
            ],
        )
    return version


def record_start(session: Session) -> EstablishedVersion | None:
    """Version 0, the history start: the register as the "history starts here" entries hold it
    (a new register, or an older one at migration 0008), in the same transaction as those
    entries. Established by nobody: ``who`` stays empty. None when the log has no start entries
    or the version exists already."""
    if session.get(EstablishedVersion, HISTORY_START) is not None:
        return None
    sequence = start_sequence(session)
    if not sequence:
        return None
    version = EstablishedVersion(
        number=HISTORY_START,
        name=HISTORY_START_NAME,
        established_at=session.get_one(ChangeLogEntry, sequence).recorded_at,
        who="",
        who_name="",
        note="",
        log_sequence=sequence,
        content_hash=as_of.content_hash(as_of.rebuild(session, sequence=sequence)),
    )
    session.add(version)
    session.flush()
    return version


def start_sequence(session: Session) -> int:
    """The last "history starts here" entry (0: none)."""
    return session.scalar(select(func.max(ChangeLogEntry.sequence)).where(ChangeLogEntry.action == START)) or 0


def history_start(session: Session) -> EstablishedVersion | None:
    return session.get(EstablishedVersion, HISTORY_START)


def versions(register) -> list[EstablishedVersion]:
    """Every version, oldest first: the history start (number 0), then the established ones."""
    with register.session() as session:
        return list(session.scalars(select(EstablishedVersion).order_by(EstablishedVersion.number)))


def find(session: Session, wanted: str) -> EstablishedVersion | None:
    """The version named ``wanted``, else the one numbered so ("start" and "0": the history start)."""
    found = session.scalar(select(EstablishedVersion).where(EstablishedVersion.name == wanted))
    if found is None and wanted.strip().isdigit():
        found = session.get(EstablishedVersion, int(wanted))
    return found


def moment(session: Session, wanted: str | None, location: str = "") -> tuple[int, str]:
    """A point of the log, named as `ropa diff` takes it: a version (its name or number), a date
    (YYYY-MM-DD: the end of that day, UTC), "start" (the start of the history) or "now". Returns
    (the last entry it holds, how to say it); refuses a name that is none of these."""
    text = (wanted or NOW).strip()
    if text.lower() == NOW:
        return as_of.last_sequence(session), "now"
    version = find(session, text)
    if version is not None:
        return version.log_sequence, said(version)
    if text.lower() == START_MOMENT:  # a register made before version 0 existed: its start entries
        return start_sequence(session), "the start of the history"
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise RegisterError(
            f'{location}: no version, date (YYYY-MM-DD), "start" or "now" is called {text!r}',
            errors.NOT_FOUND,
            location,
        ) from None
    return as_of.last_sequence(session, at=end_of(day)), f"the end of {day.isoformat()}"


def end_of(day: date) -> datetime:
    """The last moment of ``day`` (UTC): a date named as a point of the log holds all of that day."""
    return datetime.combine(day + timedelta(days=1), time()) - timedelta(microseconds=1)


def said(version: EstablishedVersion) -> str:
    """How the command line names a version (the history start is no established version)."""
    if version.is_history_start:
        return "the start of the history"
    return f"version {version.number} \u201c{version.name}\u201d"


def latest(session: Session) -> EstablishedVersion | None:
    """The last version someone established (never the history start)."""
    return session.scalar(
        select(EstablishedVersion)
        .where(EstablishedVersion.number > HISTORY_START)
        .order_by(EstablishedVersion.number.desc())
        .limit(1)
    )
