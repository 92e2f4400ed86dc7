"""Approval of activities: concept → in review → established → withdrawn (issue 16 point 4).

The approval says whether the *record* of a processing has been approved by whoever may
approve (``may_approve``); ActivityStatus says whether the processing takes place. Each change
of approval is one change-log entry of the activity (field ``approval``, who and when from
change_log.acting), and the approval row keeps that entry's number. An established activity
with any later entry of its own (an edit in the window, an import, the command line, an undo)
is "changed since established" until it is approved again: derived from the log, so no writer
needs to remember to mark it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from . import change_log, errors, kinds
from .errors import RegisterError
from .models import ActivityApproval, ApprovalState, ChangeLogEntry, ProcessingActivity
from .models.approval import APPROVAL_FIELD
from .models.change_log import CHANGED
from .operations import Change
from .storage import Register

# RegisterError code: the activity's approval does not allow this step, or this person may not.
NOT_ALLOWED = "approval_not_allowed"

# The steps an officer takes.
SUBMIT = "submit"  # for review
APPROVE = "approve"  # establish (vaststellen)
WITHDRAW = "withdraw"  # intrekken
TO_CONCEPT = "to_concept"  # back to concept

# The steps that need the approver's role.
_APPROVER_STEPS = frozenset({APPROVE, WITHDRAW})
_TARGET = {
    SUBMIT: ApprovalState.IN_REVIEW,
    APPROVE: ApprovalState.ESTABLISHED,
    WITHDRAW: ApprovalState.WITHDRAWN,
    TO_CONCEPT: ApprovalState.CONCEPT,
}
# English words for the command line and refusals (the window has its own, translated).
WORDS = {
    ApprovalState.CONCEPT: "concept",
    ApprovalState.IN_REVIEW: "in review",
    ApprovalState.ESTABLISHED: "established",
    ApprovalState.WITHDRAWN: "withdrawn",
}
CHANGED_WORDS = "established, changed since"


@dataclass(frozen=True)
class Approval:
    """An activity's approval as the lists show it."""

    state: ApprovalState = ApprovalState.CONCEPT
    changed: bool = False  # established, and edited since
    who: str = ""  # who recorded the state (the display name when set)
    when: datetime | None = None  # UTC
    entry_sequence: int | None = None

    def words(self) -> str:
        return CHANGED_WORDS if self.changed else WORDS[self.state]


def may_approve(register: Register) -> bool:
    """Whether the person using ``register`` may approve and withdraw activities.

    On a file register that is the officer who has it open. On a server register it is whoever
    the server's grants make an approver or admin (register.roles, read at opening); the server
    refuses anyone else's approval too (row-level security on the approvals)."""
    return register.permissions.may_approve


def allowed(step: str, approval: Approval) -> bool:
    """Whether ``step`` may be taken from ``approval`` (the state and "changed since")."""
    state = approval.state
    if step == SUBMIT:
        return state == ApprovalState.CONCEPT or (state == ApprovalState.ESTABLISHED and approval.changed)
    if step == APPROVE:
        return state == ApprovalState.IN_REVIEW or (state == ApprovalState.ESTABLISHED and approval.changed)
    if step == WITHDRAW:
        return state == ApprovalState.ESTABLISHED
    if step == TO_CONCEPT:
        return state in (ApprovalState.IN_REVIEW, ApprovalState.WITHDRAWN)
    raise ValueError(f"unknown approval step {step!r}")


def _refusal(step: str, name: str, approval: Approval) -> str:
    doing = {
        SUBMIT: "submitted for review",
        APPROVE: "approved",
        WITHDRAW: "withdrawn",
        TO_CONCEPT: "put back to concept",
    }[step]
    hint = {
        SUBMIT: "only a concept, or an established activity changed since, can be",
        APPROVE: "submit it for review first"
        if approval.state == ApprovalState.CONCEPT
        else "only an activity in review, or changed since it was established, can be",
        WITHDRAW: "only an established activity can be",
        TO_CONCEPT: "only an activity in review or withdrawn can be",
    }[step]
    return f"“{name}” cannot be {doing}: it is {approval.words()} ({hint})"


def read(session: Session, ids=None) -> dict[int, Approval]:
    """The approval of each activity (of ``ids``, else all); an activity without a row is a concept."""
    log = aliased(ChangeLogEntry)
    later = (
        exists()
        .where(
            log.item_kind == kinds.ACTIVITY,
            log.item_id == ActivityApproval.activity_id,
            log.sequence > ActivityApproval.entry_sequence,
            log.field != APPROVAL_FIELD,
        )
        .correlate(ActivityApproval)
    )
    query = (
        select(
            ProcessingActivity.id,
            ActivityApproval.state,
            ActivityApproval.entry_sequence,
            later.label("later"),
            ChangeLogEntry.who,
            ChangeLogEntry.who_name,
            ChangeLogEntry.recorded_at,
        )
        .outerjoin(ActivityApproval, ActivityApproval.activity_id == ProcessingActivity.id)
        .outerjoin(ChangeLogEntry, ChangeLogEntry.sequence == ActivityApproval.entry_sequence)
    )
    if ids is not None:
        query = query.where(ProcessingActivity.id.in_(list(ids)))
    found = {}
    for item_id, state, sequence, is_later, who, who_name, when in session.execute(query):
        if state is None:
            found[item_id] = Approval()
            continue
        found[item_id] = Approval(
            state=ApprovalState(state),
            changed=state == ApprovalState.ESTABLISHED and bool(is_later),
            who=who_name or who or "",
            when=when,
            entry_sequence=sequence,
        )
    return found


def states(register: Register, ids=None) -> dict[int, Approval]:
    with register.session() as session:
        return read(session, ids)


def take_step(register: Register, step: str, ids) -> tuple[dict[int, tuple], Change]:
    """Take ``step`` for the activities ``ids``: all of them or, when one may not, none (a
    RegisterError NOT_ALLOWED naming it). Returns how each was before (for ``put_back``)."""
    if step not in _TARGET:
        raise ValueError(f"unknown approval step {step!r}")
    ids = list(dict.fromkeys(ids))
    if step in _APPROVER_STEPS and not may_approve(register):
        raise RegisterError(
            f"{register.location}: you may not approve or withdraw activities here "
            "(on a server register that takes the approver role)",
            NOT_ALLOWED,
        )
    with register.transaction() as session:
        now = read(session, ids)
        names = _names(session, ids)
        for item_id in ids:
            if item_id not in now:
                raise RegisterError(f"activity {item_id} no longer exists", errors.NOT_FOUND)
            if not allowed(step, now[item_id]):
                raise RegisterError(_refusal(step, names[item_id], now[item_id]), NOT_ALLOWED)
        before = {item_id: (now[item_id].state, now[item_id].entry_sequence) for item_id in ids}
        _record(session, {item_id: (_TARGET[step], None) for item_id in ids}, now, names)
    return before, Change(kinds.ACTIVITY, tuple(ids))


def put_back(register: Register, before: dict[int, tuple]) -> Change:
    """Undo: each activity's approval as it was (state and the entry it dates from), recorded
    as a new change of approval; an activity that was "changed since" is so again."""
    ids = list(before)
    with register.transaction() as session:
        now = read(session, ids)
        _record(session, {item_id: before[item_id] for item_id in ids if item_id in now}, now, _names(session, ids))
    return Change(kinds.ACTIVITY, tuple(ids))


def _names(session: Session, ids) -> dict[int, str]:
    return {
        item_id: change_log.display_name(kinds.ACTIVITY, {"name": name}, item_id)
        for item_id, name in session.execute(
            select(ProcessingActivity.id, ProcessingActivity.name).where(ProcessingActivity.id.in_(ids))
        )
    }


def _record(session: Session, wanted: dict[int, tuple], now: dict[int, Approval], names: dict[int, str]) -> None:
    """Write each approval and its change-log entry; ``wanted``: id -> (state, entry or None:
    the entry written now)."""
    entries = [
        {
            "action": CHANGED,
            "item_kind": kinds.ACTIVITY,
            "item_id": item_id,
            "item_name": names[item_id],
            "field": APPROVAL_FIELD,
            "before": change_log.canonical(now[item_id].state.value),
            "after": change_log.canonical(ApprovalState(state).value),
            "comment": None,
        }
        for item_id, (state, _entry) in wanted.items()
    ]
    change_log.append(session, entries)
    last = session.scalar(select(func.max(ChangeLogEntry.sequence)))
    assert last is not None, "the log holds the entries just appended"
    first = last - len(entries) + 1
    for number, (item_id, (state, entry)) in enumerate(wanted.items()):
        row = session.get(ActivityApproval, item_id)
        if row is None:
            row = ActivityApproval(activity_id=item_id)
            session.add(row)
        row.state = ApprovalState(state)
        row.entry_sequence = first + number if entry is None else entry
    session.flush()


def with_state(session: Session, chosen: set[str]) -> set[int]:
    """The activities whose approval is one of ``chosen`` (state values, or "changed")."""
    return {
        item_id
        for item_id, approval in read(session).items()
        if approval.state.value in chosen or (approval.changed and "changed" in chosen)
    }


__all__ = [
    "APPROVE",
    "Approval",
    "NOT_ALLOWED",
    "SUBMIT",
    "TO_CONCEPT",
    "WITHDRAW",
    "allowed",
    "may_approve",
    "put_back",
    "read",
    "states",
    "take_step",
    "with_state",
]


def find_activity(session: Session, text: str) -> int:
    """The activity the command line names: its id, its reference, or its name in any language
    (the whole name, case aside; else the one name that contains it)."""
    wanted = text.strip().casefold()
    rows = session.execute(
        select(ProcessingActivity.id, ProcessingActivity.name, ProcessingActivity.reference).order_by(
            ProcessingActivity.position
        )
    ).all()
    if wanted.isdigit() and any(row.id == int(wanted) for row in rows):
        return int(wanted)
    names = {row.id: [n.casefold() for n in (row.name or {}).values() if n] for row in rows}
    for test in (
        lambda row: (row.reference or "").casefold() == wanted or wanted in names[row.id],
        lambda row: any(wanted in n for n in names[row.id]),
    ):
        found = [row.id for row in rows if test(row)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise RegisterError(
                f"more than one activity matches {text!r}: name it in full or by its reference", errors.NOT_FOUND
            )
    raise RegisterError(f"no activity matches {text!r}", errors.NOT_FOUND)
