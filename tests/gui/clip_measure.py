"""Texts cut off by their widget, measured: a text wider than the room its widget gives it, or
a wrapped label shorter than its text needs. Each offender is named by its widget path, so a
failure says where to look without a screenshot."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QFontMetrics,
    Qt,  # QtGui's Qt carries mightBeRichText
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding between a font's advance and the layout's integer sizes


@dataclass(frozen=True)
class Clipped:
    path: str
    text: str
    room: int
    needed: int
    widget: QWidget

    def __str__(self) -> str:
        return f"{self.path}: {self.text!r} has {self.room} px, needs {self.needed}"


def widget_path(widget: QWidget) -> str:
    """ "MainWindow/ListPage#activities/QLabel#title": class and object name up to the window."""
    names = []
    while widget is not None:
        name = type(widget).__name__
        if widget.objectName() and not widget.objectName().startswith("qt_"):
            name += f"#{widget.objectName()}"
        names.append(name)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def shown_text(text: str) -> str:
    """What a button or label shows of ``text``: a single & marks the accelerator, && is one &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _plain(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.PlainText or (fmt == Qt.TextFormat.AutoText and not Qt.mightBeRichText(label.text()))


def _label_width(label: QLabel) -> int:
    """The width the label's text takes on one line (a line break starts a new one)."""
    if _plain(label):
        metrics = label.fontMetrics()
        return max(metrics.horizontalAdvance(line) for line in label.text().split("\n"))
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    return int(document.idealWidth() + 0.999)


def _label(label: QLabel) -> Clipped | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if "Elided" in type(label).__name__:  # shortens its text on purpose (…), whole in its tooltip
        return None
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return Clipped(widget_path(label), label.text(), label.height(), needed, label)
        return None
    width = _label_width(label)
    space = room.width() - 2 * label.margin() - max(label.indent(), 0)
    if width > space + SLACK:
        return Clipped(widget_path(label), label.text(), space, width, label)
    return None


def _button_option(button: QAbstractButton) -> QStyleOptionButton:
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    return option


def _button(button: QAbstractButton) -> Clipped | None:
    text = shown_text(button.text())
    if not text:
        return None
    if button.hasHeightForWidth():  # a button that wraps its text (forms/wrapping_check_box.py): lines, not width
        needed = button.heightForWidth(button.width())
        if needed > button.height() + SLACK:
            return Clipped(widget_path(button), button.text(), button.height(), needed, button)
        return None
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        needed, room = button.sizeHint().width(), button.width()
    else:
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
            if isinstance(button, QRadioButton)
            else QStyle.SubElement.SE_PushButtonContents
        )
        contents = button.style().subElementRect(element, _button_option(button), button)
        metrics = QFontMetrics(button.font())
        needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        room = contents.width()
        if isinstance(button, QPushButton) and not button.isFlat():
            room -= 2 * button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) // 2
    if needed > room + SLACK:
        return Clipped(widget_path(button), button.text(), room, needed, button)
    return None


def _group(box: QGroupBox) -> Clipped | None:
    if not box.title():
        return None
    needed = QFontMetrics(box.font()).horizontalAdvance(shown_text(box.title()))
    if box.isCheckable():
        needed += box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) + 6
    room = box.contentsRect().width() - 8  # the title sits indented by the frame
    if needed > room + SLACK:
        return Clipped(widget_path(box), box.title(), room, needed, box)
    return None


def _tabs(bar: QTabBar) -> list[Clipped]:
    found = []
    metrics = QFontMetrics(bar.font())
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = shown_text(bar.tabText(index))
        needed = metrics.horizontalAdvance(text) + space
        if not bar.tabIcon(index).isNull():
            needed += bar.iconSize().width() + 4
        room = bar.tabRect(index).width()
        rect = bar.tabRect(index)
        # A tab pushed beyond the bar's end (behind the scroll arrows) is as unreadable as a cut one.
        if needed > room + SLACK or rect.right() > bar.width():
            found.append(
                Clipped(
                    widget_path(bar) + f"[tab {index}]",
                    bar.tabText(index),
                    min(room, bar.width() - rect.left()),
                    needed,
                    bar,
                )
            )
    return found


def _sideways(area: QScrollArea) -> Clipped | None:
    """A form wider than its window: its right-hand texts are out of sight until scrolled to.
    (Scrolling down a long form is fine; tables scroll sideways by nature and are not asked.)"""
    if area.widget() is None or not area.horizontalScrollBar().isVisible():
        return None
    return Clipped(widget_path(area) + "[scrolls sideways]", "", area.viewport().width(), area.widget().width(), area)


def clipped_texts(root: QWidget) -> list[Clipped]:
    """Every visible text under ``root`` (and ``root`` itself) that its widget cuts off."""
    found: list[Clipped] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            found.append(_label(widget))
        elif isinstance(widget, QAbstractButton):
            found.append(_button(widget))
        elif isinstance(widget, QGroupBox):
            found.append(_group(widget))
        elif isinstance(widget, QTabBar):
            found.extend(_tabs(widget))
        elif isinstance(widget, QScrollArea):
            found.append(_sideways(widget))
    return [clip for clip in found if clip is not None]
