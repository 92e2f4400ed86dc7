"""One list of the register as a Qt table model; rows come from register.rows. Items the
compliance checks found errors or warnings in are marked in the name column (an icon, and
the messages in the tooltip), as an IDE marks the lines a compiler complains about."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from ..checks.findings import Severity
from ..register.rows import Row
from .columns import Column
from .problems_model import Marker, severity_icon, severity_word

translate = QCoreApplication.translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The worst severity the checks found in the row's item ("error", "warning"), or None.
MARKER_ROLE = Qt.ItemDataRole.UserRole + 3
# The roles a change of markers changes (the name column's).
MARKER_ROLES = [
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    MARKER_ROLE,
]
MAX_MESSAGES = 8  # in a marker's tooltip

_Index = QModelIndex | QPersistentModelIndex


class ItemTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Row] = []
        self._by_id: dict[int, int] = {}
        # Bumped before every change, so a filter knows its cached matches are stale.
        self.generation = 0
        # The model sorts itself (one key per row, in Python's sort) rather than letting
        # the proxy compare rows pairwise through data(): 10,000 rows sort in milliseconds.
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Item id: its marker, from the newest run of the checks; shown in the name column.
        self._markers: dict[int, Marker] = {}
        self.marker_column = next((i for i, c in enumerate(columns) if c.key in ("name", "recipient")), 0)
        self._icons: dict[Severity | None, QIcon] = {}

    # Qt's model interface.
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if index.column() == self.marker_column and role in MARKER_ROLES:
            marker = self._markers.get(row.id)
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.show(row) if marker is None else self._tooltip(column.show(row), marker)
            if role == Qt.ItemDataRole.DecorationRole:
                # Unmarked rows keep the room of the icon (a blank one), as an IDE's margin:
                # the names stay aligned, and do not move when a marker comes or goes.
                return self._icon(marker.severity if marker is not None else None)
            if marker is None:
                return None
            if role == MARKER_ROLE:
                return marker.severity.value
            return self._described(marker)  # AccessibleDescriptionRole
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.show(row)
        if role == SORT_ROLE:
            return column.sort_value(row)
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title()
        return None

    # For the page and the search filter.
    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.generation += 1
        self._rows = rows
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self._by_id = {row.id: position for position, row in enumerate(self._rows)}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.generation += 1
        persistent = self.persistentIndexList()
        moved_ids = [self._rows[index.row()].id for index in persistent]
        self._sort_rows(column, order)
        self._by_id = {row.id: position for position, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(self._by_id[item_id], index.column())
                for item_id, index in zip(moved_ids, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = self._columns[column].sort_value
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def update_rows(self, rows: list[Row]) -> None:
        """Replace rows in place (same ids); unknown ids are ignored."""
        for row in rows:
            position = self._by_id.get(row.id)
            if position is None:
                continue
            self._rows[position] = row
            self.generation += 1
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._columns) - 1))

    # Markers.
    def set_markers(self, markers: dict[int, Marker]) -> None:
        """Mark the items the newest check found errors or warnings in (item id: marker).
        Only the rows whose marker changed are announced (dataChanged, no reset): the
        selection, the current row and the scroll position stay."""
        old, self._markers = self._markers, dict(markers)
        changed = [
            item_id for item_id in old.keys() | self._markers.keys() if old.get(item_id) != self._markers.get(item_id)
        ]
        positions = sorted(p for p in map(self._by_id.get, changed) if p is not None)
        # One signal per run of adjacent rows, so a first run over 10,000 items sends few.
        start = previous = None
        for position in [*positions, None]:
            if position is not None and previous is not None and position == previous + 1:
                previous = position
                continue
            if start is not None and previous is not None:  # a run ends (both are set together)
                self.dataChanged.emit(
                    self.index(start, self.marker_column), self.index(previous, self.marker_column), MARKER_ROLES
                )
            start = previous = position

    def _icon(self, severity: Severity | None) -> QIcon:
        icon = self._icons.get(severity)
        if icon is None:
            if severity is None:
                # Larger than any icon size: the view asks it for no less room than the others.
                blank = QPixmap(64, 64)
                blank.fill(QColor(0, 0, 0, 0))
                icon = QIcon(blank)
            else:
                # On the selected row too in its own colours (Qt would tint it with the
                # selection's): red stays red, as the margin of an IDE.
                icon, standard = QIcon(), severity_icon(severity)
                for size in (16, 20, 24, 32, 48, 64):
                    pixmap = standard.pixmap(size)
                    icon.addPixmap(pixmap, QIcon.Mode.Normal)
                    icon.addPixmap(pixmap, QIcon.Mode.Selected)
            self._icons[severity] = icon
        return icon

    @staticmethod
    def _lines(marker: Marker) -> list[tuple[str, str]]:
        """(severity word, message) per finding, at most MAX_MESSAGES, and how many more."""
        lines = [(severity_word(severity), text) for severity, text in marker.messages[:MAX_MESSAGES]]
        more = len(marker.messages) - MAX_MESSAGES
        if more > 0:
            lines.append(("", translate("Problems", "… and %1 more").replace("%1", str(more))))
        return lines

    def _tooltip(self, name: str, marker: Marker) -> str:
        """The item's name, then what the checks found in it (rich text: long messages wrap)."""
        lines = "".join(
            f'<tr><td style="padding-top: 4px">{f"<b>{escape(word)}:</b> " if word else ""}{escape(text)}</td></tr>'
            for word, text in self._lines(marker)
        )
        # A table of a set width, about 60 characters: a tooltip's own guess wraps far narrower.
        width = QFontMetrics(QApplication.font()).averageCharWidth() * 60
        return (
            f'<table width="{width}" cellspacing="0" cellpadding="0">'
            f"<tr><td><b>{escape(name)}</b></td></tr>{lines}</table>"
        )

    def _described(self, marker: Marker) -> str:
        return "\n".join(f"{word}: {text}" if word else text for word, text in self._lines(marker))

    def row_of(self, item_id: int) -> int | None:
        return self._by_id.get(item_id)

    def item_id(self, row: int) -> int:
        return self._rows[row].id

    def rows(self) -> list[Row]:
        return self._rows

    def search_texts(self) -> list[str]:
        return [row.search for row in self._rows]
