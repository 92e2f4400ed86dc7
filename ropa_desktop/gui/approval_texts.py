"""How an activity's approval reads in the window (concept, in review, established, withdrawn).

Approval is whether the record of a processing has been approved; the Status column says
whether the processing takes place. The words differ on purpose (register/models/approval.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..register.models import ApprovalState
from .translation_marks import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

_STATES = {
    ApprovalState.CONCEPT: QT_TRANSLATE_NOOP("Approval", "Concept"),
    ApprovalState.IN_REVIEW: QT_TRANSLATE_NOOP("Approval", "In review"),
    ApprovalState.ESTABLISHED: QT_TRANSLATE_NOOP("Approval", "Established"),
    ApprovalState.WITHDRAWN: QT_TRANSLATE_NOOP("Approval", "Withdrawn"),
}
_CHANGED = QT_TRANSLATE_NOOP("Approval", "Changed since established")


def state_text(state, changed: bool = False) -> str:
    if changed:
        return translate("Approval", _CHANGED)
    return translate("Approval", _STATES[ApprovalState(state or ApprovalState.CONCEPT)])
