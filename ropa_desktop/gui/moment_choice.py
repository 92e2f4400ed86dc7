"""A moment of the register to compare or to look at: an established version, a date and time
(local), or now. The choice is a plain Moment, resolved to a point of the change log inside the
job that reads the register: a version by its number (its name may be a number too), a time by
the last entry recorded then (to the minute, unlike `ropa diff`'s whole days), now by
register/established.moment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QWidget
from sqlalchemy.orm import Session

from ..register import as_of, established
from ..register.models import EstablishedVersion
from ..register.models.established_version import HISTORY_START
from . import qt_time

translate = QCoreApplication.translate

NOW, VERSION, DATE = "now", "version", "date"


@dataclass(frozen=True)
class Listed:
    """An established version as the window lists it."""

    number: int
    name: str
    established_at: datetime  # UTC
    who: str
    note: str


def listed_versions(register) -> list[Listed]:
    """Every version, oldest first (a few rows: read on the GUI thread)."""
    return [
        Listed(v.number, v.name, v.established_at, f"{v.who_name} ({v.who})" if v.who_name else v.who, v.note)
        for v in established.versions(register)
    ]


def local_time(when: datetime) -> str:
    """A UTC time from the register in the computer's time zone, as the interface language writes it."""
    shown = qt_time.from_register(when).toLocalTime()
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def version_words(number: int, name: str) -> str:
    if number == HISTORY_START:  # the content when the log began (register/established.py), established by nobody
        return translate("Versions", "the start of the history")
    return translate("Versions", "version %1 “%2”").replace("%1", str(number)).replace("%2", name)


@dataclass(frozen=True)
class Moment:
    """What was chosen: NOW, VERSION (``number``) or DATE (``at``, UTC); ``words`` say it."""

    kind: str
    words: str
    number: int | None = None
    at: datetime | None = None

    def sequence(self, session: Session) -> int:
        """The last change-log entry the register held at this moment."""
        if self.kind == VERSION:  # by number: a version may be named "2" while numbered 1
            version = session.get(EstablishedVersion, self.number)
            assert version is not None  # an established version is never removed
            return version.log_sequence
        if self.kind == DATE:
            return as_of.last_sequence(session, at=self.at)
        return established.moment(session, established.NOW)[0]


def now() -> Moment:
    return Moment(NOW, translate("Versions", "now"))


def of_version(version: Listed) -> Moment:
    return Moment(VERSION, version_words(version.number, version.name), number=version.number)


def of_time(local: QDateTime) -> Moment:
    at = qt_time.to_register(local)
    return Moment(DATE, QLocale().toString(local, QLocale.FormatType.ShortFormat), at=at)


class MomentChoice(QWidget):
    """Now, a version, or a date and time: a list, and a date field when a date is chosen."""

    changed = Signal()

    def __init__(self, versions: list[Listed], parent=None, with_now: bool = True):
        super().__init__(parent)
        self.versions = versions
        self.combo = QComboBox(self)
        if with_now:
            self.combo.addItem(translate("Versions", "Now"), NOW)
        for version in reversed(versions):  # the newest first
            self.combo.addItem(_choice_words(version), f"{VERSION}:{version.number}")
        self.combo.addItem(translate("Versions", "A date and time…"), DATE)
        self.date = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.date)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.date.dateTimeChanged.connect(lambda _when: self.changed.emit())
        self._chosen()

    def _chosen(self) -> None:
        self.date.setVisible(self.combo.currentData() == DATE)
        self.changed.emit()

    def choose_version(self, number: int) -> None:
        self.combo.setCurrentIndex(self.combo.findData(f"{VERSION}:{number}"))

    def choose_now(self) -> None:
        self.combo.setCurrentIndex(self.combo.findData(NOW))

    def choose_time(self, local: QDateTime) -> None:
        self.combo.setCurrentIndex(self.combo.findData(DATE))
        self.date.setDateTime(local)

    def choose(self, moment: Moment) -> None:
        if moment.kind == VERSION:
            assert moment.number is not None  # a version's moment names it (of_version)
            self.choose_version(moment.number)
        elif moment.kind == DATE:
            assert moment.at is not None  # a date's moment holds it (of_time)
            self.choose_time(qt_time.from_register(moment.at).toLocalTime())
        else:
            self.choose_now()

    def moment(self) -> Moment:
        kind, _colon, number = self.combo.currentData().partition(":")
        if kind == VERSION:
            return of_version(next(v for v in self.versions if v.number == int(number)))
        if kind == DATE:
            return of_time(self.date.dateTime())
        return now()


def _choice_words(version: Listed) -> str:
    if version.number == HISTORY_START:
        return translate("Versions", "Start of the history (%1)").replace("%1", local_time(version.established_at))
    return (
        translate("Versions", "Version %1 “%2” (%3)")
        .replace("%1", str(version.number))
        .replace("%2", version.name)
        .replace("%3", local_time(version.established_at))
    )
