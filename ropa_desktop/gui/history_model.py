"""The change log as a table, newest first, read a page at a time: an item's History tab and the
register's History section both show it.

The model holds only the pages read so far; the view asks for the next one when it is
scrolled to the end (canFetchMore/fetchMore). A page is read on the GUI thread when it is
found by the log's item index (an item's history: a few milliseconds however long it is), else
by a job off the GUI thread (a person, a period or a name: such a page may scan the whole log).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..register import change_log_reading, kinds
from ..register.change_log_reading import Entry, Narrowing
from ..register.errors import RegisterError
from ..register.models.change_log import CHANGED
from ..register.storage import Register
from .history_texts import (
    Names,
    action_name,
    comment,
    field_name,
    item_text,
    local_time,
    origin_name,
    person,
    short,
    values,
)
from .jobs import Job
from .kind_names import kind_name

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex
PAGE = 200  # entries a read brings
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's change_log_reading.Entry

WHEN, WHO, ITEM, WHAT, BEFORE, AFTER, COMMENT, ORIGIN = range(8)


def column_title(column: int) -> str:
    return (
        translate("History", "When"),
        translate("History", "Who"),
        translate("History", "Item"),
        translate("History", "Field"),
        translate("History", "Before"),
        translate("History", "After"),
        translate("History", "Comment"),
        translate("History", "Origin"),
    )[column]


class HistoryModel(QAbstractTableModel):
    # A read ended: how many entries the model holds now.
    read = Signal(int)
    failed = Signal(object)

    def __init__(
        self, register: Register, *, with_item: bool = True, apart: bool = True, names: Names | None = None, parent=None
    ):
        """``with_item``: an Item column (the whole register's history). ``apart``: pages are read
        by a job off the GUI thread (else at once: an item's history, found by its index).
        ``names``: catalogue entries in values by name (history_texts.catalogue_names)."""
        super().__init__(parent)
        self.names = names
        self._register = register
        self._columns = [c for c in range(8) if with_item or c != ITEM]
        self._apart = apart
        self._narrowing: Narrowing | None = None
        self._rows: list[Entry] = []
        self._more = False
        self._reading: Job | None = None  # the read of the page the model waits for
        self._jobs: set[Job] = set()  # reads still running, also those dropped
        self._reads = 0  # each narrowing gets the next number: a page read for an older one is dropped
        self._texts: dict[tuple[int, int], str] = {}

    # Which entries.
    def show(self, narrowing: Narrowing | None) -> None:
        """Hold the entries ``narrowing`` picks (None: none), from the newest; the first page is
        read now (or started, off the GUI thread). A read still running for the entries shown
        before is left to end by itself, and dropped."""
        self._reads += 1
        self._reading = None
        self.beginResetModel()
        self._narrowing = narrowing
        self._rows = []
        self._texts = {}
        self._more = narrowing is not None
        self.endResetModel()
        if narrowing is not None:
            self._read_page()

    def narrowing(self) -> Narrowing | None:
        return self._narrowing

    def reading(self) -> bool:
        return self._reading is not None

    def stop(self) -> None:
        """Wait for every read still running: the register may be closed next."""
        for job in list(self._jobs):
            job.stop()
        self._jobs.clear()
        self._reading = None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and self._reading is None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._read_page()

    def _read_page(self) -> None:
        narrowing, register = self._narrowing, self._register
        assert narrowing is not None  # pages are read only while entries are picked (show, _more)
        after = self._rows[-1].sequence if self._rows else None
        reads = self._reads

        def work(_report=None) -> list[Entry]:
            with register.session() as session:
                return change_log_reading.page(session, narrowing, after=after, limit=PAGE)

        if not self._apart:
            try:
                self._add(reads, work())
            except RegisterError as error:
                self._more = False
                self.failed.emit(error)
            return
        job = Job(None, "", work, show_progress=False)
        self._jobs.add(job)
        self._reading = job
        job.done.connect(lambda found: self._ended(job, reads, found))
        job.failed.connect(lambda error: self._ended(job, reads, error))
        job.start()

    def _ended(self, job: Job, reads: int, result) -> None:
        self._jobs.discard(job)
        job.deleteLater()
        if reads != self._reads:  # read for a narrowing shown no more
            return
        self._reading = None
        if isinstance(result, BaseException):
            self._more = False
            self.failed.emit(result)
        else:
            self._add(reads, result)

    def _add(self, reads: int, found: list[Entry]) -> None:
        if reads != self._reads:
            return
        self._more = len(found) == PAGE
        if found:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(found) - 1)
            self._rows.extend(found)
            self.endInsertRows()
        self.read.emit(len(self._rows))

    def entry(self, row: int) -> Entry:
        return self._rows[row]

    def more(self) -> bool:
        """Older entries are still to be read."""
        return self._more

    # The table.
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(self._columns[section])
        return None

    def column(self, kind: int) -> int:
        """Where column ``kind`` (WHEN, WHO, …) is in this model; -1 when it has none."""
        return self._columns.index(kind) if kind in self._columns else -1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            key = (index.row(), column)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._display(entry, column)
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        return None

    def _display(self, entry: Entry, column: int) -> str:
        whole = entry.action != CHANGED
        shown: dict[int, Callable[[], str]] = {
            WHEN: lambda: local_time(entry),
            WHO: lambda: person(entry.who, entry.who_name),
            ITEM: lambda: item_text(entry),
            WHAT: lambda: action_name(entry.action) if whole else field_name(entry.item_kind, entry.field),
            BEFORE: lambda: "" if whole else short(values(entry, names=self.names)[0]),
            AFTER: lambda: "" if whole else short(values(entry, names=self.names)[1]),
            COMMENT: lambda: short(comment(entry)),
            ORIGIN: lambda: origin_name(entry.origin),
        }
        return shown[column]()

    def _tooltip(self, entry: Entry, column: int) -> str | None:
        if column == WHEN:
            return local_time(entry, long=True)
        if column == ITEM and entry.item_kind in kinds.MODELS:
            return f"{kind_name(entry.item_kind)}: {entry.item_name}"
        if column == WHAT:  # the whole text, when the column is narrower
            return self._display(entry, column)
        if column in (BEFORE, AFTER) and entry.action == CHANGED:
            return values(entry, full=True, names=self.names)[0 if column == BEFORE else 1]
        if column == COMMENT and comment(entry):
            return comment(entry)
        return None
