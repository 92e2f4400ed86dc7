"""Help > Manual (F1): a short manual page for each part of the window, in the interface language.

The pages are Markdown files shipped in resources/help/<language>/<topic>.md (read with
importlib.resources, so they are found in a frozen build too); a page's first line, "# Title",
is its name in the list of topics."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QWidget

from ..resources_path import resource
from . import language
from .navigation_model import SECTIONS

translate = QCoreApplication.translate
PROBLEMS = "problems"
IMPORT = "import"
# One page per section of the navigation, then the Problems panel and the spreadsheet import.
TOPICS = (*SECTIONS, PROBLEMS, IMPORT)
TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1


def manual_page(topic: str, lang: str) -> str:
    """The Markdown of ``topic`` in ``lang``; English where that language has no manual."""
    folder = resource("help", lang)
    if not (folder / f"{topic}.md").is_file():
        folder = resource("help", "en")
    return (folder / f"{topic}.md").read_text(encoding="utf-8")


def page_title(markdown: str) -> str:
    first = markdown.lstrip().splitlines()[0] if markdown.strip() else ""
    return first.lstrip("#").strip()


class HelpWindow(QDialog):
    """The topics on the left, the chosen page on the right; not modal, so it stays open beside the work."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowTitle(translate("Help", "ROPA Desktop manual"))
        self.language = language.current()
        self.topics = QListWidget(self)
        self.topics.setObjectName("help_topics")
        for topic in TOPICS:
            item = QListWidgetItem(page_title(manual_page(topic, self.language)))
            item.setData(TOPIC_ROLE, topic)
            self.topics.addItem(item)
        self.page = QTextBrowser(self)
        self.page.setObjectName("help_page")
        self.page.setOpenExternalLinks(True)
        self.topics.currentRowChanged.connect(self._show_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.topics)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 620])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(860, 600)

    def show_topic(self, topic: str) -> None:
        """Open at ``topic`` (one of TOPICS) and bring the window to the front."""
        self.topics.setCurrentRow(TOPICS.index(topic if topic in TOPICS else TOPICS[0]))
        self.show()
        self.raise_()
        self.activateWindow()

    def topic(self) -> str:
        item = self.topics.currentItem()
        return item.data(TOPIC_ROLE) if item is not None else ""

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.page.setMarkdown(manual_page(TOPICS[row], self.language))
