"""The hits of a search across everything as a tree: one row per section, the items found below."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ..register import kinds
from ..register.search import STATEMENT, STATEMENT_TEXT, Found, Hit
from . import labels
from .forms.activity_spec import ACTIVITY_TABS
from .forms.catalogue_specs import CATALOGUE_TABS
from .forms.form import Group
from .forms.organisation_spec import ORGANISATION_TABS
from .kind_names import kind_name, section_name

translate = QCoreApplication.translate
_Index = QModelIndex | QPersistentModelIndex

NAME, FOUND_IN, TEXT = range(3)
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
_SECTION_ROW = 0  # internal id of a section's row; a hit's is its section's row + 1


def _specs(tabs) -> dict[str, str]:
    found = {}
    for tab in tabs:
        for item in tab.items:
            for spec in item.items if isinstance(item, Group) else (item,):
                found[spec.key] = spec.label
    return found


def field_label(kind: str, field: str) -> str:
    """What the editor calls the field a hit was found in ("Internal notes")."""
    if kind == STATEMENT_TEXT:
        return translate("SearchEverything", "Own wording")
    tabs = {kinds.ACTIVITY: ACTIVITY_TABS, kinds.ORGANISATION: ORGANISATION_TABS}.get(kind) or CATALOGUE_TABS.get(
        kind, []
    )
    label = _specs(tabs).get(field, "")
    if field == "offices" and not label:
        return translate("SearchEverything", "Offices")
    return translate("Fields", label) if label else field


def found_in(hit: Hit) -> str:
    """Where the hit matched: its field (and row), or the kind of item it uses that matched
    ("via transfer"; the text column names that item)."""
    if hit.via is not None:
        return translate("SearchEverything", "via %1").replace("%1", kind_name(hit.via.kind))
    label = field_label(hit.kind, hit.field)
    if hit.row is None:
        return label
    return translate("SearchEverything", "%1, row %2").replace("%1", label).replace("%2", str(hit.row + 1))


class SearchResultsModel(QAbstractItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._sections: list[tuple[str, list[Hit], int]] = []  # (section, hits listed, items found)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_found(self, found: Found) -> None:
        self.beginResetModel()
        self._sections = [
            (section, hits, found.totals.get(section, len(hits))) for section, hits in found.sections.items()
        ]
        self.endResetModel()

    def found(self) -> int:
        """Items found in every section, also those not listed."""
        return sum(total for _section, _hits, total in self._sections)

    # Structure.
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _SECTION_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    # Qt's item-model parent(index); the stub also lists QObject.parent() under that name.
    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _SECTION_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _SECTION_ROW)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == _SECTION_ROW and parent.column() == 0:
            return len(self._sections[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 3

    def hit(self, index: _Index) -> Hit | None:
        if not index.isValid() or index.internalId() == _SECTION_ROW:
            return None
        return self._sections[index.internalId() - 1][1][index.row()]

    def index_of(self, kind: str, item_id: int) -> QModelIndex | None:
        """The row of the hit on item ``item_id`` of ``kind``; None when it is not listed."""
        for section_row, (_section, hits, _total) in enumerate(self._sections):
            for row, hit in enumerate(hits):
                if hit.kind == kind and hit.item_id == item_id:
                    return self.index(row, 0, self.index(section_row, 0))
        return None

    # Contents.
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hit(index)
        if hit is None:
            return self._section_data(index, role)
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = labels.text(hit.via.name) if hit.via is not None else hit.snippet
            return (labels.text(hit.name), found_in(hit), text)[index.column()]
        return None

    def _section_data(self, index: _Index, role: int):
        section, hits, total = self._sections[index.row()]
        if role == SECTION_ROLE:
            return section
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role != Qt.ItemDataRole.DisplayRole or index.column() != NAME:
            return None
        name = section_name(STATEMENT if section == STATEMENT else section)
        if total > len(hits):
            return (
                translate("SearchEverything", "%1 (%2 of %3 listed)")
                .replace("%1", name)
                .replace("%2", str(len(hits)))
                .replace("%3", str(total))
            )
        return f"{name} ({total})"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 3:
            return None
        return (
            translate("SearchEverything", "Item"),
            translate("SearchEverything", "Found in"),
            translate("SearchEverything", "Text"),
        )[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
