"""Edit > Search everything (Ctrl+F): every text of every item, in every language, by section.

The register is read into a search index off the GUI thread (a second at 10,000 activities),
when the window first opens and again after every change; each query then runs on the GUI
thread over that index, well under 100 ms at 10,000 activities (benchmarks/search_everything.py).
While a fresh index is read, queries run over the last one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from ..register.search import STATEMENT, Hit, SearchIndex
from .jobs import Job
from .list_page import ListPage
from .search_results_model import NAME, SearchResultsModel
from .workspace import Workspace

translate = QCoreApplication.translate
TYPING_PAUSE_MS = 150  # search once the officer pauses, not at every letter


class SearchEverythingWindow(QDialog):
    """Non-modal: the officer opens hit after hit while the results stay."""

    open_requested = Signal(object)  # the Hit to show in its section

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("search_everything")
        self.setWindowTitle(translate("SearchEverything", "Search everything"))
        self.setModal(False)
        self.query = QLineEdit(self)
        self.query.setObjectName("search_everything_query")
        self.query.setPlaceholderText(
            translate("SearchEverything", "Search every text of every item, in every language")
        )
        self.query.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("search_everything_status")
        self.model = SearchResultsModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("search_everything_results")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.header().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        self.view.header().setStretchLastSection(True)
        self.view.setColumnWidth(NAME, 280)
        self.view.setColumnWidth(1, 220)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.resize(900, 560)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self._open_current_or_first)
        self.query.installEventFilter(self)
        self.view.activated.connect(self._activated)  # Enter, and a double click

        self.index: SearchIndex | None = None
        self._job: Job | None = None
        self._stale = True  # the register changed since the index was read
        self._searched: str | None = None  # the query the results are of
        workspace.changed.connect(self._register_changed)
        workspace.reloaded.connect(self._register_changed)

    # Showing.
    def show_search(self) -> None:
        """Show the window with its query selected, to type over or to refine."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus()
        self.query.selectAll()
        if self._stale:
            self._read()

    # The index: read off the GUI thread, again after every change.
    def _register_changed(self, *_args) -> None:
        self._stale = True
        if self.isVisible():
            self._read()

    def _read(self) -> None:
        if self._job is not None:  # a read is under way: read again when it is done
            return
        self._stale = False
        register = self.workspace.register
        if self.index is None:
            self.status.setText(translate("SearchEverything", "Reading the register…"))

        def work(_report):
            with register.session() as session:  # plain Python: touches nothing of Qt
                return SearchIndex.read(session)

        self._job = Job(self, "", work, show_progress=False)
        self._job.done.connect(self._read_done)
        self._job.failed.connect(self._read_failed)
        self._job.start()

    def _job_over(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.deleteLater()
        if self._stale and self.isVisible():
            self._read()

    def _read_done(self, index: SearchIndex) -> None:
        self.index = index
        self._job_over()
        self.run_search()

    def _read_failed(self, error) -> None:
        self._job_over()
        self.status.setText(
            translate("SearchEverything", "The register could not be read for searching: %1").replace("%1", str(error))
        )

    def stop(self) -> None:
        """No read may outlive the window: the register may be closing."""
        self._timer.stop()
        if self._job is not None:
            self._job.stop()
            self._job.deleteLater()
            self._job = None

    # Searching.
    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text()
        if self.index is None:
            return  # searched as soon as the index is read
        # The same query again (the register changed): the officer stays at the hit they were at.
        shown = self.model.hit(self.view.currentIndex()) if text == self._searched else None
        self._searched = text
        found = self.index.search(text)
        self.model.set_found(found)
        self.view.expandAll()
        if not text.strip():
            self.status.setText("")
        elif len(found) == 0:
            nothing = translate("SearchEverything", "Nothing found for “%1”.")
            self.status.setText(nothing.replace("%1", text.strip()))
        else:
            self.status.setText(
                translate("SearchEverything", "1 item found")
                if len(found) == 1
                else translate("SearchEverything", "%1 items found").replace("%1", str(len(found)))
            )
            current = self.model.index_of(shown.kind, shown.item_id) if shown is not None else None
            if current is None:
                current = self.model.index(0, 0, self.model.index(0, 0))
            self.view.selectionModel().setCurrentIndex(
                current, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.scrollTo(current)

    def eventFilter(self, watched, event) -> bool:
        # Down from the query goes to the results, as in a browser's find bar.
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)

    # Opening.
    def _open_current_or_first(self) -> None:
        if self._timer.isActive() or self.index is None:
            self.run_search()  # Enter right after typing: the hits of what was typed
        current = self.view.currentIndex()
        hit = self.model.hit(current) if current.isValid() else None
        if hit is None and self.model.rowCount() > 0:
            hit = self.model.hit(self.model.index(0, 0, self.model.index(0, 0)))
        if hit is not None:
            self.open_requested.emit(hit)

    def _activated(self, index: QModelIndex) -> None:
        hit = self.model.hit(index)
        if hit is not None:  # a section's row folds in and out by itself (double click, arrows)
            self.open_requested.emit(hit)


def open_hit(window, hit: Hit) -> bool:
    """Show ``hit`` in its section of ``window`` (a MainWindow), with the field it matched in
    focused. False when that cannot be shown (the officer stayed with unsaved edits, the item
    is gone)."""
    window.show_section(hit.section)
    page = window.page_of.get(hit.section)
    if page is None or window.current_page() is not page:
        return False
    window.activateWindow()
    if hit.section == STATEMENT:
        try:
            page.select_phrase(hit.name)
        except StopIteration:  # wording of a passage the statement no longer has
            return False
        # The tab where the passage's own text is edited, not the preview.
        wording = next(i for i in range(page.tabs.count()) if page.tabs.widget(i).isAncestorOf(page.phrase_view))
        page.tabs.setCurrentIndex(wording)
        return True
    if isinstance(page, ListPage):
        page.open_item(hit.item_id)
        if page.editor.item_id != hit.item_id:
            return False
    editor = getattr(page, "editor", None)
    if editor is not None:
        editor.focus_field(hit.field, hit.row)
    return True
