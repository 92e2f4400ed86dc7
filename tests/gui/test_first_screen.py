"""The welcome dialog, the first thing a new officer sees: every text whole, in Dutch and in
English, in a dialog as large as its content and no larger than a 1280×800 screen."""

from __future__ import annotations

import pytest
from fit_helpers import clipped
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QVBoxLayout

from ropa_desktop.gui import language
from ropa_desktop.gui.start_dialog import StartChoice, StartDialog


@pytest.fixture
def font_scaled(qapp):
    """Scales the application's font (as a desktop's text scaling does), and restores it."""
    original = qapp.font()

    def scale(factor: float) -> None:
        font = qapp.font()
        font.setPointSizeF(original.pointSizeF() * factor)
        qapp.setFont(font)

    yield scale
    qapp.setFont(original)


@pytest.mark.parametrize("lang, law", [("nl", "art. 30 AVG"), ("en", "Art. 30 GDPR")])
@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_every_text_of_the_welcome_dialog_is_whole(qtbot, qapp, english, font_scaled, lang, law, scale):
    language.install(qapp, lang)
    font_scaled(scale)
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    intro = dialog.findChild(QLabel, "welcome_intro")
    assert law in intro.text()  # in the interface language, the law named as in that language
    assert clipped(dialog) == []
    assert dialog.width() <= 1280 and dialog.height() <= 800
    # As tall as its content, no empty band: the layout needs exactly the height it got.
    assert dialog.height() == dialog.layout().totalHeightForWidth(dialog.width())


def test_the_welcome_dialog_answers_with_the_choice(qtbot, english):
    dialog = StartDialog()
    qtbot.addWidget(dialog)
    new = next(b for b in dialog.findChildren(QAbstractButton) if "new register" in b.text())
    new.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.choice is StartChoice.NEW


def test_a_cut_text_is_found(qtbot, english):
    """The near miss of the check above: the welcome dialog's old sizing (a fixed width and
    the height of the label's own guess) cut its last line, and the check says so."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel(
        "Keep the register of Art. 30 GDPR and publish your privacy statement from it. How would you like to start?",
        dialog,
    )
    label.setWordWrap(True)
    QVBoxLayout(dialog).addWidget(label)
    dialog.show()
    dialog.setFixedSize(200, label.fontMetrics().height() + 30)
    qtbot.waitExposed(dialog)
    assert clipped(dialog) != []
