"""A red bar at the top of the window when the register's change log was altered outside ROPA Desktop.

The chain is checked (change_log_chain.verify) in a background job once the register is open,
and again when another program changed it: 100,000 entries take seconds, which the window must
not stand still for. The bar stays until the register is closed: it is a finding about the
evidence, not a notice to click away. "How to check" says what it means and how the officer
or their IT department checks the file themselves (`ropa verify`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QStyle, QWidget

from ..register import change_log_chain as chain
from ..register.change_log_chain import Broken
from .jobs import Cancelled, Job
from .workspace import Workspace

translate = QCoreApplication.translate


def sentence(broken: Broken) -> str:
    """What is wrong, in one sentence in the interface language."""
    worded = {
        chain.ALTERED: translate(
            "LogBanner",
            "The change log of this register was altered outside ROPA Desktop: "
            "entry %1 was changed after it was recorded.",
        ),
        chain.MISSING: translate(
            "LogBanner", "The change log of this register was altered outside ROPA Desktop: entry %1 is missing."
        ),
        chain.INSERTED: translate(
            "LogBanner",
            "The change log of this register was altered outside ROPA Desktop: an entry was inserted at entry %1.",
        ),
        chain.OUT_OF_ORDER: translate(
            "LogBanner",
            "The change log of this register was altered outside ROPA "
            "Desktop: entry %1 does not follow the entry before it (one was "
            "removed, inserted or moved).",
        ),
        chain.NOT_LAST: translate(
            "LogBanner",
            "The change log of this register was altered outside ROPA Desktop: "
            "entry %1 is not the last entry that was recorded.",
        ),
        chain.ENDS_EARLY: translate(
            "LogBanner",
            "The change log of this register was altered outside ROPA Desktop: entry %1 and any after it are missing.",
        ),
    }.get(broken.code) or translate(
        "LogBanner", "The change log of this register was altered outside ROPA Desktop at entry %1."
    )
    return worded.replace("%1", f"{broken.sequence:,}".replace(",", QLocale().groupSeparator()))


def how_to_check(broken: Broken | None, location: str) -> str:
    """What the bar means and how to check the register without the window."""
    if broken is None:  # the log could not be read at all
        text = translate("LogBanner", "ROPA Desktop could not read the register's change log to check it.")
    else:
        text = translate(
            "LogBanner",
            "Every change made with ROPA Desktop is recorded in the register's change "
            "log, and each entry is sealed together with the entry before it. The seal no "
            "longer matches, so the history from this entry on cannot be relied upon as "
            "evidence. Another program, such as a database tool, changed the log, or the "
            "file was damaged. The register's content itself is shown as it is now.",
        )
    if broken is not None and broken.recorded_at is not None:
        moment = QLocale().toString(
            QDateTime.fromString(
                broken.recorded_at.strftime("%Y-%m-%dT%H:%M:%SZ"), Qt.DateFormat.ISODate
            ).toLocalTime(),
            QLocale.FormatType.ShortFormat,
        )
        text += "\n\n" + translate("LogBanner", "The entry was recorded on %1.").replace("%1", moment)
    return (
        text
        + "\n\n"
        + translate(
            "LogBanner",
            "To check the register yourself, or to let your IT department check a copy of it, run:\n\n"
            '    ropa verify "%1"\n\nKeep a copy of the file as it is now, and compare it with a backup '
            "to find out what was changed.",
        ).replace("%1", location)
    )


def show_how_to_check(parent: QWidget | None, text: str, details: str) -> None:
    """Tests replace this."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("LogBanner", "The change log was altered"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the command, to copy
    if details:
        box.setDetailedText(details)
    box.exec()


class LogBanner(QFrame):
    # The check ended: (number of entries, Broken or None); not sent when it was stopped.
    checked = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.broken: Broken | None = None
        self.error: BaseException | None = None
        self._job: Job | None = None
        self.setObjectName("log_banner")
        self.setStyleSheet(
            "#log_banner { background: #fde7e9; border-bottom: 1px solid #d9848c; }"
            "#log_banner QLabel { color: #5c0011; }"
        )
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.text = QLabel(self)
        self.text.setObjectName("log_banner_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPushButton(self)
        self.details.setObjectName("log_banner_how_to_check")
        self.details.clicked.connect(self.explain)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(self.details)
        self.retranslate()
        self.hide()
        workspace.reloaded.connect(self.check)  # another program changed the register: perhaps its log

    def check(self) -> None:
        """Verify the chain off the GUI thread; the bar shows when it is broken."""
        if self._job is not None and self._job.running():
            return
        register = self.workspace.register

        def work(report):
            with register.session() as session:
                return chain.verify(session, report)

        self._job = Job(self, "", work, show_progress=False)
        self._job.done.connect(self._checked)
        self._job.failed.connect(self._failed)
        self._job.start()

    def running(self) -> bool:
        return self._job is not None and self._job.running()

    def stop(self) -> None:
        if self._job is not None:
            self._job.stop()

    def _checked(self, result) -> None:
        count, self.broken = result
        self.error = None
        self._show()
        self.checked.emit(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        # Not silently accepted: a log that cannot even be read is said so too.
        self.broken, self.error = None, error
        self._show()
        self.checked.emit((0, None))

    def _show(self) -> None:
        if self.broken is not None:
            self.text.setText(sentence(self.broken))
        elif self.error is not None:
            self.text.setText(translate("LogBanner", "The change log of this register could not be checked."))
        self.setVisible(self.broken is not None or self.error is not None)

    def explain(self) -> None:
        details = self.broken.sentence() if self.broken is not None else repr(self.error)
        show_how_to_check(self.window(), how_to_check(self.broken, self.workspace.register.location), details)

    def retranslate(self) -> None:
        self.details.setText(translate("LogBanner", "How to check…"))
        self.details.setToolTip(
            translate("LogBanner", "What this means, and how to check the register with ropa verify")
        )
        self._show()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
