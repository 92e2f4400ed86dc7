"""The statement's publications in the register: record one, list them, read one back.

Recording is append-only and happens inside Register.transaction(), under its write lock, so
two publishers never get the same number; the publication is a change-log entry too (action
"published"), whose value holds the SHA-256 of each stored document. The documents themselves
are made by documents/publication.py (the register layer cannot render a statement).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from . import change_log, errors
from .errors import RegisterError
from .models import ChangeLogEntry, Publication, PublishedDocument
from .models.base import utcnow
from .models.change_log import PUBLISHED
from .texts import limit_of

ITEM_KIND = "publication"  # the change log's item kind of a publication
FORMATS = ("html", "pdf")


@dataclass(frozen=True)
class Document:
    """One language of a publication as published."""

    language: str
    html: bytes
    pdf: bytes
    fingerprint: str


def last(session: Session) -> Publication | None:
    return session.scalars(select(Publication).order_by(Publication.number.desc()).limit(1)).first()


def listed(session: Session) -> list[Publication]:
    """Every publication, oldest first."""
    return list(session.scalars(select(Publication).order_by(Publication.number)))


def get(session: Session, number: int) -> Publication | None:
    return session.get(Publication, number)


def languages(session: Session, number: int) -> list[str]:
    return list(
        session.scalars(
            select(PublishedDocument.language)
            .where(PublishedDocument.publication_number == number)
            .order_by(PublishedDocument.language)
        )
    )


def fingerprints(session: Session, number: int) -> dict[str, str]:
    """The statement text's fingerprint per language of publication ``number``."""
    return dict(
        session.execute(
            select(PublishedDocument.language, PublishedDocument.fingerprint).where(
                PublishedDocument.publication_number == number
            )
        ).all()
    )


def document(session: Session, number: int, language: str, fmt: str) -> bytes | None:
    """The stored bytes of one document of a publication, exactly as published."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} of a published statement (choose from {', '.join(FORMATS)})")
    row = session.get(PublishedDocument, (number, language))
    return None if row is None else getattr(row, fmt)


def log_head(session: Session) -> int:
    """The sequence number of the change log's last entry (0 when empty): the state of the register."""
    return session.scalar(select(func.max(ChangeLogEntry.sequence))) or 0


def statement_day(session: Session, typed: date | None) -> tuple[date | None, bool]:
    """The date the statement shows as its last change, and whether it is a publication's:
    the last publication's day; before the first one, the date typed on the organisation
    (registers from before publications kept it there), else none."""
    found = session.scalar(select(Publication.published_on).order_by(Publication.number.desc()).limit(1))
    return (found, True) if found is not None else (typed, False)


def check_permitted(register) -> None:
    """Refuse a role that may not publish (register.roles: approver or admin), before anything is
    made; the server's grants refuse it too."""
    if not register.permissions.may_approve:
        raise RegisterError(
            f"{register.location}: only an approver or admin may publish the statement; nothing was published",
            errors.NOT_PERMITTED,
            register.location,
        )


def record(session: Session, published_on: date, documents: list[Document], *, forced: bool = False) -> Publication:
    """Store a publication of ``documents`` (inside Register.transaction) with its change-log entry."""
    connection = session.connection()  # Core, as the change log writes: nothing of the ORM's watchers applies
    number = (connection.execute(select(func.max(Publication.number))).scalar() or 0) + 1
    sequence = connection.execute(select(func.max(ChangeLogEntry.sequence))).scalar() or 0
    actor = change_log.current()
    row = {
        "number": number,
        "published_at": utcnow(),
        "published_on": published_on,
        "who": actor.who[: limit_of(Publication, "who")],
        "who_name": actor.name[: limit_of(Publication, "who_name")],
        "log_sequence": sequence,
        "forced": forced,
    }
    connection.execute(insert(Publication.__table__), [row])
    connection.execute(
        insert(PublishedDocument.__table__),
        [
            {
                "publication_number": number,
                "language": doc.language,
                "html": doc.html,
                "pdf": doc.pdf,
                "fingerprint": doc.fingerprint,
            }
            for doc in documents
        ],
    )
    value = {
        "published_on": published_on.isoformat(),
        "made_from_log_entry": sequence,
        "forced": forced,
        "documents": {
            doc.language: {
                "fingerprint": doc.fingerprint,
                "html_sha256": _sha256(doc.html),
                "pdf_sha256": _sha256(doc.pdf),
            }
            for doc in documents
        },
    }
    change_log.append(
        session,
        [
            {
                "action": PUBLISHED,
                "item_kind": ITEM_KIND,
                "item_id": number,
                "item_name": f"Privacy statement, publication {number}",
                "field": "",
                "before": None,
                "after": change_log.canonical(value),
                "comment": None,
            }
        ],
    )
    return session.get_one(Publication, number)


def altered(session: Session, number: int) -> list[str]:
    """The documents of publication ``number`` (as "nl html") whose bytes no longer match the
    hashes its change-log entry recorded: changed outside ROPA Desktop."""
    entry = session.scalars(
        select(ChangeLogEntry).where(
            ChangeLogEntry.action == PUBLISHED, ChangeLogEntry.item_kind == ITEM_KIND, ChangeLogEntry.item_id == number
        )
    ).first()
    recorded = (change_log.value(entry.after) or {}).get("documents", {}) if entry is not None else {}
    found = []
    for row in session.scalars(select(PublishedDocument).where(PublishedDocument.publication_number == number)):
        hashes = recorded.get(row.language, {})
        for fmt in FORMATS:
            if hashes.get(f"{fmt}_sha256") != _sha256(getattr(row, fmt)):
                found.append(f"{row.language} {fmt}")
    return found


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
