"""The first look at a register: its activities listed in a window of the main window's size and
place, shown before the libraries the window edits with are loaded (issue 19).

Qt comes up in a quarter of a second; SQLAlchemy, the register's models and the window's forms take
more than a second after it. The officer starting the program on a register reads its list at
once, while those load; the main window then takes this one's place. It is a look, not an editor:
nothing can be changed here, and the status bar says the register is still being opened. The list
is read with sqlite3 alone (register/glimpse.py) and only from a register that opens as it is.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QMainWindow, QTableView

from ..register.glimpse import Glimpse, ListedActivity, glimpse
from ..register.per_language import text_in
from . import language
from .settings import Settings

translate = QCoreApplication.translate

# The same headers as the activities list's (columns.py), so their translations are shared.
HEADERS = ("#", "Reference", "Name")


class ListedModel(QAbstractTableModel):
    """The activities as the glimpse found them: position, reference, name."""

    def __init__(self, activities: list[ListedActivity], parent=None):
        super().__init__(parent)
        self.activities = activities

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.activities)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        activity = self.activities[index.row()]
        if index.column() == 0:
            return str(activity.position + 1)
        if index.column() == 1:
            return activity.reference
        return text_in(activity.names, language.current()) or translate("Columns", "(no name)")


class FirstLook(QMainWindow):
    def __init__(self, seen: Glimpse, path: Path, settings: Settings):
        super().__init__()
        self.setObjectName("FirstLook")
        self.dismissed = False  # the officer closed it: they no longer want the register opened
        self._putting_away = False
        # The main window's title (main_window.update_title), so the task bar does not change.
        self.setWindowTitle(f"{seen.organisation} — {path.name} — ROPA Desktop")
        self.view = QTableView(self)
        self.view.setObjectName("first_look_list")
        self.model = ListedModel(seen.activities, self.view)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setCentralWidget(self.view)
        self.statusBar().showMessage(translate("FirstLook", "Opening the register…"))
        self.resize(1280, 800)  # as the main window, which then restores the same geometry
        geometry = settings.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.dismissed = self.dismissed or not self._putting_away
        super().closeEvent(event)

    def put_away(self) -> None:
        """Close, and let go of the listed activities at once: whoever showed this window may
        hold it while the main window runs, which needs the memory more (10,000 activities)."""
        self._putting_away = True
        self.close()
        self.model.beginResetModel()
        self.model.activities = []
        self.model.endResetModel()
        self.deleteLater()


def wait_until_painted(app: QApplication, window: QMainWindow | None) -> None:
    """Return once ``window`` is on the screen and painted (at once for no window)."""
    handle = window.windowHandle() if window is not None else None
    while handle is not None and not handle.isExposed():
        app.processEvents()
    app.processEvents()  # its first paint


def show_first_look(app: QApplication, target: str | None, settings: Settings) -> FirstLook | None:
    """Show the first look at the register file ``target`` (or the one used last), painted; None
    for a server register, a register that needs an upgrade, or anything that is not a register."""
    location = target or settings.last_register
    if not location or "://" in location:
        return None
    path = Path(location)
    seen = glimpse(path)
    if seen is None:
        return None
    look = FirstLook(seen, path, settings)
    look.show()
    wait_until_painted(app, look)
    if os.environ.get("ROPA_SHOWN_STAMP"):  # benchmarks/cold_start.py: the moment a list is on the screen
        print(f"shown {time.monotonic()}", flush=True)
    return look
