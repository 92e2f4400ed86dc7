"""“Establish version…” (vaststellen): the officer names the version and may add a note; the
dialog says who will be recorded as establishing it and what the register holds, refuses a
name in use in one sentence, and establishes in a background job (register/established.py:
it rebuilds the register from the log to keep its hash)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)
from sqlalchemy import func, select

from ..register import change_log, errors, established, kinds
from ..register.errors import RegisterError
from ..register.models import EstablishedVersion
from ..register.models.change_log import VERSION
from ..register.operations import Change
from ..register.texts import limit_of
from .jobs import Cancelled, Job
from .kind_names import section_name

translate = QCoreApplication.translate


def counts(register) -> dict[str, int]:
    """How many items each section holds (counting is fast, also with 10,000 activities)."""
    with register.session() as session:
        return {
            kind: session.scalar(select(func.count()).select_from(model)) or 0
            for kind, model in kinds.MODELS.items()
            if kind != kinds.ORGANISATION
        }


def who_words(role: str | None = None) -> str:
    """Who the version will name: on a server the database role stands in for the user the
    program names (Register._as_role records it so), the display name stays."""
    actor = change_log.current()
    who = role or actor.who
    return f"{actor.name} ({who})" if actor.name else who


class EstablishDialog(QDialog):
    def __init__(self, workspace, parent=None):
        super().__init__(parent)
        self.setObjectName("establish_dialog")
        self.workspace = workspace
        self.job: Job | None = None
        self.version = None  # the EstablishedVersion once established
        self.taken = {v.name for v in established.versions(workspace.register)}
        self.setWindowTitle(translate("Establish", "Establish version"))
        intro = QLabel(
            translate(
                "Establish",
                "Establishing (vaststellen) freezes the register as it is now as a named version, "
                "with the date and who established it. A version cannot be changed or removed afterwards.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setMaxLength(limit_of(EstablishedVersion, "name"))  # as the register keeps it
        self.name.setPlaceholderText(translate("Establish", "For example: 2026-1, or Established by the board"))
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(translate("Establish", "Optional: why, or by whose decision"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.who = QLabel(who_words(workspace.register.role), self)
        held = counts(workspace.register)
        self.contents = QLabel(", ".join(f"{section_name(kind)}: {n}" for kind, n in held.items()), self)
        self.contents.setWordWrap(True)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("establish_refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b42318;")
        form = QFormLayout()
        form.addRow(translate("Establish", "Name:"), self.name)
        form.addRow(translate("Establish", "Note:"), self.note)
        form.addRow(translate("Establish", "Recorded as:"), self.who)
        form.addRow(translate("Establish", "The register holds:"), self.contents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(translate("Establish", "Establish"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()
        self.resize(560, self.sizeHint().height())

    def _check(self) -> None:
        """The name is required and unique: say why not, in one sentence, and keep Establish off."""
        name = self.name.text().strip()
        refusal = ""
        if name in self.taken:
            refusal = translate("Establish", "A version named “%1” exists already: choose another name.").replace(
                "%1", name
            )
        self.refusal.setText(refusal)
        self.refusal.setVisible(bool(refusal))
        self.ok.setEnabled(bool(name) and not refusal and (self.job is None or not self.job.running()))

    def start(self) -> Job | None:
        if not self.ok.isEnabled():
            return None
        register, name, note = self.workspace.register, self.name.text().strip(), self.note.toPlainText()
        self.ok.setEnabled(False)
        self.job = Job(
            self,
            translate("Establish", "Establishing the version…"),
            lambda _report: established.establish(register, name, note),
        )
        self.job.done.connect(self._established)
        self.job.failed.connect(self._failed)
        return self.job.start()

    def _established(self, version) -> None:
        self.version = version
        # The History section lists the establishing; the lists and editors ignore this kind.
        self.workspace.notify(Change(VERSION, (version.number,)))
        self.accept()

    def _failed(self, error) -> None:
        if isinstance(error, RegisterError) and error.code == errors.EXISTS:  # another window was first
            self.taken.add(self.name.text().strip())
        elif not isinstance(error, Cancelled):
            self.refusal.setText(
                translate("Establish", "The version was not established: %1").replace("%1", str(error))
            )
            self.refusal.show()
            self.ok.setEnabled(True)
            return
        self._check()

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.stop()
        super().done(result)
