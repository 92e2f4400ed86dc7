"""Column widths of a list that follow what the columns hold: each column as wide as its header
and its texts (up to a limit), the name column the rest of the width. With fixed widths a one-
digit count took as much room as a name, and names were cut while the count column stayed empty."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

# Wider than this, a column's texts are shortened (…); its tooltip or the editor shows them whole.
WIDEST = 190
# The name column never gets narrower than this: the other columns scroll sideways instead.
NARROWEST_NAME = 200
# How many rows a column's width is measured over (the ones in view first): Qt's default of
# 1,000 asked Python's data() some 10,000 times per fit of a long list, over a second of a
# window standing still. A screenful tells what a column holds as well.
MEASURED_ROWS = 40


class ColumnFit(QObject):
    def __init__(self, table: QTableView, name_column: int):
        super().__init__(table)
        self.table = table
        self.name_column = name_column
        # Columns the officer widened or narrowed by hand keep that width.
        self._by_hand: set[int] = set()
        self._fitting = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(MEASURED_ROWS)
        header.sectionResized.connect(self._resized)
        model = table.model()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        # Other rows, or more of them; not on every changed row (dataChanged: each run of the
        # checks marks rows) nor on sorting (the columns would jump at every click on a header).
        for signal in (model.modelReset, model.rowsInserted):
            signal.connect(self._later.start)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False

    def fit(self) -> None:
        """Each column other than the name as wide as its header and texts, then the name the rest."""
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column in range(header.count()):
                if column != self.name_column and column not in self._by_hand:
                    wanted = max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
                    header.resizeSection(column, min(wanted, WIDEST))
        finally:
            self._fitting = False
        self.fill()

    def fill(self) -> None:
        """The name column takes the width the other columns leave."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self.name_column and not header.isSectionHidden(column)
        )
        self._fitting = True
        try:
            header.resizeSection(self.name_column, max(self.table.viewport().width() - others, NARROWEST_NAME))
        finally:
            self._fitting = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        if column != self.name_column:
            self._by_hand.add(column)
            self.fill()
