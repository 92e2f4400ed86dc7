"""Saving an activity that another program saved meanwhile: the conflict dialog shows, per field,
theirs (who, when) and mine; keep mine, take theirs and merge each store what they say and log
it; a change by the other to another field is kept without asking."""

from __future__ import annotations

import subprocess
import sys

from form_helpers import select_row, type_text
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from ropa_desktop.register import change_log, kinds, operations
from ropa_desktop.register.change_log_values import value
from ropa_desktop.register.models import ChangeLogEntry
from ropa_desktop.register.storage import open_register

_OTHER_PROCESS = """
import json, sys
from ropa_desktop.register import kinds, operations
from ropa_desktop.register.storage import open_register
with open_register(sys.argv[1]) as register:
    item = int(sys.argv[2])
    snap = operations.read(register, kinds.ACTIVITY, item)
    operations.save(register, kinds.ACTIVITY, item, {**snap, **json.loads(sys.argv[3])}, base=snap)
"""


def _saved_by_another_process(register, item: int, **fields) -> None:
    import json

    subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, str(register.location), str(item), json.dumps(fields)],
        check=True,
        timeout=60,
    )


def _saved_by_a_colleague(register, item: int, **fields) -> None:
    """Another Register on the same file, saving as the colleague Carla."""
    with open_register(register.location) as other, change_log.acting(who="carla", name="Carla Collega"):
        snap = operations.read(other, kinds.ACTIVITY, item)
        operations.save(other, kinds.ACTIVITY, item, {**snap, **fields}, base=snap)


def _editing(window, **typed):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    for field, text in typed.items():
        type_text(page.editor.form.fields[field], text)
    return page.editor, page.editor.item_id


def _texts(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def _stored(window, item: int) -> dict:
    return operations.read(window.workspace.register, kinds.ACTIVITY, item)


def _logged(window, item: int, field: str) -> list[tuple]:
    with window.workspace.register.session() as session:
        rows = session.scalars(
            select(ChangeLogEntry)
            .where(
                ChangeLogEntry.item_kind == kinds.ACTIVITY,
                ChangeLogEntry.item_id == item,
                ChangeLogEntry.field == field,
            )
            .order_by(ChangeLogEntry.sequence)
        )
        return [(value(row.before), value(row.after), row.who, row.origin) for row in rows]


def test_keep_mine_shows_both_values_and_saves_mine_over_theirs_logged_with_both(window, answers):
    editor, item = _editing(window, owner="Sales", internal_notes="Checked in March")
    _saved_by_another_process(window.workspace.register, item, owner="Marketing", department="Operations")
    answers.conflict = lambda dialog: dialog.keep_mine.click()
    assert editor.save()
    [dialog] = answers.conflict_dialogs
    texts = _texts(dialog)
    assert {"Owner", "Marketing", "Sales", "Theirs", "Yours"} <= set(texts)
    assert "Internal notes" not in texts  # only the field both changed
    stored = _stored(window, item)
    assert (stored["owner"], stored["department"], stored["internal_notes"]) == (
        "Sales",
        "Operations",
        "Checked in March",
    )
    theirs, mine = _logged(window, item, "owner")[-2:]
    assert theirs[1] == "Marketing" and mine[:2] == ("Marketing", "Sales")
    assert not editor.is_dirty() and editor.form.value()["department"] == "Operations"


def test_the_dialog_says_who_changed_their_value_and_when(window, answers):
    editor, item = _editing(window, owner="Sales")
    _saved_by_a_colleague(window.workspace.register, item, owner="Marketing")
    assert not editor.save()  # cancelled
    [dialog] = answers.conflict_dialogs
    who = window.workspace.register.role or "carla"  # on a server the database role is recorded
    assert any(text.startswith(f"Carla Collega ({who}), ") for text in _texts(dialog))
    assert editor.is_dirty() and editor.form.value()["owner"] == "Sales"
    assert _stored(window, item)["owner"] == "Marketing"


def test_take_theirs_keeps_their_value_and_saves_my_other_edits(window, answers):
    editor, item = _editing(window, owner="Sales", systems="Exact")
    _saved_by_a_colleague(window.workspace.register, item, owner="Marketing")
    answers.conflict = lambda dialog: dialog.take_theirs.click()
    assert editor.save()
    stored = _stored(window, item)
    assert (stored["owner"], stored["systems"]) == ("Marketing", "Exact")
    # Nothing of ours for it: the last entry is the colleague's (on a server, by the database role).
    assert _logged(window, item, "owner")[-1][1:3] == ("Marketing", window.workspace.register.role or "carla")
    assert not editor.is_dirty() and editor.form.value()["owner"] == "Marketing"


def test_take_theirs_with_nothing_else_edited_only_shows_theirs(window, answers):
    editor, item = _editing(window, owner="Sales")
    _saved_by_a_colleague(window.workspace.register, item, owner="Marketing")
    generation = window.workspace.register.generation()
    answers.conflict = lambda dialog: dialog.take_theirs.click()
    assert editor.save()
    assert window.workspace.register.generation() == generation  # nothing written
    assert not editor.is_dirty() and editor.form.value()["owner"] == "Marketing"


def test_merge_takes_per_field_theirs_or_a_text_typed_from_both(window, answers):
    editor, item = _editing(window, owner="Sales", systems="Exact")
    _saved_by_a_colleague(window.workspace.register, item, owner="Marketing", systems="AFAS")

    def merge(dialog):
        owner, systems = dialog.rows
        assert owner.conflict.field == "owner" and systems.conflict.field == "systems"
        owner.choice.setCurrentIndex(owner.choice.findData("theirs"))
        systems.merged.boxes[""].setPlainText("Exact and AFAS")  # typing chooses the typed text
        assert systems.choice.currentData() == "edited"
        dialog.merge.click()

    answers.conflict = merge
    assert editor.save()
    stored = _stored(window, item)
    assert (stored["owner"], stored["systems"]) == ("Marketing", "Exact and AFAS")
    assert _logged(window, item, "systems")[-1][:2] == ("AFAS", "Exact and AFAS")


def test_a_third_save_while_the_dialog_is_open_asks_again(window, answers):
    editor, item = _editing(window, owner="Sales")
    _saved_by_a_colleague(window.workspace.register, item, owner="Marketing")

    def keep_mine_after_a_third(dialog):
        if len(answers.conflict_dialogs) == 1:
            _saved_by_a_colleague(window.workspace.register, item, owner="Legal")
        dialog.keep_mine.click()

    answers.conflict = keep_mine_after_a_third
    assert editor.save()
    first, second = answers.conflict_dialogs
    assert [c.theirs for c in first.conflicts] == ["Marketing"] and [c.theirs for c in second.conflicts] == ["Legal"]
    assert _stored(window, item)["owner"] == "Sales"
    assert _logged(window, item, "owner")[-1][:2] == ("Legal", "Sales")


def test_a_change_by_the_other_to_another_field_is_merged_without_a_dialog(window, answers):
    editor, item = _editing(window, owner="Sales")
    _saved_by_another_process(window.workspace.register, item, department="Operations")
    assert editor.save()
    assert not answers.conflict_dialogs and not answers.errors
    stored = _stored(window, item)
    assert (stored["owner"], stored["department"]) == ("Sales", "Operations")
