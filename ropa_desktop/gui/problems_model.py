"""The compliance findings as a table (checks.run), in the interface language, and the filter
of the Problems panel: which severities are shown, and a text to search for."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ..checks.findings import ORGANISATION, STATEMENT, Finding, Severity
from ..checks.rule import RULES
from ..register import kinds
from . import language
from .kind_names import section_name

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex

SEVERITY, MESSAGE, ITEM, REFERENCE, RULE = range(5)
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2

_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def severity_icon(severity: Severity) -> QIcon:
    return QApplication.style().standardIcon(_ICONS[severity])


def severity_word(severity: Severity) -> str:
    return {
        Severity.ERROR: translate("Problems", "Error"),
        Severity.WARNING: translate("Problems", "Warning"),
        Severity.INFO: translate("Problems", "Info"),
    }[severity]


def rule_title(rule_id: str, lang: str) -> str:
    """What the officer reads for a rule ("Privacy statement incomplete"); its id
    ("statement.incomplete") only where a rule has no texts yet: a mistake of ours."""
    rule = RULES.get(rule_id)
    try:
        return rule.title(lang) if rule is not None else rule_id
    except KeyError:
        return rule_id


def message(finding: Finding, lang: str) -> str:
    """The finding's sentence; the rule's title and the item if the rule's message is missing."""
    try:
        return finding.message(lang)
    except (KeyError, IndexError, ValueError):
        return f"{rule_title(finding.rule, lang)}: {finding.item_name(lang)}"


def where(finding: Finding) -> str:
    """The section a finding points to ("Transfers"), or "" when it points nowhere to edit."""
    if finding.kind in kinds.LISTED or finding.kind == ORGANISATION:
        return section_name(finding.kind)
    if finding.kind == STATEMENT:
        return section_name("statement")
    return ""


def identity(finding: Finding) -> tuple:
    """What makes a finding the same one in the next run (its item's name may have changed)."""
    return finding.rule, finding.kind, finding.item_id, finding.field, finding.row


@dataclass(slots=True)
class Row:
    """A finding with its texts in one language, made once per run (off the GUI thread)."""

    finding: Finding
    message: str
    item: str
    reference: str  # the rule's articles, cited in the language's style ("art. 28 lid 3 AVG")
    rule: str  # the rule's title; its id is for specialists (the tooltip, the rule reference)
    search: str  # the severity, message, item, reference, rule title and rule id, casefolded
    order: int = 0  # its place in the order the checks gave


@dataclass(frozen=True, slots=True)
class Marker:
    """What the lists show of one item's errors and warnings: the worst severity (its icon
    in the name column) and the messages (its tooltip), errors first."""

    severity: Severity
    messages: tuple[tuple[Severity, str], ...]


def make_markers(rows: list[Row]) -> dict[str, dict[int, Marker]]:
    """Per register kind, item id: its marker. Only errors and warnings mark an item (as they
    count in the navigation's badges). Plain Python: made with the rows, once per run."""
    found: dict[tuple[str, int], list[tuple[Severity, str]]] = {}
    for row in rows:
        finding = row.finding
        if finding.item_id is None or finding.severity is Severity.INFO or finding.kind not in kinds.LISTED:
            continue
        found.setdefault((finding.kind, finding.item_id), []).append((finding.severity, row.message))
    markers: dict[str, dict[int, Marker]] = {}
    for (kind, item_id), messages in found.items():
        messages = sorted(dict.fromkeys(messages), key=lambda m: m[0].rank)  # stable: the checks' order
        markers.setdefault(kind, {})[item_id] = Marker(messages[0][0], tuple(messages))
    return markers


def make_rows(findings: list[Finding], lang: str) -> list[Row]:
    """Plain Python, no Qt: the checker's worker makes the rows along with the findings."""
    rows = []
    words = {severity: severity_word(severity).casefold() for severity in Severity}
    for position, finding in enumerate(findings):
        text, item, reference = message(finding, lang), finding.item_name(lang), finding.citation(lang)
        title = rule_title(finding.rule, lang)
        rows.append(
            Row(
                finding,
                text,
                item,
                reference,
                title,
                f"{words[finding.severity]} {text} {item} {reference} {title} {finding.rule}".casefold(),
                position,
            )
        )
    return rows


# How the findings are shown in order: the column and whether descending (Qt's sort order, as a bool
# so the checker's worker needs no Qt).
Sorting = tuple[int, bool]
BY_SEVERITY: Sorting = (SEVERITY, False)


def _sort_text(row: Row, column: int) -> str:
    if column == MESSAGE:
        return row.message
    if column == ITEM:
        return row.item or where(row.finding)
    if column == REFERENCE:
        return row.reference
    return row.rule


def arrange(rows: list[Row], sorting: Sorting) -> list[Row]:
    """``rows`` in the order ``sorting`` asks; plain Python, so the checker's worker does it for
    the order shown (25,000 findings took a tenth of a second on the GUI thread)."""
    column, descending = sorting
    if column == SEVERITY:
        # By severity; within one, in the order the checks gave (rule, then item): a stable
        # sort on one small number, with the rows in the checks' order to start from.
        ordered = sorted(rows, key=lambda row: row.order)
        ordered.sort(key=lambda row: row.finding.severity.rank)
    else:
        ordered = sorted(
            rows, key=lambda row: (_sort_text(row, column).casefold(), row.finding.severity.rank, row.order)
        )
    if descending:
        ordered.reverse()
    return ordered


def positions(rows: list[Row]) -> dict[tuple, int]:
    """Where each finding is among ``rows`` (its first place, should one be found twice)."""
    found: dict[tuple, int] = {}
    for position, row in enumerate(rows):
        found.setdefault(identity(row.finding), position)
    return found


@dataclass(slots=True)
class Arranged:
    """The rows of one run of the checks in the order shown, and where each finding is:
    made off the GUI thread, so showing them is only a reset of the table."""

    sorting: Sorting
    rows: list[Row]
    position: dict[tuple, int]


def make_arranged(rows: list[Row], sorting: Sorting = BY_SEVERITY) -> Arranged:
    ordered = arrange(rows, sorting)
    return Arranged(sorting, ordered, positions(ordered))


class ProblemsModel(QAbstractTableModel):
    """The findings, in the order chosen, of the severities chosen and containing the words
    searched for: the model filters itself (ProblemsFilter only passes it on). A filter
    proxy asked Python's filterAcceptsRow about each of 25,000 findings on every run."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[Row] = []  # every finding, in the order chosen
        self._rows: list[Row] = []  # those shown
        self._position: dict[tuple, int] = {}  # where each finding shown is among them
        self._words: dict[Severity, str] = {}
        self._icons = {severity: severity_icon(severity) for severity in Severity}
        # The model sorts itself (one key per row, in Python's sort) rather than letting a
        # proxy compare rows pairwise through data(): thousands of findings sort at once.
        self._sort: Sorting = BY_SEVERITY
        self._severities: set[Severity] = set(Severity)
        self._search: list[str] = []

    # The findings.
    def set_findings(
        self, findings: list[Finding], rows: list[Row] | None = None, arranged: Arranged | None = None
    ) -> None:
        """Show ``findings`` (in the order the checks gave); ``rows``: their texts, and
        ``arranged``: those in an order, if made already (off the GUI thread)."""
        if arranged is None or arranged.sorting != self._sort:
            rows = list(rows) if rows is not None else make_rows(findings, language.current())
            arranged = make_arranged(rows, self._sort)
        self.beginResetModel()
        self._words = {severity: severity_word(severity) for severity in Severity}
        self._all = arranged.rows
        self._filter(arranged.position)
        self.endResetModel()

    def findings(self) -> list[Finding]:
        """Every finding of the run (also those the filter hides), in the order shown."""
        return [row.finding for row in self._all]

    def total(self) -> int:
        return len(self._all)

    def finding(self, row: int) -> Finding:
        return self._rows[row].finding

    def search_text(self, row: int) -> str:
        return self._rows[row].search

    def row_of(self, finding: Finding) -> int | None:
        """Where ``finding`` is shown; None when it is not (gone, or hidden by the filter)."""
        return self._position.get(identity(finding))

    def sorting(self) -> Sorting:
        return self._sort

    # The filter.
    def severities(self) -> set[Severity]:
        return set(self._severities)

    def set_filter(self, severities: set[Severity] | None = None, text: str | None = None) -> None:
        """Show the findings of ``severities`` that contain every word of ``text``."""
        if severities is not None:
            self._severities = set(severities)
        if text is not None:
            self._search = text.casefold().split()
        self.beginResetModel()
        self._filter()
        self.endResetModel()

    def _filter(self, position: dict[tuple, int] | None = None) -> None:
        """The rows shown, from every row: ``position``, where every row is, when known."""
        if self._severities == set(Severity) and not self._search:
            self._rows = self._all
            self._position = position if position is not None else positions(self._rows)
            return
        severities, words = self._severities, self._search
        self._rows = [
            row for row in self._all if row.finding.severity in severities and all(word in row.search for word in words)
        ]
        self._position = positions(self._rows)

    def _texts(self, row: Row) -> tuple[str, str, str, str, str]:
        finding = row.finding
        return self._words[finding.severity], row.message, row.item or where(finding), row.reference, row.rule

    # Sorting.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 5:
            return
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [self._rows[index.row()] for index in persistent]
        self._all = arrange(self._all, self._sort)
        self._filter()
        where_now = {id(row): position for position, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(where_now[id(row)], index.column()) for row, index in zip(moved, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    # The model.
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SEVERITY: translate("Problems", "Severity"),
            MESSAGE: translate("Problems", "Problem"),
            ITEM: translate("Problems", "Item"),
            REFERENCE: translate("Problems", "Reference"),
            RULE: translate("Problems", "Rule"),
        }.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        finding = row.finding
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            # Each text is often longer than its column.
            if column == ITEM and where(finding):
                return f"{where(finding)}: {self._texts(row)[ITEM]}"
            if column == RULE:  # the id, for whoever looks the rule up or reports it
                return f"{row.rule}\n{finding.rule}"
            return self._texts(row)[column if column == REFERENCE else MESSAGE]
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return self._icons[finding.severity]
        if role == FINDING_ROLE:
            return finding
        if role == SEVERITY_ROLE:
            return finding.severity.value
        return None


class ProblemsFilter(QIdentityProxyModel):
    """Shows the findings of the chosen severities that contain the search text: the filter
    itself is the model's (ProblemsModel.set_filter), asked here as before."""

    def _problems(self) -> ProblemsModel:
        model = self.sourceModel()
        assert isinstance(model, ProblemsModel)  # the model this filter is always set on
        return model

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def severities(self) -> set[Severity]:
        return self._problems().severities()

    def set_severities(self, severities: set[Severity]) -> None:
        self._problems().set_filter(severities=severities)

    def set_text(self, text: str) -> None:
        """Every word of ``text`` must occur in the finding's message, item, reference or rule."""
        self._problems().set_filter(text=text)

    def finding(self, index: _Index) -> Finding | None:
        return index.data(FINDING_ROLE) if index.isValid() else None
