"""Publications in the window: publish the statement (asking first when the checks find errors),
list what was published, and export it exactly as published (issue 16 point 5)."""

from __future__ import annotations

import pytest

from ropa_desktop.gui import publications_dialog
from ropa_desktop.gui.publications_dialog import PublicationsDialog
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import publications


@pytest.fixture
def dialog(qtbot, demo_register, answers, english):
    workspace = Workspace(demo_register)
    shown = PublicationsDialog(workspace, "nl")
    qtbot.addWidget(shown)
    yield shown
    if shown.job is not None:
        shown.job.stop()


def test_the_dialog_starts_empty_with_export_disabled(dialog):
    assert dialog.table.rowCount() == 0
    assert not dialog.export_button.isEnabled() and dialog.publish_button.isEnabled()


def test_publishing_with_errors_asks_and_then_lists_the_publication(dialog, qtbot, answers):
    answers.confirm = True
    dialog.publish_button.click()
    first = dialog.job
    with qtbot.waitSignal(first.done, timeout=20000):
        pass
    assert answers.asked and answers.asked[-1].startswith("confirm:The checks find errors")
    assert dialog.job is not first  # the second run, forced
    with qtbot.waitSignal(dialog.job.done, timeout=30000):
        pass
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert dialog.table.item(0, 0).text() == "1"
    assert dialog.table.item(0, 3).text() == "en, nl"
    assert dialog.table.item(0, 4).text() == "published despite errors"
    assert dialog.export_button.isEnabled()


def test_declining_to_publish_stores_nothing(dialog, qtbot, answers):
    answers.confirm = False
    dialog.publish_button.click()
    first = dialog.job
    with qtbot.waitSignal(first.done, timeout=20000):
        pass
    assert dialog.job is first and dialog.table.rowCount() == 0
    with dialog.workspace.register.session() as session:
        assert publications.listed(session) == []


def test_export_writes_the_stored_bytes(dialog, qtbot, answers, monkeypatch, tmp_path):
    from ropa_desktop.documents.publication import publish

    publish(dialog.workspace.register, force=True)
    dialog.reload()
    target = tmp_path / "published.pdf"
    monkeypatch.setattr(publications_dialog, "choose_export_file", lambda parent, suggestion: (str(target), "pdf"))
    dialog.export_button.click()
    with dialog.workspace.register.session() as session:
        assert target.read_bytes() == publications.document(session, 1, "nl", "pdf")
