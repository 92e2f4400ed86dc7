"""The organisation: the controller's details, contacts, offices, authority and languages."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..register import kinds, operations
from .form_context import FormContext
from .forms.organisation_spec import ORGANISATION_TABS
from .item_editor import ItemEditor
from .workspace import Workspace


class OrganisationPage(QWidget):
    kind = kinds.ORGANISATION

    def __init__(self, workspace: Workspace, context: FormContext, parent=None):
        super().__init__(parent)
        self.editor = ItemEditor(kinds.ORGANISATION, ORGANISATION_TABS, workspace, context, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        workspace.changed.connect(self.editor.on_change)
        self.editor.load(operations.organisation_id(workspace.register))

    def confirm_leave(self) -> bool:
        return self.editor.confirm_leave()
