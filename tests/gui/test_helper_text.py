"""Helper text is quieter than the fields yet readable: WCAG AA (4.5:1) on the window."""

from __future__ import annotations

from form_helpers import select_row
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from ropa_desktop.gui.helper_text import contrast, quiet_colour
from ropa_desktop.register import kinds


def _shown_contrast(label: QLabel) -> float:
    palette = label.palette()
    return contrast(palette.color(label.foregroundRole()), palette.color(QPalette.ColorRole.Window))


def test_the_quiet_colour_reads_in_light_and_dark_themes(qapp):
    for text, background in (("#000000", "#efefef"), ("#ffffff", "#2b2b2b"), ("#1a1a1a", "#ffffff")):
        palette = QPalette(QApplication.palette())
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        quiet = quiet_colour(palette)
        assert contrast(quiet, QColor(background)) >= 4.5
        assert quiet != QColor(text)  # less emphasis than the text itself


def test_the_styles_grey_is_too_faint_for_helper_text(qapp):
    """The near miss: the palette's "mid" grey, used before, fails the same measure."""
    palette = QApplication.palette()
    assert contrast(palette.color(QPalette.ColorRole.Mid), palette.color(QPalette.ColorRole.Window)) < 4.5


def test_the_windows_helper_texts_are_readable(window):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Job applications")
    text = window.palette().color(QPalette.ColorRole.WindowText)
    for label in (page.shown, page.editor.state, page.editor.form.fields["data_categories"].summary):
        assert _shown_contrast(label) >= 4.5
        assert label.palette().color(label.foregroundRole()) != text
