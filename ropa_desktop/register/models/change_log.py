"""The change log: one row per field of an item changed, append-only and chained by hashes.

Each entry holds who changed what and when, the value before and after in the register's own
snapshot form (register/snapshots.py) as canonical JSON text, and the hash of the entry before
it, so that an entry altered, removed, inserted or moved outside ROPA Desktop breaks the chain
(register/change_log.py writes and checks it). Values are kept as the exact text that was
hashed: a changed byte is a changed hash, whatever a JSON reader would make of it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

# What happened to the item: the kinds of entry.
START = "start"  # history starts here: the item as it was when the log began
ADDED = "added"
CHANGED = "changed"
DELETED = "deleted"
ESTABLISHED = "establish"  # a version of the whole register was established (item_kind VERSION)
VERSION = "version"  # the item_kind of an ESTABLISHED entry: not an item of the register
PUBLISHED = "published"  # the privacy statement was published (register/publications.py)


class ChangeLogEntry(Base):
    __tablename__ = "change_log"

    # Numbered 1, 2, 3… by the writer under the write lock, never by the database: a gap is a
    # removed entry.
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)  # UTC
    who: Mapped[str] = mapped_column(String(200), nullable=False)  # the operating-system user (or database role)
    who_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")  # the name set in Preferences
    origin: Mapped[str] = mapped_column(String(20), nullable=False)  # window, import, command line, migration
    change_set: Mapped[str] = mapped_column(String(36), nullable=False)  # one per transaction
    action: Mapped[str] = mapped_column(String(10), nullable=False)
    item_kind: Mapped[str] = mapped_column(String(32), nullable=False)
    item_id: Mapped[int | None] = mapped_column(Integer)
    item_name: Mapped[str] = mapped_column(String(500), nullable=False, default="")  # as it was then
    field: Mapped[str] = mapped_column(String(100), nullable=False, default="")  # "" for a whole item
    before: Mapped[str | None] = mapped_column(Text)  # canonical JSON, None when there was none
    after: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")
    previous_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    entry_hash: Mapped[str] = mapped_column(String(64), nullable=False)

    # An item's history is found by its index. Dates are not indexed: entries are appended in
    # time, so a date's entries are a range of the log, and every index costs each save a page.
    __table_args__ = (Index("ix_change_log_item", "item_kind", "item_id"),)
