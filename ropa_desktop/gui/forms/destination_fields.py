"""A transfer's country and tool in its editor: the same choices as the New transfer dialog.

Only destinations outside the EEA are offered, found by typing their name in any language,
and no tool is chosen for the officer. A value stored earlier that is no longer offered (a
country of the EEA, an adequacy decision for a country without one) stays as it is, with a
warning: the editor never changes the register behind the officer's back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel

from ...register.reference import countries, destinations
from .. import labels, language
from ..country_choice import country_combo
from .fields import Field

translate = QCoreApplication.translate


class DestinationField(Field):
    """The country a transfer goes to; stored as its code, "" while none is chosen."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.combo = country_combo(destinations.destinations(language.current()), self)
        self.combo.chosen.connect(self._chosen)
        self.warning = QLabel(self)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00;")
        self.warning.hide()
        self._set_body(self.combo)
        self._outer.addWidget(self.warning)

    def value(self) -> str:
        return self.combo.key() or ""

    def set_value(self, value) -> None:
        code = (value or "").upper()
        if not code:
            self.combo.clear_choice()
        elif not self.combo.choose(code):
            # Stored before only destinations were offered (or imported): shown, not replaced.
            self.combo.add(countries.destination_label(code, labels.country(code), language.current()), code)
            self.combo.choose(code)
        self._warn()

    def _chosen(self, _code) -> None:
        self._warn()
        self._emit()

    def _warn(self) -> None:
        code = self.combo.key() or ""
        text = ""
        if code and countries.in_eea(code):
            text = translate(
                "Fields",
                "%1 is in the EEA: data going there are not transferred. Choose the "
                "country outside the EEA they go to, or delete this transfer.",
            ).replace("%1", labels.country(code))
        self.warning.setText(text)
        self.warning.setVisible(bool(text))


class TransferToolField(Field):
    """The transfer tool; only those that fit the chosen country, and none chosen by default."""

    follows = "country_code"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._country = ""
        self._value = ""  # the stored or chosen key; "" while nothing is chosen
        self.combo = QComboBox(self)
        self.combo.setMaxVisibleItems(20)
        # Long tools with their article must not widen the whole form.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(24)
        self.combo.currentIndexChanged.connect(self._picked)
        self._set_body(self.combo)
        self._fill()

    def value(self) -> str:
        return self._value

    def set_value(self, value) -> None:
        self._value = value or ""
        self._fill()

    def follow(self, value) -> None:
        self._country = (value or "").upper()
        self._fill()

    def _picked(self, index: int) -> None:
        if index >= 0:
            self._value = self.combo.itemData(index) or ""
            self._emit()

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        code, lang = self._country, language.current()
        # The New transfer dialog's own words (its context): one translation for both.
        self.combo.setPlaceholderText(
            translate("Dialogs", "— choose a transfer tool —")
            if code
            else translate("Dialogs", "— choose the country first —")
        )
        offered = destinations.tools_for(code) if code and not countries.in_eea(code) else []
        group = None
        for term in offered:
            if group is not None and term.group != group:
                self.combo.insertSeparator(self.combo.count())
            group = term.group
            self.combo.addItem(_tool_label(term, lang), term.key)
            self.combo.setItemData(self.combo.count() - 1, term.description.get(lang, ""), Qt.ItemDataRole.ToolTipRole)
        if self._value and self.combo.findData(self._value) < 0:
            # Stored, but not a tool for this country (adequacy where there is no decision):
            # kept visible as it is; the checks name the problem.
            self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(
                translate("Fields", "%1 (does not fit this country)").replace(
                    "%1", labels.term_label("transfer_tools", self._value)
                ),
                self._value,
            )
        self.combo.setCurrentIndex(self.combo.findData(self._value) if self._value else -1)
        self.combo.blockSignals(False)


def _tool_label(term, lang: str) -> str:
    if term.key == destinations.NO_TOOL:
        return translate("Dialogs", "No transfer tool yet (not allowed without one)")
    return f"{term.label_in(lang)} ({term.citation(lang)})" if term.ref else term.label_in(lang)
