"""The Problems panel: what the compliance checks found in the register, kept up to date
after every change, and a way to the field that needs fixing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..checks.context import CheckContext, read_context
from ..checks.findings import Finding, Severity
from ..checks.rule import RULES
from ..checks.run import counts, run_all
from ..documents.collector import collector_paused, let_go
from ..register.storage import Register
from . import language
from .collector import before_big_job
from .jobs import Job
from .navigation_model import problems_text
from .problems_model import (
    ITEM,
    MESSAGE,
    REFERENCE,
    RULE,
    SEVERITY,
    Arranged,
    Marker,
    ProblemsFilter,
    ProblemsModel,
    Row,
    Sorting,
    make_arranged,
    make_markers,
    make_rows,
    message,
    rule_title,
    severity_icon,
    severity_word,
)
from .workspace import Workspace

translate = QCoreApplication.translate


def summary(found: dict[Severity, int]) -> str:
    """'2 errors, 5 warnings' (the status bar)."""
    errors, warnings = found.get(Severity.ERROR, 0), found.get(Severity.WARNING, 0)
    if not errors and not warnings:
        return translate("Problems", "No problems")
    return problems_text(errors, warnings)


@dataclass
class Checked:
    """One run of the checks: the findings, their rows of text, the rules that failed, and
    the markers of the items in the lists, the rows in the order shown and the counts (made
    with the rest, off the GUI thread: the window only shows them)."""

    findings: list[Finding]
    rows: list[Row]
    broken: dict[str, str]  # rule id: why it failed
    markers: dict[str, dict[int, Marker]]  # kind: item id: marker
    arranged: Arranged  # the rows in the Problems panel's order
    found: dict[Severity, int] = field(init=False)  # how many of each severity
    per_section: dict[str, tuple[int, int]] = field(init=False)  # kind: (errors, warnings), the badges

    def __post_init__(self) -> None:
        self.found = counts(self.findings)
        self.per_section = problems_per_section(self.findings)


def problems_per_section(findings: list[Finding]) -> dict[str, tuple[int, int]]:
    """The errors and warnings of each section (register kind), for the navigation's badges."""
    per_section: dict[str, list[int]] = {}
    for finding in findings:
        if finding.severity in (Severity.ERROR, Severity.WARNING):
            errors_warnings = per_section.setdefault(finding.kind, [0, 0])
            errors_warnings[finding.severity.rank] += 1
    return {kind: (errors, warnings) for kind, (errors, warnings) in per_section.items()}


def check(register: Register, lang: str, sorting: Sorting = (SEVERITY, False)) -> Checked:
    """Every rule over the register, and the rules that failed with why (checks/run.py: one
    broken rule must not hide what all the others found). Plain Python: runs off the GUI thread.

    As in the statement preview (statement_preview_job.py), the cycle collector waits while
    the register is read, and what was read is let go a slice at a time: the GUI thread's
    collections walking it, or its freeing in one go, held the window a third of a second."""
    with collector_paused():
        context = read_context(register)
        checked = run_all(context)
        # Let go of what the rules read before the rows are made: with 10,000 activities the
        # register's view (some 65 MB) and the rows of the findings need not live at once, and
        # the window's peak memory is that much lower (issue 19).
        _let_go(context)
        del context
        findings, broken = checked.findings, checked.broken
        rows = make_rows(findings, lang)
        markers = make_markers(rows)
        # The order the Problems panel shows, the counts and the badges too: the GUI thread
        # only hands them to the views. Made while paused, they are handed over as
        # long-lived with the rest when the pause ends (documents/collector.py).
        return Checked(findings, rows, broken, markers, make_arranged(rows, sorting))


def _let_go(context: CheckContext) -> None:
    """Free what the rules read a slice at a time (see check)."""
    context.view.used_by.clear()  # it holds the activities too
    context.cache.clear()
    let_go(context.view.activities)


class ComplianceChecker(QObject):
    """Runs every rule over the register off the GUI thread, shortly after the last change.

    A change while a run is under way makes that run's result stale: it is dropped and the
    register is checked again, so the findings shown are always of the newest state.
    """

    checked = Signal(object)  # Checked
    failed = Signal(object)  # the exception (the register could not be read)
    DELAY_MS = 300

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.findings: list[Finding] | None = None  # None until the first run is over
        self._job: Job | None = None
        self._again = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.run)
        workspace.changed.connect(self.schedule)
        # The order the findings are shown in (the Problems panel's), asked at each run.
        self.sorting: Callable[[], Sorting] = lambda: (SEVERITY, False)

    def schedule(self, *_args) -> None:
        """Check again once the officer pauses (every change restarts the wait)."""
        if not self._stopped:
            self._timer.start()

    def busy(self) -> bool:
        return self._job is not None or self._timer.isActive()

    def run(self) -> None:
        if self._stopped:
            return
        if self._job is not None:
            self._again = True
            return
        register, lang, sorting = self.workspace.register, language.current(), self.sorting()
        # The garbage made so far is collected as usual, not handed over with the result.
        before_big_job()

        def work(_report):
            return check(register, lang, sorting)  # reads the register; touches nothing of Qt

        self._job = Job(self, "", work, show_progress=False)
        self._job.done.connect(self._done)
        self._job.failed.connect(self._failed)
        self._job.start()

    def _over(self) -> bool:
        """The run ended; True when its result is stale (and a new run has started)."""
        job, self._job = self._job, None
        if job is not None:
            job.deleteLater()
        if self._stopped:
            return True
        if self._again:
            self._again = False
            self.run()
            return True
        return False

    def _done(self, result: Checked) -> None:
        if not self._over():
            self.findings = result.findings
            self.checked.emit(result)

    def _failed(self, error: BaseException) -> None:
        if not self._over():
            self.failed.emit(error)

    def stop(self) -> None:
        """No run may outlive the window: wait for the one under way, start none."""
        self._stopped = True
        self._timer.stop()
        job, self._job = self._job, None
        if job is not None:
            job.stop()  # its result, arriving later, is dropped


class ProblemsDock(QDockWidget):
    """The findings with severity buttons, a search box and the selected finding's rule."""

    open_requested = Signal(object)  # Finding
    rule_requested = Signal(str)  # a rule id, to show in the rule reference

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("Problems", "Problems"), parent)
        self.setObjectName("problems_dock")
        self.model = ProblemsModel(self)
        self.proxy = ProblemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._selected: Finding | None = None

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.severity_buttons: dict[Severity, QToolButton] = {}
        tips = {
            Severity.ERROR: translate("Problems", "Show errors: the register breaks a rule of the law"),
            Severity.WARNING: translate(
                "Problems", "Show warnings: probably wrong, or missing where the law asks for it where possible"
            ),
            Severity.INFO: translate("Problems", "Show information: worth knowing"),
        }
        for severity in Severity:
            button = QToolButton(self)
            button.setObjectName(f"show_{severity.value}")
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(severity_icon(severity))
            button.setToolTip(tips[severity])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.toggled.connect(self._severities_changed)
            self.severity_buttons[severity] = button
            self.toolbar.addWidget(button)
        self.toolbar.addSeparator()
        self.search = QLineEdit(self)
        self.search.setObjectName("problems_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("Problems", "Search problems…"))
        self.search.setMaximumWidth(360)
        self.search.textChanged.connect(self._search)
        self.toolbar.addWidget(self.search)

        self.table = QTableView(self)
        self.table.setObjectName("problems_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SEVERITY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setMinimumHeight(52)  # the header and a row: a small window keeps the panel
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        # The longest severity word of the interface language, its icon and some air.
        words = (severity_word(severity) for severity in Severity)
        header.resizeSection(SEVERITY, max(self.table.fontMetrics().horizontalAdvance(w) for w in words) + 44)
        # Narrow enough to leave the problem's words room beside the explanation.
        header.resizeSection(ITEM, 180)
        header.resizeSection(REFERENCE, 150)
        header.resizeSection(RULE, 170)
        self.table.activated.connect(self._activated)  # double-click or Enter
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.explanation = QLabel(self)
        self.explanation.setObjectName("problem_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.explanation.linkActivated.connect(self._link)
        self.explanation.setContentsMargins(4, 2, 4, 2)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Beside the table in a splitter, scrolling when needed: its text never moves the table
        # (a double-click stays on its finding), and it leaves no blank band under the table
        # while only the one-line hint is shown. The table keeps the panel's height for rows.
        self.explanation_area = QScrollArea(self)
        self.explanation_area.setWidget(self.explanation)
        self.explanation_area.setWidgetResizable(True)
        self.explanation_area.setFrameShape(QFrame.Shape.NoFrame)
        self.explanation_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.explanation_area.setMinimumWidth(self.explanation.fontMetrics().averageCharWidth() * 24)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("problems_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.explanation_area)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([880, 380])

        self.notice = QLabel(self)
        self.notice.setObjectName("problems_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet("color: #b3261e;")
        self.notice.hide()

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.setWidget(body)
        self._update_buttons({severity: 0 for severity in Severity})
        self._explain(None)
        self.explanation.setText(translate("Problems", "Checking the register…"))

    # Findings.
    def set_findings(
        self,
        findings: list[Finding],
        broken: dict[str, str] | None = None,
        rows: list[Row] | None = None,
        arranged: Arranged | None = None,
        found: dict[Severity, int] | None = None,
    ) -> None:
        """Show the newest findings (keeping the selected one), and the rules that failed;
        ``rows``, ``arranged`` and ``found``: the findings' texts, those in order and the
        counts, when the checker made them already."""
        broken = broken or {}
        self.notice.setVisible(bool(broken))
        if broken:
            lang = language.current()
            self.notice.setText(
                translate("Problems", "These rules could not be applied: %1").replace(
                    "%1", "; ".join(rule_title(rule, lang) for rule in sorted(broken))
                )
            )
            # Why, with the rules' ids: what a maintainer needs, not what the officer reads first.
            self.notice.setToolTip("\n".join(f"{rule}: {why}" for rule, why in sorted(broken.items())))
        selected = self._selected
        self.model.set_findings(findings, rows, arranged)
        self._update_buttons(found if found is not None else counts(findings))
        self._keep_selected(selected)

    def _keep_selected(self, selected: Finding | None) -> None:
        """After the rows were reset: ``selected`` selected again, if it is shown (one hidden by
        the filter is selected again when the filter shows it)."""
        if selected is not None and self.model.row_of(selected) is not None:
            self.select(selected)
        else:
            self._explain(None)

    def show_failure(self, error: BaseException) -> None:
        self.notice.setText(
            translate("Problems", "The checks could not run: %1").replace("%1", f"{type(error).__name__}: {error}")
        )
        self.notice.show()
        self.explanation.clear()

    def findings(self) -> list[Finding]:
        """The findings shown, in the order shown."""
        shown = (self.proxy.finding(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount()))
        return [finding for finding in shown if finding is not None]  # every shown row holds one

    def select(self, finding: Finding) -> bool:
        row = self.model.row_of(finding)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else QModelIndex()
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def current(self) -> Finding | None:
        return self.proxy.finding(self.table.currentIndex())

    # Filters.
    def show_severities(self, severities: set[Severity]) -> None:
        for severity, button in self.severity_buttons.items():
            button.setChecked(severity in severities)

    def _severities_changed(self) -> None:
        selected = self._selected
        self.proxy.set_severities({s for s, button in self.severity_buttons.items() if button.isChecked()})
        self._keep_selected(selected)

    def _search(self, text: str) -> None:
        selected = self._selected
        self.proxy.set_text(text)
        self._keep_selected(selected)

    def _update_buttons(self, found: dict[Severity, int]) -> None:
        texts = {
            Severity.ERROR: translate("Problems", "Errors (%1)"),
            Severity.WARNING: translate("Problems", "Warnings (%1)"),
            Severity.INFO: translate("Problems", "Info (%1)"),
        }
        for severity, button in self.severity_buttons.items():
            button.setText(texts[severity].replace("%1", str(found.get(severity, 0))))

    # The selected finding.
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = self.proxy.finding(current)
        self._selected = finding
        self._explain(finding)

    def _explain(self, finding: Finding | None) -> None:
        if finding is None:
            self.explanation.setText(
                escape(
                    translate("Problems", "The checks found nothing to improve.")
                    if not self.model.total()
                    else translate(
                        "Problems", "Double-click a problem (or press Enter) to open the item and the field to fix."
                    )
                )
            )
            return
        lang = language.current()
        # The whole message (the table may cut it short), then the rule and its grounds.
        text = escape(message(finding, lang))
        rule = RULES.get(finding.rule)
        try:
            title, explanation = (rule.title(lang), rule.explanation(lang)) if rule is not None else ("", "")
        except KeyError:  # a rule whose texts are not written yet
            title = explanation = ""
        if title and rule is not None:  # a title comes only from a rule
            more = translate("Problems", "About this rule")
            text += (
                f"<br><b>{escape(title)}</b> ({escape(rule.citation(lang))}). "
                f'{escape(explanation)} <a href="rule:{escape(rule.id)}">{escape(more)}</a>'
            )
        self.explanation.setText(text)

    def _link(self, link: str) -> None:
        if link.startswith("rule:"):
            self.rule_requested.emit(link.removeprefix("rule:"))

    def _activated(self, index: QModelIndex) -> None:
        finding = self.proxy.finding(index)
        if finding is not None:
            self.open_requested.emit(finding)
