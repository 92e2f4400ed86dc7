"""What an officer needs to start a register: the organisation's legal name, its country,
the languages of the public texts and the privacy contact's e-mail address."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..register import texts
from ..register.reference import countries
from ..register.reference.languages import SUPPORTED
from ..register.starting import RegisterStart, is_email
from . import language
from .country_choice import country_combo
from .dialog_parts import fit_height, open_at_width
from .forms.fields import LanguagesField
from .forms.options import language_options

translate = QCoreApplication.translate

# Where most registers of this program are kept; the officer sees it and may change it.
HOME_COUNTRY = "NL"


def _refusal(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


def _with_refusal(field: QWidget, refusal: QLabel) -> QWidget:
    """The field with the sentence that says why it is refused right under it."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(refusal)
    return box


class NewRegisterDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "New register"))
        intro = QLabel(
            translate(
                "Dialogs", "Who keeps this register? You can fill in the rest of the organisation later, on its page."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setMaxLength(texts.MAX_NAME_LENGTH)
        self.name.setPlaceholderText(translate("Dialogs", "e.g. Example Foundation"))
        self.name.textEdited.connect(self._name_edited)
        self.name_refused = _refusal(self)
        self.name_refused.setObjectName("nameRefused")
        self.country = country_combo(countries.countries(language.current()), self)
        self.country.setObjectName("country")
        self.country.choose(HOME_COUNTRY)
        self.country_refused = _refusal(self)
        self.country.chosen.connect(lambda _key: self.country_refused.hide())
        self.languages = LanguagesField(language_options, self)
        self.languages.set_value([language.current()] + [lang for lang in SUPPORTED if lang != language.current()])
        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        self.email.setPlaceholderText(translate("Dialogs", "e.g. privacy@example.org"))
        self.email_refused = _refusal(self)
        self.email.textEdited.connect(lambda _text: self.email_refused.hide())
        self.email_refused.setObjectName("emailRefused")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(translate("Dialogs", "Legal name of the organisation"), _with_refusal(self.name, self.name_refused))
        form.addRow(
            translate("Dialogs", "Country of its main establishment"), _with_refusal(self.country, self.country_refused)
        )
        form.addRow(translate("Dialogs", "Languages of the public texts"), self.languages)
        form.addRow(
            translate("Dialogs", "E-mail address of the privacy contact"), _with_refusal(self.email, self.email_refused)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        open_at_width(self, 640)
        self.name.setFocus()

    def values(self) -> RegisterStart:
        return RegisterStart(
            legal_name=self.name.text().strip(),
            country=self.country.key() or "",
            languages=tuple(self.languages.value()),
            privacy_email=self.email.text().strip(),
        )

    def accept(self) -> None:
        """Refuse what cannot start a register, saying why beside the field."""
        if self._refusals():
            return
        super().accept()

    def _refusals(self) -> bool:
        start = self.values()
        refused: list[QWidget] = []
        if not start.legal_name:
            self.name_refused.setText(
                translate(
                    "Dialogs",
                    "The register needs the organisation's legal name: it names the controller in the "
                    "register and in the privacy statement.",
                )
            )
            refused.append(self.name)
        if not start.country:
            self.country_refused.setText(
                translate("Dialogs", "Choose a country: it decides the supervisory authority the statement names.")
            )
            refused.append(self.country)
        if start.privacy_email and not is_email(start.privacy_email):
            self.email_refused.setText(
                translate(
                    "Dialogs", "“%1” is not an e-mail address. Leave it empty to fill in the contact later."
                ).replace("%1", start.privacy_email)
            )
            refused.append(self.email)
        for label, field in (
            (self.name_refused, self.name),
            (self.country_refused, self.country),
            (self.email_refused, self.email),
        ):
            label.setVisible(field in refused)
        if refused:
            refused[0].setFocus()
            fit_height(self)  # room for the sentences just shown: a wrapped label asks no height of its own
        return bool(refused)

    def _name_edited(self, text: str) -> None:
        if text.strip():
            self.name_refused.hide()
