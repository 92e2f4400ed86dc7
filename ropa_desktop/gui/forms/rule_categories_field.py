"""Which of the activity's data categories a retention rule keeps (Art. 30(1)(f)): a check list
of the categories the activity processes; none ticked means all of its data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout

from ...register import kinds
from .. import labels
from ..helper_text import make_quiet
from .check_list_model import CheckListModel
from .fields import Field

translate = QCoreApplication.translate


class RuleCategoriesField(Field):
    """The ids of the data categories a rule names, offered from the activity's own data list
    (the form's "data_categories" field, as it is being edited). A ticked category the activity
    no longer processes stays listed, marked, so the officer can untick it."""

    follows = "data_categories"

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self._context = context
        self._chosen: list[int] = []
        self._offered: list[int] = []
        self.model = CheckListModel(self)
        self.model.toggled.connect(self._toggled)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setMinimumHeight(60)
        self.view.setMaximumHeight(110)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        make_quiet(self.summary)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.view)
        body.addWidget(self.summary)
        self._set_body(body)
        context.catalogue.updated.connect(self._catalogue_updated)
        self._show()

    def follow(self, links) -> None:
        """The activity's data categories: [{"id": …, "wording": …}, …] in its order."""
        self._offered = [link["id"] for link in links or [] if isinstance(link, dict) and "id" in link]
        self._show()

    def _catalogue_updated(self, kind: str) -> None:
        if kind == kinds.DATA_CATEGORY:
            self._show()

    def _show(self) -> None:
        names = {
            row.id: labels.text(row.name) or f"#{row.id}" for row in self._context.catalogue.rows(kinds.DATA_CATEGORY)
        }
        unused = translate("Fields", "%1 (not used by this activity)")
        entries = [(i, names.get(i, f"#{i}")) for i in self._offered]
        entries += [(i, unused.replace("%1", names.get(i, f"#{i}"))) for i in self._chosen if i not in self._offered]
        self.model.set_entries(entries)
        self.model.set_checked(self._chosen)
        self._update_summary()

    def _update_summary(self) -> None:
        if not self._chosen:
            self.summary.setText(translate("Fields", "None ticked: this rule applies to all data of this activity."))
        else:
            chosen = "; ".join(self.model.label_of(i) for i in self._chosen)
            self.summary.setText(translate("Fields", "Applies only to: %1").replace("%1", chosen))

    def _toggled(self, entry_id: int, checked: bool) -> None:
        if checked and entry_id not in self._chosen:
            self._chosen.append(entry_id)
        elif not checked and entry_id in self._chosen:
            self._chosen.remove(entry_id)
        self._update_summary()
        self._emit()

    def value(self) -> list[int]:
        return list(self._chosen)

    def set_value(self, value) -> None:
        self._chosen = [i for i in dict.fromkeys(value or []) if isinstance(i, int)]
        self._show()

    def focus(self, row: int | None = None, part: str = ""):
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.view
