"""The statement's publications in the window: publish the statement, list what was published,
and export a publication exactly as it was published (documents/publication.py does the work,
as `ropa publish`, `ropa publications` and `ropa publication` do)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..documents.files import write_atomically
from ..documents.publication import PublishingRefused, publish
from ..documents.statement.publishing import error_lines
from ..register import kinds, publications
from ..register.operations import Change
from . import dialogs, role_banner
from .jobs import Cancelled, Job

translate = QCoreApplication.translate
EXPORT_FORMATS = {"html": "HTML (*.html)", "pdf": "PDF (*.pdf)"}


@dataclass(frozen=True)
class Listed:
    number: int
    published_on: str
    who: str
    languages: tuple[str, ...]
    forced: bool


def read_publications(register) -> list[Listed]:
    with register.session() as session:
        return [
            Listed(
                p.number,
                p.published_on.isoformat(),
                f"{p.who_name} ({p.who})" if p.who_name else p.who,
                tuple(publications.languages(session, p.number)),
                p.forced,
            )
            for p in publications.listed(session)
        ]


def choose_export_file(parent, suggestion: str) -> tuple[str, str] | None:
    """Where to write a publication, and as HTML or PDF; None when cancelled (tests replace it)."""
    return dialogs.choose_export_file(
        parent, translate("Publications", "Export publication"), suggestion, EXPORT_FORMATS
    )


class PublicationsDialog(QDialog):
    def __init__(self, workspace, language: str, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.language = language  # of the export, and of the errors listed before publishing
        self.job: Job | None = None
        self.setWindowTitle(translate("Publications", "Publications of the privacy statement"))
        intro = QLabel(
            translate(
                "Publications",
                "Each publication keeps the statement as it was published, in HTML and PDF, in every "
                "language. The statement's “Last modified” date is that of the last publication.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Publications", "Number"),
                translate("Publications", "Published on"),
                translate("Publications", "By"),
                translate("Publications", "Languages"),
                translate("Publications", "Note"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.publish_button = QPushButton(translate("Publications", "Publish the statement now"), self)
        self.publish_button.clicked.connect(lambda: self.start_publishing(force=False))
        self.export_button = QPushButton(translate("Publications", "Export as published…"), self)
        self.export_button.clicked.connect(self.export)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.publish_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        refused = role_banner.refusal(workspace.register)  # a role on a server that may not publish (register.roles)
        self.publish_button.setEnabled(not workspace.register.read_only and not refused)
        if refused:
            self.publish_button.setToolTip(refused)
        self.resize(720, 360)
        self.reload()

    def reload(self) -> None:
        self.listed = read_publications(self.workspace.register)
        self.table.setRowCount(len(self.listed))
        for row, item in enumerate(reversed(self.listed)):  # the newest first
            note = translate("Publications", "published despite errors") if item.forced else ""
            for column, text in enumerate(
                (str(item.number), item.published_on, item.who, ", ".join(item.languages), note)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.listed:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> Listed | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return list(reversed(self.listed))[rows[0].row()]

    def _selection_changed(self) -> None:
        self.export_button.setEnabled(self.selected() is not None)

    # Publishing, off the GUI thread: it renders every language as HTML and PDF.
    def start_publishing(self, force: bool) -> None:
        register = self.workspace.register

        def work(_report):
            try:
                return publish(register, force=force)
            except PublishingRefused as refused:
                return refused

        self.job = Job(self, translate("Publications", "Publishing the statement…"), work)
        self.job.done.connect(self._published)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _published(self, result) -> None:
        if isinstance(result, PublishingRefused):
            if dialogs.ask_publish_anyway(self, error_lines(result.errors, self.language)):
                self.start_publishing(force=True)
            return
        self.reload()
        # The statement's date changed, and the check of changes since the last publication.
        self.workspace.notify(Change(kinds.ORGANISATION, ()))

    def _failed(self, error) -> None:
        if isinstance(error, Cancelled):
            return
        dialogs.show_error(
            self,
            translate("Publications", "Not published"),
            translate("Publications", "The statement could not be published: %1").replace("%1", str(error)),
        )

    # Export: the stored bytes, never a new rendering.
    def export(self) -> None:
        item = self.selected()
        if item is None:
            return
        language = self.language if self.language in item.languages else item.languages[0]
        chosen = choose_export_file(self, f"privacy-statement-{item.published_on}-{language}.html")
        if chosen is None:
            return
        path, fmt = chosen
        with self.workspace.register.session() as session:
            data = publications.document(session, item.number, language, fmt)
        assert data is not None  # the publication lists only the languages it stored
        try:
            write_atomically(path, data, private=False)  # the public statement, as published
        except OSError as exc:
            dialogs.show_error(
                self,
                translate("Publications", "Not exported"),
                translate("Publications", "The publication could not be written: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
