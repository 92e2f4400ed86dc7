"""Exporting the register from the window: "Add the changes since version…" (issue 16 point 6),
asked before the file once someone established a version."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog

from ropa_desktop.gui import dialogs, export_changes, register_export
from ropa_desktop.gui.export_changes import ChangesChoice, ChangesDialog
from ropa_desktop.gui.moment_choice import listed_versions
from ropa_desktop.register import established


def _exported(window, qtbot, monkeypatch, tmp_path, fmt: str = "xlsx") -> list[dict]:
    written = []
    monkeypatch.setattr(
        register_export,
        "export_register",
        lambda register, fmt_, language, target, progress=None, **options: written.append(options),
    )
    monkeypatch.setattr(dialogs, "choose_export_file", lambda *a: (str(tmp_path / f"register.{fmt}"), fmt))
    with qtbot.waitSignal(window.export_register(fmt).done, timeout=5000):
        pass
    return written


def test_without_an_established_version_nothing_is_asked(window, qtbot, monkeypatch, tmp_path):
    def never(*_args):
        raise AssertionError("asked about changes without a version")

    monkeypatch.setattr(export_changes, "ask_changes_since", never)
    assert "changes_since" not in _exported(window, qtbot, monkeypatch, tmp_path)[0]


def test_the_version_chosen_is_passed_on_to_the_export(window, qtbot, monkeypatch, tmp_path):
    established.establish(window.workspace.register, "2026-1")
    offered = []
    monkeypatch.setattr(
        export_changes,
        "ask_changes_since",
        lambda parent, versions: offered.append(versions) or ChangesChoice("2026-1"),
    )
    assert _exported(window, qtbot, monkeypatch, tmp_path, "pdf")[0]["changes_since"] == "2026-1"
    assert [v.number for v in offered[0]] == [0, 1]  # the start of the history is offered too
    # The near miss: the officer leaves the box unticked: no annex.
    monkeypatch.setattr(export_changes, "ask_changes_since", lambda parent, versions: ChangesChoice(None))
    assert "changes_since" not in _exported(window, qtbot, monkeypatch, tmp_path)[0]


def test_cancelling_the_question_exports_nothing_and_asks_no_file(window, monkeypatch):
    established.establish(window.workspace.register, "2026-1")
    monkeypatch.setattr(export_changes, "ask_changes_since", lambda parent, versions: None)

    def no_file(*_args):
        raise AssertionError("asked for a file after Cancel")

    monkeypatch.setattr(dialogs, "choose_export_file", no_file)
    assert window.export_register("xlsx") is None


def test_the_dialog_offers_the_versions_newest_first_once_the_box_is_ticked(window, qtbot):
    register = window.workspace.register
    established.establish(register, "2026-1")
    established.establish(register, "2026-2")
    dialog = ChangesDialog(listed_versions(register), window)
    qtbot.addWidget(dialog)
    assert dialog.add.text() == "Add the changes since version…"
    texts = [dialog.version.itemText(i) for i in range(dialog.version.count())]
    assert texts[0].startswith("Version 2 \u201c2026-2\u201d (") and texts[2].startswith("Start of the history (")
    assert not dialog.version.isEnabled() and dialog.choice() == ChangesChoice(None)
    dialog.add.setChecked(True)
    assert dialog.version.isEnabled() and dialog.choice() == ChangesChoice("2026-2")
    dialog.version.setCurrentIndex(2)
    assert dialog.choice() == ChangesChoice("start")
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_workbook_written_from_the_window_has_the_changes_sheet(window, qtbot, monkeypatch, tmp_path):
    established.establish(window.workspace.register, "2026-1")
    target = tmp_path / "register.xlsx"
    monkeypatch.setattr(dialogs, "choose_export_file", lambda *a: (str(target), "xlsx"))
    monkeypatch.setattr(export_changes, "ask_changes_since", lambda parent, versions: ChangesChoice("2026-1"))
    with qtbot.waitSignal(window.export_register("xlsx").done, timeout=30000):
        pass
    book = load_workbook(target)
    assert "Changes since version 1" in book.sheetnames or "Wijzigingen sinds versie 1" in book.sheetnames
