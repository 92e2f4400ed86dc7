"""Approval per activity (issue 16 point 4): concept → in review → established → withdrawn,
each step a change-log entry, and an edit after approval marks it "changed since established"."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from workbook_history import without_history

from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import approval, change_log, kinds, operations
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ActivityApproval, ApprovalState, ChangeLogEntry, ProcessingActivity
from ropa_desktop.register.models.approval import APPROVAL_FIELD


def _two_activities(register) -> list[int]:
    with register.session() as session:
        return list(session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position).limit(2)))


def _establish(register, *ids):
    approval.take_step(register, approval.SUBMIT, ids)
    approval.take_step(register, approval.APPROVE, ids)


def test_approval_walks_concept_review_established_withdrawn_and_logs_who(demo_register):
    item, _ = _two_activities(demo_register)
    assert approval.states(demo_register)[item] == approval.Approval()  # no row: a concept
    approval.take_step(demo_register, approval.SUBMIT, [item])
    assert approval.states(demo_register)[item].state == ApprovalState.IN_REVIEW
    with change_log.acting(who="els", name="Els Bakker"):
        approval.take_step(demo_register, approval.APPROVE, [item])
    now = approval.states(demo_register)[item]
    assert (now.state, now.changed, now.who) == (ApprovalState.ESTABLISHED, False, "Els Bakker")
    assert now.when is not None
    with demo_register.session() as session:
        entry = session.get(ChangeLogEntry, now.entry_sequence)
        assert (entry.item_id, entry.field, entry.who) == (
            item,
            APPROVAL_FIELD,
            demo_register.role or "els",
        )  # a server: its role
        assert (change_log.value(entry.before), change_log.value(entry.after)) == ("in_review", "established")
        assert change_log.verify(session)[1] is None
    approval.take_step(demo_register, approval.WITHDRAW, [item])
    assert approval.states(demo_register)[item].state == ApprovalState.WITHDRAWN
    approval.take_step(demo_register, approval.TO_CONCEPT, [item])
    assert approval.states(demo_register)[item].state == ApprovalState.CONCEPT


def test_approval_refuses_a_step_not_allowed_and_changes_nothing(demo_register):
    first, second = _two_activities(demo_register)
    approval.take_step(demo_register, approval.SUBMIT, [first])
    with pytest.raises(RegisterError) as refused:  # the second is still a concept
        approval.take_step(demo_register, approval.APPROVE, [first, second])
    assert refused.value.code == approval.NOT_ALLOWED
    assert "submit it for review first" in str(refused.value)
    states = approval.states(demo_register)
    assert states[first].state == ApprovalState.IN_REVIEW  # all or nothing
    assert states[second].state == ApprovalState.CONCEPT
    for step in (approval.WITHDRAW, approval.TO_CONCEPT):
        with pytest.raises(RegisterError):
            approval.take_step(demo_register, step, [second])
    # An established activity that nobody changed needs no new approval.
    approval.take_step(demo_register, approval.APPROVE, [first])
    with pytest.raises(RegisterError, match="cannot be approved"):
        approval.take_step(demo_register, approval.APPROVE, [first])


def test_approval_only_the_approver_may_approve(demo_register, monkeypatch):
    item, _ = _two_activities(demo_register)
    assert approval.may_approve(demo_register)  # a file register: the officer
    approval.take_step(demo_register, approval.SUBMIT, [item])
    monkeypatch.setattr(approval, "may_approve", lambda register: False)  # a server register without the role
    with pytest.raises(RegisterError) as refused:
        approval.take_step(demo_register, approval.APPROVE, [item])
    assert refused.value.code == approval.NOT_ALLOWED
    approval.take_step(demo_register, approval.TO_CONCEPT, [item])  # anyone may take it back


def test_approval_edit_after_establishing_marks_changed_until_approved_again(demo_register):
    item, other = _two_activities(demo_register)
    _establish(demo_register, item, other)
    operations.save(demo_register, kinds.ACTIVITY, other, {"owner": "Facilitair"})
    states = approval.states(demo_register)
    assert states[other].changed and states[other].words() == approval.CHANGED_WORDS
    assert not states[item].changed  # near miss: an edit to another activity does not mark this one
    approval.take_step(demo_register, approval.APPROVE, [other])  # approved again
    assert not approval.states(demo_register)[other].changed
    # Submitting a changed one for review, then approving, clears it too.
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "HR"})
    approval.take_step(demo_register, approval.SUBMIT, [item])
    assert approval.states(demo_register)[item].state == ApprovalState.IN_REVIEW
    approval.take_step(demo_register, approval.APPROVE, [item])
    assert not approval.states(demo_register)[item].changed


def test_approval_undo_puts_back_the_state_and_the_changed_mark(demo_register):
    item, _ = _two_activities(demo_register)
    _establish(demo_register, item)
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Facilitair"})
    before, _change = approval.take_step(demo_register, approval.APPROVE, [item])
    assert not approval.states(demo_register)[item].changed
    approval.put_back(demo_register, before)
    now = approval.states(demo_register)[item]
    assert (now.state, now.changed) == (ApprovalState.ESTABLISHED, True)


def test_approval_an_import_marks_an_established_activity_changed(demo_register, tmp_path):
    item, other = _two_activities(demo_register)
    original = operations.read(demo_register, kinds.ACTIVITY, item)["owner"]
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Uit het werkboek"})
    book = tmp_path / "register.xlsx"
    with open(book, "wb") as target:
        write_workbook(demo_register, "nl", target)
    without_history(book)  # taken as it stands, not as a change made in the register since
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": original})
    _establish(demo_register, item, other)
    import_workbook(demo_register, book)
    assert operations.read(demo_register, kinds.ACTIVITY, item)["owner"] == "Uit het werkboek"
    states = approval.states(demo_register)
    assert states[item].changed
    assert not states[other].changed  # near miss: the import left it as it was


def test_approval_row_goes_with_its_activity(demo_register):
    item, _ = _two_activities(demo_register)
    approval.take_step(demo_register, approval.SUBMIT, [item])
    operations.delete(demo_register, kinds.ACTIVITY, item)
    with demo_register.session() as session:
        assert session.get(ActivityApproval, item) is None
    assert item not in approval.states(demo_register)
