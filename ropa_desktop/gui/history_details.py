"""The change chosen in a history table, in full under it: the table's cells are cut to their
width (an editor is narrow), this says all of one entry, the whole values included."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView, QTextBrowser, QWidget

from ..register.change_log_reading import Entry
from ..register.models.change_log import CHANGED
from .history_model import ENTRY_ROLE
from .history_texts import (
    Names,
    action_name,
    added_and_removed,
    comment,
    field_name,
    item_text,
    local_time,
    origin_name,
    person,
    values,
)

translate = QCoreApplication.translate


def describe(entry: Entry, with_item: bool, names: Names | None = None) -> str:
    """The entry as a few lines of HTML."""
    what = field_name(entry.item_kind, entry.field) if entry.action == CHANGED else action_name(entry.action)
    if with_item:
        what = f"{item_text(entry)} \u2014 {what}"
    head = escape(
        translate("History", "%1, by %2 (%3)")
        .replace("%1", local_time(entry, long=True))
        .replace("%2", person(entry.who, entry.who_name))
        .replace("%3", origin_name(entry.origin))
    )
    rows = []
    if entry.action == CHANGED:
        before, after = values(entry, full=True, names=names)
        rows += [(translate("History", "Before:"), _text(before)), (translate("History", "After:"), _text(after))]
        added, removed = added_and_removed(entry, names)
        if added:
            rows.append((translate("History", "Added:"), _text(", ".join(added))))
        if removed:
            rows.append((translate("History", "Removed:"), _text(", ".join(removed))))
    if comment(entry):
        rows.append((translate("History", "Comment:"), f"<i>{_text(comment(entry))}</i>"))
    table = "".join(
        f"<tr><td style='padding-right: 8px'>{escape(label)}</td><td>{text}</td></tr>" for label, text in rows
    )
    return f"<b>{escape(what)}</b><br>{head}" + (f"<table cellspacing='0'>{table}</table>" if rows else "")


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class HistoryDetails(QTextBrowser):
    """Follows the current row of ``table`` (a history_model.HistoryModel's view)."""

    def __init__(self, table: QTableView, with_item: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_details")
        self._with_item = with_item
        self.setOpenLinks(False)
        self.setPlaceholderText(translate("History", "Choose a change to read all of it here."))
        self._model = table.model()
        table.selectionModel().currentRowChanged.connect(self._show)
        table.model().modelReset.connect(self.clear)

    def _show(self, current, _previous=None) -> None:
        entry = current.data(ENTRY_ROLE) if current.isValid() else None
        if entry is None:
            self.clear()
        else:
            self.setHtml(describe(entry, self._with_item, getattr(self._model, "names", None)))
