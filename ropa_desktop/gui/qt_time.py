"""The register's times (naive datetimes in UTC, as it stores them) to Qt's QDateTime and back,
to the millisecond. Not through QDateTime(datetime): PySide6 reads a datetime as local time
whatever its tzinfo, and its stubs do not know that conversion."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QTimeZone

_EPOCH = datetime(1970, 1, 1)
_MILLISECOND = timedelta(milliseconds=1)


def from_register(when: datetime) -> QDateTime:
    """``when`` (UTC; a tzinfo it carries is taken to be UTC too) as a QDateTime in UTC."""
    return QDateTime.fromMSecsSinceEpoch((when.replace(tzinfo=None) - _EPOCH) // _MILLISECOND, QTimeZone.utc())


def to_register(moment: QDateTime) -> datetime:
    """The moment as the register stores a time: naive, in UTC."""
    return _EPOCH + moment.toMSecsSinceEpoch() * _MILLISECOND
