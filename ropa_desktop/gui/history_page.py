"""The History section: every change recorded in the register's change log, newest first,
narrowed to a person, a period, an item or an action; a double-click opens the item changed.

The log of a large register holds hundreds of thousands of entries: the table holds only the
pages read so far (history_model.py), each read off the GUI thread, so the section opens at
once however long the history is."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QModelIndex, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..register import change_log_reading, kinds
from ..register.change_log_reading import Narrowing
from ..register.models.change_log import ADDED, CHANGED, DELETED, ESTABLISHED, PUBLISHED, START
from .helper_text import make_quiet
from .history_details import HistoryDetails
from .history_model import AFTER, BEFORE, COMMENT, ENTRY_ROLE, ITEM, WHAT, WHEN, WHO, HistoryModel
from .history_texts import Names, action_name, catalogue_names, person
from .jobs import Job
from .navigation_model import HISTORY
from .workspace import Workspace

translate = QCoreApplication.translate
ACTIONS = (CHANGED, ADDED, DELETED, START, ESTABLISHED, PUBLISHED)
TYPING_MS = 300  # the item filter waits this long after the last key before reading
_APART = "\x1f"  # between a person's user and display name in the Person filter's data


def person_key(who: str, who_name: str) -> str:
    """A person as the Person filter holds them: a text (a tuple would not be found again by findData)."""
    return f"{who}{_APART}{who_name}"


def utc_start_of(day: QDate) -> datetime:
    """The first moment of the local ``day``, in UTC as the log records its times."""
    moment = QDateTime(day, QTime(0, 0)).toUTC()
    return datetime(
        moment.date().year(),
        moment.date().month(),
        moment.date().day(),
        moment.time().hour(),
        moment.time().minute(),
        moment.time().second(),
    )


class HistoryPage(QWidget):
    # The item of an entry double-clicked (or Enter): kind, id and the field changed ("" for a whole item).
    open_requested = Signal(str, int, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, names: Names | None = None):
        super().__init__(parent)
        self.setObjectName("history_page")
        self.kind = HISTORY
        self.workspace = workspace
        self.model = HistoryModel(workspace.register, with_item=True, apart=True, names=names, parent=self)
        self.model.read.connect(self._say)
        self.model.failed.connect(self._failed)
        self._people_job: Job | None = None
        self._stale = False

        self._make_filters()
        self._make_table()
        self.state = QLabel(self)
        self.state.setObjectName("history_state")
        self.state.setWordWrap(True)
        make_quiet(self.state)
        filters = QHBoxLayout()
        person = QLabel(translate("History", "Person:"), self)
        person.setBuddy(self.person)
        filters.addWidget(person)
        filters.addWidget(self.person)
        for check, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            filters.addWidget(check)
            filters.addWidget(edit)
        filters.addWidget(self.item, 1)
        filters.addWidget(self.action)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.state)
        layout.addWidget(self.splitter, 1)
        workspace.changed.connect(self._register_changed)
        workspace.reloaded.connect(self._register_changed)
        # The people are read once the first page is in: the two reads would slow each other.
        self._people_due = True
        self.model.read.connect(self._people_next)
        self.refresh()

    def _people_next(self, _count: int) -> None:
        if self._people_due:
            self._people_due = False
            self._read_people()

    def _make_filters(self) -> None:
        """Person, period, item name and action: each change of one reads the entries again."""
        self.person = QComboBox(self)
        self.person.setObjectName("history_person")
        self.person.addItem(translate("History", "Everyone"), None)
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        today = QDate.currentDate()
        self.use_since, self.since = self._date(translate("History", "From"), today.addMonths(-1), "history_since")
        self.use_until, self.until = self._date(translate("History", "to"), today, "history_until")
        self.item = QLineEdit(self)
        self.item.setObjectName("history_item")
        self.item.setClearButtonEnabled(True)
        self.item.setPlaceholderText(translate("History", "Item name…"))
        self.action = QComboBox(self)
        self.action.setObjectName("history_action")
        self.action.addItem(translate("History", "Every action"), None)
        for action in ACTIONS:
            self.action.addItem(action_name(action), action)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_MS)
        self._typing.timeout.connect(self.refresh)
        self.item.textChanged.connect(self._typing.start)
        self.person.currentIndexChanged.connect(self.refresh)
        self.action.currentIndexChanged.connect(self.refresh)

    def _make_table(self) -> None:
        """The entries, and under them the chosen one in full; Enter or a double-click opens its item."""
        self.table = QTableView(self)
        self.table.setObjectName("history_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for kind, width in (
            (WHEN, 125),
            (WHO, 150),
            (ITEM, 180),
            (WHAT, 170),
            (BEFORE, 140),
            (AFTER, 140),
            (COMMENT, 130),
        ):
            header.resizeSection(self.model.column(kind), width)
        self.table.activated.connect(self._open)
        self.details = HistoryDetails(self.table, with_item=True, parent=self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("history_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

    def _date(self, text: str, day: QDate, name: str) -> tuple[QCheckBox, QDateEdit]:
        """A period's end: off until ticked (or its date changed), so no date narrows the list."""
        check = QCheckBox(text, self)
        check.setObjectName(f"{name}_on")
        edit = QDateEdit(day, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        shape = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        edit.setDisplayFormat(shape if "yyyy" in shape else shape.replace("yy", "yyyy"))  # no year guessed
        check.toggled.connect(self.refresh)
        edit.dateChanged.connect(lambda _day: check.setChecked(True) if not check.isChecked() else self.refresh())
        return check, edit

    # What is shown.
    def narrowing(self) -> Narrowing:
        chosen = self.person.currentData()
        who, name = chosen.split(_APART, 1) if chosen else (None, None)
        since = utc_start_of(self.since.date()) if self.use_since.isChecked() else None
        until = utc_start_of(self.until.date().addDays(1)) if self.use_until.isChecked() else None
        return Narrowing(
            who=who,
            who_name=name,
            since=since,
            until=until,
            item=self.item.text().strip() or None,
            action=self.action.currentData(),
        )

    def refresh(self) -> None:
        """Read the entries the filters pick again, from the newest."""
        self._typing.stop()
        self._stale = False
        self.state.setText(translate("History", "Reading the history…"))
        self.model.show(self.narrowing())

    def _say(self, count: int) -> None:
        if not count:
            self.state.setText(translate("History", "No change matches these filters."))
        elif self.model.more():
            self.state.setText(
                translate("History", "The newest %1 changes; scroll down for older ones.").replace("%1", str(count))
            )
        else:
            self.state.setText(translate("History", "%1 changes.").replace("%1", str(count)))

    def _failed(self, error) -> None:
        from . import faults

        self.state.setText(faults.describe(error))

    # The people who appear in the log, for the Person filter: read once, off the GUI thread.
    def _read_people(self) -> None:
        register = self.workspace.register
        if self._people_job is not None:
            return  # the one running finds them

        def work(_report) -> list[tuple[str, str]]:
            with register.session() as session:
                return change_log_reading.people(session)

        self._people_job = Job(None, "", work, show_progress=False)
        self._people_job.done.connect(self._show_people)
        self._people_job.start()

    def _show_people(self, people: list[tuple[str, str]]) -> None:
        if self._people_job is not None:
            self._people_job.deleteLater()
            self._people_job = None
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        while self.person.count() > 1:
            self.person.removeItem(1)
        for who, name in people:
            self.person.addItem(person(who, name), person_key(who, name))
        index = self.person.findData(chosen) if chosen else 0
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)

    def _register_changed(self, _change=None) -> None:
        # New entries come first: read again now when shown, else when next shown.
        self._people_due = True  # someone new may have made it
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # Opening an item.
    def _open(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is None or entry.item_kind not in kinds.MODELS or entry.item_id is None:
            return
        with self.workspace.register.session() as session:
            exists = session.get(kinds.MODELS[entry.item_kind], entry.item_id) is not None
        if not exists:
            self.state.setText(
                translate("History", "“%1” no longer exists in the register.").replace("%1", entry.item_name)
            )
            return
        self.open_requested.emit(entry.item_kind, entry.item_id, entry.field)

    # The window's page protocol.
    def confirm_leave(self) -> bool:
        return True

    def shutdown(self) -> None:
        self._typing.stop()
        self.model.stop()
        if self._people_job is not None:
            self._people_job.stop()


def made(window) -> HistoryPage:
    """The History section of ``window`` (main_window.MainWindow): a double-click opens the item
    in its own section, at the field changed."""
    page = HistoryPage(window.workspace, window, catalogue_names(window.catalogue))
    page.open_requested.connect(window.open_place)
    return page
