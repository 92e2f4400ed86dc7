"""A new transfer outside the EEA: where the data go, to whom, and the tool that allows it.

Nothing is chosen for the officer: a preset country or tool would put a legal claim in the
register that nobody made. Only destinations outside the EEA and tools that can carry a
transfer to the chosen country are offered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..register.reference import countries, destinations
from ..register.reference.languages import SUPPORTED
from ..register.rows import Row
from . import labels, language
from .country_choice import country_combo
from .dialog_parts import fit_height, open_at_width, reason_and_buttons
from .searchable_combo import SearchableCombo, fold

translate = QCoreApplication.translate

NO_RECIPIENT = 0  # recipient ids start at 1


class NewTransferDialog(QDialog):
    def __init__(self, recipients: list[Row], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "New transfer outside the EEA"))
        self._recipient_countries = {row.id: (row.values.get("country_code") or "").upper() for row in recipients}

        self.country = country_combo(destinations.destinations(language.current()), self)
        self.country.setObjectName("country")
        self.country.chosen.connect(self._country_chosen)
        self.country.editTextChanged.connect(self._update)
        eea_note = QLabel(
            translate("Dialogs", "Countries of the EEA are not listed: data going there are not transferred."), self
        )
        eea_note.setWordWrap(True)
        eea_note.setStyleSheet("color: palette(placeholder-text);")

        self.recipient = SearchableCombo(translate("Dialogs", "Type to find a recipient…"), self)
        self.recipient.setObjectName("recipient")
        self.recipient.add(translate("Dialogs", "— no recipient named —"), NO_RECIPIENT)
        for row in sorted(recipients, key=lambda r: labels.text(r.name).casefold()):
            self.recipient.add(
                labels.text(row.name), row.id, [v for v in row.name.values() if v] if isinstance(row.name, dict) else []
            )
        self.recipient.choose(NO_RECIPIENT)
        self.recipient.chosen.connect(self._recipient_chosen)

        self.tool = QComboBox(self)
        self.tool.setObjectName("tool")
        self.tool.currentIndexChanged.connect(self._update)
        self.tool_note = QLabel(self)
        self.tool_note.setWordWrap(True)
        self.tool_note.setStyleSheet("color: palette(placeholder-text);")

        self.reason, self.buttons = reason_and_buttons(self)

        form = QFormLayout()
        form.addRow(translate("Dialogs", "Country"), self.country)
        form.addRow("", eea_note)
        form.addRow(translate("Dialogs", "Recipient"), self.recipient)
        form.addRow(translate("Dialogs", "Transfer tool"), self.tool)
        form.addRow("", self.tool_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._fill_tools(None)
        self._update()
        open_at_width(self, 520)
        self.country.setFocus()

    # What was chosen.
    def values(self) -> dict | None:
        """Country, tool and recipient of the transfer; None while one of the first two is missing."""
        code, tool = self.country.key(), self.tool.currentData()
        if code is None or tool is None:
            return None
        recipient = self.recipient.key()
        return {
            "country_code": code,
            "tool": tool,
            "recipient_id": None if recipient in (None, NO_RECIPIENT) else recipient,
        }

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # Following the choices.
    def _country_chosen(self, code: str | None) -> None:
        self._fill_tools(code)
        self._update()

    def _recipient_chosen(self, recipient_id) -> None:
        # The recipient's own country outside the EEA is where its data go, unless the officer said otherwise.
        code = self._recipient_countries.get(recipient_id, "")
        if code and self.country.key() is None and not self.country.typed():
            self.country.choose(code)

    def _fill_tools(self, code: str | None) -> None:
        kept = self.tool.currentData()
        self.tool.blockSignals(True)
        self.tool.clear()
        self.tool.setEnabled(code is not None)
        self.tool.setPlaceholderText(
            translate("Dialogs", "— choose a transfer tool —")
            if code
            else translate("Dialogs", "— choose the country first —")
        )
        lang, group = language.current(), None
        for term in destinations.tools_for(code) if code else []:
            if group is not None and term.group != group:
                self.tool.insertSeparator(self.tool.count())
            group = term.group
            label = (
                translate("Dialogs", "No transfer tool yet (not allowed without one)")
                if term.key == destinations.NO_TOOL
                else f"{term.label_in(lang)} ({term.citation(lang)})"
                if term.ref
                else term.label_in(lang)
            )
            self.tool.addItem(label, term.key)
            self.tool.setItemData(self.tool.count() - 1, term.description.get(lang, ""), Qt.ItemDataRole.ToolTipRole)
        # A tool chosen for the last country stays if it still fits; adequacy may not.
        self.tool.setCurrentIndex(self.tool.findData(kept) if kept is not None else -1)
        self.tool.blockSignals(False)

    def _update(self, *_args) -> None:
        values = self.values()
        self.ok_button().setEnabled(values is not None)
        self.reason.setText(self._missing())
        self.tool_note.setText(self._tool_note())
        self.tool_note.setVisible(bool(self.tool_note.text()))
        if self.isVisible():  # opened, the note's lines need room; before, open_at_width gives it
            fit_height(self)

    def _missing(self) -> str:
        """Why OK is not yet possible, in one sentence."""
        if self.country.key() is None:
            typed = self.country.typed()
            inside = _eea_country_named(typed)
            if inside:
                return translate("Dialogs", "%1 is in the EEA: data going there are not transferred.").replace(
                    "%1", inside
                )
            if typed and not self.country.matches():
                return translate("Dialogs", "No country outside the EEA is called “%1”.").replace("%1", typed)
            return translate("Dialogs", "Choose the country the data go to.")
        if self.tool.currentData() is None:
            return translate("Dialogs", "Choose the transfer tool that allows this transfer.")
        return ""

    def _tool_note(self) -> str:
        key, code = self.tool.currentData(), self.country.key()
        if key is None or code is None:
            return ""
        decision = countries.adequacy_decision(code)
        if key == "adequacy" and decision is not None and decision.partial:
            return translate(
                "Dialogs",
                "The decision for %1 covers only some recipients: mark the recipient as covered in its details.",
            ).replace("%1", labels.country(code))
        term = next((t for t in destinations.tools_for(code) if t.key == key), None)
        return term.description.get(language.current(), "") if term is not None else ""


def _eea_country_named(typed: str) -> str:
    """The name of the EEA country ``typed`` names (at least three letters of it), else ""."""
    folded = fold(typed)
    if len(folded) < 3:
        return ""
    lang = language.current()
    for code in sorted(countries.eea_members() | countries.eu_territories()):
        if any(fold(countries.country_name(code, other)).startswith(folded) for other in SUPPORTED):
            return countries.country_name(code, lang)
    return ""
