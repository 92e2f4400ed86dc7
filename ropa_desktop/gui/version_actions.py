"""The History menu of the main window: Establish version…, Versions…, Compare…, and Show the
register as it was on…. Establishing is offered only to whoever may approve
(register/approval.may_approve) on a register that may be written; otherwise the action is
off and its tooltip says why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

from ..register import approval
from . import role_banner
from .establish_dialog import EstablishDialog
from .moment_choice import Moment, version_words
from .navigation_model import HISTORY
from .versions_dialog import VersionsDialog

if TYPE_CHECKING:  # imported when first shown: they bring the documents' comparison (Jinja2) along
    from .as_of_view import AsOfView
    from .diff_view import DiffView

translate = QCoreApplication.translate


def run_establish_dialog(dialog: EstablishDialog) -> bool:
    """Show the dialog until established or cancelled (tests replace it)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class VersionActions:
    def __init__(self, window):
        self.window = window
        self.views: list = []  # the diff and as-of windows open, kept alive while shown

    @property
    def register(self):
        return self.window.workspace.register

    def fill(self, menu) -> None:
        """The menu's actions, in the interface language (made again when it changes)."""
        menu.setToolTipsVisible(True)  # the reason a disabled Establish is off
        # Who changed what is the History section; the menu leads there too, as it is where one looks.
        self._add(menu, translate("VersionActions", "Show &all changes"), lambda: self.window.show_section(HISTORY))
        menu.addSeparator()
        self.establish_action = self._add(menu, translate("VersionActions", "&Establish version…"), self.establish)
        self.establish_action.setObjectName("establish_version")
        self._add(menu, translate("VersionActions", "&Versions…"), self.show_versions)
        self._add(menu, translate("VersionActions", "&Compare…"), lambda: self.compare())
        self._add(menu, translate("VersionActions", "&Show the register as it was on…"), lambda: self.show_as_of())
        menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def _add(self, menu, text: str, slot) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def refusal(self) -> str:
        """Why establishing is not offered here; empty when it is."""
        by_role = role_banner.refusal(self.register)  # a reader or editor on a server (register.roles)
        if by_role:
            return by_role
        if self.register.read_only:
            return translate("VersionActions", "This register is open read-only: no version can be established.")
        if not approval.may_approve(self.register):
            return translate(
                "VersionActions",
                "Only whoever may approve activities can establish a version "
                "(on a server register: the approver role).",
            )
        return ""

    def refresh(self) -> None:
        refusal = self.refusal()
        self.establish_action.setEnabled(not refusal)
        self.establish_action.setToolTip(
            refusal or translate("VersionActions", "Freeze the register as it is now as a named version")
        )
        self.establish_action.setStatusTip(refusal)

    def establish(self):
        """Ask the name and note and establish; the edits not saved yet are asked about first."""
        if self.refusal() or not self.window.confirm_leave():
            return None
        dialog = EstablishDialog(self.window.workspace, self.window)
        if run_establish_dialog(dialog) and dialog.version is not None:
            self.window.statusBar().showMessage(
                translate("VersionActions", "Established as %1.").replace(
                    "%1", version_words(dialog.version.number, dialog.version.name)
                ),
                8000,
            )
        return dialog

    def show_versions(self) -> VersionsDialog:
        return self._keep(VersionsDialog(self.window.workspace, self, self.window))

    def compare(self, first: Moment | None = None, second: Moment | None = None) -> DiffView:
        from .diff_view import DiffView

        view = self._keep(DiffView(self.window.workspace, self.window))
        if first is not None and second is not None:
            view.compare(first, second)
        else:  # from the newest version to now, at once: the question asked most
            view.start()
        return view

    def show_as_of(self, moment: Moment | None = None) -> AsOfView:
        from .as_of_view import AsOfView

        view = self._keep(AsOfView(self.window.workspace, self.window))
        if moment is not None:
            view.show_moment(moment)
        return view  # the officer picks the moment first: the newest version is only a guess

    def stop(self) -> None:
        """Stop the jobs of the views still open: none may read a register being closed."""
        for view in self.views:
            job = getattr(view, "job", None) if isValid(view) else None
            if job is not None:
                job.stop()

    def _keep(self, view):
        self.views = [v for v in self.views if isValid(v) and v.isVisible()]
        self.views.append(view)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its job stops in its closeEvent
        view.show()
        return view
