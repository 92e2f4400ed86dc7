"""The processing activity editor, grouped the way an officer thinks about an activity."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...register import kinds
from ...register.models import (
    ActivityRole,
    ActivityStatus,
    DataSource,
    DpiaStatus,
    PeriodUnit,
    ProcessingActivity,
    ProvisionRequirement,
    Purpose,
    RetentionRule,
)
from ...register.snapshots import blank_child
from ...register.texts import limit_of
from .. import labels
from ..translation_marks import QT_TRANSLATE_NOOP
from .child_list import ChildListField
from .fields import CheckField, ChecksField, ChoiceField, DateField, LocalizedField, NumberField, TextField
from .form import FieldSpec, Group, Tab
from .link_field import LinkField
from .options import enum_options, term_options
from .rule_categories_field import RuleCategoriesField

translate = QCoreApplication.translate


def _short_text(model: type, key: str) -> Callable[[object], TextField]:
    """A one-line box for a column of declared length: it takes no more than the column keeps."""
    return lambda c: TextField(max_length=limit_of(model, key))


def _purpose_title(row: int, values: dict) -> str:
    text = labels.text(values.get("description")) or translate("Fields", "(new purpose)")
    return f"{row + 1}. {text}"  # the list elides it to its width


def _retention_title(row: int, values: dict) -> str:
    text = labels.text(values.get("wording"))
    if not text and values.get("period_value"):
        text = f"{values['period_value']} {labels.enum_label('period_unit', values.get('period_unit'))}"
    text = text or translate("Fields", "(new retention rule)")
    return f"{row + 1}. {text}"  # the list elides it to its width


PURPOSE_FIELDS = [
    FieldSpec(
        "description",
        QT_TRANSLATE_NOOP("Fields", "Purpose"),
        lambda c: LocalizedField(True),
        QT_TRANSLATE_NOOP("Fields", "What the data is used for, in words the public understands."),
    ),
    FieldSpec(
        "legal_basis",
        QT_TRANSLATE_NOOP("Fields", "Legal basis (Art. 6)"),
        lambda c: ChoiceField(
            term_options("legal_bases", with_ref=True), translate("Fields", "— choose a legal basis —")
        ),
    ),
    FieldSpec(
        "legitimate_interest",
        QT_TRANSLATE_NOOP("Fields", "Legitimate interest"),
        lambda c: LocalizedField(True),
        QT_TRANSLATE_NOOP(
            "Fields", "Required when the legal basis is legitimate interest: the interest pursued (Art. 13(1)(d))."
        ),
    ),
    FieldSpec(
        "lia_reference",
        QT_TRANSLATE_NOOP("Fields", "Balancing test (reference)"),
        _short_text(Purpose, "lia_reference"),
    ),
    FieldSpec(
        "special_category_condition",
        QT_TRANSLATE_NOOP("Fields", "Exception for special categories (Art. 9(2))"),
        lambda c: ChoiceField(
            term_options("special_conditions", with_ref=True), translate("Fields", "— not applicable —")
        ),
    ),
    FieldSpec(
        "consent_withdrawal", QT_TRANSLATE_NOOP("Fields", "How consent is withdrawn"), lambda c: LocalizedField(True)
    ),
    FieldSpec(
        "direct_marketing",
        "",
        lambda c: CheckField(translate("Fields", "This purpose is direct marketing")),
        QT_TRANSLATE_NOOP(
            "Fields",
            "Offering our products or services to the data subject. The statement then "
            "tells of the right to object to direct marketing at any time "
            "(Art. 21(2)-(3)).",
        ),
    ),
]

RETENTION_FIELDS = [
    FieldSpec("period_value", QT_TRANSLATE_NOOP("Fields", "Period"), lambda c: NumberField(optional=True)),
    FieldSpec(
        "period_unit",
        QT_TRANSLATE_NOOP("Fields", "Unit"),
        lambda c: ChoiceField(enum_options(PeriodUnit, "period_unit"), "—", PeriodUnit, None),
    ),
    FieldSpec("starts_from", QT_TRANSLATE_NOOP("Fields", "Counted from"), lambda c: LocalizedField()),
    FieldSpec("condition", QT_TRANSLATE_NOOP("Fields", "Applies when"), lambda c: LocalizedField()),
    FieldSpec(
        "criterion",
        QT_TRANSLATE_NOOP("Fields", "Criterion (when there is no fixed period)"),
        lambda c: LocalizedField(True),
    ),
    FieldSpec("wording", QT_TRANSLATE_NOOP("Fields", "Wording in the statement"), lambda c: LocalizedField(True)),
    FieldSpec(
        "data_category_ids",
        QT_TRANSLATE_NOOP("Fields", "For which data"),
        lambda c: RuleCategoriesField(c),
        QT_TRANSLATE_NOOP(
            "Fields",
            "Where this activity keeps its data categories for different periods, tick "
            "the ones this rule keeps (Art. 30(1)(f)). None ticked: the rule applies to "
            "all data of this activity.",
        ),
    ),
]


def dpia_options() -> list[tuple[str | None, str]]:
    return [
        (
            None,
            translate("Fields", "Criteria of the EDPB guidelines (WP248): two or more usually mean a DPIA is required"),
        ),
        *term_options("dpia_criteria", only_list="wp248")(),
        (None, translate("Fields", "The Dutch AP list: processing that always needs a DPIA")),
        *term_options("dpia_criteria", only_list="ap")(),
    ]


def _links(kind: str, **options: bool) -> Callable[..., LinkField]:
    return lambda context: LinkField(kind, context, **options)


ACTIVITY_TABS = [
    Tab(
        QT_TRANSLATE_NOOP("Fields", "General and purposes"),
        [
            FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Name"), lambda c: LocalizedField()),
            FieldSpec(
                "reference",
                QT_TRANSLATE_NOOP("Fields", "Reference"),
                _short_text(ProcessingActivity, "reference"),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Your own identifier of this activity, such as V-01, as your "
                    "organisation's documents refer to it. Not published in the "
                    "privacy statement.",
                ),
            ),
            FieldSpec(
                "role",
                QT_TRANSLATE_NOOP("Fields", "Our role"),
                lambda c: ChoiceField(enum_options(ActivityRole, "activity_role"), convert=ActivityRole),
            ),
            FieldSpec(
                "status",
                QT_TRANSLATE_NOOP("Fields", "Status"),
                lambda c: ChoiceField(enum_options(ActivityStatus, "activity_status"), convert=ActivityStatus),
            ),
            FieldSpec(
                "public_explanation",
                QT_TRANSLATE_NOOP("Fields", "Explanation for the public"),
                lambda c: LocalizedField(True),
            ),
            FieldSpec(
                "internal_description", QT_TRANSLATE_NOOP("Fields", "Internal description"), lambda c: TextField(True)
            ),
            FieldSpec(
                "purposes",
                QT_TRANSLATE_NOOP("Fields", "Purposes"),
                lambda c: ChildListField(
                    PURPOSE_FIELDS, c, lambda: blank_child(Purpose), _purpose_title, translate("Fields", "Add purpose")
                ),
            ),
        ],
    ),
    Tab(
        QT_TRANSLATE_NOOP("Fields", "People and data"),
        [
            FieldSpec(
                "data_subject_categories",
                QT_TRANSLATE_NOOP("Fields", "Whose data (data subjects)"),
                _links(kinds.DATA_SUBJECT),
            ),
            FieldSpec(
                "data_categories",
                QT_TRANSLATE_NOOP("Fields", "Categories of personal data"),
                _links(kinds.DATA_CATEGORY, with_wording=True),
            ),
            FieldSpec(
                "data_heading", QT_TRANSLATE_NOOP("Fields", "Heading above the data list"), lambda c: LocalizedField()
            ),
            FieldSpec(
                "sources",
                QT_TRANSLATE_NOOP("Fields", "Where the data comes from"),
                lambda c: ChecksField(enum_options(DataSource, "data_source")),
            ),
            FieldSpec(
                "source_details",
                QT_TRANSLATE_NOOP("Fields", "Source details (Art. 14)"),
                lambda c: LocalizedField(True),
            ),
            Group(
                QT_TRANSLATE_NOOP("Fields", "Criminal data and national identification number"),
                [
                    FieldSpec(
                        "criminal_data_authorisation",
                        QT_TRANSLATE_NOOP("Fields", "Legal basis for criminal data (Art. 10)"),
                        lambda c: TextField(),
                    ),
                    FieldSpec(
                        "national_id_legal_basis",
                        QT_TRANSLATE_NOOP("Fields", "Legal basis for the BSN"),
                        lambda c: TextField(),
                    ),
                ],
            ),
            Group(
                QT_TRANSLATE_NOOP("Fields", "Requirement to provide data (Art. 13(2)(e))"),
                [
                    FieldSpec(
                        "provision_requirement",
                        QT_TRANSLATE_NOOP("Fields", "Providing the data is"),
                        lambda c: ChoiceField(
                            enum_options(ProvisionRequirement, "provision_requirement"), convert=ProvisionRequirement
                        ),
                    ),
                    FieldSpec(
                        "provision_consequence",
                        QT_TRANSLATE_NOOP("Fields", "Consequence of not providing it"),
                        lambda c: LocalizedField(True),
                    ),
                ],
                note=QT_TRANSLATE_NOOP(
                    "Fields",
                    "Whether the data subject must provide the data: by law, by contract or to enter into a "
                    "contract. A legal obligation of the organisation itself is the legal basis (Art. 6(1)(c)), "
                    "not a requirement of the data subject.",
                ),
            ),
            Group(
                QT_TRANSLATE_NOOP("Fields", "Automated decision-making (Art. 22)"),
                [
                    FieldSpec(
                        "automated_decision_making",
                        "",
                        lambda c: CheckField(
                            translate("Fields", "Decisions are made automatically, including profiling")
                        ),
                    ),
                    FieldSpec(
                        "automated_logic",
                        QT_TRANSLATE_NOOP("Fields", "The logic involved"),
                        lambda c: LocalizedField(True),
                    ),
                    FieldSpec(
                        "automated_consequences",
                        QT_TRANSLATE_NOOP("Fields", "Significance and consequences"),
                        lambda c: LocalizedField(True),
                    ),
                ],
            ),
        ],
    ),
    Tab(
        QT_TRANSLATE_NOOP("Fields", "Recipients and transfers"),
        [
            FieldSpec("recipients", QT_TRANSLATE_NOOP("Fields", "Recipients and processors"), _links(kinds.RECIPIENT)),
            FieldSpec(
                "joint_controllers", QT_TRANSLATE_NOOP("Fields", "Joint controllers (Art. 26)"), _links(kinds.RECIPIENT)
            ),
            FieldSpec(
                "controllers_served",
                QT_TRANSLATE_NOOP("Fields", "Controllers we process for (Art. 30(2))"),
                _links(kinds.RECIPIENT),
                QT_TRANSLATE_NOOP("Fields", "Required when our role is processor."),
            ),
            FieldSpec("transfers", QT_TRANSLATE_NOOP("Fields", "Transfers outside the EEA"), _links(kinds.TRANSFER)),
        ],
    ),
    Tab(
        QT_TRANSLATE_NOOP("Fields", "Retention"),
        [
            FieldSpec(
                "retention_rules",
                QT_TRANSLATE_NOOP("Fields", "Retention rules"),
                lambda c: ChildListField(
                    RETENTION_FIELDS,
                    c,
                    lambda: blank_child(RetentionRule),
                    _retention_title,
                    translate("Fields", "Add retention rule"),
                ),
            ),
        ],
    ),
    Tab(
        QT_TRANSLATE_NOOP("Fields", "Security"),
        [
            FieldSpec(
                "security_measures",
                QT_TRANSLATE_NOOP("Fields", "Security measures (Art. 32)"),
                _links(kinds.SECURITY_MEASURE),
            ),
        ],
    ),
    Tab(
        QT_TRANSLATE_NOOP("Fields", "DPIA"),
        [
            FieldSpec(
                "dpia_screening",
                QT_TRANSLATE_NOOP("Fields", "Screening"),
                lambda c: ChecksField(dpia_options, 2, as_flags=True),
                QT_TRANSLATE_NOOP(
                    "Fields",
                    "Two or more WP248 criteria usually mean a DPIA is required; any item of the AP list always does.",
                ),
            ),
            FieldSpec(
                "dpia_status",
                QT_TRANSLATE_NOOP("Fields", "DPIA status"),
                lambda c: ChoiceField(enum_options(DpiaStatus, "dpia_status"), convert=DpiaStatus),
            ),
            FieldSpec("dpia_date", QT_TRANSLATE_NOOP("Fields", "DPIA date"), lambda c: DateField()),
            FieldSpec(
                "dpia_reference",
                QT_TRANSLATE_NOOP("Fields", "DPIA document (reference)"),
                _short_text(ProcessingActivity, "dpia_reference"),
            ),
        ],
    ),
    Tab(
        QT_TRANSLATE_NOOP("Fields", "Publication and notes"),
        [
            FieldSpec(
                "in_statement",
                "",
                lambda c: CheckField(translate("Fields", "Describe this activity in the privacy statement")),
            ),
            FieldSpec("owner", QT_TRANSLATE_NOOP("Fields", "Owner"), _short_text(ProcessingActivity, "owner")),
            FieldSpec(
                "department", QT_TRANSLATE_NOOP("Fields", "Department"), _short_text(ProcessingActivity, "department")
            ),
            FieldSpec(
                "systems", QT_TRANSLATE_NOOP("Fields", "Systems and locations of the data"), lambda c: TextField(True)
            ),
            FieldSpec("internal_notes", QT_TRANSLATE_NOOP("Fields", "Internal notes"), lambda c: TextField(True)),
        ],
    ),
]
