"""A check box whose text wraps onto more lines: a legal sentence beside a box ("Certified
under the EU-US Data Privacy Framework…") otherwise made the whole form scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QStyleOptionButton, QWidget

_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class WrappingCheckBox(QCheckBox):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indicator(self) -> tuple[int, int]:
        """The width of the box and the gap after it, from the style."""
        option = QStyleOptionButton()
        option.initFrom(self)
        width = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self)
        gap = self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)
        return width, gap

    def _text_rect(self, width: int) -> QRect:
        indicator, gap = self._indicator()
        left = indicator + gap + 2
        return QRect(left, 1, max(width - left - 2, 1), 10_000)

    def heightForWidth(self, width: int) -> int:
        text = self.fontMetrics().boundingRect(self._text_rect(width), int(_FLAGS), self.text())
        return max(text.height() + 2, super().sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def minimumSizeHint(self) -> QSize:
        indicator, gap = self._indicator()
        # The longest word must still fit.
        word = max((self.fontMetrics().horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(indicator + gap + 4 + min(word, 200), super().minimumSizeHint().height())

    def hitButton(self, pos: QPoint) -> bool:
        # The whole box and text, on every line, toggles it.
        return self.rect().contains(pos)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        indicator = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        # The box beside the first line of text.
        line = self.fontMetrics().height()
        indicator.moveTop(max((line - indicator.height()) // 2 + 1, 0))
        box = QStyleOptionButton(option)
        box.rect = indicator
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, self)
        text_rect = self._text_rect(self.width())
        text_rect.setHeight(self.height() - 1)
        self.style().drawItemText(
            painter, text_rect, int(_FLAGS), self.palette(), self.isEnabled(), self.text(), self.foregroundRole()
        )
        if self.hasFocus():
            focus = QStyleOptionButton(option)
            focus.rect = self.fontMetrics().boundingRect(text_rect, int(_FLAGS), self.text()).adjusted(-1, 0, 1, 1)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self)
