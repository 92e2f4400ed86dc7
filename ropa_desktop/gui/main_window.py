"""The main window: sections on the left, the selected section's list and editor on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..checks.findings import Finding, Severity
from ..register import kinds, rows
from . import dialogs, faults, help_window, language, page_state
from .catalogue import Catalogue
from .edit_actions import EditActions
from .form_context import FormContext
from .forms.activity_spec import ACTIVITY_TABS
from .forms.catalogue_specs import CATALOGUE_TABS
from .kind_names import section_name
from .lazy_pages import LazyPages
from .list_page import ListPage
from .log_banner import LogBanner
from .navigation_model import HISTORY, KIND_ROLE, SECTIONS, STATEMENT, NavigationDelegate, NavigationModel
from .navigation_view import NavigationView
from .notice_bar import CAUTION, NoticeBar
from .organisation_page import OrganisationPage
from .problems_dock import Checked, ComplianceChecker, ProblemsDock, summary
from .problems_model import severity_icon
from .role_banner import RoleBanner
from .settings import Settings
from .undo_actions import UndoActions
from .version_actions import VersionActions
from .workspace import Workspace

if TYPE_CHECKING:
    from .import_wizard import ImportWizard
    from .rules_dialog import RulesDialog
    from .search_everything import SearchEverythingWindow

translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    _retranslating = False  # a retranslation is due (Qt's LanguageChange came)

    def __init__(self, workspace: Workspace, settings: Settings, controller=None, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.controller = controller
        self.setObjectName("MainWindow")
        self.catalogue = Catalogue(workspace, self)
        self.context = FormContext(workspace, self.catalogue, self)

        self.navigation_model = NavigationModel(self)
        # As wide as its widest section with count and badge (navigation_view.py).
        self.navigation = NavigationView(self)
        self.navigation.setModel(self.navigation_model)
        self.navigation.setItemDelegate(NavigationDelegate(self.navigation))
        self.pages = QStackedWidget(self)
        # Item id: marker, per section, from the newest checks: for the lists made later too.
        self._markers: dict[str, dict] = {}
        # Each page is made when first asked for (lazy_pages.py): here only the first one shown.
        self.page_of = LazyPages(SECTIONS, self._add_page)
        self.navigation.selectionModel().currentRowChanged.connect(self._section_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([210, 1100])
        # One window per register file: a window opened second only reads, and says why here.
        self.holder_banner = self._make_holder_banner()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.log_banner = LogBanner(workspace, central)  # a change log altered outside the app: checked below
        column.addWidget(self.log_banner)
        column.addWidget(self.holder_banner)
        self.role_banner = RoleBanner(workspace, central)  # a reader's role on a server: why nothing can be saved
        column.addWidget(self.role_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        # The compliance checks: run now, and again shortly after every change.
        self.checker = ComplianceChecker(workspace, self)
        self.problems_dock = self._make_problems_dock()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.checker.checked.connect(self._checked)
        self.checker.failed.connect(self._check_failed)
        self.rules_dialog: RulesDialog | None = None
        self.search_window: SearchEverythingWindow | None = None

        self.location = QLabel(self)
        self.problems_button = QToolButton(self)
        self.problems_button.setObjectName("problems_summary")
        self.problems_button.setAutoRaise(True)
        self.problems_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems_button.setText(translate("MainWindow", "Checking…"))
        self.problems_button.setToolTip(translate("MainWindow", "Show or hide the Problems panel"))
        self.problems_button.clicked.connect(lambda: self.problems_dock.toggleViewAction().trigger())
        self.statusBar().addPermanentWidget(self.location)
        self.statusBar().addPermanentWidget(self.problems_button)
        workspace.saved.connect(self._saved)
        workspace.failed.connect(self._undo_failed)
        workspace.changed.connect(self._changed)
        workspace.reloaded.connect(self._reloaded)
        workspace.hold_changed.connect(self._show_hold)
        # Undo and Redo work wherever the focus is: the typing in a field, else the register.
        self.undo = UndoActions(
            self, workspace.undo_stack, self._unsaved, lambda text: self.statusBar().showMessage(text, 8000)
        )
        self.undo_action, self.redo_action = self.undo.undo_action, self.undo.redo_action
        self._language = language.current()
        self._menu_objects: list = []
        self.edit_actions = EditActions(self)
        self.manual_window: help_window.HelpWindow | None = None
        self._make_menus()
        if controller is not None:  # the application's window (tests make windows without one)
            workspace.take_hold()
        self._show_hold()
        if workspace.register.recovered:  # calm: SQLite did exactly what it is for
            self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "A save that was interrupted last time was rolled back; everything saved before it "
                    "is in the register.",
                ),
                15000,
            )
        self.update_counts()
        self.update_title()
        self.resize(1280, 800)
        self.restore_state()
        self.show_section(kinds.ACTIVITY)
        # The checks, the log's verification and the entries the forms offer are read off the GUI
        # thread; a long first list read there too comes first (they would share Python's lock
        # with it and the officer would wait longer for the list: 1.6 s instead of 0.8 s at 10,000).
        reading = getattr(self.current_page(), "list_reading", None)
        if reading is not None:
            reading.done.connect(self._read_in_background)
            reading.failed.connect(self._read_in_background)
        else:
            self._read_in_background()

    def _read_in_background(self, *_) -> None:
        if getattr(self, "_background_started", False):
            return
        self._background_started = True
        self.log_banner.check()
        # A long register's catalogues, which the forms offer, are read first (a fifth of a second
        # at 10,000 activities), then the checks: read together, the register's view of the checks
        # and the catalogues' rows were held at once (3 MB more at the window's peak, issue 19).
        if not self.catalogue.read_ahead(then=self.checker.run):
            self.checker.run()

    def _add_page(self, kind: str):
        """A section's page made when first asked for, as it would have been with the window."""
        page = self._make_page(kind)
        self.pages.addWidget(page)
        state = self.settings.state(f"splitter_{kind}")
        if state is not None and isinstance(page, ListPage):
            page.splitter.restoreState(state)
        if isinstance(page, ListPage):
            page.set_markers(self._markers.get(kind, {}))
        return page

    def _make_page(self, kind: str):
        if kind == kinds.ORGANISATION:
            return OrganisationPage(self.workspace, self.context, self)
        # The statement, the history, the exports and printing are imported when first asked for
        # (Jinja2, ReportLab, PDFium): the window comes up sooner and smaller (issue 19).
        if kind == STATEMENT:
            from .statement_page import StatementPage

            return StatementPage(self.workspace, self, settings=self.settings)
        if kind == HISTORY:
            from . import history_page

            return history_page.made(self)
        tabs = ACTIVITY_TABS if kind == kinds.ACTIVITY else CATALOGUE_TABS[kind]
        page = ListPage(kind, tabs, self.workspace, self.context, self)
        page.counts_changed.connect(self.update_counts)
        page.place_requested.connect(lambda use: self.open_place(use.kind, use.item_id, use.field))
        # The first steps of a new register (empty_state): the import and the organisation are the window's.
        page.empty.import_spreadsheet.connect(self.import_excel)
        page.empty.fill_organisation.connect(lambda: self.show_section(kinds.ORGANISATION))
        page.set_read_only(self.workspace.register.read_only)
        return page

    def _make_problems_dock(self) -> ProblemsDock:
        dock = ProblemsDock(self)
        # The checks' worker puts the findings in the order this panel shows (the newest one's).
        self.checker.sorting = lambda: self.problems_dock.model.sorting()
        dock.open_requested.connect(self.open_finding)
        dock.rule_requested.connect(self.show_rules)
        return dock

    def _unsaved(self) -> bool:
        editor = getattr(self.current_page(), "editor", None)
        return editor is not None and editor.is_dirty()

    # Another interface language: the same window, its state kept, its texts in the new language.
    def changeEvent(self, event) -> None:
        # Sent once for every translator removed or installed: answered once, when they are all in.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> bool:
        """Show every text in the interface language now installed, keeping the window's size,
        section, selected items, their tabs and the undo history (worded anew). False when
        there was nothing to do (the language is the one shown, or the window is closing)."""
        self._retranslating = False
        if language.current() == self._language or self.workspace.register.closed or not self.isVisible():
            return False
        self._language = language.current()
        self.workspace.reword_history()
        current = self.current_page().kind
        for kind, old in self.page_of.made().items():  # the others are made in the new language
            kept = page_state.capture(old)
            new = self._make_page(kind)
            self.pages.insertWidget(self.pages.indexOf(old), new)
            if self.pages.currentWidget() is old:  # straight to its successor: no other page shows meanwhile
                self.pages.setCurrentWidget(new)
            self.pages.removeWidget(old)
            self.page_of[kind] = new
            if hasattr(old, "shutdown"):
                old.shutdown()
            old.deleteLater()
            page_state.restore(new, kept)
        self.pages.setCurrentWidget(self.page_of[current])
        self._replace_problems_dock()
        if self.rules_dialog is not None:  # made again, in the new language, when next asked for
            self.rules_dialog.close()
            self.rules_dialog.deleteLater()
            self.rules_dialog = None
        if self.search_window is not None:  # likewise
            self.search_window.stop()
            self.search_window.close()
            self.search_window.deleteLater()
            self.search_window = None
        if self.manual_window is not None:  # likewise: its pages are in the old language
            self.manual_window.close()
            self.manual_window.deleteLater()
            self.manual_window = None
        self._make_menus()
        self._update_item_actions()
        self.log_banner.retranslate()  # now, not when Qt's posted LanguageChange arrives
        self.role_banner.retranslate()
        self.problems_button.setText(translate("MainWindow", "Checking…"))
        self.problems_button.setToolTip(translate("MainWindow", "Show or hide the Problems panel"))
        self.try_again.setText(translate("MainWindow", "Try again"))
        self.try_again.setToolTip(
            translate("MainWindow", "Open the register for editing here, once the other window has closed it")
        )
        self._show_hold()
        self.update_counts()  # the sections' names
        self.checker.run()  # the findings, worded in the new language
        return True

    def _replace_problems_dock(self) -> None:
        state, splitter = self.saveState(), self.problems_dock.splitter.saveState()
        old = self.problems_dock
        self.problems_dock = self._make_problems_dock()
        self.removeDockWidget(old)
        old.deleteLater()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.restoreState(state)
        self.problems_dock.splitter.restoreState(splitter)

    # Menus.
    def _make_menus(self) -> None:
        """The menu bar in the interface language; made again when the language changes."""
        asked = {fmt: action.isChecked() for fmt, action in getattr(self, "internal_notes_actions", {}).items()}
        bar = self.menuBar()
        bar.clear()
        for made in self._menu_objects:
            made.deleteLater()
        self._menu_objects = []
        file_menu = self._menu(translate("MainWindow", "&File"))
        self.file_menu = file_menu
        # An import writes: not offered for a register opened read-only.
        self.import_action = self._action(translate("MainWindow", "&Import from Excel…"), self.import_excel)
        self.import_action.setEnabled(not self.workspace.register.read_only)
        if not hasattr(self, "import_wizard"):
            self.import_wizard: ImportWizard | None = None
        # Remembered: the officer who wants the findings in the dossier wants them every time.
        self.findings_action = self._action(
            translate("MainWindow", "Include compliance &findings in exports"),
            self._findings_in_exports,
            signal="toggled",
            checked=self.settings.findings_in_exports,
        )
        # Not remembered: internal notes reach the supervisory authority's dossier only when asked each time.
        self.internal_notes_actions = {
            "pdf": self._action(
                translate("MainWindow", "Include in&ternal notes in the PDF dossier"), checked=asked.get("pdf", False)
            ),
            "xlsx": self._action(
                translate("MainWindow", "Include internal notes in the Excel &workbook"),
                checked=asked.get("xlsx", True),
            ),
        }
        if self.controller is not None:
            file_menu.addAction(
                self._action(translate("MainWindow", "&New register…"), self.controller.new_register, "Ctrl+Shift+N")
            )
            file_menu.addAction(
                self._action(
                    translate("MainWindow", "&Open register…"),
                    self.controller.open_dialog,
                    QKeySequence.StandardKey.Open,
                )
            )
            file_menu.addAction(
                self._action(
                    translate("MainWindow", "Open &server register…"), lambda: self.controller.open_server_dialog()
                )
            )
            file_menu.addAction(
                self._action(translate("MainWindow", "Open the &demo register"), self.controller.open_demo)
            )
            file_menu.addSeparator()
            file_menu.addAction(
                self._action(translate("MainWindow", "&Export statement…"), self.export_statement, "Ctrl+E")
            )
            file_menu.addAction(
                self._action(
                    translate("MainWindow", "Export register as E&xcel…"), lambda: self.export_register("xlsx")
                )
            )
            file_menu.addAction(
                self._action(translate("MainWindow", "Export register as &PDF…"), lambda: self.export_register("pdf"))
            )
            file_menu.addAction(self.findings_action)
            file_menu.addActions(list(self.internal_notes_actions.values()))
            file_menu.addAction(self.import_action)
            self.recent_menu = file_menu.addMenu(translate("MainWindow", "&Recent registers"))
            self.recent_menu.aboutToShow.connect(self._fill_recent)
            file_menu.addSeparator()
        else:
            file_menu.addAction(self.findings_action)
            file_menu.addActions(list(self.internal_notes_actions.values()))
        self._add_copy_and_print(file_menu)
        file_menu.addAction(self._action(translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit_menu = self._menu(translate("MainWindow", "&Edit"))
        edit_menu.aboutToShow.connect(self.undo.refresh)
        self.undo.refresh()
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        # Cut, Copy, Paste, Select All on the focused text field (edit_actions.py).
        edit_menu.aboutToShow.connect(self.edit_actions.refresh)
        self.edit_actions.retranslate()
        edit_menu.addActions(self.edit_actions.actions())
        edit_menu.addSeparator()
        # Ctrl+F: every text of every item (search_everything.py); the list's filter is Ctrl+L.
        edit_menu.addAction(
            self._action(
                translate("MainWindow", "&Search everything…"), self.search_everything, QKeySequence.StandardKey.Find
            )
        )
        edit_menu.addSeparator()
        if self.controller is not None:
            edit_menu.addAction(
                self._action(
                    translate("MainWindow", "&Preferences…"),
                    self.controller.preferences,
                    QKeySequence.StandardKey.Preferences,
                )
            )

        item_menu = self._menu(translate("MainWindow", "&Item"))
        self.item_actions = {
            "add_item": self._action(
                translate("MainWindow", "&Add"), lambda: self._on_page("add_item"), QKeySequence.StandardKey.New
            ),
            "duplicate_item": self._action(
                translate("MainWindow", "D&uplicate"), lambda: self._on_page("duplicate_item"), "Ctrl+D"
            ),
            "delete_item": self._action(
                translate("MainWindow", "&Delete…"),
                lambda: self._on_page("delete_item"),
                QKeySequence.StandardKey.Delete,
            ),
            "move_up": self._action(
                translate("MainWindow", "Move &up"), lambda: self._on_page("move_item", -1), "Ctrl+Up"
            ),
            "move_down": self._action(
                translate("MainWindow", "Move do&wn"), lambda: self._on_page("move_item", 1), "Ctrl+Down"
            ),
            "save": self._action(
                translate("MainWindow", "&Save"), lambda: self._on_editor("save"), QKeySequence.StandardKey.Save
            ),
            "revert": self._action(translate("MainWindow", "&Revert"), lambda: self._on_editor("revert")),
            # Ctrl+L, as a browser's Ctrl+L goes to its location field: a field at the top to type in.
            # Not Ctrl+Shift+F, which elsewhere means the wider search (find in files), not a narrower one.
            "focus_search": self._action(
                translate("MainWindow", "&Filter the list"), lambda: self._on_page("focus_search"), "Ctrl+L"
            ),
        }
        for key, action in self.item_actions.items():
            if key in ("save", "focus_search"):
                item_menu.addSeparator()
            item_menu.addAction(action)

        view_menu = self._menu(translate("MainWindow", "&View"))
        for number, kind in enumerate(SECTIONS, start=1):
            view_menu.addAction(
                self._action(section_name(kind), lambda _c=False, k=kind: self.show_section(k), f"Ctrl+{number % 10}")
            )
        view_menu.addSeparator()
        problems = self.problems_dock.toggleViewAction()
        problems.setText(translate("MainWindow", "&Problems"))
        problems.setShortcut(QKeySequence("F8"))
        view_menu.addAction(problems)

        # Establish version, Versions, Compare, the register as it was (version_actions.py).
        self.version_actions = getattr(self, "version_actions", None) or VersionActions(self)
        self.version_actions.fill(self._menu(translate("MainWindow", "Hi&story")))

        help_menu = self._menu(translate("MainWindow", "&Help"))
        self.manual_action = self._action(
            translate("MainWindow", "&Manual"), lambda: self.show_manual(), QKeySequence.StandardKey.HelpContents
        )
        help_menu.addAction(self.manual_action)
        help_menu.addAction(self._action(translate("MainWindow", "&Compliance rules"), lambda: self.show_rules()))
        if self.controller is not None:
            help_menu.addAction(self._action(translate("MainWindow", "&About ROPA Desktop"), self.controller.about))

    def _add_copy_and_print(self, file_menu) -> None:
        self.copy_action = self._action(translate("MainWindow", "Save a cop&y…"), self.save_copy, "Ctrl+Shift+S")
        file_menu.addAction(self.copy_action)
        self.print_statement_action = self._action(
            translate("MainWindow", "Print &statement…"), self.print_statement, QKeySequence.StandardKey.Print
        )
        self.print_register_action = self._action(
            translate("MainWindow", "Print register (dossier)…"), self.print_register
        )
        file_menu.addActions([self.print_statement_action, self.print_register_action])
        file_menu.addSeparator()

    def _menu(self, title: str):
        menu = self.menuBar().addMenu(title)
        self._menu_objects.append(menu)
        return menu

    def _action(
        self, text: str, slot=None, shortcut=None, signal: str = "triggered", checked: bool | None = None
    ) -> QAction:
        action = QAction(text, self)
        self._menu_objects.append(action)
        if checked is not None:
            action.setCheckable(True)
            action.setChecked(checked)
        if slot is not None:
            getattr(action, signal).connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def export_register(self, fmt: str):
        """The register as an Excel workbook or a PDF dossier; saved edits only, so ask first."""
        if not self.confirm_leave():
            return None
        from .register_export import start_export

        self.export_job = start_export(
            self,
            self.workspace,
            fmt,
            lambda written: self.statusBar().showMessage(
                translate("MainWindow", "Register written to %1").replace("%1", written), 8000
            ),
            with_findings=self.findings_action.isChecked(),
            internal_notes=self.internal_notes_actions[fmt].isChecked(),
            settings=self.settings,
        )
        return self.export_job

    def save_copy(self):
        """File > Save a copy: the register as saved, so ask about unsaved edits first."""
        if not self.confirm_leave():
            return None
        from . import register_copy

        self.copy_job = register_copy.save_copy(
            self,
            self.workspace,
            lambda written: self.statusBar().showMessage(
                translate("MainWindow", "Copy saved as %1").replace("%1", written), 8000
            ),
        )
        return self.copy_job

    def print_statement(self):
        """File > Print statement: in the language chosen on the statement page; saved edits only, so ask first."""
        if not self.confirm_leave():
            return None
        from . import printing

        statement = self.page_of[STATEMENT]
        self.print_job = printing.print_statement(self, self.workspace, statement.current_language())
        return self.print_job

    def print_register(self):
        """File > Print register: the PDF dossier, with the export's choices of findings and internal notes."""
        if not self.confirm_leave():
            return None
        from . import printing

        self.print_job = printing.print_dossier(
            self,
            self.workspace,
            self.workspace.name_language(language.current()),
            with_findings=self.findings_action.isChecked(),
            internal_notes=self.internal_notes_actions["pdf"].isChecked(),
        )
        return self.print_job

    def _findings_in_exports(self, on: bool) -> None:
        self.settings.findings_in_exports = on
        self.settings.sync()

    def import_excel(self) -> ImportWizard | None:
        """The import wizard, window-modal; unsaved edits first, as the import may change the item shown."""
        from .import_wizard import ImportWizard  # here: the import's readers load only when used

        if not self.confirm_leave():
            return None
        if self.import_wizard is not None:
            self.import_wizard.stop()  # a trial of the last visit may still be reading the file
            self.import_wizard.deleteLater()
        self.import_wizard = ImportWizard(self.workspace, self)
        self.import_wizard.imported.connect(
            lambda report: self.statusBar().showMessage(
                translate("MainWindow", "Imported from %1").replace("%1", report.file), 8000
            )
        )
        self.import_wizard.open()
        return self.import_wizard

    def export_statement(self) -> None:
        if self.confirm_leave():
            self.show_section(STATEMENT)
            self.page_of[STATEMENT].export()

    def _on_editor(self, method: str) -> None:
        editor = getattr(self.current_page(), "editor", None)
        if editor is not None:
            getattr(editor, method)()

    def _on_page(self, method: str, *args) -> None:
        page = self.current_page()
        if isinstance(page, ListPage) and hasattr(page, method):
            getattr(page, method)(*args)

    def _update_item_actions(self) -> None:
        page = self.current_page()
        listed = isinstance(page, ListPage)
        writable = listed and not self.workspace.register.read_only  # read-only: the bar at the top says why
        self.item_actions["focus_search"].setEnabled(listed)
        for key in ("add_item", "delete_item"):
            self.item_actions[key].setEnabled(writable)
        self.item_actions["duplicate_item"].setEnabled(writable and page.kind == kinds.ACTIVITY)
        for key in ("move_up", "move_down"):
            self.item_actions[key].setEnabled(writable and page.kind in kinds.ORDERED)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for location in self.settings.recent_files:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _c=False, loc=location: self.controller.open_location(loc))
        if not self.settings.recent_files:
            self.recent_menu.addAction(translate("MainWindow", "(none yet)")).setEnabled(False)

    # Sections.
    def show_section(self, kind: str) -> None:
        row = self.navigation_model.row_of(kind)
        self.navigation.selectionModel().setCurrentIndex(
            self.navigation_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def current_page(self):
        return self.pages.currentWidget()

    def _section_changed(self, current, previous) -> None:
        kind = current.data(KIND_ROLE)
        leaving = self.current_page()
        if leaving is not None and leaving is self.page_of.made().get(kind):
            return
        if leaving is not None and not leaving.confirm_leave():
            self.navigation.selectionModel().blockSignals(True)
            self.navigation.selectionModel().setCurrentIndex(previous, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.navigation.selectionModel().blockSignals(False)
            return
        self.pages.setCurrentWidget(self.page_of[kind])  # made now, if it is shown for the first time
        self._update_item_actions()

    # Compliance findings.
    def _checked(self, checked: Checked) -> None:
        findings = checked.findings
        # Ordered, indexed and counted by the checks' worker: here only handed to the views.
        self.problems_dock.set_findings(findings, checked.broken, checked.rows, checked.arranged, checked.found)
        self.navigation_model.set_problems(checked.per_section)
        self._markers = checked.markers
        for kind, page in self.page_of.made().items():
            if isinstance(page, ListPage):
                page.set_markers(checked.markers.get(kind, {}))
        found = checked.found
        self.problems_button.setText(summary(found))
        worst = next((s for s in Severity if found[s] and s is not Severity.INFO), None)
        self.problems_button.setIcon(severity_icon(worst) if worst else QIcon())

    def _check_failed(self, error: BaseException) -> None:
        self.problems_dock.show_failure(error)
        self.problems_button.setText(translate("MainWindow", "Checks failed"))
        self.problems_button.setIcon(severity_icon(Severity.WARNING))

    def open_place(self, kind: str, item_id: int, field: str = "") -> bool:
        """Show an item that uses a catalogue entry (the "in use" dialog): its section, the
        item and the field. False when the officer stayed with unsaved edits or it is gone."""
        page = self.page_of.get(kind)
        if page is None:
            return False
        self.show_section(kind)
        if self.current_page() is not page:
            return False
        if isinstance(page, ListPage):
            page.open_item(item_id)
            if page.editor.item_id != item_id:
                return False
        editor = getattr(page, "editor", None)
        if editor is not None and field:
            editor.focus_field(field)
        return True

    def open_finding(self, finding: Finding) -> bool:
        """Show what a finding is about: its section and item, and the field to fix, focused.
        False when that cannot be shown (the officer stayed with unsaved edits, the item is gone)."""
        page = self.page_of.get(finding.kind)
        if page is None:  # reference data: nothing to edit here, but the rule says what to do
            self.show_rules(finding.rule)
            return False
        self.show_section(finding.kind)
        if self.current_page() is not page:
            return False
        if isinstance(page, ListPage):
            if finding.item_id is None:
                return True
            page.open_item(finding.item_id)
            if page.editor.item_id != finding.item_id:
                return False
        if page.kind == STATEMENT:
            # Which line of the Art. 13/14 check the finding is about.
            requirement = finding.values.get("requirement")
            if requirement:
                page.show_requirement(str(requirement))
            return True
        editor = getattr(page, "editor", None)
        if editor is not None and finding.field:
            editor.focus_field(finding.field, finding.row, finding.part)
        return True

    def help_topic(self) -> str:
        """The manual's topic for where the officer is: the Problems panel when it has the focus, else the section."""
        focused = QApplication.focusWidget()
        if focused is not None and self.problems_dock.isAncestorOf(focused):
            return help_window.PROBLEMS
        return self.current_page().kind

    def show_manual(self, topic: str | None = None) -> help_window.HelpWindow:
        """Help > Manual (F1): the manual, at ``topic`` or the current page's."""
        if self.manual_window is None or self.manual_window.language != language.current():
            if self.manual_window is not None:
                self.manual_window.deleteLater()
            self.manual_window = help_window.HelpWindow(self)
        self.manual_window.show_topic(topic or self.help_topic())
        return self.manual_window

    def search_everything(self) -> SearchEverythingWindow:
        """Edit > Search everything (Ctrl+F): every text of every item, by section; a hit opens
        its item here."""
        from .search_everything import SearchEverythingWindow, open_hit

        if self.search_window is None:
            self.search_window = SearchEverythingWindow(self.workspace, self)
            self.search_window.open_requested.connect(lambda hit: open_hit(self, hit))
        self.search_window.show_search()
        return self.search_window

    def show_rules(self, rule_id: str | None = None) -> RulesDialog:
        """Help > Compliance rules: the rule reference, at ``rule_id`` when given."""
        from .rules_dialog import RulesDialog

        if self.rules_dialog is None:
            self.rules_dialog = RulesDialog(self)
        self.rules_dialog.show_rule(rule_id)
        return self.rules_dialog

    def update_counts(self) -> None:
        with self.workspace.register.session() as session:
            self.navigation_model.set_counts(rows.counts(session))

    def _changed(self, change) -> None:
        if change.kind == kinds.ORGANISATION:
            self.update_title()
        if change.structure and not self.page_of.is_made(change.kind) and change.kind in kinds.LISTED:
            self.update_counts()  # a list made tells of its own (counts_changed); one not made yet cannot

    def update_title(self) -> None:
        with self.workspace.register.session() as session:
            name = self.workspace.register.organisation(session).legal_name
        location = self.workspace.register.location
        shown = Path(location).name if self.workspace.register.path else location
        self.setWindowTitle(f"{name} — {shown} — ROPA Desktop")
        read_only = self.workspace.register.read_only
        self.location.setText(location + (translate("MainWindow", " (read-only)") if read_only else ""))

    # One window per register file.
    def _make_holder_banner(self) -> NoticeBar:
        banner = NoticeBar("holder_banner", CAUTION, self, framed=False)
        self.holder_text = banner.text
        self.holder_text.setObjectName("holder_text")
        self.try_again = QPushButton(translate("MainWindow", "Try again"), banner)
        self.try_again.setObjectName("holder_try_again")
        self.try_again.setToolTip(
            translate("MainWindow", "Open the register for editing here, once the other window has closed it")
        )
        self.try_again.clicked.connect(self.take_over)
        banner.row.addWidget(self.try_again)
        banner.hide()
        return banner

    def take_over(self) -> bool:
        """Try again: edit the register here once the other window has closed it."""
        if self.workspace.take_hold() is None:
            self.statusBar().showMessage(
                translate("MainWindow", "The register is open for editing in this window."), 8000
            )
            return True
        self._show_hold()
        self.statusBar().showMessage(translate("MainWindow", "The register is still open in another window."), 8000)
        return False

    def _show_hold(self) -> None:
        holder = self.workspace.register.held_by
        self.holder_banner.setVisible(holder is not None)
        if holder is not None:
            self.holder_text.setText(holder_sentence(holder))
        self.import_action.setEnabled(not self.workspace.register.read_only)
        for page in self.page_of.made().values():  # one made later is told when made
            if isinstance(page, ListPage):
                page.set_read_only(self.workspace.register.read_only)
        self._update_item_actions()
        self.update_title()

    def _reloaded(self) -> None:
        self.update_counts()
        self.statusBar().showMessage(
            translate("MainWindow", "Reloaded: the register was changed by another program"), 8000
        )

    # Status.
    def _saved(self, what: str) -> None:
        self.statusBar().showMessage(translate("MainWindow", "Saved: %1").replace("%1", what), 8000)

    def _undo_failed(self, error) -> None:
        dialogs.show_error(
            self,
            translate("MainWindow", "Undo or redo failed"),
            faults.describe(error) + "\n\n" + translate("MainWindow", "The undo history was cleared."),
        )
        for page in self.page_of.made().values():
            if isinstance(page, ListPage):
                page.reload()
            if hasattr(page, "editor"):
                page.editor.reload()

    # Closing and remembering.
    def confirm_leave(self) -> bool:
        page = self.current_page()
        return page is None or page.confirm_leave()

    def restore_state(self) -> None:
        geometry = self.settings.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        docks = self.settings.state("docks")
        if docks is None or not self.restoreState(docks):
            # Five rows of problems: the editor above keeps most of a 800-pixel-high screen.
            self.resizeDocks([self.problems_dock], [210], Qt.Orientation.Vertical)
        # Not "problems_splitter": that state put the explanation under the table (a blank band).
        state = self.settings.state("problems_beside")
        if state is not None:
            self.problems_dock.splitter.restoreState(state)
        state = self.settings.state("main_splitter")
        if state is not None:
            self.splitter.restoreState(state)
        for kind, page in self.page_of.made().items():  # one made later: when made
            state = self.settings.state(f"splitter_{kind}")
            if state is not None and isinstance(page, ListPage):
                page.splitter.restoreState(state)

    def save_state(self) -> None:
        self.settings.set_state("geometry", self.saveGeometry())
        self.settings.set_state("docks", self.saveState())
        self.settings.set_state("problems_beside", self.problems_dock.splitter.saveState())
        self.settings.set_state("main_splitter", self.splitter.saveState())
        for kind, page in self.page_of.made().items():  # a page never made keeps its state
            if isinstance(page, ListPage):
                self.settings.set_state(f"splitter_{kind}", page.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave():
            event.ignore()
            return
        self.save_state()
        self.stop_jobs()
        event.accept()

    def stop_jobs(self) -> None:
        """No background job may outlive its window: none may read a register that is being closed."""
        self.checker.stop()
        self.catalogue.stop()
        self.log_banner.stop()
        for page in self.page_of.made().values():
            if hasattr(page, "shutdown"):
                page.shutdown()
        for job in ("export_job", "print_job", "copy_job"):
            if getattr(self, job, None) is not None:
                getattr(self, job).stop()
        if self.import_wizard is not None:
            self.import_wizard.stop()
        if self.search_window is not None:
            self.search_window.stop()
        self.version_actions.stop()


def holder_sentence(holder) -> str:
    """Who has the register open (register.holder.Holder), and since when, in local time."""
    since = holder.since_time()
    if holder.user in ("", "?") or since is None:
        return translate(
            "MainWindow", "Read-only: another window has this register open. Close it there, then choose Try again."
        )
    moment = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(since.timestamp())), QLocale.FormatType.ShortFormat)
    return (
        translate(
            "MainWindow",
            "Read-only: %1 on %2 has had this register open since %3. Close it there, then choose Try again.",
        )
        .replace("%1", holder.user)
        .replace("%2", holder.host)
        .replace("%3", moment)
    )
