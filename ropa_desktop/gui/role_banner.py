"""A bar at the top of the window when the person's role on a server register is reader: the
window only reads (the register is read-only, register.roles), and the bar says why, so that a
disabled Save is never a riddle. The other refusals of a role (Approve, Establish version,
Publish) are said where they are offered, in the tooltip of what is off (``refusal``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..register import roles
from .notice_bar import FACT, NoticeBar

translate = QCoreApplication.translate


def reader_sentence(permissions: roles.Permissions) -> str:
    return translate(
        "RoleBanner", "You are connected as \u2018%1\u2019, who may read this register but not change it (role reader)."
    ).replace("%1", permissions.login or "?")


def refusal(register) -> str:
    """Why approving, establishing a version and publishing are off for this person's role on a
    server register; empty when the role may (and always on a register file)."""
    permissions = register.permissions
    if permissions.may_approve or permissions.role is None:
        return ""
    if not permissions.may_write:
        return reader_sentence(permissions)
    return translate(
        "RoleBanner",
        "You are connected as \u2018%1\u2019 (role editor): only an approver or admin "
        "may approve activities, establish a version or publish the statement.",
    ).replace("%1", permissions.login or "?")


class RoleBanner(NoticeBar):
    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__("role_banner", FACT, parent, framed=False)
        self.workspace = workspace
        self.retranslate()

    def retranslate(self) -> None:
        """Shown for a reader only; said in the interface language (again when it changes)."""
        permissions = self.workspace.register.permissions
        reader = permissions.role is not None and not permissions.may_write
        self.text.setText(reader_sentence(permissions) if reader else "")
        self.setVisible(reader)
