"""The comment given with a save: one optional line beside Save, recorded in the change log.

A line always in view, not a "Save with comment…" dialog: the reason for a change is known
while making it ("retention shortened after the DPIA of 3 March"), a dialog would be one more
step that officers learn to skip, and a line that is empty and greyed out until there is
something to save takes no attention. Every entry of that save carries the comment
(change_log.acting); the line empties once the change is saved or given up.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from ..register import change_log

translate = QCoreApplication.translate

MAX_LENGTH = 500  # a reason, not a report: longer texts belong in the activity's notes


class SaveComment(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("save_comment")
        self.setMaxLength(MAX_LENGTH)
        self.setClearButtonEnabled(True)
        # Worded once: a change of language makes the pages, and so this line, anew.
        self.setPlaceholderText(translate("Editor", "Comment on this change (optional)"))
        self.setToolTip(
            translate(
                "Editor", "Why you made this change. It is recorded in the change log with the change; Enter saves."
            )
        )

    def comment(self) -> str:
        return " ".join(self.text().split())

    @contextmanager
    def recorded(self) -> Iterator[None]:
        """Changes saved inside the block carry the comment (none given: none recorded)."""
        with change_log.acting(comment=self.comment() or None):
            yield
