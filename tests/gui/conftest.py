"""GUI fixtures: a main window on a fresh demo register, with every question answered by
the test (dialogs are replaced) and settings in a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_keyring import memory_keyring, no_keyring  # noqa: F401 (fixtures: the keyring tests' stand-ins)
from PySide6.QtWidgets import QApplication

from ropa_desktop.gui import conflict_dialog, dialogs, export_place, in_use_dialog, language
from ropa_desktop.gui.main_window import MainWindow
from ropa_desktop.gui.settings import Settings
from ropa_desktop.gui.workspace import Workspace


class Answers:
    """What the replaced dialogs answer, and what they were asked."""

    def __init__(self):
        self.unsaved = dialogs.Unsaved.CANCEL
        self.confirm = True
        self.text: str | None = None
        self.transfer: dict | None = None
        self.recipient: dict | None = None
        self.new_register = None  # a RegisterStart, or None: cancelled
        self.errors: list[tuple[str, str]] = []
        self.asked: list[str] = []
        # Paths the file dialogs answer (None: cancelled).
        self.import_file: str | None = None
        self.mapping_to_load: str | None = None
        self.mapping_to_save: str | None = None
        # What the officer does once an export is written (export_place.AfterExport), and for which files.
        self.after_export = export_place.AfterExport.CLOSE
        self.exported: list[str] = []
        # What the officer does in the "in use" dialog (a function of the dialog; nothing: Close),
        # the dialogs shown, and the entry chosen to replace the one in use (None: cancelled).
        self.in_use = lambda dialog: None
        self.in_use_dialogs: list = []
        self.entry: int | None = None
        # What the officer does in the conflict dialog (a function of the dialog; nothing: Cancel),
        # and the dialogs shown.
        self.conflict = lambda dialog: dialog.reject()
        self.conflict_dialogs: list = []


@pytest.fixture
def answers(monkeypatch) -> Answers:
    answers = Answers()

    def ask_unsaved(parent, what):
        answers.asked.append(f"unsaved:{what}")
        return answers.unsaved

    def confirm(parent, title, text, details=""):
        answers.asked.append(f"confirm:{text}")
        return answers.confirm

    def show_error(parent, title, text):
        answers.errors.append((title, text))

    monkeypatch.setattr(dialogs, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "show_error", show_error)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a: answers.text)
    monkeypatch.setattr(dialogs, "ask_new_transfer", lambda *a: answers.transfer)
    monkeypatch.setattr(dialogs, "ask_new_recipient", lambda *a: answers.recipient)
    monkeypatch.setattr(dialogs, "ask_new_register", lambda *a: answers.new_register)
    monkeypatch.setattr(dialogs, "choose_import_file", lambda *a: answers.import_file)
    monkeypatch.setattr(dialogs, "choose_mapping_to_load", lambda *a: answers.mapping_to_load)
    monkeypatch.setattr(dialogs, "choose_mapping_to_save", lambda *a: answers.mapping_to_save)

    def ask_after_export(parent, path):
        answers.exported.append(path)
        return answers.after_export

    monkeypatch.setattr(export_place, "ask_after_export", ask_after_export)

    def run_in_use(dialog):
        answers.in_use_dialogs.append(dialog)
        answers.in_use(dialog)

    monkeypatch.setattr(in_use_dialog, "run", run_in_use)
    monkeypatch.setattr(in_use_dialog, "choose_entry", lambda *a: answers.entry)

    def run_conflict(dialog):
        answers.conflict_dialogs.append(dialog)
        answers.conflict(dialog)

    monkeypatch.setattr(conflict_dialog, "run", run_conflict)
    return answers


@pytest.fixture
def english(qapp: QApplication):
    language.install(qapp, "en")
    yield
    language.install(qapp, "en")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, demo_register, settings, answers, english) -> Iterator[MainWindow]:
    workspace = Workspace(demo_register)
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    # Before the register closes (its fixture ends after this one): no background job may
    # still be reading it, whether or not the test left unsaved edits that refuse the close.
    window.stop_jobs()
