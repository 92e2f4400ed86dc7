"""A text the register will not keep is marked in the form as it is typed, and its save is
refused in one sentence with the edit kept; the longest accepted text saves."""

from __future__ import annotations

from form_helpers import select_row, type_text

from ropa_desktop.register import kinds, operations
from ropa_desktop.register.texts import MAX_NAME_LENGTH


def test_a_too_long_name_is_marked_and_its_save_refused_with_the_edit_kept(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    page.editor.set_language("en")
    name = page.editor.form.fields["name"]
    type_text(name, "n" * (MAX_NAME_LENGTH + 1))
    assert name._problem.text() == "This text is too long to be saved: at most 300 characters."
    assert not page.editor.save()
    title, text = answers.errors[-1]
    assert title == "Not saved"
    assert "still in the form" in text and "at most 300 characters" in text
    assert "The name (en) is longer than 300 characters; nothing was saved" in text
    assert page.editor.is_dirty() and name.value()["en"] == "n" * (MAX_NAME_LENGTH + 1)
    stored = operations.read(window.workspace.register, kinds.ACTIVITY, page.editor.item_id)
    assert stored["name"]["en"] == "Our services"
    # The near miss: exactly the maximum is marked nowhere and saves.
    type_text(name, "n" * MAX_NAME_LENGTH)
    assert name._problem.isHidden()
    assert page.editor.save()
    stored = operations.read(window.workspace.register, kinds.ACTIVITY, page.editor.item_id)
    assert stored["name"]["en"] == "n" * MAX_NAME_LENGTH


def test_a_control_character_is_marked_and_refused(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    notes = page.editor.form.fields["internal_notes"]
    type_text(notes, "ring the bell\x07")
    assert notes._problem.text() == "This text holds a character that cannot be saved (U+0007): remove it."
    assert not page.editor.save()
    assert "The internal notes contains a control character (U+0007); nothing was saved" in answers.errors[-1][1]
    assert "Remove it and save again." in answers.errors[-1][1]
    assert page.editor.is_dirty()
    type_text(notes, "ring the bell\tand\nagain")  # tab and line break are fine
    assert notes._problem.isHidden()
    assert page.editor.save()


def test_a_copy_of_the_longest_name_is_shortened_to_fit(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    register = window.workspace.register
    select_row(page, "Our services")
    page.editor.set_language("en")
    type_text(page.editor.form.fields["name"], "n" * MAX_NAME_LENGTH)
    assert page.editor.save()
    before = set(operations.order(register, kinds.ACTIVITY))
    page.duplicate_item()
    assert answers.errors == []
    (added,) = set(operations.order(register, kinds.ACTIVITY)) - before
    copy = operations.read(register, kinds.ACTIVITY, added)
    assert copy["name"]["en"] == "n" * (MAX_NAME_LENGTH - len(" (copy)")) + " (copy)"
