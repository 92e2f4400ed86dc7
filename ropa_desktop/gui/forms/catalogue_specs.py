"""Editors of the shared catalogues: data, people, recipients, transfers, cookies, measures."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...register import kinds
from ...register.models import CookieCategory, CookieParty, DataCategoryKind, MeasureKind, RecipientKind
from ..translation_marks import QT_TRANSLATE_NOOP
from .destination_fields import DestinationField, TransferToolField
from .fields import CheckField, ChoiceField, DateField, LocalizedField, TextField
from .form import FieldSpec, Group, Tab
from .link_field import LinkField, entry_options
from .options import country_options, enum_options, term_options

translate = QCoreApplication.translate


def _name() -> FieldSpec:
    return FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Name"), lambda c: LocalizedField())


def _description() -> FieldSpec:
    return FieldSpec("description", QT_TRANSLATE_NOOP("Fields", "Description"), lambda c: LocalizedField(True))


def _country(key: str = "country_code") -> FieldSpec:
    return FieldSpec(
        key,
        QT_TRANSLATE_NOOP("Fields", "Country"),
        lambda c: ChoiceField(country_options, translate("Fields", "— no country —")),
    )


def _recipient_ref(key: str, label: str) -> FieldSpec:
    return FieldSpec(
        key,
        label,
        lambda c: ChoiceField(entry_options(c, kinds.RECIPIENT), translate("Fields", "— none —"), empty_value=None),
    )


DETAILS = QT_TRANSLATE_NOOP("Fields", "Details")

CATALOGUE_TABS = {
    kinds.DATA_CATEGORY: [
        Tab(
            DETAILS,
            [
                _name(),
                _description(),
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("Fields", "Kind"),
                    lambda c: ChoiceField(
                        enum_options(DataCategoryKind, "data_category_kind"), convert=DataCategoryKind
                    ),
                ),
                FieldSpec(
                    "special_category",
                    QT_TRANSLATE_NOOP("Fields", "Special category (Art. 9(1))"),
                    lambda c: ChoiceField(
                        term_options("special_categories"), translate("Fields", "— not special —"), empty_value=None
                    ),
                ),
            ],
        )
    ],
    kinds.DATA_SUBJECT: [
        Tab(
            DETAILS,
            [
                _name(),
                _description(),
                FieldSpec(
                    "vulnerable",
                    "",
                    lambda c: CheckField(translate("Fields", "Vulnerable people (children, patients, employees)")),
                ),
            ],
        )
    ],
    kinds.RECIPIENT: [
        Tab(
            DETAILS,
            [
                _name(),
                _description(),
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("Fields", "Kind"),
                    lambda c: ChoiceField(enum_options(RecipientKind, "recipient_kind"), convert=RecipientKind),
                ),
                _country(),
                FieldSpec("contact", QT_TRANSLATE_NOOP("Fields", "Contact"), lambda c: TextField(True)),
                Group(
                    QT_TRANSLATE_NOOP("Fields", "Data processing agreement (Art. 28)"),
                    [
                        FieldSpec(
                            "dpa_reference",
                            QT_TRANSLATE_NOOP("Fields", "Agreement (reference or link)"),
                            lambda c: TextField(),
                        ),
                        FieldSpec("dpa_signed", QT_TRANSLATE_NOOP("Fields", "Signed on"), lambda c: DateField()),
                        FieldSpec("dpa_end", QT_TRANSLATE_NOOP("Fields", "Ends on"), lambda c: DateField()),
                    ],
                ),
                FieldSpec(
                    "partial_adequacy_certified",
                    "",
                    lambda c: CheckField(
                        translate(
                            "Fields",
                            "Covered by the adequacy decision through certification (e.g. EU-US Data Privacy Framework)",
                        )
                    ),
                ),
                FieldSpec(
                    "sub_processors",
                    QT_TRANSLATE_NOOP("Fields", "Sub-processors"),
                    lambda c: LinkField(kinds.RECIPIENT, c),
                ),
                FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Internal notes"), lambda c: TextField(True)),
            ],
        )
    ],
    # The same choices as the New transfer dialog: destinations outside the EEA, no preset tool.
    kinds.TRANSFER: [
        Tab(
            DETAILS,
            [
                FieldSpec("country_code", QT_TRANSLATE_NOOP("Fields", "Country"), lambda c: DestinationField()),
                _recipient_ref("recipient_id", QT_TRANSLATE_NOOP("Fields", "Recipient")),
                FieldSpec("tool", QT_TRANSLATE_NOOP("Fields", "Transfer tool"), lambda c: TransferToolField()),
                FieldSpec(
                    "tool_reference",
                    QT_TRANSLATE_NOOP("Fields", "Where the safeguard is kept (reference)"),
                    lambda c: TextField(),
                ),
                FieldSpec(
                    "tia_date", QT_TRANSLATE_NOOP("Fields", "Transfer impact assessment date"), lambda c: DateField()
                ),
                FieldSpec(
                    "public_note",
                    QT_TRANSLATE_NOOP("Fields", "For the statement: the safeguard and how to get a copy"),
                    lambda c: LocalizedField(True),
                ),
                FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Internal notes"), lambda c: TextField(True)),
            ],
        )
    ],
    kinds.COOKIE: [
        Tab(
            DETAILS,
            [
                _name(),
                FieldSpec(
                    "party",
                    QT_TRANSLATE_NOOP("Fields", "Placed by"),
                    lambda c: ChoiceField(enum_options(CookieParty, "cookie_party"), convert=CookieParty),
                ),
                _recipient_ref("recipient_id", QT_TRANSLATE_NOOP("Fields", "Third party (recipient)")),
                FieldSpec(
                    "category",
                    QT_TRANSLATE_NOOP("Fields", "Category"),
                    lambda c: ChoiceField(enum_options(CookieCategory, "cookie_category"), convert=CookieCategory),
                ),
                FieldSpec("purpose", QT_TRANSLATE_NOOP("Fields", "Purpose"), lambda c: LocalizedField(True)),
                FieldSpec("lifetime", QT_TRANSLATE_NOOP("Fields", "Lifetime"), lambda c: LocalizedField()),
                FieldSpec(
                    "consent_required", "", lambda c: CheckField(translate("Fields", "Placed only after consent"))
                ),
            ],
        )
    ],
    kinds.SECURITY_MEASURE: [
        Tab(
            DETAILS,
            [
                _name(),
                _description(),
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("Fields", "Kind"),
                    lambda c: ChoiceField(enum_options(MeasureKind, "measure_kind"), convert=MeasureKind),
                ),
            ],
        )
    ],
}
