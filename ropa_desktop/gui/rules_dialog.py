"""Help > Compliance rules: every rule the Problems panel applies, with its grounds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..checks.reference import reference_html
from . import language

translate = QCoreApplication.translate


class RulesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rules_dialog")
        self.setWindowTitle(translate("Problems", "Compliance rules"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("rules")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.refresh()

    def refresh(self) -> None:
        """The rules as declared now, in the interface language."""
        try:
            self.browser.setHtml(reference_html(language.current()))
        except KeyError as error:  # a rule declared without its texts
            self.browser.setPlainText(
                translate("Problems", "The rule reference could not be made: %1").replace(
                    "%1", f"{type(error).__name__}: {error}"
                )
            )

    def show_rule(self, rule_id: str | None = None) -> None:
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        if rule_id:
            self.browser.scrollToAnchor(rule_id)
