"""The import wizard's review of cells to check before importing: every guess and every cell
going to the internal notes, with its place, and the officer's corrections of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from . import dialogs
from .import_review_model import COLUMN, KIND, RESULT, ROW, SHEET, TEXT, ImportReviewModel, ReviewFilter

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

translate = QCoreApplication.translate


def message_label(parent) -> QLabel:
    """A wrapped sentence on a wizard page the officer can select and copy."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReviewPanel(QWidget):
    """The cells to check before importing: every guess and every cell going to the notes,
    with its place; the officer keeps a cell in the notes, reads it as another text, or takes
    a correction back. Each correction runs the trial again."""

    corrected = Signal()

    def __init__(self, wizard: ImportWizard, parent=None):
        super().__init__(parent)
        self.wizard_ = wizard
        self.title = QLabel(self)
        self.group = QComboBox(self)
        self.group.setObjectName("review_group")
        for key, label in (
            ("", translate("ImportWizard", "Everything")),
            ("guess", translate("ImportWizard", "Guesses")),
            ("notes", translate("ImportWizard", "To the internal notes")),
            ("corrected", translate("ImportWizard", "Corrected by you")),
        ):
            self.group.addItem(label, key)
        self.model = ImportReviewModel(self)
        self.proxy = ReviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.group.currentIndexChanged.connect(lambda: self.proxy.set_group(self.group.currentData()))
        self.table = QTableView(self)
        self.table.setObjectName("import_review")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed widths, not ResizeToContents: that measures every row on each change, and a review
        # of thousands of cells would stall the window. The cell text and what it is read as share
        # the rest, so both stay in sight at 1280 pixels; a tooltip holds the whole text.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((KIND, 250), (SHEET, 130), (ROW, 50), (COLUMN, 60)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.Stretch)
        self.keep_button = QPushButton(translate("ImportWizard", "Keep in the notes"), self)
        self.keep_button.setToolTip(
            translate("ImportWizard", "Do not read this cell; keep its text in the activity's internal notes")
        )
        self.keep_button.clicked.connect(self.keep_in_notes)
        self.read_as_button = QPushButton(translate("ImportWizard", "Read as…"), self)
        self.read_as_button.setToolTip(
            translate("ImportWizard", "Read another text in this cell's place; the workbook itself is not changed")
        )
        self.read_as_button.clicked.connect(self.read_as)
        self.undo_button = QPushButton(translate("ImportWizard", "Undo my correction"), self)
        self.undo_button.clicked.connect(self.undo)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(translate("ImportWizard", "Show:"), self))
        top.addWidget(self.group)
        buttons = QHBoxLayout()
        hint = message_label(self)
        hint.setText(translate("ImportWizard", "To change what a whole column is imported as, go Back to the columns."))
        buttons.addWidget(hint, 1)
        for button in (self.keep_button, self.read_as_button, self.undo_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selected()

    def show_report(self, report) -> None:
        items = list(getattr(report, "review", []) or [])
        self.model.set_items(items)
        self.title.setText(
            translate("ImportWizard", "<b>To check before importing: %1</b>").replace("%1", str(len(items)))
            if report is not None
            else ""
        )
        self.setVisible(report is None or not report.native)
        self._selected()

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.item(self.proxy.mapToSource(rows[0]).row())

    def select(self, row: int) -> None:
        """Select the item shown in ``row`` (tests, keyboard)."""
        self.table.selectRow(row)

    def _selected(self) -> None:
        item = self.current()
        correctable = item is not None and bool(item.cell)
        corrected = correctable and item.group == "corrected"
        self.keep_button.setEnabled(correctable and not corrected)
        self.read_as_button.setEnabled(correctable)
        self.undo_button.setEnabled(corrected)

    def keep_in_notes(self) -> None:
        item = self.current()
        if item is not None and item.cell:
            self.wizard_.correct_cell(item.cell, None)
            self.corrected.emit()

    def read_as(self) -> None:
        item = self.current()
        if item is None or not item.cell:
            return
        text = dialogs.ask_text(
            self,
            translate("ImportWizard", "Read the cell as"),
            translate("ImportWizard", "Read %1 as:").replace("%1", item.cell),
        )
        if text:
            self.wizard_.correct_cell(item.cell, text)
            self.corrected.emit()

    def undo(self) -> None:
        item = self.current()
        if item is not None and item.group == "corrected":
            self.wizard_.undo_correction(item.cell)
            self.corrected.emit()
