"""File > Import from Excel: choose the workbook, check its columns, see what the import
would do, then import it.

Our own workbook is read exactly and skips the columns page. A spreadsheet of the officer's
own is read by its headers; the columns page shows what each column is taken for and lets
the officer change it (and keep the mapping for next time). Reading the file for the pages
(``preview``) is quick and happens here; the trial run and the import itself run as jobs
off the GUI thread. The import is one transaction, so Cancel leaves the register as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..documents.importing.both_changed import ImportConflict
from ..documents.importing.mapping import LANGUAGES, Mapping
from ..documents.importing.problems import ImportRefused
from ..documents.importing.report import ImportReport
from ..documents.importing.service import Preview, import_workbook, preview
from ..register.errors import RegisterError
from . import dialogs, faults, labels, language
from .helper_text import make_quiet
from .import_columns_model import FIELD, HEADER, LETTER, FieldDelegate, ImportColumnsModel
from .import_review_panel import ReviewPanel, message_label
from .jobs import Cancelled, Job
from .undo import ImportWorkbook, everything_changed
from .workspace import Workspace

translate = QCoreApplication.translate
FILE_PAGE, COLUMNS_PAGE, CHECK_PAGE, RESULT_PAGE = range(4)
# How a problem reads on a page: noticed, yet not an alarm.
PROBLEM_STYLE = "color: #a33;"


def describe(error: BaseException) -> str:
    """What went wrong with a trial run or an import, in the interface language."""
    if isinstance(error, (ImportRefused, ImportConflict)):  # a conflict: both changed a field since the export
        return error.words(language.current())
    if isinstance(error, RegisterError):
        return faults.describe(error)
    return str(error)


class ImportWizard(QWizard):
    preview_changed = Signal()
    imported = Signal(object)  # the ImportReport of the import done

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.path = ""
        self.preview: Preview | None = None
        self.refused: ImportRefused | None = None  # why the chosen file cannot be read at all
        # What the officer chose (sheet, header row, language, fields by header); the rest is recognised.
        self.chosen = Mapping()
        self.report: ImportReport | None = None  # the report of the import, once done
        self.undoable = False  # whether Edit > Undo takes the import back
        self.copies_failed = False  # a register file whose copies for Undo could not be made
        self.setObjectName("ImportWizard")
        self.setWindowTitle(translate("ImportWizard", "Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("ImportWizard", "Close"))
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in (
            (FILE_PAGE, self.file_page),
            (COLUMNS_PAGE, self.columns_page),
            (CHECK_PAGE, self.check_page),
            (RESULT_PAGE, self.result_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(FILE_PAGE)
        self.resize(860, 600)

    # Reading the file.
    def set_file(self, path: str) -> None:
        """Read ``path`` afresh: a new file forgets what was chosen for the last one."""
        self.path = path.strip()
        self.chosen = Mapping()
        self.preview = self.refused = None
        if self.path:
            try:
                self.preview = preview(self.path)
            except ImportRefused as refused:
                self.refused = refused
        self.preview_changed.emit()

    def reread(self, mapping: Mapping) -> ImportRefused | None:
        """Read the file again as ``mapping`` says; on a refusal keep what was shown and return it."""
        try:
            found = preview(self.path, mapping)
        except ImportRefused as refused:
            return refused
        self.chosen, self.preview, self.refused = mapping, found, None
        self.preview_changed.emit()
        return None

    def native(self) -> bool:
        return self.preview is not None and self.preview.native

    def import_mapping(self) -> Mapping | None:
        """What the import reads the file with: exactly the columns shown (None: our own workbook)."""
        if self.preview is None or self.preview.native:
            return None
        return replace(self.preview.mapping(), cells=dict(self.chosen.cells))

    def correct_cell(self, cell: str, value: str | None) -> None:
        """The officer's correction of one cell (review.py): None keeps it in the notes."""
        self.chosen.cells[cell] = value

    def undo_correction(self, cell: str) -> None:
        self.chosen.cells.pop(cell, None)

    # Jobs.
    def start_job(self, dry_run: bool) -> Job:
        register, path, mapping = self.workspace.register, Path(self.path), self.import_mapping()
        # A register file gets a copy just before and just after the import: Undo puts the first
        # back, Redo the second. A server register keeps its own backups: not undoable here.
        undoable = not dry_run and register.path is not None
        workspace = self.workspace

        def work(report):
            if not undoable:
                return Imported(import_workbook(register, path, mapping=mapping, dry_run=dry_run, progress=report))
            before = _undo_copy(workspace, "before-import")
            try:
                result = import_workbook(register, path, mapping=mapping, progress=report)
            except BaseException:
                if before is not None:
                    before.unlink(missing_ok=True)
                raise
            if not result.changes:  # nothing changed: nothing to undo, no copies to keep
                if before is not None:
                    before.unlink(missing_ok=True)
                return Imported(result)
            # The import has happened: a copy that cannot be made after it costs the undo, never the import.
            after = _undo_copy(workspace, "after-import") if before is not None else None
            if after is None and before is not None:
                before.unlink(missing_ok=True)
            return Imported(result, before, after, copies_failed=after is None)

        # The trial run shows its progress in the page; the import blocks the wizard with Cancel.
        job = Job(self, translate("ImportWizard", "Importing…"), work, show_progress=not dry_run)
        return job.start()

    def stop(self) -> None:
        """No job may outlive the wizard or its window (see MainWindow.stop_jobs)."""
        self.check_page.stop()

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def finish_import(self, imported: Imported) -> None:
        """After the import: every view reloads, and the import joins the undo history
        (Edit > Undo puts back the register as it was); without copies the history goes,
        as it no longer matches the register."""
        report = self.report = imported.report
        # An import that changed nothing leaves the undo history and every view as they are.
        before, after = imported.before, imported.after
        if report.changes and before is not None and after is not None:  # imported.undoable
            file = report.file
            self.workspace.run(
                ImportWorkbook(
                    self.workspace,
                    lambda: translate("ImportWizard", "Import from %1").replace("%1", file),
                    before,
                    after,
                )
            )
        elif report.changes:
            self.workspace.undo_stack.clear()
            for change in everything_changed():
                self.workspace.notify(change)
        self.undoable = imported.undoable
        self.copies_failed = imported.copies_failed
        self.imported.emit(report)
        self.next()


@dataclass(frozen=True)
class Imported:
    """What an import job gives back: its report, and the copies that make it undoable."""

    report: ImportReport
    before: Path | None = None
    after: Path | None = None
    copies_failed: bool = False  # a register file, but no copy could be kept to undo with

    @property
    def undoable(self) -> bool:
        return self.before is not None and self.after is not None


def _undo_copy(workspace: Workspace, stem: str) -> Path | None:
    """A copy of the register in the workspace's undo folder; None when none can be made (the
    temporary folder full or not writable): the import then goes ahead without Undo."""
    try:
        return workspace.register.copy_to(_fresh(workspace.undo_folder(), stem))
    except (RegisterError, OSError):
        return None


def _fresh(folder: Path, stem: str) -> Path:
    """A name in ``folder`` no earlier import used (copy_to takes the next one should it be taken)."""
    n = 1
    while (folder / f"{stem}-{n}.ropa").exists():
        n += 1
    return folder / f"{stem}-{n}.ropa"


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Choose the workbook"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "A workbook exported from ROPA Desktop, or a spreadsheet of your "
                "own with one processing activity per row.",
            )
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        self.path.setPlaceholderText(translate("ImportWizard", "The Excel workbook (.xlsx) to import"))
        self.browse = QPushButton(translate("ImportWizard", "Browse…"), self)
        self.browse.clicked.connect(self._browse)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("import_sheet")
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet.setMinimumWidth(220)
        self.sheet.activated.connect(self._sheet_chosen)
        self.kind = message_label(self)
        self.problem = message_label(self)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        self.kind.hide()
        # What happens, before the officer commits to anything.
        about = message_label(self)
        about.setText(
            translate(
                "ImportWizard",
                "A ROPA Desktop workbook brings back exactly what was exported. A spreadsheet of your own "
                "is read by its headers, in Dutch, English, French or German: each row under the header "
                "row becomes a processing activity, and what is not understood is kept in its internal "
                "notes. "
                "Entries whose name is already in the register are updated; the others are added.\n\n"
                "Nothing changes until you press Import on the last page, and a copy of the register "
                "file is made before anything is imported.",
            )
        )
        make_quiet(about)
        # A typed path is read once the typing pauses, not at every key.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(400)
        self._typing.timeout.connect(self._read_typed)
        self.path.textEdited.connect(self._typed)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet)
        sheet_row.addStretch(1)
        form = QFormLayout()
        form.addRow(translate("ImportWizard", "File:"), path_row)
        form.addRow(translate("ImportWizard", "Sheet:"), sheet_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.kind)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(about)
        wizard.preview_changed.connect(self._show)
        self._show()

    def set_path(self, path: str) -> None:
        self._typing.stop()
        self.path.setText(path)
        self.wizard_.set_file(path)

    def _browse(self) -> None:
        chosen = dialogs.choose_import_file(self)
        if chosen:
            self.set_path(chosen)

    def _typed(self) -> None:
        self._typing.start()
        self.completeChanged.emit()

    def _read_typed(self) -> None:
        self.wizard_.set_file(self.path.text())

    def _sheet_chosen(self) -> None:
        name = self.sheet.currentText()
        if self.wizard_.preview is None or name == self.wizard_.preview.sheet:
            return
        refused = self.wizard_.reread(Mapping(sheet=name))
        if refused is not None:
            self._say(refused.words(language.current()))

    def _show(self) -> None:
        wizard, found = self.wizard_, self.wizard_.preview
        self.sheet.clear()
        if found is not None and found.native:
            # Our own workbook is read from its hidden data sheet, not from the sheets it shows.
            self.sheet.addItem(translate("ImportWizard", "(the whole workbook)"))
        elif found is not None:
            self.sheet.addItems(found.sheets)
            self.sheet.setCurrentIndex(max(self.sheet.findText(found.sheet), 0))
        self.sheet.setEnabled(found is not None and not found.native and len(found.sheets) > 1)
        if found is None:
            self.kind.clear()
        elif found.native:
            self.kind.setText(
                translate(
                    "ImportWizard",
                    "<b>A ROPA Desktop workbook.</b> It is imported exactly: every field, language and link.",
                )
            )
        else:
            self.kind.setText(
                translate(
                    "ImportWizard",
                    "<b>A spreadsheet of your own.</b> Its columns are matched to "
                    "the register's fields by their headers; you can check and "
                    "change them on the next page.",
                )
            )
        self.kind.setVisible(bool(self.kind.text()))
        self._say(wizard.refused.words(language.current()) if wizard.refused is not None else "")
        self.completeChanged.emit()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    def isComplete(self) -> bool:
        return self.wizard_.preview is not None and not self._typing.isActive()

    def nextId(self) -> int:
        return CHECK_PAGE if self.wizard_.native() else COLUMNS_PAGE


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Check the columns"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Each column is imported as the field shown. Double-click a field "
                "to change it; choose “(not imported)” to leave a column out.",
            )
        )
        self.header_row = QSpinBox(self)
        self.header_row.setObjectName("header_row")
        self.header_row.setRange(0, 1000)
        # 0 is "not found": the officer names the row, else the import looks for it.
        self.header_row.setSpecialValueText(translate("ImportWizard", "not found"))
        self.header_row.valueChanged.connect(self._header_row_changed)
        self.sheet_language = QComboBox(self)
        self.sheet_language.setObjectName("sheet_language")
        for code in LANGUAGES:
            self.sheet_language.addItem(labels.language_name(code), code)
        self.sheet_language.activated.connect(self._language_changed)
        self.model = ImportColumnsModel(self)
        self.model.field_chosen.connect(self._field_chosen)
        self.table = QTableView(self)
        self.table.setObjectName("import_columns")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(FIELD, FieldDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LETTER, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(HEADER, 220)
        header.resizeSection(FIELD, 300)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problem = message_label(self)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.load_button = QPushButton(translate("ImportWizard", "Load mapping…"), self)
        self.load_button.clicked.connect(self.load_mapping)
        self.save_button = QPushButton(translate("ImportWizard", "Save mapping…"), self)
        self.save_button.setToolTip(
            translate(
                "ImportWizard",
                "Keep these columns to import the same spreadsheet again, here or with “ropa import --mapping”",
            )
        )
        self.save_button.clicked.connect(self.save_mapping)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ImportWizard", "Header row:"), self))
        top.addWidget(self.header_row)
        top.addSpacing(16)
        top.addWidget(QLabel(translate("ImportWizard", "Language of the sheet:"), self))
        top.addWidget(self.sheet_language)
        top.addStretch(1)
        top.addWidget(self.load_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        wizard.preview_changed.connect(self._show)

    def initializePage(self) -> None:
        self._show()

    def _show(self) -> None:
        found = self.wizard_.preview
        if found is None or found.native:
            self.model.set_preview(None)
            return
        self.header_row.blockSignals(True)
        self.header_row.setValue(found.header_row)
        self.header_row.blockSignals(False)
        self.sheet_language.setCurrentIndex(max(self.sheet_language.findData(found.language), 0))
        self.model.set_preview(found)
        self.problem.setText(found.problem.words(language.current()) if found.problem is not None else "")
        self.save_button.setEnabled(found.problem is None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        found = self.wizard_.preview
        # Without a name column the first purpose names each activity (the ICO template).
        return (
            found is not None
            and not found.native
            and found.problem is None
            and bool({"name", "purposes"} & set(found.fields.values()))
        )

    # The officer's choices: each re-reads the sheet with everything chosen so far.
    def _found(self) -> Preview:
        found = self.wizard_.preview
        assert found is not None  # the choices are shown only with the columns of a sheet read
        return found

    def _mapping(self, **changes) -> Mapping:
        chosen, found = self.wizard_.chosen, self._found()
        mapping = replace(chosen, sheet=found.sheet or chosen.sheet, columns=dict(chosen.columns))
        return replace(mapping, **changes)

    def _reread(self, mapping: Mapping) -> None:
        refused = self.wizard_.reread(mapping)
        if refused is not None:
            self.problem.setText(refused.words(language.current()))

    def _header_row_changed(self, row: int) -> None:
        self._reread(self._mapping(header_row=row or None))

    def _language_changed(self) -> None:
        self._reread(self._mapping(language=self.sheet_language.currentData()))

    def _field_chosen(self, header: str, key: str | None) -> None:
        mapping = self._mapping(header_row=self._found().header_row or None)
        if key is not None:
            # The field leaves any column it was chosen for before, as it did in the table.
            for other, target in mapping.columns.items():
                if target == key:
                    mapping.columns[other] = None
        mapping.columns[header] = key
        # Later, not inside the table's edit: re-reading may replace the rows being edited.
        QTimer.singleShot(0, self, lambda: self._reread(mapping))

    def load_mapping(self) -> None:
        path = dialogs.choose_mapping_to_load(self)
        if not path:
            return
        try:
            loaded = Mapping.load(path)
        except ImportRefused as refused:
            dialogs.show_error(self, translate("ImportWizard", "Mapping not loaded"), refused.words(language.current()))
            return
        if not loaded.sheet:
            loaded.sheet = self._found().sheet
        not_used = self.wizard_.reread(loaded)
        if not_used is not None:
            dialogs.show_error(self, translate("ImportWizard", "Mapping not used"), not_used.words(language.current()))

    def save_mapping(self) -> None:
        suggestion = str(Path(self.wizard_.path).with_suffix(".mapping.json"))
        path = dialogs.choose_mapping_to_save(self, suggestion)
        if not path:
            return
        mapping = self.wizard_.import_mapping()
        assert mapping is not None  # saving is offered for a sheet's columns, not our own workbook
        try:
            mapping.save(path)
        except OSError as error:
            dialogs.show_error(
                self,
                translate("ImportWizard", "Mapping not saved"),
                translate("ImportWizard", "The mapping could not be written: %1").replace(
                    "%1", error.strerror or str(error)
                ),
            )


class CheckPage(QWizardPage):
    """A trial run shows what the import would do; its button imports."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.trial: Job | None = None
        self.trial_report = None
        self.import_job: Job | None = None
        self.setTitle(translate("ImportWizard", "Check what will change"))
        self.setSubTitle(
            translate(
                "ImportWizard", "Nothing has been changed yet. This is what the import would do; press Import to do it."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "Import"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(12)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("check_report")
        self.text.setReadOnly(True)
        self.status = message_label(self)
        self.review = ReviewPanel(wizard, self)
        self.review.corrected.connect(self.initializePage)  # a correction: try again with it
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.review, 1)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        self.stop()
        self.trial_report = None
        self.text.setPlainText(translate("ImportWizard", "Reading the workbook…"))
        self.review.show_report(None)
        self.status.clear()
        self.status.setStyleSheet("")
        self.busy.show()
        job = self.trial = self.wizard_.start_job(dry_run=True)
        job.done.connect(lambda imported: self._trial_done(job, imported.report))
        job.failed.connect(lambda error: self._trial_failed(job, error))
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.stop()
        super().cleanupPage()

    def stop(self) -> None:
        for job in (self.trial, self.import_job):
            if job is not None:
                job.stop()
        self.trial = self.import_job = None

    def _trial_done(self, job: Job, report) -> None:
        if job is not self.trial:
            return  # a trial of an earlier visit of the page
        self.trial = None
        self.trial_report = report
        self.busy.hide()
        self.text.setPlainText(report.text(language.current()))
        self.review.show_report(report)
        self.completeChanged.emit()

    def _trial_failed(self, job: Job, error) -> None:
        if job is not self.trial:
            return
        self.trial = None
        self.busy.hide()
        self.text.setPlainText(describe(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.trial_report is not None and self.import_job is None

    # Import: the commit button starts it; the wizard moves on once it is done.
    def validatePage(self) -> bool:
        if self.wizard_.report is not None:
            return True
        if self.import_job is None and self.trial_report is not None:
            self.start_import()
        return False

    def start_import(self) -> Job:
        job = self.import_job = self.wizard_.start_job(dry_run=False)
        job.done.connect(lambda imported: self._imported(job, imported))
        job.failed.connect(lambda error: self._import_failed(job, error))
        self.completeChanged.emit()
        return job

    def _imported(self, job: Job, imported: Imported) -> None:
        if job is not self.import_job:
            return
        self.import_job = None
        self.wizard_.finish_import(imported)

    def _import_failed(self, job: Job, error) -> None:
        if job is not self.import_job:
            return
        self.import_job = None
        self.completeChanged.emit()
        self.status.setStyleSheet(PROBLEM_STYLE)
        if isinstance(error, Cancelled):
            self.status.setText(translate("ImportWizard", "The import was cancelled; the register is unchanged."))
            return
        self.status.setText(translate("ImportWizard", "Not imported; the register is unchanged."))
        dialogs.show_error(self, translate("ImportWizard", "Not imported"), describe(error))


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Imported"))
        self.setSubTitle(translate("ImportWizard", "The register has been changed as listed below."))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("import_report")
        self.text.setReadOnly(True)
        self.undo_note = message_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_note)

    def initializePage(self) -> None:
        report = self.wizard_.report
        if report is None:
            return
        self.text.setPlainText(report.text(language.current()))
        self.setSubTitle(
            translate("ImportWizard", "The register has been changed as listed below.")
            if report.changes
            else translate(
                "ImportWizard", "Nothing needed changing: the register already holds what the spreadsheet says."
            )
        )
        if not report.changes:
            self.undo_note.clear()  # nothing was changed, so there is nothing to undo
        elif self.wizard_.undoable:
            self.undo_note.setText(
                translate(
                    "ImportWizard",
                    "Edit > Undo (Ctrl+Z) takes the whole import back, as long as you have not closed the register.",
                )
            )
        elif self.wizard_.copies_failed:
            self.undo_note.setText(
                translate(
                    "ImportWizard",
                    "No copy of the register could be kept in the temporary folder, so this import "
                    "cannot be undone with Undo (Ctrl+Z).",
                )
            )
        else:
            self.undo_note.setText(
                translate("ImportWizard", "An import into a register on a server cannot be undone with Undo (Ctrl+Z).")
            )
