"""Fields that do not apply to the item as it is edited (register.applicability): what the form
needs to know to decide, and the note shown at such a field while it still holds a value."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...register import applicability as why
from ...register import kinds
from ...register.applicability import NotApplying

translate = QCoreApplication.translate


def find(kind: str, snap: dict, catalogue) -> NotApplying:
    """The fields of ``snap`` (an item of ``kind``, possibly mid-edit) that do not apply."""
    return why.not_applying(kind, snap, _data_kinds(snap, catalogue) if kind == kinds.ACTIVITY else frozenset())


def _data_kinds(snap: dict, catalogue) -> frozenset[str]:
    """The kinds (special, criminal, BSN) of the data categories the activity uses."""
    used = {entry.get("id") for entry in snap.get("data_categories") or []}
    if not used or catalogue is None:
        return frozenset()
    return frozenset(str(row.values.get("kind") or "") for row in catalogue.rows(kinds.DATA_CATEGORY) if row.id in used)


def describe(reason: str) -> str:
    """The note at a field that does not apply but holds a value."""
    why_not = {
        why.NOT_LEGITIMATE_INTERESTS: translate(
            "Fields", "The legal basis of this purpose is not legitimate interests (Art. 6(1)(f))."
        ),
        why.NOT_CONSENT: translate(
            "Fields", "The legal basis of this purpose is not consent (Art. 6(1)(a) or 9(2)(a))."
        ),
        why.NO_SPECIAL_DATA: translate(
            "Fields", "None of the activity's data categories is a special category (Art. 9(1))."
        ),
        why.NO_CRIMINAL_DATA: translate("Fields", "None of the activity's data categories is criminal data (Art. 10)."),
        why.NO_NATIONAL_ID: translate(
            "Fields", "None of the activity's data categories is the citizen service number (BSN)."
        ),
        why.NOT_PROCESSOR: translate("Fields", "Our role in this activity is not processor."),
        why.NOT_JOINT_CONTROLLER: translate("Fields", "Our role in this activity is not joint controller."),
        why.NO_AUTOMATED_DECISIONS: translate("Fields", "No decisions are made automatically."),
        why.NO_PROVISION_REQUIREMENT: translate(
            "Fields", "Whether the data must be provided is set to not applicable."
        ),
        why.ONLY_FROM_DATA_SUBJECT: translate("Fields", "All data comes from the data subject (Art. 13, not 14)."),
        why.FIXED_PERIOD: translate("Fields", "This rule has a fixed period."),
        why.INSIDE_EEA: translate("Fields", "The country is in the EEA: no transfer tool is needed."),
    }.get(reason, reason)
    return translate("Fields", "Does not apply: %1 Kept as entered; clear it if it is no longer needed.").replace(
        "%1", why_not
    )
