"""The item in the editor was changed by someone else while the officer had unsaved edits in it.

The editor keeps the edits (it reloads only an editor without them); this bar says that the item
changed underneath, and by whom when the change log knows. Nothing is lost either way: the later
save writes only the officer's changes over the item as the colleague left it, and a field both
changed brings the conflict dialog (conflict_dialog.py), where the officer chooses per field.

It is found by the item's version (register.versions): one small query for one number, compared
with the version the form was loaded with (snapshots.VERSION).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from ..register import change_log_reading, database_faults, kinds, snapshots
from ..register.change_log_reading import Narrowing
from ..register.errors import RegisterError
from ..register.models.change_log import CHANGED
from ..register.storage import Register
from .notice_bar import NoticeBar

translate = QCoreApplication.translate


def current_version(register: Register, kind: str, item_id: int) -> int | None:
    """The item's version in the register now; None when it is gone."""
    model = kinds.MODELS[kind]
    with register.session() as session:
        return session.scalar(select(model.version).where(model.id == item_id))


def last_changed_by(register: Register, kind: str, item_id: int) -> str:
    """Who made the item's newest change, as the change log names them ("" when it does not)."""
    with register.session() as session:
        newest = change_log_reading.page(session, Narrowing(kind=kind, item_id=item_id, action=CHANGED), limit=1)
    if not newest:
        return ""
    return newest[0].who_name or newest[0].who


def sentence(name: str, who: str) -> str:
    if who:
        return (
            translate(
                "ChangedUnderneath",
                "%1 changed “%2” while you were editing it. Your edits are kept "
                "here; when you save, you choose per field what to keep.",
            )
            .replace("%1", who)
            .replace("%2", name)
        )
    return translate(
        "ChangedUnderneath",
        "Someone else changed “%1” while you were editing it. Your edits are "
        "kept here; when you save, you choose per field what to keep.",
    ).replace("%1", name)


class ChangedUnderneathBar(NoticeBar):
    """The bar under the form; hidden until ``look`` finds the item changed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("changed_underneath", parent=parent)
        self.hide()

    def look(self, register: Register, kind: str, item_id: int | None, loaded: dict, name: str) -> bool:
        """Show the bar when item ``item_id`` is no longer at the version ``loaded`` (the snapshot
        the form was loaded with) was read at; True when shown. A gone item, or a register that
        cannot be read just now, shows nothing: the save says what is the matter then."""
        if item_id is None or loaded.get(snapshots.VERSION) is None:
            return False
        try:
            now = current_version(register, kind, item_id)
            if now is None or now == loaded[snapshots.VERSION]:
                return False
            who = last_changed_by(register, kind, item_id)
        except RegisterError:
            return False
        except SQLAlchemyError as exc:
            if not database_faults.is_situation(exc):
                raise  # not the server or a lock: a bug, for the crash dialog and the log
            return False
        self.text.setText(sentence(name, who))
        self.show()
        return True
