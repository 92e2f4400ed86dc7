"""The privacy statement in the window: a preview that follows edits, the Art. 13/14 check,
the register's own wording of each phrase, and Export.

The preview is made off the GUI thread and shown a page at a time (statement_preview.py), so
the window never waits for it, however large the register."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..documents.files import write_atomically
from ..documents.statement import build_statement, render
from ..documents.statement.completeness import Status
from ..documents.statement.phrases import placeholders
from ..documents.statement.phrases import title as phrase_title
from ..documents.statement.publishing import error_lines, errors_before_publishing
from ..register import operations
from ..register.errors import RegisterError
from . import dialogs, export_place, faults, labels
from . import language as interface
from .helper_text import make_quiet
from .jobs import Cancelled, Job
from .phrase_table_model import KEY_ROLE, PhraseTableModel
from .statement_preview import PreviewProgress, StatementPreview
from .statement_preview_job import make_preview
from .status_message import show_status
from .undo import SaveStatementText
from .workspace import Workspace

translate = QCoreApplication.translate
# A line of the Art. 13/14 check: the requirement's key ("13.1.f").
REQUIREMENT_ROLE = Qt.ItemDataRole.UserRole + 1
EXPORT_FORMATS = {"html": "HTML (*.html)", "md": "Markdown (*.md)", "pdf": "PDF (*.pdf)"}


@dataclass(frozen=True)
class _Refused:
    """An export that stopped before writing: the errors the checks found."""

    errors: list[str]


def choose_export_file(parent, suggestion: str) -> tuple[str, str] | None:
    """Where to export the statement, and in which format; None when cancelled."""
    return dialogs.choose_export_file(parent, translate("Statement", "Export statement"), suggestion, EXPORT_FORMATS)


class StatementPage(QWidget):
    kind = "statement"

    def __init__(self, workspace: Workspace, parent=None, settings=None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings  # remembers the export folder
        self._stale = True
        self._job: Job | None = None
        # Each request for a preview gets the next number; a job's result is shown only if no
        # newer request came meanwhile (an edit, the language), so nothing stale is ever shown.
        self._wanted = 0
        self._paused = False  # the officer cancelled: no preview until asked or the next change
        self.export_job: Job | None = None
        self._pending_requirement: str | None = None  # to select once the check is shown

        self.language = QComboBox(self)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.export_button = QPushButton(translate("Statement", "Export statement…"), self)
        self.export_button.clicked.connect(self.export)
        # Publishing keeps the statement as published in the register (issue 16 point 5).
        self.publications_button = QPushButton(translate("Statement", "Publications…"), self)
        self.publications_button.clicked.connect(self.show_publications)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Statement", "Language:"), self))
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.publications_button)
        top.addWidget(self.export_button)

        self.preview = StatementPreview(self)
        self.progress = PreviewProgress(self)
        self.progress.cancel_requested.connect(self.cancel_preview)
        self.progress.make_requested.connect(self.refresh)
        self.checklist = QListWidget(self)
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        check_box = QWidget(self)
        check_layout = QVBoxLayout(check_box)
        check_layout.setContentsMargins(0, 0, 0, 0)
        check_layout.addWidget(QLabel(translate("Statement", "<b>Art. 13/14 check</b>"), check_box))
        check_layout.addWidget(self.checklist)
        preview_split = QSplitter(Qt.Orientation.Horizontal, self)
        preview_split.addWidget(self.preview)
        preview_split.addWidget(check_box)
        preview_split.setSizes([800, 300])

        self.tabs = QTabWidget(self)
        self.tabs.addTab(preview_split, translate("Statement", "Preview"))
        self.tabs.addTab(self._wording_tab(), translate("Statement", "Wording"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self._fill_languages()
        workspace.changed.connect(self._on_change)

    # The wording tab.
    def _wording_tab(self) -> QWidget:
        tab = QWidget(self)
        self.phrases = PhraseTableModel(self)
        self.phrase_view = QTableView(tab)
        self.phrase_view.setModel(self.phrases)
        self.phrase_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.phrase_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.phrase_view.verticalHeader().hide()
        self.phrase_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.phrase_view.horizontalHeader().resizeSection(0, 220)
        self.phrase_view.horizontalHeader().resizeSection(1, 420)
        self.phrase_view.horizontalHeader().setStretchLastSection(True)
        self.phrase_view.selectionModel().currentRowChanged.connect(self._phrase_selected)
        self.standard = QLabel(tab)
        self.standard.setWordWrap(True)
        self.standard.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own = QPlainTextEdit(tab)
        self.own.setObjectName("own_wording")
        self.own.setFixedHeight(110)
        self.hint = QLabel(tab)
        make_quiet(self.hint)
        self.save_wording = QPushButton(translate("Statement", "Save wording"), tab)
        self.save_wording.clicked.connect(self._save_wording)
        self.reset_wording = QPushButton(translate("Statement", "Use the standard wording"), tab)
        self.reset_wording.clicked.connect(lambda: self._store_wording(""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.reset_wording)
        buttons.addWidget(self.save_wording)
        layout = QVBoxLayout(tab)
        intro = QLabel(
            translate(
                "Statement",
                "Every sentence of the statement comes from these phrases. Give a phrase this "
                "register's own wording, or keep the standard one.",
            ),
            tab,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.phrase_view, 1)
        layout.addWidget(self.standard)
        layout.addWidget(self.own)
        layout.addLayout(buttons)
        return tab

    def current_key(self) -> str | None:
        index = self.phrase_view.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def select_phrase(self, key: str) -> None:
        row = next(r for r in range(self.phrases.rowCount()) if self.phrases.key(r) == key)
        self.phrase_view.selectionModel().setCurrentIndex(
            self.phrases.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _phrase_selected(self, *_args) -> None:
        key = self.current_key()
        enabled = key is not None
        for widget in (self.own, self.save_wording, self.reset_wording):
            widget.setEnabled(enabled)
        if key is None:
            return
        standard = self.phrases.standard(key)
        self.standard.setText(translate("Statement", "Standard: %1").replace("%1", standard or "—"))
        self.own.setPlainText(self.phrases.own(key))
        names = sorted(placeholders(standard))
        self.hint.setText(
            translate("Statement", "Placeholders: %1").replace("%1", " ".join("{" + n + "}" for n in names))
            if names
            else ""
        )

    def _save_wording(self) -> None:
        self._store_wording(self.own.toPlainText())

    def _store_wording(self, text: str) -> None:
        key = self.current_key()
        if key is None:
            return
        texts = self.phrases.own_texts(key)
        texts[self.current_language()] = text
        command = SaveStatementText(
            self.workspace,
            lambda: translate("Statement", "Change statement wording “%1”").replace(
                "%1", phrase_title(key, interface.current())
            ),
            key,
            texts,
        )
        try:
            self.workspace.run(command)
        except RegisterError as error:
            dialogs.show_error(self, translate("Statement", "Not saved"), faults.describe_unsaved(error))

    # Preview.
    def current_language(self) -> str:
        return self.language.currentData() or self.workspace.languages()[0]

    def _fill_languages(self) -> None:
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        for code in self.workspace.languages():
            self.language.addItem(labels.language_name(code), code)
        index = self.language.findData(current)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        self.phrases.set_language(self.current_language())

    def _language_changed(self) -> None:
        self.phrases.set_language(self.current_language())
        self._phrase_selected()
        # The pages and the check in the other language are not shown while the new ones are made.
        self._wanted += 1
        self.preview.show_message(translate("Statement", "Making the preview…"))
        self.checklist.clear()
        self.schedule()

    def schedule(self) -> None:
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def _on_change(self, change) -> None:
        if change.kind == "organisation":
            self._fill_languages()
        self.schedule()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild preview, check and phrases off the GUI thread; the newest edit wins: a job
        still running is cancelled, and the preview is made again once it has stopped."""
        self._stale = False
        self._paused = False
        self._wanted += 1
        self.phrases.set_own(operations.statement_texts(self.workspace.register))
        self._phrase_selected()
        if self._job is not None:
            self._job.cancel()  # it ends at its next step; _job_over then starts the newest
            return
        self._start()

    def _start(self) -> None:
        register, language, wanted = self.workspace.register, self.current_language(), self._wanted
        if self.preview.page_count() == 0:
            self.preview.show_message(translate("Statement", "Making the preview…"))
        self._job = Job(self, "", lambda report: make_preview(register, language, report), show_progress=False)
        self._job.done.connect(lambda result: self._show(result, wanted))
        self._job.failed.connect(lambda error: self._show_failure(error, wanted))
        self._job.progressed.connect(self.progress.progressed)
        self.progress.started()
        self._job.start()

    def cancel_preview(self) -> None:
        """The officer stops making the preview (of a very large register, say)."""
        if self._job is None:
            return
        self._paused = True
        self._wanted += 1  # should it finish after all, its result is not shown
        self._job.cancel()
        self.progress.cancelled()

    def _job_over(self, wanted: int) -> bool:
        """Whether the job that ended made what is wanted now; if not, the newest is started."""
        self._job = None
        if wanted == self._wanted:
            return True
        if not self._paused:
            self._start()
        return False

    def _show(self, result, wanted: int) -> None:
        if not self._job_over(wanted):
            return
        pages, items = result
        self.progress.finished()
        language = pages.language
        self.preview.show_pages(pages)
        # The selected line stays selected (by its requirement) when the check is made anew.
        pending, self._pending_requirement = self._pending_requirement, None
        keep = pending or self.current_requirement()
        scrolled = self.checklist.verticalScrollBar().value()
        self.checklist.clear()
        for item in items:
            mark = {Status.PRESENT: "✓", Status.MISSING: "✗", Status.NOT_APPLICABLE: "–"}[item.status]
            subjects = f" ({', '.join(item.subjects)})" if item.subjects else ""
            self.checklist.addItem(
                f"{mark} {item.citation(language)}: {item.label(language)} — {item.status_label(language)}{subjects}"
            )
            line = self.checklist.item(self.checklist.count() - 1)
            line.setData(REQUIREMENT_ROLE, item.key)
            if item.status is Status.MISSING:
                line.setForeground(Qt.GlobalColor.darkRed)
        self.checklist.verticalScrollBar().setValue(scrolled)
        if keep is not None:
            self._select_requirement(keep, focus=pending is not None)

    # The Art. 13/14 check.
    def show_requirement(self, key: str) -> None:
        """Select the line of requirement ``key`` ("13.1.f") in the check, now or as soon as
        the check of the register as it is now is shown (from a Problems panel finding)."""
        self.tabs.setCurrentIndex(0)  # the preview, with the check beside it
        if self._job is None and not self._stale and self.checklist.count():
            self._select_requirement(key, focus=True)
        else:
            self._pending_requirement = key

    def current_requirement(self) -> str | None:
        line = self.checklist.currentItem()
        return line.data(REQUIREMENT_ROLE) if line is not None and line.isSelected() else None

    def _select_requirement(self, key: str, focus: bool) -> bool:
        line = next(
            (
                self.checklist.item(row)
                for row in range(self.checklist.count())
                if self.checklist.item(row).data(REQUIREMENT_ROLE) == key
            ),
            None,
        )
        if line is None:
            return False
        self.checklist.setCurrentItem(line, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.checklist.scrollToItem(line)
        if focus and self.isVisible():
            self.checklist.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _show_failure(self, error, wanted: int) -> None:
        if not self._job_over(wanted):
            return
        if isinstance(error, Cancelled):  # by the officer, or by closing the window
            self.progress.cancelled()
            return
        self.progress.finished()
        self.preview.show_message(translate("Statement", "The preview could not be made: %1").replace("%1", str(error)))

    def show_publications(self) -> None:
        from .publications_dialog import PublicationsDialog

        self.publications = PublicationsDialog(self.workspace, self.current_language(), self)
        self.publications.open()  # window-modal; the preview follows the publication's date

    # Export.
    def export(self) -> None:
        language = self.current_language()
        chosen = choose_export_file(self, export_place.suggested_path(self.settings, "statement", language, "html"))
        if chosen is None:
            return
        path, fmt = chosen
        export_place.remember(self.settings, path)
        self._start_export(path, fmt, language, force=False)

    def _start_export(self, path: str, fmt: str, language: str, force: bool) -> None:
        """Write the statement off the GUI thread; unless ``force``, first look for errors
        the checks find, and hand them back instead of writing."""
        register = self.workspace.register

        def work(report):
            if not force:
                errors = errors_before_publishing(register)
                if errors:
                    return _Refused(error_lines(errors, language))
            data = render(build_statement(register, language), fmt, progress=report)
            report(1, 1)
            write_atomically(path, data, private=False)  # the public statement
            return path

        self.export_job = Job(self, translate("Statement", "Exporting the statement…"), work)
        self.export_job.done.connect(lambda result: self._exported(result, path, fmt, language))
        self.export_job.failed.connect(self._export_failed)
        self.export_job.start()

    def _exported(self, result, path: str, fmt: str, language: str) -> None:
        if isinstance(result, _Refused):
            if dialogs.ask_publish_anyway(self, result.errors):
                self._start_export(path, fmt, language, force=True)
            return
        show_status(self, translate("Statement", "Statement written to %1").replace("%1", result))
        export_place.offer_to_open(self, result)

    def _export_failed(self, error) -> None:
        if isinstance(error, Cancelled):
            return
        dialogs.show_error(
            self,
            translate("Statement", "Not exported"),
            translate("Statement", "The statement could not be written: %1").replace("%1", str(error)),
        )

    def shutdown(self) -> None:
        # A refresh still waiting would read the register after it closed (on a server: after
        # its database may be gone).
        self._timer.stop()
        for job in (self._job, self.export_job):
            if job is not None:
                job.stop()

    # Pages answer this when the officer leaves them; nothing here is edited unsaved.
    def confirm_leave(self) -> bool:
        return True
