"""The statement's preview, one page at a time: the outline of its sections (each activity a
page of its own) beside the page being read, with Previous and Next.

Why pages: QTextBrowser lays out a whole document on the GUI thread. The statement of a
register of 10,000 activities took 39 s and 700 MB to lay out; a page is one section or one
activity, which takes milliseconds whatever the size of the register.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .statement_outline_model import PAGE_ROLE, OutlineDelegate, StatementOutlineModel

translate = QCoreApplication.translate

# What QTextBrowser understands of the export's style sheet: the same colours and spacing.
PAGE_STYLE = """
h1 { color: #1f4e79; }
h2 { color: #1f4e79; }
dt { font-weight: 600; }
address { background-color: #f5f7fa; }
footer { color: #5b6472; }
a { color: #1f4e79; }
"""


@dataclass(frozen=True)
class PreviewPages:
    """The statement cut into pages (documents/statement/pages.py), ready to show: made off the GUI thread."""

    language: str
    headings: list[str]
    parents: list[int | None]
    anchors: list[str]
    html: list[str]


class StatementPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._pages: PreviewPages | None = None
        self._current = -1
        self.outline_model = StatementOutlineModel(self)
        self.outline = QListView(self)
        self.outline.setObjectName("statement_outline")
        self.outline.setModel(self.outline_model)
        self.outline.setItemDelegate(OutlineDelegate(self.outline))
        self.outline.setUniformItemSizes(True)  # 10,000 rows laid out without measuring each
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outline.selectionModel().currentChanged.connect(self._outline_moved)
        self.find_box = QLineEdit(self)
        self.find_box.setObjectName("statement_find")
        self.find_box.setPlaceholderText(translate("Statement", "Find a section or activity"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(self._filter)
        outline_box = QWidget(self)
        outline_column = QVBoxLayout(outline_box)
        outline_column.setContentsMargins(0, 0, 0, 0)
        outline_column.addWidget(self.find_box)
        outline_column.addWidget(self.outline, 1)

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("preview")
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(PAGE_STYLE)
        self.previous_button = QPushButton(translate("Statement", "◀ Previous"), self)
        self.previous_button.clicked.connect(lambda: self.show_page(self._current - 1))
        self.next_button = QPushButton(translate("Statement", "Next ▶"), self)
        self.next_button.clicked.connect(lambda: self.show_page(self._current + 1))
        self.position = QLabel(self)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.position, 1, Qt.AlignmentFlag.AlignCenter)
        steps.addWidget(self.next_button)
        reading = QWidget(self)
        column = QVBoxLayout(reading)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.browser, 1)
        column.addLayout(steps)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(outline_box)
        self.splitter.addWidget(reading)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._update_steps()

    def pages(self) -> PreviewPages | None:
        return self._pages

    def page_count(self) -> int:
        return len(self._pages.html) if self._pages is not None else 0

    def current_page(self) -> int:
        return self._current

    def show_pages(self, pages: PreviewPages) -> None:
        """Show newly made pages; the officer stays on the page being read (found again by its
        anchor, so an activity added above does not move them), at the same scroll position."""
        if not pages.html:
            self.show_message("")
            return
        before = self._pages.anchors[self._current] if self._pages is not None and self._current >= 0 else None
        scrolled = self.browser.verticalScrollBar().value()
        number = (
            pages.anchors.index(before) if before in pages.anchors else min(max(self._current, 0), len(pages.html) - 1)
        )
        self._pages = pages
        self._current = -1
        self.outline_model.set_pages(pages.headings, pages.parents)
        self.show_page(number)
        if pages.anchors[number] == before:
            self.browser.verticalScrollBar().setValue(scrolled)

    def show_message(self, text: str) -> None:
        """No pages (yet): the preview is being made, or could not be."""
        self._pages = None
        self._current = -1
        self.outline_model.set_pages([], [])
        self.browser.setPlainText(text)
        self._update_steps()

    def show_page(self, number: int) -> None:
        if self._pages is None or not 0 <= number < len(self._pages.html) or number == self._current:
            return
        self._current = number
        self.browser.setHtml(self._pages.html[number])
        self._select_in_outline()
        self._update_steps()

    def _select_in_outline(self) -> None:
        # Moving the outline's current row calls show_page again, which sees the page is shown.
        index = self.outline_model.index_of(self._current)
        if index.isValid():
            self.outline.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.outline.scrollTo(index)
        else:  # the filter hides the page being read
            self.outline.selectionModel().clear()

    def _outline_moved(self, current, _previous) -> None:
        if current.isValid():
            self.show_page(current.data(PAGE_ROLE))

    def _filter(self, text: str) -> None:
        self.outline_model.set_filter(text)
        self._select_in_outline()

    def _update_steps(self) -> None:
        count = self.page_count()
        self.previous_button.setEnabled(self._current > 0)
        self.next_button.setEnabled(0 <= self._current < count - 1)
        locale = QLocale()
        self.position.setText(
            translate("Statement", "Page %1 of %2")
            .replace("%1", locale.toString(self._current + 1))
            .replace("%2", locale.toString(count))
            if count
            else ""
        )


class PreviewProgress(QWidget):
    """How far the preview is, with Cancel; after a cancel, a button to make it after all.
    Shown only once making the preview takes a while: the preview follows every edit, and a
    bar that flashed up for each would make the page jump."""

    cancel_requested = Signal()
    make_requested = Signal()
    DELAY_MS = 400

    def __init__(self, parent=None):
        super().__init__(parent)
        self._reveal = QTimer(self)
        self._reveal.setSingleShot(True)
        self._reveal.setInterval(self.DELAY_MS)
        self._reveal.timeout.connect(lambda: self.setVisible(True))
        self.bar = QProgressBar(self)
        self.bar.setObjectName("preview_progress")
        self.bar.setFormat(translate("Statement", "Making the preview… %p%"))
        self.bar.setTextVisible(True)
        self.note = QLabel(self)
        self.cancel_button = QPushButton(translate("Jobs", "Cancel"), self)  # the Cancel of every job
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.make_button = QPushButton(translate("Statement", "Make the preview"), self)
        self.make_button.clicked.connect(self.make_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.make_button)
        self.finished()

    def started(self) -> None:
        self.bar.setRange(0, 0)  # busy until the work says how much there is
        self._show(self.bar, self.cancel_button)
        self._reveal.start()

    def progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def finished(self) -> None:
        self._reveal.stop()
        self.setVisible(False)

    def cancelled(self) -> None:
        self.note.setText(translate("Statement", "The preview was cancelled; it is made again after the next change."))
        self._show(self.note, self.make_button)
        self._reveal.stop()
        self.setVisible(True)

    def _show(self, *shown: QWidget) -> None:
        for widget in (self.bar, self.note, self.cancel_button, self.make_button):
            widget.setVisible(widget in shown)
