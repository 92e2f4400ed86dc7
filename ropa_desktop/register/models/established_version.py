"""An established version (vastgestelde versie) of the whole register: read-only once made.

A version freezes the register as the change log had it at one entry (``log_sequence``): the
register as it was then is rebuilt from the log alone (register/as_of.py), so the version keeps
no copy of it, only a SHA-256 over that rebuild's canonical JSON (``content_hash``). A copy per
version would grow the register by its whole size at every establishment; the log is already
chained by hashes, and the hash lets anyone check that a rebuild still gives what was established.

Version 0 is the history start (issue 16 point 7): the register as it was when it began to keep
history (a new register, or an older one at migration 0008), so that it has a first version to
compare with. Nobody established it: its ``who`` is empty and everything that shows it says so.
It is a row numbered 0 rather than a column saying what kind of version it is, so that register
files already made with this schema keep opening (register/file_schema.py compares columns).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class VersionIsReadOnly(Exception):
    """An established version is never changed nor removed (Art. 5(2): it is the evidence)."""


# The number of the history start; established versions are numbered 1, 2, 3…
HISTORY_START = 0
# How `ropa diff`, `ropa export --changes-since` and the version choices name the history start.
HISTORY_START_NAME = "start"


class EstablishedVersion(Base):
    __tablename__ = "established_versions"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # 1, 2, 3…
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    established_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)  # UTC
    who: Mapped[str] = mapped_column(String(200), nullable=False)  # as the change log records who
    who_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    log_sequence: Mapped[int] = mapped_column(Integer, nullable=False)  # the last change-log entry it holds
    content_hash: Mapped[str] = mapped_column(String(64), nullable=False)

    @property
    def is_history_start(self) -> bool:
        """The content when the register began to keep history, established by nobody."""
        return self.number == HISTORY_START


@event.listens_for(EstablishedVersion, "before_update")
def _no_update(_mapper, _connection, target) -> None:
    raise VersionIsReadOnly(f"version {target.number} is established and cannot be changed")


@event.listens_for(EstablishedVersion, "before_delete")
def _no_delete(_mapper, _connection, target) -> None:
    raise VersionIsReadOnly(f"version {target.number} is established and cannot be removed")
