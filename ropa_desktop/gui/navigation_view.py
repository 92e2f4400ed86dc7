"""The list of sections on the left, never narrower than its widest section with its count and
problem badge: "Ontvangers en verwerkers (12)" is not shortened to fit a badge."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QListView, QWidget


class NavigationView(QListView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("navigation")
        # Names that still do not fit (a window made very narrow) are shortened (…), so the
        # problem badges stay in sight.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSpacing(2)
        # The width measured, until the sections' texts or the font change: layouts ask for it
        # dozens of times while a window opens, each time measuring every section (in Python).
        self._width: int | None = None

    def setModel(self, model) -> None:
        super().setModel(model)
        # Counts and badges change the widest section: the splitter asks again.
        model.dataChanged.connect(self._texts_changed)
        model.modelReset.connect(self._texts_changed)
        model.layoutChanged.connect(self._texts_changed)
        self._width = None

    def _texts_changed(self, *_args) -> None:
        self._width = None
        self.updateGeometry()

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._width = None
        super().changeEvent(event)

    def content_width(self) -> int:
        """The width every section needs, with its count and badge, inside the frame."""
        if self._width is None:
            model = self.model()
            self._width = max(
                (self.sizeHintForIndex(model.index(row, 0)).width() for row in range(model.rowCount())), default=0
            )
        return self._width + 2 * self.spacing() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        return QSize(max(self.content_width(), 120), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.minimumSizeHint().width() + 8, super().sizeHint().height())
