"""A dialog's line edit keeps no more than the register column it fills (its String(n)), read
from the model: the agreement reference of a new recipient, the name of an established version,
the display name the change log records."""

from __future__ import annotations

from ropa_desktop.gui.establish_dialog import EstablishDialog
from ropa_desktop.gui.new_recipient_dialog import NewRecipientDialog
from ropa_desktop.gui.preferences import PreferencesDialog
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register.models import ChangeLogEntry, EstablishedVersion, Recipient


def _keeps(edit, length: int) -> None:
    # As long as the column: kept whole; one more: the box refuses the extra character.
    edit.setText("a" * length)
    assert edit.text() == "a" * length
    edit.setText("b" * (length + 1))
    assert edit.text() == "b" * length


def test_the_agreement_reference_keeps_what_the_recipient_column_keeps(qtbot, english):
    dialog = NewRecipientDialog()
    qtbot.addWidget(dialog)
    length = Recipient.__table__.c.dpa_reference.type.length
    assert dialog.reference.maxLength() == length == 500
    _keeps(dialog.reference, length)


def test_the_display_name_keeps_what_the_change_log_records(qtbot, english):
    dialog = PreferencesDialog(None)
    qtbot.addWidget(dialog)
    length = ChangeLogEntry.__table__.c.who_name.type.length
    assert dialog.display_name.maxLength() == length == 200
    _keeps(dialog.display_name, length)


def test_a_version_name_keeps_what_the_version_column_keeps(qtbot, demo_register, answers, english):
    dialog = EstablishDialog(Workspace(demo_register))
    qtbot.addWidget(dialog)
    length = EstablishedVersion.__table__.c.name.type.length
    assert dialog.name.maxLength() == length == 200
    _keeps(dialog.name, length)
