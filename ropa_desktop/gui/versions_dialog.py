"""“Versions…”: the established versions (number, name, when in local time, who, note), from
which the officer compares two versions, a version with now, or opens one read-only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..register.models.change_log import VERSION
from ..register.models.established_version import HISTORY_START
from .moment_choice import Listed, listed_versions, local_time, now, of_version

if TYPE_CHECKING:
    from .version_actions import VersionActions

translate = QCoreApplication.translate


class VersionsDialog(QDialog):
    """``actions``: the menu's VersionActions, which open the diff and as-of views."""

    def __init__(self, workspace, actions: VersionActions, parent=None):
        super().__init__(parent)
        self.setObjectName("versions_dialog")
        self.workspace = workspace
        self.version_actions = actions  # not `actions`: that is QWidget.actions()
        self.setWindowTitle(translate("Versions", "Established versions"))
        intro = QLabel(
            translate(
                "Versions",
                "Each version is the register as it was established. Select one to compare it with now "
                "or to open it read-only; select two to compare them.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Versions", "Number"),
                translate("Versions", "Name"),
                translate("Versions", "Established on"),
                translate("Versions", "By"),
                translate("Versions", "Note"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.compare_now_button = QPushButton(translate("Versions", "Compare with now"), self)
        self.compare_two_button = QPushButton(translate("Versions", "Compare the two selected"), self)
        self.open_button = QPushButton(translate("Versions", "Open read-only"), self)
        self.compare_now_button.clicked.connect(self.compare_with_now)
        self.compare_two_button.clicked.connect(self.compare_two)
        self.open_button.clicked.connect(self.open_read_only)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.compare_now_button.click())
        buttons = QHBoxLayout()
        for button in (self.compare_now_button, self.compare_two_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(820, 380)
        self.reload()
        workspace.changed.connect(self._register_changed)

    def _register_changed(self, change) -> None:
        if change.kind == VERSION:  # established meanwhile, in this window
            self.reload()

    def reload(self) -> None:
        self.listed = list(reversed(listed_versions(self.workspace.register)))  # the newest first
        self.table.setRowCount(len(self.listed))
        for row, version in enumerate(self.listed):
            start = version.number == HISTORY_START  # established by nobody: no one is named
            texts = (
                str(version.number),
                translate("Versions", "Start of the history") if start else version.name,
                local_time(version.established_at),
                "\u2014" if start else version.who,
                version.note,
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.listed:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> list[Listed]:
        """The selected versions, oldest first."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return sorted((self.listed[row] for row in rows), key=lambda v: v.number)

    def _selection_changed(self) -> None:
        count = len(self.selected())
        self.compare_now_button.setEnabled(count == 1)
        self.open_button.setEnabled(count == 1)
        self.compare_two_button.setEnabled(count == 2)

    def compare_with_now(self):
        [version] = self.selected()
        return self.version_actions.compare(of_version(version), now())

    def compare_two(self):
        first, second = self.selected()
        return self.version_actions.compare(of_version(first), of_version(second))

    def open_read_only(self):
        [version] = self.selected()
        return self.version_actions.show_as_of(of_version(version))
