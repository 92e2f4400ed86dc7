"""The sections of the register on the left, each with how many items it holds and a badge
with how many errors and warnings the compliance checks found in them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..register import kinds
from .kind_names import section_name

translate = QCoreApplication.translate
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
# (errors, warnings) the checks found in the section's items; None before the first check.
PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 2
# The privacy statement is not a kind of item but a page of its own; the register's history
# (the change log of every item, history_page.py) comes last.
STATEMENT = "statement"
HISTORY = "history"
SECTIONS = (kinds.ORGANISATION, *kinds.LISTED, STATEMENT, HISTORY)
_Index = QModelIndex | QPersistentModelIndex


def problems_text(errors: int, warnings: int) -> str:
    """'2 errors, 1 warning' for the section's tooltip."""
    error_text = (
        translate("Problems", "1 error")
        if errors == 1
        else translate("Problems", "%1 errors").replace("%1", str(errors))
    )
    warning_text = (
        translate("Problems", "1 warning")
        if warnings == 1
        else translate("Problems", "%1 warnings").replace("%1", str(warnings))
    )
    return f"{error_text}, {warning_text}"


class NavigationModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._counts: dict[str, int] = {}
        self._problems: dict[str, tuple[int, int]] | None = None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SECTIONS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        kind = SECTIONS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            count = self._counts.get(kind)
            return section_name(kind) if count is None else f"{section_name(kind)}  ({count})"
        if role == KIND_ROLE:
            return kind
        if role == PROBLEMS_ROLE:
            return None if self._problems is None else self._problems.get(kind, (0, 0))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            # The whole name (the view may shorten it) and what the checks found there.
            errors, warnings = (self._problems or {}).get(kind, (0, 0))
            shown = self.data(index)
            return f"{shown}: {problems_text(errors, warnings)}" if errors or warnings else shown
        return None

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        self.dataChanged.emit(self.index(0), self.index(len(SECTIONS) - 1))

    def set_problems(self, problems: dict[str, tuple[int, int]]) -> None:
        """Errors and warnings per section (kind), from the newest check."""
        self._problems = dict(problems)
        self.dataChanged.emit(self.index(0), self.index(len(SECTIONS) - 1))

    def row_of(self, kind: str) -> int:
        return SECTIONS.index(kind)


class NavigationDelegate(QStyledItemDelegate):
    """Draws a section with its problem count as a badge at the right: red when any of them
    is an error, amber when all are warnings."""

    ERROR = QColor("#c62828")
    WARNING = QColor("#a15c00")

    def _badge(self, option: QStyleOptionViewItem, index: _Index) -> tuple[str, QColor, QFont] | None:
        problems = index.data(PROBLEMS_ROLE)
        if not problems or not sum(problems):
            return None
        errors, warnings = problems
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
        total = errors + warnings
        return str(total) if total < 1000 else "999+", self.ERROR if errors else self.WARNING, font

    @staticmethod
    def _badge_width(text: str, font: QFont) -> int:
        return QFontMetrics(font).horizontalAdvance(text) + 12

    # Between the name and its badge, and between the badge and the edge of the view.
    GAP, MARGIN = 6, 4

    @staticmethod
    def _right(option: QStyleOptionViewItem) -> int:
        # The badge at the right of what is visible (an item may be wider than the view).
        right = option.rect.right()
        widget = option.widget
        if isinstance(widget, QAbstractItemView):
            right = min(right, widget.viewport().rect().right() + widget.horizontalOffset())
        return right - NavigationDelegate.MARGIN

    def shown_text(self, option: QStyleOptionViewItem, index: _Index) -> str:
        """The section's name and count as painted: whole, or shortened with "…" in the middle
        (the count at the end stays readable) to leave room for the badge."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return opt.text
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        # The style draws the text this far inside its rectangle, at either side.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        left, right = text_rect.left() + margin, text_rect.right() - margin
        badge = self._badge(option, index)
        if badge is not None:
            right = min(right, self._right(option) - self._badge_width(badge[0], badge[2]) - self.GAP)
        return opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideMiddle, max(right - left + 1, 0))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        badge = self._badge(option, index)
        if badge is None:
            super().paint(painter, option, index)
            return
        text, colour, font = badge
        width = self._badge_width(text, font)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        right = self._right(option)
        # Leave room for the badge: elide the section's name, not the badge.
        if style is not None:
            opt.text = self.shown_text(option, index)
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        else:
            super().paint(painter, option, index)
        height = QFontMetrics(font).height() + 2
        rect = QRect(right - width, option.rect.center().y() - height // 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index):
        size = super().sizeHint(option, index)
        badge = self._badge(option, index)
        if badge is not None:
            size.setWidth(size.width() + self._badge_width(badge[0], badge[2]) + self.GAP + self.MARGIN)
        return size
