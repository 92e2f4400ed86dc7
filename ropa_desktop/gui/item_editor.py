"""The editor of one item: its form, the NL/EN switch, inline checks, Save and Revert."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..checks import form_rules
from ..register import kinds, operations
from ..register.errors import RegisterError
from ..register.operations import Change
from . import dialogs, faults, labels, language, problem_texts
from .form_context import FormContext
from .forms.form import Form, Tab
from .kind_names import kind_name
from .undo import SaveItem
from .workspace import Workspace

translate = QCoreApplication.translate


class ItemEditor(QWidget):
    dirty_changed = Signal(bool)

    def __init__(self, kind: str, tabs: list[Tab], workspace: Workspace, context: FormContext, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.workspace = workspace
        self._context = context
        self.item_id: int | None = None
        self._snapshot: dict = {}
        # The snapshot as the form shows it (normalised: absent vs empty): what edits are found against.
        self._shown: dict = {}
        self._dirty = False

        self.title = QLabel(self)
        self.title.setObjectName("editorTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.language_buttons = QButtonGroup(self)
        self.language_buttons.setExclusive(True)
        self.language_bar = QHBoxLayout()
        self.language_bar.setSpacing(0)
        self.language_label = QLabel(translate("Editor", "Public texts in:"), self)
        self.language_bar.addWidget(self.language_label)
        self.language_buttons.idClicked.connect(self._language_clicked)

        self.form = Form(tabs, context, self)
        self.form.changed.connect(self._edited)

        self.save_button = QPushButton(translate("Editor", "Save"), self)
        self.save_button.setToolTip(translate("Editor", "Save the changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(translate("Editor", "Revert"), self)
        self.revert_button.setToolTip(translate("Editor", "Forget the changes since the last save"))
        self.revert_button.clicked.connect(self.revert)
        self.state = QLabel(self)
        self.state.setStyleSheet("color: palette(mid);")

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addLayout(self.language_bar)
        footer = QHBoxLayout()
        footer.addWidget(self.state, 1)
        footer.addWidget(self.revert_button)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.form, 1)
        layout.addLayout(footer)
        self._languages: list[str] = []
        self._language = ""
        self._set_languages(workspace.languages())
        self._update_buttons()
        self.setEnabled(False)

    # Languages of the public texts.
    def _set_languages(self, languages: list[str]) -> None:
        if languages == self._languages:
            return
        self._languages = list(languages)
        for button in self.language_buttons.buttons():
            self.language_buttons.removeButton(button)
            button.deleteLater()
        for position, code in enumerate(languages):
            button = QToolButton(self)
            button.setText(code.upper())
            button.setCheckable(True)
            button.setToolTip(labels.language_name(code))
            self.language_buttons.addButton(button, position)
            self.language_bar.addWidget(button)
        preferred = self.workspace.name_language(language.current())
        self.form.set_languages(languages)
        self.set_language(preferred)

    def set_language(self, code: str) -> None:
        if code not in self._languages:
            code = self._languages[0]
        self._language = code
        self.language_buttons.button(self._languages.index(code)).setChecked(True)
        self.form.set_language(code)

    def _language_clicked(self, position: int) -> None:
        self.set_language(self._languages[position])

    # Loading and saving.
    def load(self, item_id: int | None) -> None:
        self.item_id = item_id
        if item_id is None:
            self._snapshot = {}
            self.title.setText("")
            self.setEnabled(False)
            self._set_dirty(False)
            return
        self._set_languages(self.workspace.languages())
        self._snapshot = operations.read(self.workspace.register, self.kind, item_id)
        self.form.set_value(self._snapshot)
        self._shown = self.form.value()
        self.form.set_language(self._language)
        self.setEnabled(True)
        self._set_dirty(False)
        self._check()
        self._update_title()

    def reload(self) -> None:
        if self.item_id is not None:
            try:
                self.load(self.item_id)
            except RegisterError:
                self.load(None)

    def snapshot(self) -> dict:
        """The item as last loaded or saved (not the unsaved edits)."""
        return self._snapshot

    def is_dirty(self) -> bool:
        return self._dirty

    def display_name(self, snap: dict | None = None) -> str:
        snap = self._snapshot if snap is None else snap
        if self.kind == kinds.ORGANISATION:
            return snap.get("legal_name") or ""
        if self.kind == kinds.TRANSFER:
            country = labels.country(snap.get("country_code") or "")
            recipient = next((labels.text(row.name) for row in self._context.catalogue.rows(kinds.RECIPIENT)
                              if row.id == snap.get("recipient_id")), "")
            return f"{country} — {recipient}" if recipient else country
        return labels.text(snap.get("name")) or translate("Editor", "(no name)")

    def save(self) -> bool:
        """Store the form; on a refused save the form keeps the edit and says why."""
        if self.item_id is None or not self._dirty:
            return True
        value = self.form.value()
        # Only what the officer changed, over the item as read: a colleague's change to another
        # field stays, and one to the same field is refused (operations.save, CONFLICT).
        after = {**self._snapshot, **{key: new for key, new in value.items()
                                      if key not in self._shown or new != self._shown[key]}}
        text = translate("Editor", "Edit %1 “%2”").replace("%1", kind_name(self.kind)).replace(
            "%2", self.display_name(after))
        command = SaveItem(self.workspace, text, self.kind, self.item_id, self._snapshot, after)
        try:
            self.workspace.run(command)
        except RegisterError as error:
            dialogs.show_error(self, translate("Editor", "Not saved"), faults.describe_unsaved(error))
            return False
        self.load(self.item_id)
        return True

    def confirm_leave(self) -> bool:
        """Unsaved edits: save, discard, or stay. True when it is fine to go on."""
        if not self._dirty:
            return True
        choice = dialogs.ask_unsaved(self, self.display_name(self.form.value()))
        if choice is dialogs.Unsaved.SAVE:
            return self.save()
        if choice is dialogs.Unsaved.DISCARD:
            self.revert()
            return True
        return False

    def revert(self) -> None:
        """Forget the edits and show the item as the register holds it now (with what another
        program changed meanwhile: after a refused save, that is what the officer wants to see)."""
        if self.item_id is None:
            return
        try:
            self.load(self.item_id)
        except RegisterError:  # gone meanwhile: show it as it was read
            self.form.set_value(self._snapshot)
            self._shown = self.form.value()
            self._set_dirty(False)
            self._check()

    def on_change(self, change: Change) -> None:
        """Another edit or an undo changed this item: show it, unless the officer is typing."""
        if change.kind == kinds.ORGANISATION:
            self._set_languages(self.workspace.languages())
        # A change of the whole list names no items (an import): the item shown may have changed too.
        named = self.item_id in change.ids or (change.structure and not change.ids)
        if change.kind == self.kind and named and not self._dirty:
            self.reload()

    def focus_field(self, key: str, row: int | None = None) -> bool:
        """Show and focus the field with snapshot key ``key`` (and child ``row``), e.g. for a finding."""
        return self.form.focus_field(key, row)

    # State.
    def _edited(self) -> None:
        # Read the form once per keystroke; the dirty flag, the checks and the title share it.
        value = self.form.value()
        self._set_dirty(self.form.is_dirty(value), value)
        self._check(value)

    def _check(self, value: dict | None = None) -> None:
        value = self.form.value() if value is None else value
        self.form.show_problems(form_rules.problems(self.kind, value), problem_texts.describe)

    def _set_dirty(self, dirty: bool, value: dict | None = None) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._update_buttons(value)
        if changed:
            self.dirty_changed.emit(dirty)

    def _update_buttons(self, value: dict | None = None) -> None:
        self.save_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)
        self.state.setText(translate("Editor", "Unsaved changes") if self._dirty else "")
        self._update_title(value)

    def _update_title(self, value: dict | None = None) -> None:
        if self.item_id is None:
            return
        if self._dirty:
            name = self.display_name(self.form.value() if value is None else value)
        else:
            name = self.display_name(self._snapshot)
        self.title.setText(f"{name} *" if self._dirty else name)
