"""A section of the register: the searchable table of items and the selected item's editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..register import kinds, operations, rows, snapshots, texts, usage
from ..register.errors import RegisterError
from ..register.models import ActivityStatus
from ..register.operations import Change
from . import dialogs, faults, in_use_dialog, labels, language
from .approval_actions import ApprovalControls
from .column_fit import ColumnFit
from .columns import COLUMNS
from .empty_state import EmptyState
from .form_context import FormContext
from .forms.form import Tab
from .helper_text import make_quiet
from .item_editor import ItemEditor
from .item_table_model import ID_ROLE, ItemTableModel
from .jobs import Cancelled, Job
from .kind_names import kind_name, new_name
from .row_reading import long_list, read_rows
from .search_proxy import SearchProxy
from .undo import DeleteItem, DuplicateActivity, Reorder, ReplaceEntry, SetStatus
from .workspace import Workspace

translate = QCoreApplication.translate

# Lists whose rows show what other lists hold: activities are found by category names,
# catalogues count the activities using them, transfers show their recipient's name.
DEPENDS = {
    kinds.ACTIVITY: {kinds.DATA_CATEGORY, kinds.DATA_SUBJECT},
    kinds.TRANSFER: {kinds.ACTIVITY, kinds.RECIPIENT},
    kinds.RECIPIENT: {kinds.ACTIVITY, kinds.TRANSFER, kinds.COOKIE},
}


class ListPage(QWidget):
    counts_changed = Signal()
    place_requested = Signal(object)  # a usage.Use: the item (elsewhere) that uses an entry

    def __init__(self, kind: str, tabs: list[Tab], workspace: Workspace, context: FormContext, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.workspace = workspace
        self.context = context
        self._shown_id: int | None = None
        # The item shown before Add, shown again when the new item is given up with Revert.
        self._before_new: int | None = None
        self._restoring = False
        self._stale = False
        self._reads = 0  # each reading of the rows gets the next number: only the newest is shown
        self._reading: Job | None = None  # a long list being read off the GUI thread

        self.model = ItemTableModel(COLUMNS[kind], self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate("ListPage", "Search references, names, purposes and categories…")
            if kind == kinds.ACTIVITY
            else translate("ListPage", "Search…")
        )
        self.search.textChanged.connect(self._search)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        name_column = next(i for i, c in enumerate(COLUMNS[kind]) if c.key in ("name", "recipient"))
        # Each column as wide as what it holds, the name the rest (column_fit.py).
        self.column_fit = ColumnFit(self.table, name_column)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.shown = QLabel(self)
        make_quiet(self.shown)

        self.editor = ItemEditor(kind, tabs, workspace, context, self)
        self.editor.created.connect(self._created)
        self.editor.new_discarded.connect(self._new_discarded)
        # In the editor's place while no item is chosen: what to do (empty_state).
        self.empty = EmptyState(kind, self)
        self.empty.clear_search.connect(self.search.clear)
        self.empty.add.connect(self.add_item)
        self.editor_or_empty = QStackedWidget(self)
        self.editor_or_empty.addWidget(self.empty)
        self.editor_or_empty.addWidget(self.editor)
        self.editor.item_shown.connect(self._update_empty)
        self.search.textChanged.connect(self._update_empty)
        self.toolbar = QToolBar(self)
        self._make_actions()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.toolbar)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        if kind == kinds.ACTIVITY:
            search_row.addWidget(self.approval.filter)
            search_row.addWidget(self.approval.button)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.shown)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"splitter_{kind}")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_or_empty)
        # The list at least as wide as its toolbar (no action hidden behind »); an editor of
        # several sections gets the rest, one of a few fields leaves the list room for its
        # columns. A larger window widens the editor, whose sections then take fewer lines.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # (A toolbar longer than Dutch makes it, e.g. the pseudo-locale's, gives way to the editor.)
        self.splitter.setSizes([max(min(self.toolbar.sizeHint().width(), 470), 400 if len(tabs) > 1 else 500), 700])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        workspace.changed.connect(self._on_change)
        self.reading = QLabel(translate("ListPage", "Reading the list…"), self)
        self.reading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editor_or_empty.addWidget(self.reading)
        if long_list(workspace.register, kind):
            self._read_apart()
        else:
            self.reload()

    # Actions.
    def _action(self, text: str, slot, tip: str = "") -> QAction:
        # Shortcuts live on the window's Item menu, so they work wherever the focus is.
        action = QAction(text, self)
        action.triggered.connect(slot)
        if tip:
            action.setToolTip(tip)
        self.toolbar.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_action = self._action(
            translate("ListPage", "Add"),
            self.add_item,
            translate("ListPage", "Add a new %1 (Ctrl+N)").replace("%1", kind_name(self.kind)),
        )
        self.duplicate_action = None
        if self.kind == kinds.ACTIVITY:
            self.duplicate_action = self._action(
                translate("ListPage", "Duplicate"),
                self.duplicate_item,
                translate("ListPage", "Use the selected activity as a template (Ctrl+D)"),
            )
        self.delete_action = self._action(
            translate("ListPage", "Delete"), self.delete_item, translate("ListPage", "Delete the selected item (Del)")
        )
        self.up_action = self.down_action = None
        if self.kind in kinds.ORDERED:
            self.toolbar.addSeparator()
            self.up_action = self._action(
                translate("ListPage", "Move up"),
                lambda: self.move_item(-1),
                translate("ListPage", "Earlier in the privacy statement (Ctrl+Up)"),
            )
            self.down_action = self._action(
                translate("ListPage", "Move down"),
                lambda: self.move_item(1),
                translate("ListPage", "Later in the privacy statement (Ctrl+Down)"),
            )
        if self.kind == kinds.ACTIVITY:
            self.status_menu = QMenu(translate("ListPage", "Status"), self)
            # One status at a time, the activity's own marked each time the menu opens.
            group = QActionGroup(self.status_menu)
            self.status_actions: dict[ActivityStatus, QAction] = {}
            for status in ActivityStatus:
                action = self.status_menu.addAction(labels.enum_label("activity_status", status))
                action.setCheckable(True)
                group.addAction(action)
                self.status_actions[status] = action
                action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self.status_menu.aboutToShow.connect(self._mark_status)
            button = QToolButton(self)
            button.setText(translate("ListPage", "Status"))
            button.setToolTip(translate("ListPage", "Change the status of the selected activity"))
            button.setMenu(self.status_menu)
            # The arrow in a part of its own, sized in: as an instant popup the style draws it over
            # the text's last letter. Either part opens the menu.
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            button.clicked.connect(button.showMenu)
            self.status_button = button
            self.toolbar.addWidget(button)
            # Approval of the record (approval_actions.py), not whether the processing takes place;
            # beside the search box, with its filter: the toolbar has no room left.
            self.approval = ApprovalControls(self)

    def set_read_only(self, read_only: bool) -> None:
        """A register this window may only read (held by another window, a reader's role on a
        server, a read-only file): nothing that would change it is offered, and each says why."""
        self.empty.set_read_only(read_only)
        changing = [
            self.add_action,
            self.duplicate_action,
            self.delete_action,
            self.up_action,
            self.down_action,
            getattr(self, "status_button", None),
        ]
        why = translate("ListPage", "The register is read-only here; the bar at the top of the window says why.")
        for control in filter(None, changing):
            if not hasattr(control, "_tip_when_writable"):
                control._tip_when_writable = control.toolTip()
            control.setEnabled(not read_only)
            control.setToolTip(why if read_only else control._tip_when_writable)

    def _mark_status(self) -> None:
        shown = self.editor.snapshot().get("status") if self._shown_id is not None else None
        for status, action in self.status_actions.items():
            action.setChecked(shown is not None and status == ActivityStatus(shown))
            action.setEnabled(self._shown_id is not None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Rows.
    def reload(self) -> None:
        self._reads += 1  # a reading still under way is of an older state: this one wins
        self._reading = None
        with self.workspace.register.session() as session:
            self._show_rows(rows.rows(session, self.kind))

    def _read_apart(self) -> None:
        """Read the rows off the GUI thread (a long list); they are shown once read."""
        self._reads += 1
        wanted, register, kind = self._reads, self.workspace.register, self.kind
        job = Job(self, "", lambda _report: read_rows(register, kind), show_progress=False)
        job.done.connect(lambda found: self._read(found, wanted))
        job.failed.connect(lambda error: self._read_failed(error, wanted))
        self._reading = job
        self._update_empty()
        self.shown.setText(translate("ListPage", "Reading the list…"))
        # Started once the window is built: a reading sharing Python's lock with the building
        # would only make the building (all of it a stall) take longer.
        QTimer.singleShot(0, self, lambda: job.start() if self._reading is job else None)

    @property
    def list_reading(self):
        """The reading of a long list off the GUI thread still under way (a Job), or None."""
        return self._reading

    def _read(self, found, wanted: int) -> None:
        if wanted == self._reads:
            self._reading = None
            self._show_rows(found)

    def _read_failed(self, error, wanted: int) -> None:
        if wanted == self._reads and not isinstance(error, Cancelled):
            self.reload()  # on the GUI thread after all, where a failure is reported as always

    def shutdown(self) -> None:
        """No reading may outlive the window (the register closes after it)."""
        job, self._reading = self._reading, None
        self._reads += 1
        if job is not None:
            job.stop()

    def _show_rows(self, found) -> None:
        self.model.set_rows(found)
        self._stale = False
        self._update_shown()
        self._update_empty()
        if self._shown_id is not None:
            if self.model.row_of(self._shown_id) is None:
                self._shown_id = None
                self.editor.load(None)
            else:
                self._select(self._shown_id)

    def _update_empty(self) -> None:
        """The editor while it holds an item; else the advice for this section and search."""
        if self._reading is not None and not self.editor.has_item():
            self.editor_or_empty.setCurrentWidget(self.reading)  # no advice for a list not read yet
            return
        if self.editor.has_item():
            self.editor_or_empty.setCurrentWidget(self.editor)
            return
        self.empty.show_for(self.search.text().strip(), self.model.rowCount())
        self.editor_or_empty.setCurrentWidget(self.empty)

    def _update_shown(self) -> None:
        total, visible = self.model.rowCount(), self.proxy.rowCount()
        self.shown.setText(
            translate("ListPage", "%1 of %2 shown").replace("%1", str(visible)).replace("%2", str(total))
            if visible != total
            else translate("ListPage", "1 item")
            if total == 1
            else translate("ListPage", "%1 items").replace("%1", str(total))
        )

    def _search(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_shown()

    def _select(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            # Hidden by the search: clear it so the item can be shown.
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._restoring = True
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._restoring = False
        self.table.scrollTo(index)

    def open_item(self, item_id: int) -> None:
        """Show an item (from elsewhere, e.g. a 'where used' link), asking about unsaved edits."""
        if item_id == self._shown_id or not self.confirm_leave():
            return
        self._select(item_id)
        self._show(item_id)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        item_id = current.data(ID_ROLE) if current.isValid() else None
        if item_id == self._shown_id:
            return
        if not self.confirm_leave():
            if self._shown_id is not None:
                self._select(self._shown_id)
            elif self.editor.is_new():
                self._clear_selection()
            return
        self._show(item_id)

    def _show(self, item_id: int | None) -> None:
        self._shown_id = item_id
        try:
            self.editor.load(item_id)
        except RegisterError as error:
            dialogs.show_error(self, translate("ListPage", "Cannot show the item"), faults.describe(error))
            self._shown_id = None
            self.editor.load(None)

    def confirm_leave(self) -> bool:
        return self.editor.confirm_leave()

    # Operations.
    def _run(self, command, failure_title: str) -> bool:
        try:
            self.workspace.run(command)
        except RegisterError as error:
            dialogs.show_error(self, failure_title, faults.describe(error))
            return False
        return True

    def add_item(self) -> None:
        """A new item: transfers and recipients are asked for in one dialog and added on OK;
        any other item is edited in the form and added only when first saved."""
        if self.kind in (kinds.TRANSFER, kinds.RECIPIENT):
            if self.confirm_leave():
                item_id = self.context.create_entry(self.kind)
                if item_id is not None:
                    self.open_item(item_id)
            return
        before = self._before_new if self.editor.is_new() else self._shown_id
        if not self.confirm_leave():
            return
        snap = snapshots.blank(self.kind)
        snap["name"] = {self.workspace.name_language(language.current()): new_name(self.kind)}
        if self.kind == kinds.ACTIVITY:
            snap["status"] = ActivityStatus.DRAFT
        self._before_new = before
        self._shown_id = None
        self._clear_selection()
        self.editor.start_new(snap)

    def _clear_selection(self) -> None:
        self._restoring = True
        self.table.selectionModel().clear()
        self._restoring = False

    def _created(self, item_id: int) -> None:
        """The new item was saved: it is the one shown, selected in the list."""
        self._before_new = None
        self._shown_id = item_id
        self._select(item_id)

    def _new_discarded(self) -> None:
        before, self._before_new = self._before_new, None
        if before is not None and self.model.row_of(before) is not None:
            self._select(before)
            self._show(before)

    def duplicate_item(self) -> None:
        source = self._shown_id
        if source is None or not self.confirm_leave():
            return
        copy = translate("ListPage", "%1 (copy)")
        # The longest name still gets its "(copy)": the name is shortened to leave room for it.
        room = texts.MAX_NAME_LENGTH - len(copy.replace("%1", ""))
        name = {
            lang: copy.replace("%1", text[:room])
            for lang, text in self.editor.snapshot().get("name", {}).items()
            if text
        }
        shown = self.editor.display_name()
        command = DuplicateActivity(
            self.workspace, lambda: translate("ListPage", "Duplicate “%1”").replace("%1", shown), source, name
        )
        if self._run(command, translate("ListPage", "Not duplicated")):
            assert command.item_id is not None  # the duplicate was made
            self.open_item(command.item_id)

    def delete_item(self) -> None:
        item_id = self._shown_id
        if item_id is None:
            return
        name = self.editor.display_name()
        with self.workspace.register.session() as session:
            found = usage.uses(session, self.kind, item_id)
        if found:
            self._in_use(item_id, name, found)
            return
        if not dialogs.confirm(
            self,
            translate("ListPage", "Delete"),
            translate("ListPage", "Delete %1 “%2”?").replace("%1", kind_name(self.kind)).replace("%2", name),
            translate("ListPage", "You can undo this with Ctrl+Z."),
        ):
            return
        self.editor.revert()
        kind = self.kind
        command = DeleteItem(
            self.workspace,
            lambda: translate("ListPage", "Delete %1 “%2”").replace("%1", kind_name(kind)).replace("%2", name),
            self.kind,
            item_id,
        )
        self._run(command, translate("ListPage", "Not deleted"))

    def _in_use(self, item_id: int, name: str, found: list[usage.Use]) -> None:
        """Not deleted: the places that use it, to open one, or another entry to replace it by."""
        others = in_use_dialog.entries(self.kind, self.context.catalogue.rows(self.kind), item_id)
        answer = in_use_dialog.ask_in_use(self, self.kind, name, found, others)
        if answer is None:
            return
        if answer.place is not None:
            self.place_requested.emit(answer.place)
            return
        assert answer.by_id is not None  # no place to open: an entry to replace it by
        if not self.confirm_leave():
            return
        other = next(entry.label for entry in others if entry.id == answer.by_id)
        merge = answer.merge
        command = ReplaceEntry(
            self.workspace,
            lambda: (
                (
                    translate("ListPage", "Merge “%1” into “%2”")
                    if merge
                    else translate("ListPage", "Replace “%1” by “%2”")
                )
                .replace("%1", name)
                .replace("%2", other)
            ),
            self.kind,
            item_id,
            answer.by_id,
            merge,
        )
        if self._run(command, translate("ListPage", "Not replaced")):
            self.open_item(answer.by_id)

    def move_item(self, step: int) -> None:
        item_id = self._shown_id
        if item_id is None or not self.confirm_leave():
            return
        before = operations.order(self.workspace.register, self.kind)
        position = before.index(item_id)
        target = position + step
        if not 0 <= target < len(before):
            return
        after = list(before)
        after[position], after[target] = after[target], after[position]
        # Moving only makes sense in the statement's order: sort by it.
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        shown = self.editor.display_name()
        command = Reorder(
            self.workspace, lambda: translate("ListPage", "Move “%1”").replace("%1", shown), self.kind, before, after
        )
        self._run(command, translate("ListPage", "Not moved"))

    def set_status(self, status: ActivityStatus) -> None:
        item_id = self._shown_id
        if item_id is None or not self.confirm_leave():
            return
        shown = self.editor.display_name()
        command = SetStatus(
            self.workspace,
            lambda: (
                translate("ListPage", "Set status of “%1” to %2")
                .replace("%1", shown)
                .replace("%2", labels.enum_label("activity_status", status))
            ),
            {item_id: status},
        )
        self._run(command, translate("ListPage", "Status not changed"))

    # Compliance findings.
    def set_markers(self, markers) -> None:
        """Mark the items the newest check found errors or warnings in (item id: Marker)."""
        self.model.set_markers(markers)

    # Keeping up with changes.
    def _on_change(self, change: Change) -> None:
        shown_here = change.kind == self.kind or change.kind in DEPENDS.get(self.kind, {kinds.ACTIVITY})
        if self._reading is not None and shown_here:
            # The rows being read may be older than this change: read them again.
            self._read_apart()
            if change.structure and change.kind == self.kind:
                self.counts_changed.emit()
            self.editor.on_change(change)
            return
        if change.kind == self.kind:
            if change.structure:
                self.reload()
                self.counts_changed.emit()
            else:
                with self.workspace.register.session() as session:
                    self.model.update_rows(rows.rows(session, self.kind, change.ids))
                self._update_shown()
        elif change.kind in DEPENDS.get(self.kind, {kinds.ACTIVITY}):
            # What this list shows of another list changed: refresh now, or when next seen.
            if self.isVisible():
                self.reload()
            else:
                self._stale = True
        self.editor.on_change(change)

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)
