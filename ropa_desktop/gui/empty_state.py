"""What a section shows where the editor would be when no item is chosen: a sentence that
says what to do, instead of a greyed form with default values or an item the list hides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..register import kinds
from .kind_names import kind_name

translate = QCoreApplication.translate


def advice(kind: str, query: str, total: int) -> str:
    """The sentence for a section with ``total`` items, searched for ``query`` ("" when not)."""
    name = kind_name(kind)
    if query:
        return translate("EmptyState", "No %1 matches “%2”.").replace("%1", name).replace("%2", query)
    if not total:
        return translate("EmptyState", "There is nothing here yet. Press Add (Ctrl+N) to make a %1.").replace(
            "%1", name
        )
    return translate("EmptyState", "Select a %1 on the left, or press Add (Ctrl+N) to make one.").replace("%1", name)


def first_steps(kind: str, query: str, total: int) -> bool:
    """Whether to show the first steps: a register without a single activity is a new one."""
    return kind == kinds.ACTIVITY and not query and not total


def first_steps_advice() -> str:
    return translate("EmptyState", "This register has no processing activities yet. Start in one of three ways:")


class EmptyState(QWidget):
    """The advice, and the button that does what it says: clear the search, or add an item."""

    clear_search = Signal()
    add = Signal()
    # The first steps of a new register (first_steps): the window does these.
    import_spreadsheet = Signal()
    fill_organisation = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("empty_state")
        self.kind = kind
        self.advice = QLabel(self)
        self.advice.setObjectName("empty_advice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_button = QPushButton(translate("EmptyState", "Clear search"), self)
        self.clear_button.setObjectName("empty_clear_search")
        self.clear_button.clicked.connect(self.clear_search)
        self.add_button = QPushButton(translate("ListPage", "Add"), self)
        self.add_button.setObjectName("empty_add")
        self.add_button.clicked.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self.first_steps = self._make_first_steps()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        # The whole width, the text centred in it: a label given an alignment here is laid out
        # at its own size hint, one line too short once its text wraps.
        layout.addWidget(self.advice)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(buttons)
        layout.addWidget(self.first_steps)
        layout.addStretch(2)

    def _make_first_steps(self) -> QWidget:
        """Three buttons, one under the other, each doing what it says."""
        steps = QWidget(self)
        steps.setObjectName("first_steps")
        self.import_button = QPushButton(translate("EmptyState", "Import a spreadsheet…"), steps)
        self.import_button.setObjectName("first_step_import")
        self.import_button.setToolTip(translate("EmptyState", "Bring in the register you keep in Excel"))
        self.import_button.clicked.connect(self.import_spreadsheet)
        self.add_first_button = QPushButton(translate("EmptyState", "Add a processing activity"), steps)
        self.add_first_button.setObjectName("first_step_add")
        self.add_first_button.clicked.connect(self.add)
        self.organisation_button = QPushButton(translate("EmptyState", "Fill in the organisation"), steps)
        self.organisation_button.setObjectName("first_step_organisation")
        self.organisation_button.setToolTip(
            translate("EmptyState", "The controller, the privacy contacts and the supervisory authority")
        )
        self.organisation_button.clicked.connect(self.fill_organisation)
        column = QVBoxLayout()
        for button in (self.import_button, self.add_first_button, self.organisation_button):
            column.addWidget(button)
        row = QHBoxLayout(steps)
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        steps.hide()
        return steps

    def show_for(self, query: str, total: int) -> None:
        """Advise for a section with ``total`` items, searched for ``query`` ("" when not)."""
        starting = first_steps(self.kind, query, total)
        self.advice.setText(first_steps_advice() if starting else advice(self.kind, query, total))
        self.clear_button.setVisible(bool(query))
        self.add_button.setVisible(not query and not starting)
        self.first_steps.setVisible(starting)

    def set_read_only(self, read_only: bool) -> None:
        """An import writes: not offered for a register opened read-only."""
        self.import_button.setEnabled(not read_only)
