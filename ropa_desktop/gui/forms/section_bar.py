"""The sections of a form as buttons that wrap onto a second line when the editor is narrow:
a tab bar shows three of seven Dutch titles at 1280×800 and hides the rest behind arrows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QSizePolicy, QTabWidget, QToolButton, QWidget

from ..flow_layout import FlowLayout

# The current section marked as the current row of a list is: the officer's eye knows it.
_STYLE = """
QToolButton { padding: 2px 6px; border: 1px solid palette(mid); border-radius: 3px; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
QToolButton:hover:!checked { background: palette(midlight); }
"""

# The arrow keys step to the previous or next section. Keyed by int: QKeyEvent.key() gives an int.
_STEPS: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}


class SectionBar(QWidget):
    """Chooses the page of ``tabs`` (whose own tab bar it hides), and follows it when the page
    is chosen in code, e.g. to show a field with a problem."""

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sections")
        self.tabs = tabs
        tabs.tabBar().hide()
        self.setStyleSheet(_STYLE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._flow = FlowLayout(self)
        for index in range(tabs.count()):
            self._add_button(index)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.group.idClicked.connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(self._show_current)
        self._show_current(tabs.currentIndex())
        # One section needs no choosing.
        self.setVisible(tabs.count() > 1)

    def _add_button(self, index: int) -> None:
        button = QToolButton(self)
        button.setText(self.tabs.tabText(index))
        button.setCheckable(True)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.group.addButton(button, index)
        self._flow.addWidget(button)

    def add_last(self) -> None:
        """A button for the page just added last to ``tabs`` (an editor's History tab)."""
        self._add_button(self.tabs.count() - 1)
        self._show_current(self.tabs.currentIndex())
        self.setVisible(self.tabs.count() > 1)

    def buttons(self) -> list[QAbstractButton]:
        return [self.group.button(index) for index in range(self.tabs.count())]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._flow.heightForWidth(width)

    def _show_current(self, index: int) -> None:
        # One stop in the Tab order, like a tab bar: the arrow keys go to the other sections.
        for position, button in enumerate(self.buttons()):
            button.setChecked(position == index)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus if position == index else Qt.FocusPolicy.NoFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _STEPS.get(event.key())
        if step is None or not self.tabs.count():
            super().keyPressEvent(event)
            return
        index = (self.tabs.currentIndex() + step) % self.tabs.count()
        self.tabs.setCurrentIndex(index)
        self.group.button(index).setFocus(Qt.FocusReason.TabFocusReason)
