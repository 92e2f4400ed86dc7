"""Helper text (what the list shows, "Unsaved changes", what a picker holds): quieter than the
fields, yet readable. The palette's text colour moved towards the background only as far as
WCAG AA allows (contrast 4.5:1), so it stays legible in light and dark themes; the greys the
style gives disabled widgets ("mid", "dark") are too faint for reading."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

READABLE = 4.5  # WCAG 2.x AA, normal-size text


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def quiet_colour(palette: QPalette) -> QColor:
    """The text colour with less emphasis that still reads at 4.5:1 on the window's background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    for step in range(40, -1, -1):  # from 40 % of the way to the background back to the text itself
        share = step / 100
        mixed = QColor.fromRgbF(
            *(
                t + (b - t) * share
                for t, b in zip(
                    (text.redF(), text.greenF(), text.blueF()),
                    (background.redF(), background.greenF(), background.blueF()),
                    strict=True,
                )
            )
        )
        if contrast(mixed, background) >= READABLE:
            return mixed
    return text


def make_quiet(widget: QWidget) -> QWidget:
    """Show ``widget``'s text as helper text."""
    palette = widget.palette()
    colour = quiet_colour(palette)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    palette.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)
    return widget
