"""The editor of one item: its form, the NL/EN switch, inline checks, Save and Revert."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from ..checks import form_rules
from ..register import conflicts, database_faults, errors, kinds, operations, snapshots
from ..register.errors import RegisterError
from ..register.operations import Change
from . import conflict_dialog, dialogs, faults, labels, language, problem_texts
from .changed_underneath import ChangedUnderneathBar
from .elided_label import ElidedLabel
from .form_context import FormContext
from .forms import not_applying
from .forms.form import Form, Tab
from .helper_text import make_quiet
from .history_texts import catalogue_names
from .item_history_tab import ItemHistoryTab, add_history_tab
from .kind_names import kind_name
from .save_comment import SaveComment
from .save_retry import SaveRetryBar
from .undo import AddItem, SaveItem
from .workspace import Workspace

translate = QCoreApplication.translate


class ItemEditor(QWidget):
    dirty_changed = Signal(bool)
    # A new item (start_new) was stored by its first save, under this id.
    created = Signal(int)
    # A new item was given up with Revert, before it was ever saved.
    new_discarded = Signal()
    # An item, a new one, or none (load(None)) was put in the form: the section shows the
    # editor, or in its place what to do (empty_state).
    item_shown = Signal()

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
        # Editing a new item that is not in the register yet: its first save adds it.
        self._new = False

        # One line, shortened with "…" (the whole name as its tooltip): a wrapped title beside the
        # language buttons was cut off at the bottom, and a long one pushed the form down.
        self.title = ElidedLabel(self)
        self.title.setObjectName("editorTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.language_buttons = QButtonGroup(self)
        self.language_buttons.setExclusive(True)
        self.language_bar = QHBoxLayout()
        self.language_bar.setSpacing(0)
        self.language_label = QLabel(translate("Editor", "Public texts in:"), self)
        self.language_bar.addWidget(self.language_label)
        self.language_buttons.idClicked.connect(self._language_clicked)

        # The form is made when it first shows an item (the form property): a section's
        # page shows what to do until an item is chosen, and making the forms of a large
        # editor held the window still while it opened or a section was first shown.
        self._tabs = tabs
        self._form: Form | None = None
        self.history: ItemHistoryTab | None = None  # the form's last tab, made with it

        self.save_button = QPushButton(translate("Editor", "Save"), self)
        self.save_button.setToolTip(translate("Editor", "Save the changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(translate("Editor", "Revert"), self)
        self.revert_button.setToolTip(translate("Editor", "Forget the changes since the last save"))
        self.revert_button.clicked.connect(self.revert)
        self.state = QLabel(self)
        make_quiet(self.state)
        # Why the change is made, recorded with it in the change log (save_comment.py).
        self.comment = SaveComment(self)
        self.comment.returnPressed.connect(self.save)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addLayout(self.language_bar)
        footer = QHBoxLayout()
        footer.addWidget(self.state)
        footer.addWidget(self.comment, 1)
        footer.addWidget(self.revert_button)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        # A save the server could not take waits here for it (save_retry); the form goes above it.
        self.retry = SaveRetryBar(lambda: workspace.register.generation(), self.save, self)
        layout.addWidget(self.retry)
        # Someone else changed the item while it has unsaved edits here (changed_underneath).
        self.underneath = ChangedUnderneathBar(self)
        layout.addWidget(self.underneath)
        layout.addLayout(footer)
        self._layout = layout
        self._languages: list[str] = []
        self._language = ""
        self._set_languages(workspace.languages())
        self._update_buttons()
        self.setEnabled(False)

    @property
    def form(self) -> Form:
        """The item's form, made the first time it is needed."""
        if self._form is None:
            self._form = Form(self._tabs, self._context, self)
            self._form.changed.connect(self._edited)
            self.history = add_history_tab(self._form, self.workspace.register, self._context.catalogue)
            self._layout.insertWidget(1, self._form, 1)  # between the title and Save
            self._form.set_languages(self._languages)
            if self._language:
                self._form.set_language(self._language)
        return self._form

    def has_form(self) -> bool:
        return self._form is not None

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
        if self._form is not None:
            self._form.set_languages(languages)
        self.set_language(preferred)

    def set_language(self, code: str) -> None:
        if code not in self._languages:
            code = self._languages[0]
        self._language = code
        self.language_buttons.button(self._languages.index(code)).setChecked(True)
        if self._form is not None:  # else told when made
            self._form.set_language(code)

    def _language_clicked(self, position: int) -> None:
        self.set_language(self._languages[position])

    # Loading and saving.
    def load(self, item_id: int | None) -> None:
        another = item_id != self.item_id
        self.underneath.hide()  # loaded (or saved, or reverted): the form shows the item as it is now
        self.item_id = item_id
        self._new = False
        if item_id is None:
            self._snapshot = {}
            self.title.setText("")
            self.setEnabled(False)
            self._set_dirty(False)
            self.item_shown.emit()
            return
        self._show_snapshot(operations.read(self.workspace.register, self.kind, item_id))
        if another:
            self._to_top()

    def _to_top(self) -> None:
        # Another item starts at the top, on the tab the officer was on: the same part of the
        # next item is what one compares (a save or reload of the same item stays where it was).
        for area in self.form.findChildren(QScrollArea) if self._form is not None else ():
            area.verticalScrollBar().setValue(0)

    def _show_snapshot(self, snap: dict) -> None:
        """Show ``snap`` (an item as read, or a new one) in the form, unedited."""
        self._set_languages(self.workspace.languages())
        self._snapshot = snap
        self.form.set_value(self._snapshot)
        self._shown = self.form.value()
        self.form.set_language(self._language)
        if self.history is not None:  # made with the form; after a save it reads the new entries
            self.history.show_item(self.kind, self.item_id)
        self.setEnabled(True)
        self._set_dirty(False)
        self._check()
        self._update_title()
        self.item_shown.emit()

    def start_new(self, snap: dict) -> None:
        """Edit a new item that exists only in the form until it is saved, its name selected
        for typing: cancelling it leaves nothing behind in the register."""
        self.item_id = None
        self._new = True
        self._show_snapshot(snap)
        if self.form.focus_field("name"):
            line = getattr(self.form.fields["name"], "editor", None)
            if isinstance(line, QLineEdit):
                line.selectAll()

    def is_new(self) -> bool:
        return self._new

    def has_item(self) -> bool:
        """An item of the register, or a new one, is in the form."""
        return self.item_id is not None or self._new

    def _save_new(self) -> bool:
        value = self.form.value()
        kind, name = self.kind, self.display_name(value)
        # Worded again should the interface language change while it is in the history.
        text = lambda: translate("Editor", "Add %1 “%2”").replace("%1", kind_name(kind)).replace("%2", name)  # noqa: E731
        command = AddItem(self.workspace, text, self.kind, value)
        try:
            with self.comment.recorded():
                self.workspace.run(command)
        except RegisterError as error:
            if not self._wait_for_server(error):
                dialogs.show_error(self, translate("Editor", "Not saved"), faults.describe_unsaved(error))
            return False
        self.load(command.item_id)
        self.retry.saved()
        self.created.emit(command.item_id)
        return True

    def _drop_new(self) -> None:
        self.retry.stop()  # a first save waiting for the server goes with the new item
        self.load(None)

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
            recipient = next(
                (
                    labels.text(row.name)
                    for row in self._context.catalogue.rows(kinds.RECIPIENT)
                    if row.id == snap.get("recipient_id")
                ),
                "",
            )
            return f"{country} — {recipient}" if recipient else country
        return labels.text(snap.get("name")) or translate("Editor", "(no name)")

    def save(self) -> bool:
        """Store the form; on a refused save the form keeps the edit and says why."""
        if self._new:
            return self._save_new()
        if self.item_id is None or not self._dirty:
            return True
        value = self.form.value()
        # Only what the officer changed, over the item as read: a colleague's change to another
        # field stays, and one to the same field is refused (operations.save, CONFLICT).
        after = {
            **self._snapshot,
            **{key: new for key, new in value.items() if key not in self._shown or new != self._shown[key]},
        }
        kind, name = self.kind, self.display_name(after)
        # Worded again should the interface language change while it is in the history.
        text = lambda: translate("Editor", "Edit %1 “%2”").replace("%1", kind_name(kind)).replace("%2", name)  # noqa: E731
        base, settling = self._snapshot, False
        while True:
            command = SaveItem(self.workspace, text, self.kind, self.item_id, base, after)
            try:
                # Taking theirs may leave nothing of the officer's to save: then only show theirs.
                if not settling or any(after.get(key) != base.get(key) for key in after if key != snapshots.VERSION):
                    with self.comment.recorded():
                        self.workspace.run(command)
                break
            except RegisterError as error:
                if self._wait_for_server(error):
                    return False
                # Someone else saved the same fields meanwhile: the officer settles it, and the
                # settled save is made over their version (refused again should a third come first).
                settled = self._settle(error, base, after)
                if settled is None:
                    return False
                (base, after), settling = settled, True
        self.load(self.item_id)
        self.retry.saved()
        return True

    def _wait_for_server(self, error: RegisterError) -> bool:
        """The server could not be reached: no dialog, the form keeps the edit as typed and the
        bar under it says it is saved once the server is back (save_retry). True when so."""
        if error.code != errors.UNREACHABLE:
            return False
        self.retry.wait_for_server()
        return True

    def _settle(self, error: RegisterError, base: dict, after: dict) -> tuple[dict, dict] | None:
        """The save that settles a conflict (conflict_dialog), or None: refused or cancelled,
        the edit stays in the form."""
        found = conflicts.conflicts_of(error)
        if not found:
            dialogs.show_error(self, translate("Editor", "Not saved"), faults.describe_unsaved(error))
            return None
        register = self.workspace.register
        assert self.item_id is not None  # a conflict is a save of a stored item (save)
        who = conflicts.changed_by(register, self.kind, self.item_id, [c.field for c in found])
        values = conflict_dialog.ask(
            self, self.kind, self.display_name(after), found, who, catalogue_names(self._context.catalogue)
        )
        if values is None:
            return None
        return conflicts.settled(error, base, after, values)

    def confirm_leave(self) -> bool:
        """Unsaved edits: save, discard, or stay. True when it is fine to go on.
        A new item nobody typed in yet is given up without asking."""
        if not self._dirty:
            if self._new:
                self._drop_new()
            return True
        choice = dialogs.ask_unsaved(self, self.display_name(self.form.value()))
        if choice is dialogs.Unsaved.SAVE:
            return self.save()
        if choice is dialogs.Unsaved.DISCARD:
            if self._new:
                self._drop_new()
            else:
                self.revert()
            return True
        return False

    def revert(self) -> None:
        """Forget the edits and show the item as the register holds it now (with what another
        program changed meanwhile: after a refused save, that is what the officer wants to see).
        A new item that was never saved is given up."""
        server_away = self.retry.waiting()
        self.retry.stop()  # a save waiting for the server is given up with the edit
        if self._new:
            self._drop_new()
            self.new_discarded.emit()
            return
        if self.item_id is None:
            return
        if not server_away:  # else not asked: a server that does not answer holds the window for seconds
            try:
                self.load(self.item_id)
                return
            except RegisterError:  # gone meanwhile
                pass
            except SQLAlchemyError as exc:  # the server away; any other database error is a bug
                if not database_faults.is_situation(exc):
                    raise
        # Shown as it was read.
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
        elif change.kind == self.kind and named and self.workspace.reloading:
            # Another program's change: the edits stay; say so if it changed this very item.
            self.underneath.look(self.workspace.register, self.kind, self.item_id, self._snapshot, self.display_name())

    def focus_field(self, key: str, row: int | None = None, part: str = "") -> bool:
        """Show and focus the field with snapshot key ``key`` (and child ``row``, its field
        ``part``), e.g. for a finding."""
        return self.form.focus_field(key, row, part)

    # State.
    def _edited(self) -> None:
        # Read the form once per keystroke; the dirty flag, the checks and the title share it.
        value = self.form.value()
        self._set_dirty(self.form.is_dirty(value), value)
        self._check(value)

    def _check(self, value: dict | None = None) -> None:
        value = self.form.value() if value is None else value
        # First what applies (the form follows role and basis as they are edited), then the problems.
        self.form.show_not_applying(not_applying.find(self.kind, value, self._context.catalogue), not_applying.describe)
        self.form.show_problems(form_rules.problems(self.kind, value), problem_texts.describe)

    def _set_dirty(self, dirty: bool, value: dict | None = None) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self._update_buttons(value)
        if changed:
            self.dirty_changed.emit(dirty)

    def _update_buttons(self, value: dict | None = None) -> None:
        may_write = self.workspace.register.permissions.may_write  # a reader on a server may not (register.roles)
        self.save_button.setEnabled((self._dirty or self._new) and may_write)
        self.revert_button.setEnabled(self._dirty or self._new)
        self.comment.setEnabled(self._dirty or self._new)
        if not (self._dirty or self._new):  # saved or given up: the comment went with it
            self.comment.clear()
        self.state.setText(
            translate("Editor", "New, not saved yet")
            if self._new
            else translate("Editor", "Unsaved changes")
            if self._dirty
            else ""
        )
        self._update_title(value)

    def _update_title(self, value: dict | None = None) -> None:
        if self.item_id is None and not self._new:
            return
        if self._dirty or self._new:
            name = self.display_name(self.form.value() if value is None else value)
        else:
            name = self.display_name(self._snapshot)
        self.title.setText(f"{name} *" if self._dirty else name)
