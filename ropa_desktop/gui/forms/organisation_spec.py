"""The organisation page: the controller, its privacy contacts, offices and register settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...register import kinds
from ...register.models import Office
from ...register.reference.authorities import default_authority_details
from ...register.snapshots import blank_child
from .. import labels
from ..translation_marks import QT_TRANSLATE_NOOP
from .child_list import ChildListField
from .contact_field import ContactField
from .fields import CheckField, ChoiceField, DateField, LanguagesField, LocalizedField, NumberField, TextField
from .form import FieldSpec, Tab
from .link_field import entry_options
from .options import country_options, language_options

translate = QCoreApplication.translate


def _country(key: str = "country_code") -> FieldSpec:
    return FieldSpec(
        key,
        QT_TRANSLATE_NOOP("Fields", "Country"),
        lambda c: ChoiceField(country_options, translate("Fields", "— no country —")),
    )


def _address_fields() -> list[FieldSpec]:
    return [
        FieldSpec("address", QT_TRANSLATE_NOOP("Fields", "Address"), lambda c: TextField(True)),
        FieldSpec("postal_code", QT_TRANSLATE_NOOP("Fields", "Postal code"), lambda c: TextField()),
        FieldSpec("city", QT_TRANSLATE_NOOP("Fields", "City"), lambda c: TextField()),
        _country(),
        FieldSpec("email", QT_TRANSLATE_NOOP("Fields", "E-mail"), lambda c: TextField()),
        FieldSpec("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), lambda c: TextField()),
        FieldSpec("website", QT_TRANSLATE_NOOP("Fields", "Website"), lambda c: TextField()),
    ]


CONTACT_FIELDS = [
    FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Name"), lambda c: TextField()),
    FieldSpec("attention", QT_TRANSLATE_NOOP("Fields", "Attention of"), lambda c: TextField()),
    *_address_fields(),
]


def _contact(key: str, label: str, present: str, default=None) -> FieldSpec:
    return FieldSpec(
        key,
        label,
        lambda c: ContactField(
            CONTACT_FIELDS, c, translate("Fields", present), (lambda: default(c)) if default else None
        ),
    )


def _default_authority(context):
    """The authority of the organisation's country, which applies unless other details are given."""
    with context.workspace.register.session() as session:
        country = context.workspace.register.organisation(session).country_code
    details = default_authority_details(country)
    if details is None:
        return translate("Fields", "Our country has no authority in the reference data: give its details here."), {}
    return translate("Fields", "By default: %1 (from the reference data).").replace("%1", details["name"]), details


def _office_title(row: int, values: dict) -> str:
    name = labels.text(values.get("name")) or translate("Fields", "(new office)")
    city = values.get("city") or ""
    return f"{name} ({city})" if city else name


OFFICE_FIELDS = [
    FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Name"), lambda c: LocalizedField()),
    FieldSpec("city", QT_TRANSLATE_NOOP("Fields", "City"), lambda c: TextField()),
    _country(),
    FieldSpec("headquarters", "", lambda c: CheckField(translate("Fields", "Headquarters"))),
    FieldSpec(
        "group_entity_id",
        QT_TRANSLATE_NOOP("Fields", "Run by group company"),
        lambda c: ChoiceField(entry_options(c, kinds.RECIPIENT), translate("Fields", "— none —"), empty_value=None),
    ),
]

ORGANISATION_TABS = [
    Tab(
        QT_TRANSLATE_NOOP("Fields", "Controller"),
        [
            FieldSpec("legal_name", QT_TRANSLATE_NOOP("Fields", "Legal name"), lambda c: TextField()),
            FieldSpec("trade_name", QT_TRANSLATE_NOOP("Fields", "Trade name"), lambda c: TextField()),
            FieldSpec(
                "description",
                QT_TRANSLATE_NOOP("Fields", "Who we are (for the statement)"),
                lambda c: LocalizedField(True),
            ),
            *_address_fields(),
            FieldSpec(
                "chamber_of_commerce", QT_TRANSLATE_NOOP("Fields", "Chamber of Commerce number"), lambda c: TextField()
            ),
            FieldSpec(
                "public_authority",
                "",
                lambda c: CheckField(
                    translate("Fields", "We are a public authority or body: a DPO is always required (Art. 37(1)(a))")
                ),
            ),
        ],
    ),
    Tab(
        QT_TRANSLATE_NOOP("Fields", "Privacy contacts"),
        [
            _contact(
                "privacy_contact",
                QT_TRANSLATE_NOOP("Fields", "Privacy contact"),
                QT_TRANSLATE_NOOP("Fields", "We have a privacy contact"),
            ),
            _contact(
                "dpo",
                QT_TRANSLATE_NOOP("Fields", "Data protection officer"),
                QT_TRANSLATE_NOOP("Fields", "We have appointed a DPO (Art. 37)"),
            ),
            _contact(
                "representative",
                QT_TRANSLATE_NOOP("Fields", "Representative in the EU (Art. 27)"),
                QT_TRANSLATE_NOOP("Fields", "We have a representative in the EU"),
            ),
        ],
    ),
    Tab(
        QT_TRANSLATE_NOOP("Fields", "Supervisory authority"),
        [
            _contact(
                "supervisory_authority",
                QT_TRANSLATE_NOOP("Fields", "Supervisory authority"),
                QT_TRANSLATE_NOOP("Fields", "Use these details instead of the authority of our country"),
                _default_authority,
            ),
        ],
    ),
    Tab(
        QT_TRANSLATE_NOOP("Fields", "Offices"),
        [
            FieldSpec(
                "offices",
                "",
                lambda c: ChildListField(
                    OFFICE_FIELDS, c, lambda: blank_child(Office), _office_title, translate("Fields", "Add office")
                ),
            ),
        ],
    ),
    Tab(
        QT_TRANSLATE_NOOP("Fields", "Register"),
        [
            FieldSpec(
                "languages",
                QT_TRANSLATE_NOOP("Fields", "Languages of the public texts"),
                lambda c: LanguagesField(language_options),
            ),
            FieldSpec(
                "statement_date", QT_TRANSLATE_NOOP("Fields", "Date of the privacy statement"), lambda c: DateField()
            ),
            FieldSpec(
                "rights_response_months",
                QT_TRANSLATE_NOOP("Fields", "Months to answer a request (Art. 12(3))"),
                lambda c: NumberField(1, 3),
            ),
        ],
    ),
]
