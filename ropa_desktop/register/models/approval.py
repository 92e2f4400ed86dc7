"""The approval of an activity's record: concept, in review, established, withdrawn (issue 16).

Approval is a different axis from ProcessingActivity.status: the status says whether the
processing takes place; the approval says whether the *record* of it has been approved by
whoever may approve (register/approval.py). It lives in its own table, not in the activity's
snapshot, so that an edit, an import, copy and paste or undo of an edit never carry an
approval along: only the approval service changes it, and each change is a change-log entry
(field APPROVAL_FIELD of the activity). An activity without a row is a concept.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, enum_column

# The change log's field name of an approval entry (register/approval.py writes it).
APPROVAL_FIELD = "approval"


class ApprovalState(StrEnum):
    CONCEPT = "concept"  # concept
    IN_REVIEW = "in_review"  # ter beoordeling
    ESTABLISHED = "established"  # vastgesteld
    WITHDRAWN = "withdrawn"  # ingetrokken


class ActivityApproval(Base):
    __tablename__ = "activity_approvals"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    state: Mapped[ApprovalState] = enum_column(ApprovalState, default=ApprovalState.CONCEPT)
    # The change-log entry that recorded this state: who and when come from it, and any later
    # entry of the activity means it was changed since (approval.changed_since_established).
    entry_sequence: Mapped[int | None] = mapped_column(Integer)
