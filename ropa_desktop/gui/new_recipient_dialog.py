"""A new recipient with what the register needs of it at once: its name, what kind of
recipient it is, where it is established and, for a processor, its agreement (Art. 28(3))."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..register import texts
from ..register.models import Recipient, RecipientKind
from ..register.reference import countries
from . import labels, language
from .country_choice import country_combo
from .dialog_parts import fit_height, open_at_width, reason_and_buttons
from .forms.fields import DateField

translate = QCoreApplication.translate


class NewRecipientDialog(QDialog):
    def __init__(self, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "New recipient"))
        self.name = QLineEdit(name, self)
        self.name.setObjectName("name")
        self.name.setMaxLength(texts.MAX_NAME_LENGTH)
        self.name.textChanged.connect(self._update)
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in RecipientKind:
            self.kind.addItem(labels.enum_label("recipient_kind", kind), kind)
        # Processor or controller decides what the law asks of the recipient: the officer says which.
        self.kind.setPlaceholderText(translate("Dialogs", "— choose the kind —"))
        self.kind.setCurrentIndex(-1)
        self.kind.currentIndexChanged.connect(self._update)
        self.country = country_combo(countries.countries(language.current()), self)
        self.country.setObjectName("country")

        self.agreement = QGroupBox(translate("Fields", "Data processing agreement (Art. 28)"), self)
        self.reference = QLineEdit(self.agreement)
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(texts.limit_of(Recipient, "dpa_reference"))
        self.signed = DateField(self.agreement)
        agreement_form = QFormLayout(self.agreement)
        agreement_form.addRow(translate("Fields", "Agreement (reference or link)"), self.reference)
        agreement_form.addRow(translate("Fields", "Signed on"), self.signed)

        self.reason, self.buttons = reason_and_buttons(self)

        form = QFormLayout()
        form.addRow(translate("Fields", "Name"), self.name)
        form.addRow(translate("Fields", "Kind"), self.kind)
        form.addRow(translate("Fields", "Country"), self.country)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.agreement)
        layout.addWidget(self.reason)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update()
        open_at_width(self, 520)
        self.name.setFocus()
        self.name.selectAll()

    def values(self) -> dict | None:
        """The recipient's name and details; None while its name or kind is missing."""
        name, kind = self.name.text().strip(), self.kind.currentData()
        if not name or kind is None:
            return None
        processor = kind == RecipientKind.PROCESSOR
        return {
            "name": name,
            "kind": kind,
            "country_code": self.country.key() or "",
            "dpa_reference": self.reference.text().strip() if processor else "",
            "dpa_signed": self.signed.value() if processor else None,
        }

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update(self, *_args) -> None:
        self.ok_button().setEnabled(self.values() is not None)
        # An agreement under Art. 28(3) is a processor's; other recipients have none to record.
        self.agreement.setVisible(self.kind.currentData() == RecipientKind.PROCESSOR)
        if not self.name.text().strip():
            self.reason.setText(translate("Dialogs", "Type the recipient's name."))
        elif self.kind.currentData() is None:
            self.reason.setText(translate("Dialogs", "Choose what kind of recipient this is."))
        else:
            self.reason.setText("")
        if self.isVisible():  # the agreement's group and the reason come and go: room for their lines
            fit_height(self)
