"""What an editor's fields may use: the catalogues to pick from, and a way to add an entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..register import kinds, snapshots
from ..register.errors import RegisterError
from . import dialogs, faults, labels, language
from .catalogue import Catalogue
from .kind_names import kind_name
from .undo import AddItem
from .workspace import Workspace

translate = QCoreApplication.translate


class FormContext:
    def __init__(self, workspace: Workspace, catalogue: Catalogue, parent: QWidget | None):
        self.workspace = workspace
        self.catalogue = catalogue
        self.parent = parent

    def create_entry(self, kind: str, typed: str = "") -> int | None:
        """Add a catalogue entry (asking what is needed) and return its id; None if cancelled."""
        snap = snapshots.blank(kind)
        if kind == kinds.TRANSFER:
            values = dialogs.ask_new_transfer(self.parent, self.catalogue.rows(kinds.RECIPIENT))
            if values is None:
                return None
            snap.update(values)
            label = labels.country(values["country_code"])
        elif kind == kinds.RECIPIENT:
            values = dialogs.ask_new_recipient(self.parent, typed)
            if values is None:
                return None
            snap.update(values)
            snap["name"] = {self.workspace.name_language(language.current()): values["name"]}
            label = values["name"]
        else:
            name = typed or dialogs.ask_text(
                self.parent,
                translate("Editor", "New entry"),
                translate("Editor", "Name of the new %1:").replace("%1", kind_name(kind)),
            )
            if not name:
                return None
            snap["name"] = {self.workspace.name_language(language.current()): name}
            label = name
        command = AddItem(
            self.workspace,
            lambda: translate("Editor", "Add %1 “%2”").replace("%1", kind_name(kind)).replace("%2", label),
            kind,
            snap,
        )
        try:
            self.workspace.run(command)
        except RegisterError as error:
            dialogs.show_error(self.parent, translate("Editor", "Not added"), faults.describe(error))
            return None
        return command.item_id
