"""The diff view: what changed in the register from one moment to another (a version, a date
and time, or now), per item: added and removed items marked, changed fields side by side with
who changed them when. The same document as `ropa diff --format html`
(documents/register_diff.py), in the interface language, computed in a background job."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..documents import register_diff as document
from ..register import register_diff
from . import dialogs, language
from .jobs import Cancelled, Job
from .moment_choice import Listed, MomentChoice, listed_versions

translate = QCoreApplication.translate

# More items than this are counted, not shown: a QTextBrowser lays out the whole document on
# the GUI thread, and thousands of items would stall it (`ropa diff` writes them all).
SHOWN_ITEMS = 300


def compute(register, first, second, interface_language: str):
    """The job: both moments resolved and compared; the HTML and how many items were left out."""
    with register.session() as session:
        diff = register_diff.compare(
            session, first.sequence(session), second.sequence(session), first.words, second.words
        )
    left_out = max(0, len(diff.items) - SHOWN_ITEMS)
    diff.items = diff.items[:SHOWN_ITEMS]
    return document.render_html(diff, interface_language, local=True), left_out


class DiffView(QWidget):
    def __init__(self, workspace, parent=None, versions: list[Listed] | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("diff_view")
        self.workspace = workspace
        self.job: Job | None = None
        self.html = ""
        self.setWindowTitle(translate("DiffView", "Compare versions of the register"))
        versions = listed_versions(workspace.register) if versions is None else versions
        self.first = MomentChoice(versions, self)
        self.second = MomentChoice(versions, self)
        self.first.setObjectName("diff_from")
        self.second.setObjectName("diff_to")
        established_ones = [v for v in versions if v.number]
        if versions:  # from the newest version (else the history start) to now
            self.first.choose_version((established_ones or versions)[-1].number)
        self.compare_button = QPushButton(translate("DiffView", "Compare"), self)
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.start)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.left_out = QLabel(self)
        self.left_out.setWordWrap(True)
        self.left_out.hide()
        choices = QHBoxLayout()
        for words, choice in (
            (translate("DiffView", "From:"), self.first),
            (translate("DiffView", "To:"), self.second),
        ):
            choices.addWidget(QLabel(words, self))
            choices.addWidget(choice, 1)
        choices.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.left_out)
        self.resize(960, 640)

    def compare(self, first, second) -> Job:
        """Compare two moments (moment_choice.Moment) now, as the Versions list asks."""
        self.first.choose(first)
        self.second.choose(second)
        return self.start()

    def start(self) -> Job:
        if self.job is not None and self.job.running():
            return self.job
        register, first, second = self.workspace.register, self.first.moment(), self.second.moment()
        interface_language = language.current()
        self.compare_button.setEnabled(False)
        self.browser.setPlainText(translate("DiffView", "Comparing…"))
        self.job = Job(
            self,
            translate("DiffView", "Comparing versions of the register…"),
            lambda _report: compute(register, first, second, interface_language),
        )
        self.job.done.connect(self._shown)
        self.job.failed.connect(self._failed)
        return self.job.start()

    def _shown(self, result) -> None:
        self.html, left_out = result
        self.browser.setHtml(self.html)
        self.left_out.setVisible(left_out > 0)
        self.left_out.setText(
            translate(
                "DiffView", "%1 more changed items are not shown here; “ropa diff” on the command line lists them all."
            ).replace("%1", str(left_out))
        )
        self.compare_button.setEnabled(True)

    def _failed(self, error) -> None:
        self.compare_button.setEnabled(True)
        self.browser.clear()
        if not isinstance(error, Cancelled):
            dialogs.show_error(
                self,
                translate("DiffView", "Not compared"),
                translate("DiffView", "The versions could not be compared: %1").replace("%1", str(error)),
            )

    def closeEvent(self, event) -> None:
        if self.job is not None:
            self.job.stop()
        super().closeEvent(event)
