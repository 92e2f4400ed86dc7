"""Publications of the privacy statement: what was published, when, by whom, exactly as it was.

A publication keeps the documents themselves (HTML and PDF, each statement language) as the
bytes that were published, so that a reader's question "what did your statement say on that
day?" is answered by the document, not by rebuilding it from a register that has changed since.
Each language also keeps a fingerprint of the statement's text (its document without the date
line), which the check compares with today's statement. Nothing in ROPA Desktop changes or
deletes a publication; its change-log entry (action "published") holds the documents' hashes,
so a document altered outside the application no longer matches the log.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Publication(Base):
    __tablename__ = "publications"

    # Numbered 1, 2, 3… under the write lock, as the change log numbers its entries.
    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    published_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)  # UTC
    # The day the statement shows ("Laatste wijziging"): the publisher's own calendar day.
    published_on: Mapped[date] = mapped_column(Date, nullable=False)
    who: Mapped[str] = mapped_column(String(200), nullable=False)  # as the change log records who
    who_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    # The register it was made from: the last change-log entry before it (always there, unlike
    # an established version).
    log_sequence: Mapped[int] = mapped_column(Integer, nullable=False)
    # Published although the checks found errors (--force): an auditor asks.
    forced: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class PublishedDocument(Base):
    """One language of a publication: its HTML and PDF as published."""

    __tablename__ = "published_documents"

    publication_number: Mapped[int] = mapped_column(
        ForeignKey("publications.number"), primary_key=True, autoincrement=False
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    html: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    pdf: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    # SHA-256 of the statement's text in this language, without its date (documents/publication.py).
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
