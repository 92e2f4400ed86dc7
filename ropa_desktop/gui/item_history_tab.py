"""An item's History tab in its editor: who changed which field when, the value before and after,
their comment and where the change came from, newest first.

It reads only while it is the tab shown (an item opened on another tab costs nothing), and
again when the item is shown anew: after a save, an undo or another program's change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..register.change_log_reading import Narrowing
from ..register.storage import Register
from .forms.form import Form
from .helper_text import make_quiet
from .history_details import HistoryDetails
from .history_model import AFTER, BEFORE, COMMENT, WHAT, WHEN, WHO, HistoryModel
from .history_texts import Names, catalogue_names

translate = QCoreApplication.translate


class ItemHistoryTab(QWidget):
    def __init__(self, register: Register, names: Names | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("item_history")
        # An item's entries are found by the log's index, a page at a time: read at once.
        self.model = HistoryModel(register, with_item=False, apart=False, names=names, parent=self)
        self.model.read.connect(self._say)
        self.table = QTableView(self)
        self.table.setObjectName("item_history_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for kind, width in ((WHEN, 115), (WHO, 150), (WHAT, 125), (BEFORE, 115), (AFTER, 115), (COMMENT, 120)):
            header.resizeSection(self.model.column(kind), width)
        self.details = HistoryDetails(self.table, with_item=False, parent=self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        make_quiet(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(self.splitter, 1)
        self._wanted: Narrowing | None = None
        self._stale = False

    def show_item(self, kind: str, item_id: int | None) -> None:
        """Show the history of this item (None: a new item, not saved yet); read now when the
        tab is shown, else when it is next shown."""
        self._wanted = None if item_id is None else Narrowing(kind=kind, item_id=item_id)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.model.show(self._wanted)
        if self._wanted is None:
            self.state.setText(translate("History", "A new item has no history until it is saved."))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _say(self, count: int) -> None:
        self.state.setText(
            translate("History", "No changes have been recorded for this item.")
            if not count
            else translate("History", "Newest first. Choose a change to read all of it below.")
        )


def add_history_tab(form: Form, register: Register, catalogue=None) -> ItemHistoryTab:
    """The History tab, last in ``form`` and its section buttons; values name the entries of
    ``catalogue`` (the window's, gui/catalogue.py) they hold."""
    tab = ItemHistoryTab(register, None if catalogue is None else catalogue_names(catalogue))
    # In a scroll area like every tab of a form: the form looks for its fields in each tab's widget().
    scroll = QScrollArea(form)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(tab)
    form.tabs.addTab(scroll, translate("History", "History"))
    form.sections.add_last()
    return tab
