"""An entry still in use is not deleted: the dialog lists where it is used, each place opens with
a double-click or Enter, and Replace by… / Merge into… move every reference to another entry
(undone with Ctrl+Z)."""

from __future__ import annotations

import pytest
from form_helpers import select_row
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from ropa_desktop.gui import in_use_dialog
from ropa_desktop.gui.in_use_dialog import Entry, EntryChoice, InUseDialog
from ropa_desktop.register import kinds, operations, rows
from ropa_desktop.register.usage import Use

IN_USE = "Name and address details"
OTHER = "Name and address details and/or company details"


def _id(register, kind: str, en: str) -> int:
    with register.session() as session:
        return next(
            row.id for row in rows.rows(session, kind) if isinstance(row.name, dict) and row.name.get("en") == en
        )


def _categories(register, activity_en: str) -> list[int]:
    activity = _id(register, kinds.ACTIVITY, activity_en)
    return [link["id"] for link in operations.read(register, kinds.ACTIVITY, activity)["data_categories"]]


def _exists(register, kind: str, item_id: int) -> bool:
    with register.session() as session:
        return session.get(kinds.MODELS[kind], item_id) is not None


def _places(dialog) -> list[str]:
    return [dialog.places.item(row).text() for row in range(dialog.places.count())]


def _delete_in_use(window):
    window.show_section(kinds.DATA_CATEGORY)
    page = window.page_of[kinds.DATA_CATEGORY]
    select_row(page, IN_USE)
    page.delete_item()
    return page


def test_deleting_an_entry_in_use_lists_the_places_and_deletes_nothing(window, answers):
    register = window.workspace.register
    in_use = _id(register, kinds.DATA_CATEGORY, IN_USE)
    _delete_in_use(window)
    dialog = answers.in_use_dialogs[-1]
    assert "“Name and address details” is used in 2 places and was not deleted." in [
        label.text() for label in dialog.findChildren(QLabel)
    ]
    assert _places(dialog) == [
        "Processing activities: Activities as (sub-)processor",
        "Processing activities: Job applications",
    ]
    # Closed: nothing changed, nothing to undo.
    assert _exists(register, kinds.DATA_CATEGORY, in_use)
    assert window.workspace.undo_stack.count() == 0


def test_enter_on_a_place_opens_that_activity_in_its_section(window, answers, qtbot):
    def enter_on_second(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.places.setCurrentRow(1)
        dialog.places.setFocus()
        QTest.keyClick(dialog.places, Qt.Key.Key_Return)

    answers.in_use = enter_on_second
    _delete_in_use(window)
    activities = window.page_of[kinds.ACTIVITY]
    assert window.current_page() is activities
    assert activities.editor.item_id == _id(window.workspace.register, kinds.ACTIVITY, "Job applications")
    assert not answers.in_use_dialogs[-1].isVisible()


def test_double_click_on_a_place_opens_it_too(window, answers, qtbot):
    def double_click_first(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        centre = dialog.places.visualItemRect(dialog.places.item(0)).center()
        # QTest's double click counts as one only after a click, as a person's first click.
        QTest.mouseClick(dialog.places.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        QTest.mouseDClick(dialog.places.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    answers.in_use = double_click_first
    _delete_in_use(window)
    assert window.page_of[kinds.ACTIVITY].editor.item_id == _id(
        window.workspace.register, kinds.ACTIVITY, "Activities as (sub-)processor"
    )


def test_replace_by_moves_every_reference_and_ctrl_z_puts_them_back(window, answers):
    register = window.workspace.register
    in_use, other = _id(register, kinds.DATA_CATEGORY, IN_USE), _id(register, kinds.DATA_CATEGORY, OTHER)
    before = {
        activity: _categories(register, activity) for activity in ("Activities as (sub-)processor", "Job applications")
    }
    assert all(ids[0] == in_use for ids in before.values())
    answers.entry = other
    answers.in_use = lambda dialog: dialog.replace_button.click()
    page = _delete_in_use(window)

    assert not _exists(register, kinds.DATA_CATEGORY, in_use)
    for activity, ids in before.items():
        assert _categories(register, activity) == [other, *ids[1:]]
    assert page.model.row_of(in_use) is None
    assert page.editor.item_id == other
    stack = window.workspace.undo_stack
    assert stack.undoText() == f"Replace “{IN_USE}” by “{OTHER}”"

    QTest.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _exists(register, kinds.DATA_CATEGORY, in_use)
    assert {activity: _categories(register, activity) for activity in before} == before
    assert page.model.row_of(in_use) is not None
    stack.redo()
    assert not _exists(register, kinds.DATA_CATEGORY, in_use)


def test_merge_into_gives_the_other_entry_the_texts_it_lacks(window, answers):
    register = window.workspace.register
    in_use, other = _id(register, kinds.DATA_CATEGORY, IN_USE), _id(register, kinds.DATA_CATEGORY, OTHER)
    for item_id, description in (
        (in_use, {"en": "Where we send your post", "nl": "Waar uw post heen gaat"}),
        (other, {"en": "", "nl": "Uw adres"}),
    ):
        snap = operations.read(register, kinds.DATA_CATEGORY, item_id)
        snap["description"] = description
        operations.save(register, kinds.DATA_CATEGORY, item_id, snap)
    answers.entry = other
    answers.in_use = lambda dialog: dialog.merge_button.click()
    _delete_in_use(window)
    # English was empty and is taken; Dutch was there and stays.
    assert operations.read(register, kinds.DATA_CATEGORY, other)["description"] == {
        "en": "Where we send your post",
        "nl": "Uw adres",
    }
    assert window.workspace.undo_stack.undoText() == f"Merge “{IN_USE}” into “{OTHER}”"


def test_cancelling_the_choice_of_entry_changes_nothing(window, answers):
    register = window.workspace.register
    in_use = _id(register, kinds.DATA_CATEGORY, IN_USE)
    answers.entry = None
    answers.in_use = lambda dialog: dialog.replace_button.click()
    _delete_in_use(window)
    assert _exists(register, kinds.DATA_CATEGORY, in_use)
    assert window.workspace.undo_stack.count() == 0
    assert answers.in_use_dialogs[-1].answer is None


def test_without_another_entry_there_is_nothing_to_replace_by(qtbot, english):
    use = Use(kinds.TRANSFER, 4, "US", "recipient_id")
    lonely = InUseDialog(kinds.RECIPIENT, "Google", [use], [])
    qtbot.addWidget(lonely)
    assert not lonely.replace_button.isEnabled() and not lonely.merge_button.isEnabled()
    assert _places(lonely) == ["Transfers: United States"]  # a transfer is known by its country
    offered = InUseDialog(kinds.RECIPIENT, "Google", [use], [Entry(7, "Alphabet")])
    qtbot.addWidget(offered)
    assert offered.replace_button.isEnabled() and offered.merge_button.isEnabled()


# The completer's popup under the offscreen platform.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard", extend=True)
def test_the_entry_is_found_by_typing_and_ok_waits_for_a_choice(qtbot, english):
    choice = EntryChoice(
        "Replace “Google” by", "recipient", [Entry(7, "Alphabet", ("Alphabet", "Alfabet")), Entry(8, "Microsoft")]
    )
    qtbot.addWidget(choice)
    ok = choice.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and choice.chosen() is None
    QTest.keyClicks(choice.entry.lineEdit(), "alfa")
    assert choice.entry.matches() == [7]
    QTest.keyClick(choice.entry.lineEdit(), Qt.Key.Key_Return)
    assert choice.chosen() == 7 and ok.isEnabled()


def test_the_entries_offered_leave_out_the_one_in_use_and_name_transfers_by_country(window):
    catalogue = window.page_of[kinds.TRANSFER].context.catalogue
    transfers = catalogue.rows(kinds.TRANSFER)
    offered = in_use_dialog.entries(kinds.TRANSFER, transfers, transfers[0].id)
    assert transfers[0].id not in [entry.id for entry in offered]
    assert len(offered) == len(transfers) - 1
    assert any(entry.label.startswith("United States") for entry in offered)
