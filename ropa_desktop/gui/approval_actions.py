"""The activity list's approval: a menu of steps for the shown activity (undoable) and a
filter on approval states beside the search box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QMenu, QToolButton

from ..register import approval
from ..register.models import ApprovalState
from ..register.rows import Row
from . import role_banner
from .translation_marks import QT_TRANSLATE_NOOP
from .undo import SetApproval

translate = QCoreApplication.translate

# The menu's steps, and how the Edit menu names each (%1: the activity).
STEPS = (
    (
        approval.SUBMIT,
        QT_TRANSLATE_NOOP("Approval", "Submit for review"),
        QT_TRANSLATE_NOOP("Approval", "Submit “%1” for review"),
    ),
    (approval.APPROVE, QT_TRANSLATE_NOOP("Approval", "Approve"), QT_TRANSLATE_NOOP("Approval", "Approve “%1”")),
    (approval.WITHDRAW, QT_TRANSLATE_NOOP("Approval", "Withdraw"), QT_TRANSLATE_NOOP("Approval", "Withdraw “%1”")),
    (
        approval.TO_CONCEPT,
        QT_TRANSLATE_NOOP("Approval", "Back to concept"),
        QT_TRANSLATE_NOOP("Approval", "Put “%1” back to concept"),
    ),
)
# The filter's choices: the states a row may be in (CHANGED: established, edited since).
CHANGED = "changed"
CHOICES = (
    (None, QT_TRANSLATE_NOOP("Approval", "Any approval")),
    (ApprovalState.CONCEPT, QT_TRANSLATE_NOOP("Approval", "Concept")),
    (ApprovalState.IN_REVIEW, QT_TRANSLATE_NOOP("Approval", "In review")),
    (ApprovalState.ESTABLISHED, QT_TRANSLATE_NOOP("Approval", "Established")),
    (CHANGED, QT_TRANSLATE_NOOP("Approval", "Changed since established")),
    (ApprovalState.WITHDRAWN, QT_TRANSLATE_NOOP("Approval", "Withdrawn")),
)


def accepts(choice, row: Row) -> bool:
    """Whether ``row`` shows under filter ``choice`` ("Established" includes the changed ones)."""
    if choice is None:
        return True
    if choice == CHANGED:
        return bool(row.values.get("approval_changed"))
    return row.values.get("approval", ApprovalState.CONCEPT) == choice


class ApprovalControls:
    """Built by the activity list (ListPage): ``button`` for its toolbar, ``filter`` for beside
    its search box."""

    def __init__(self, page):
        self.page = page
        self.menu = QMenu(translate("Approval", "Approval"), page)
        self.actions = {}
        for step, text, _wording in STEPS:
            action = self.menu.addAction(translate("Approval", text))
            action.setObjectName(f"approval_{step}")
            action.triggered.connect(lambda _checked=False, s=step: self.take(s))
            self.actions[step] = action
        self.menu.aboutToShow.connect(self.update_actions)
        self.menu.setToolTipsVisible(True)  # why Approve is off for a role that may not
        self.button = QToolButton(page)
        self.button.setText(translate("Approval", "Approval"))
        self.button.setToolTip(translate("Approval", "Submit the selected activity for review, approve or withdraw it"))
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.button.clicked.connect(self.button.showMenu)
        self.filter = QComboBox(page)
        self.filter.setObjectName("approval_filter")
        # As wide as a short state, not the longest: the search box beside it keeps its room.
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(12)
        self.filter.setToolTip(translate("Approval", "Show only activities with this approval"))
        for choice, text in CHOICES:
            self.filter.addItem(translate("Approval", text), choice)
        self.filter.currentIndexChanged.connect(self._filter)

    def update_actions(self) -> None:
        """Only the steps the shown activity's approval allows; approving only for the approver."""
        item_id = self.page._shown_id
        register = self.page.workspace.register
        now = approval.states(register, [item_id]).get(item_id) if item_id is not None else None
        approver = approval.may_approve(register) and not register.read_only
        why_not = role_banner.refusal(register)  # the role on a server that may not (register.roles)
        for step, action in self.actions.items():
            needs_role = step in (approval.APPROVE, approval.WITHDRAW)
            action.setEnabled(
                now is not None
                and approval.allowed(step, now)
                and not register.read_only
                and (approver or not needs_role)
            )
            refused = why_not if (needs_role or register.read_only) else ""
            action.setToolTip(refused or action.text().replace("&", ""))
            action.setStatusTip(refused)

    def take(self, step: str) -> None:
        page = self.page
        item_id = page._shown_id
        if item_id is None or not page.confirm_leave():
            return
        shown = page.editor.display_name()
        wording = next(wording for s, _text, wording in STEPS if s == step)
        command = SetApproval(
            page.workspace, lambda: translate("Approval", wording).replace("%1", shown), step, [item_id]
        )
        page._run(command, translate("Approval", "Approval not changed"))

    def _filter(self) -> None:
        choice = self.filter.currentData()
        self.page.proxy.set_row_filter(None if choice is None else lambda row: accepts(choice, row))
        self.page._update_shown()
