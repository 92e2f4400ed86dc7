"""Catalogue entries in use are not deleted; a refused save keeps the edit and says why."""

from __future__ import annotations

import os
import sqlite3

import pytest
from form_helpers import select_row, type_text
from PySide6.QtWidgets import QLabel

from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import kinds, operations, rows
from ropa_desktop.register.demo import create_demo_register
from ropa_desktop.register.storage import open_register


def _count(register, kind: str) -> int:
    with register.session() as session:
        return rows.counts(session)[kind]


def test_a_data_category_in_use_is_not_deleted_and_the_officer_sees_where(window, answers):
    window.show_section(kinds.DATA_CATEGORY)
    page = window.page_of[kinds.DATA_CATEGORY]
    register = window.workspace.register
    before = _count(register, kinds.DATA_CATEGORY)
    select_row(page, "Name and address details")
    page.delete_item()
    assert _count(register, kinds.DATA_CATEGORY) == before
    dialog = answers.in_use_dialogs[-1]
    text = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "used in 2 places" in text
    places = [dialog.places.item(row).text() for row in range(dialog.places.count())]
    assert any("Activities as (sub-)processor" in place for place in places)
    assert any("Job applications" in place for place in places)
    assert not any(a.startswith("confirm:") for a in answers.asked)


def test_an_unused_entry_is_deleted_after_confirmation_and_comes_back_with_undo(window, answers):
    window.show_section(kinds.SECURITY_MEASURE)
    page = window.page_of[kinds.SECURITY_MEASURE]
    register = window.workspace.register
    page.add_item()
    type_text(page.editor.form.fields["name"], "Clean desk policy")
    assert page.editor.save()
    new_id = page.editor.item_id
    count = _count(register, kinds.SECURITY_MEASURE)

    answers.confirm = False
    page.delete_item()
    assert _count(register, kinds.SECURITY_MEASURE) == count

    answers.confirm = True
    page.delete_item()
    assert _count(register, kinds.SECURITY_MEASURE) == count - 1
    assert page.model.row_of(new_id) is None
    window.workspace.undo_stack.undo()
    assert operations.read(register, kinds.SECURITY_MEASURE, new_id)["name"]["en"] == "Clean desk policy"
    assert page.model.row_of(new_id) is not None
    # The navigation counts follow.
    assert f"({count})" in window.navigation_model.index(window.navigation_model.row_of(kinds.SECURITY_MEASURE)).data()


def test_create_new_inline_from_a_picker(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    field = page.editor.form.fields["data_subject_categories"]
    answers.text = "Website visitors"
    field._create()
    assert "Website visitors" in field.summary.text()
    assert page.editor.save()
    snap = operations.read(window.workspace.register, kinds.ACTIVITY, page.editor.item_id)
    names = [
        operations.read(window.workspace.register, kinds.DATA_SUBJECT, i)["name"]
        for i in snap["data_subject_categories"]
    ]
    assert {"en": "Website visitors"} in names or {"nl": "Website visitors"} in names


@pytest.fixture
def read_only_window(qtbot, tmp_path, settings, answers, english):
    path = tmp_path / "readonly.ropa"
    create_demo_register(path).close()
    os.chmod(path, 0o444)
    register = open_register(path)
    window = MainWindow(Workspace(register), settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    register.close()
    os.chmod(path, 0o644)


def test_a_failing_save_keeps_the_edit_and_says_what_happened(read_only_window, answers):
    window = read_only_window
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    type_text(page.editor.form.fields["owner"], "Sales")
    assert not page.editor.save()
    title, text = answers.errors[-1]
    assert "read-only" in text
    assert page.editor.is_dirty()
    assert page.editor.form.fields["owner"].value() == "Sales"
    assert operations.read(window.workspace.register, kinds.ACTIVITY, page.editor.item_id)["owner"] == ""
    assert window.workspace.undo_stack.count() == 0
    assert "read-only" in window.location.text()


@pytest.mark.sqlite_only  # a file moved away
def test_a_vanished_file_is_reported_and_nothing_is_written(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    type_text(page.editor.form.fields["owner"], "Sales")
    path = window.workspace.register.path
    os.rename(path, path.with_suffix(".moved"))
    assert not page.editor.save()
    assert "moved, deleted or replaced" in answers.errors[-1][1]
    assert page.editor.form.fields["owner"].value() == "Sales"
    assert not path.exists()


def test_the_organisation_page_saves_contacts_and_offices(window, answers):
    window.show_section(kinds.ORGANISATION)
    editor = window.page_of[kinds.ORGANISATION].editor
    fields = editor.form.fields
    dpo = fields["dpo"]
    dpo.present.setChecked(True)
    type_text(dpo.panel.fields["name"], "J. de Vries")
    type_text(dpo.panel.fields["email"], "fg@connaxis.com")
    offices = fields["offices"]
    offices.add_row()
    type_text(offices.panel.fields["city"], "Utrecht")
    assert editor.save(), answers.errors
    snap = operations.read(window.workspace.register, kinds.ORGANISATION, editor.item_id)
    assert snap["dpo"]["name"] == "J. de Vries" and snap["dpo"]["email"] == "fg@connaxis.com"
    assert snap["offices"][-1]["city"] == "Utrecht"
    window.workspace.undo_stack.undo()
    snap = operations.read(window.workspace.register, kinds.ORGANISATION, editor.item_id)
    assert snap["dpo"] is None and all(o["city"] != "Utrecht" for o in snap["offices"])


@pytest.mark.sqlite_only  # SQLite's file lock (a server's faults: test_server_connections.py)
def test_a_locked_register_is_reported_and_the_edit_kept(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    type_text(page.editor.form.fields["owner"], "Sales")
    other = sqlite3.connect(window.workspace.register.path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert not page.editor.save()
    finally:
        other.rollback()
        other.close()
    assert "Another program is using the register" in answers.errors[-1][1]
    assert page.editor.is_dirty() and page.editor.form.fields["owner"].value() == "Sales"
    assert page.editor.save()  # once the other program lets go, the same edit saves
    assert operations.read(window.workspace.register, kinds.ACTIVITY, page.editor.item_id)["owner"] == "Sales"


def test_a_full_disk_is_reported_and_the_edit_kept(window, answers, monkeypatch):
    from ropa_desktop.register import errors
    from ropa_desktop.register.errors import RegisterError

    def full(*args, **kwargs):
        raise RegisterError("demo.ropa: the disk is full; nothing was saved", errors.DISK_FULL)

    monkeypatch.setattr(operations, "save", full)
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    type_text(page.editor.form.fields["owner"], "Sales")
    assert not page.editor.save()
    assert "The disk is full" in answers.errors[-1][1]
    assert "still in the form" in answers.errors[-1][1]
    assert page.editor.is_dirty()


def test_public_texts_show_which_translation_is_missing(window, answers):
    page = window.page_of[kinds.ACTIVITY]
    select_row(page, "Our services")
    name = page.editor.form.fields["name"]
    assert name.missing.text() == ""
    page.editor.set_language("en")
    type_text(name, "")
    assert name.missing.text() == "missing: EN"
    page.editor.set_language("nl")
    assert name.editor.text() == "Onze dienstverlening"
    assert page.editor.is_dirty()


def test_the_organisation_page_shows_which_authority_applies_by_default(window):
    field = window.page_of[kinds.ORGANISATION].editor.form.fields["supervisory_authority"]
    assert field.present.isChecked()  # the demo names the AP explicitly
    field.present.setChecked(False)
    assert field.value() is None
    assert "By default: Autoriteit Persoonsgegevens" in field.default_note.text()
    assert field.panel.fields["city"].editor.placeholderText() == "Den Haag"


def _cookie_names(register) -> list[dict]:
    with register.session() as session:
        return [row.name for row in rows.rows(session, kinds.COOKIE)]


def test_a_cookie_is_named_per_language(window, answers):
    window.show_section(kinds.COOKIE)
    page = window.page_of[kinds.COOKIE]
    select_row(page, "Session cookie")  # the list shows the interface language's name
    name = page.editor.form.fields["name"]
    page.editor.set_language("nl")
    assert name.editor.text() == "Sessiecookie" and name.missing.text() == ""
    page.editor.set_language("en")
    type_text(name, "Session ID cookie")
    assert page.editor.save(), answers.errors
    assert _cookie_names(window.workspace.register)[0] == {"nl": "Sessiecookie", "en": "Session ID cookie"}


def test_near_miss_a_cookie_named_in_one_language_shows_the_other_is_missing(window, answers):
    window.show_section(kinds.COOKIE)
    page = window.page_of[kinds.COOKIE]
    select_row(page, "Session cookie")
    name = page.editor.form.fields["name"]
    page.editor.set_language("en")
    type_text(name, "")
    assert name.missing.text() == "missing: EN"
