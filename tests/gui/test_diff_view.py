"""The diff view (issue 16 point 3): from a version to now, a changed field by its label with
before and after and who, added and removed items marked; computed in a background job."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ropa_desktop.gui import language
from ropa_desktop.gui.diff_view import DiffView
from ropa_desktop.gui.moment_choice import listed_versions, now, of_version
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import change_log, established, kinds, operations
from ropa_desktop.register.models import ProcessingActivity


def _first_activity(register) -> int:
    with register.session() as session:
        return session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()


@pytest.fixture
def changed(demo_register):
    gone, _ = operations.save(demo_register, kinds.SECURITY_MEASURE, None, {"name": {"nl": "Oude maatregel"}})
    established.establish(demo_register, "1")
    with change_log.acting(who="jan", name="Jan de Vries"):
        operations.save(demo_register, kinds.ACTIVITY, _first_activity(demo_register), {"reference": "V-01"})
        operations.save(demo_register, kinds.SECURITY_MEASURE, None, {"name": {"nl": "Nieuwe <maatregel>"}})
        operations.delete(demo_register, kinds.SECURITY_MEASURE, gone)
    return demo_register


def _compared(qtbot, view, first, second) -> str:
    job = view.compare(first, second)
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    return "\n".join(line.rstrip() for line in view.browser.toPlainText().splitlines())


@pytest.fixture
def view(qtbot, changed, answers, english):
    shown = DiffView(Workspace(changed))
    qtbot.addWidget(shown)
    yield shown
    if shown.job is not None:
        shown.job.stop()


def test_from_a_version_to_now_shows_the_field_by_its_label_and_marks_added_and_removed(view, qtbot, changed):
    [version] = [v for v in listed_versions(changed) if v.number]
    assert view.first.moment().number == version.number  # the newest version is chosen to begin with
    shown = _compared(qtbot, view, of_version(version), now())
    assert shown.splitlines()[0] == "Changes from version 1 “1” to now"
    assert "Processing activity “Onze dienstverlening”: changed" in shown
    who = changed.role or "jan"  # on a server the database role is recorded (Register._as_role)
    assert f"Reference\n(empty)\nV-01\nJan de Vries ({who}), " in shown  # side by side: label, before, after, who
    assert "reference" not in shown  # the snapshot key never shows
    assert "<td>V-01</td>" in view.html and "<th>Before</th><th>After</th>" in view.html
    assert "Security measure “Nieuwe <maatregel>”: + added" in shown
    assert "Security measure “Oude maatregel”: \u2212 removed" in shown
    assert "Nieuwe &lt;maatregel&gt;" in view.html  # the officer's text is escaped
    # The near miss: an activity nobody changed is not listed.
    assert "Wettelijke plichten" not in shown


def test_comparing_a_version_with_itself_shows_no_changes(view, qtbot, changed):
    [version] = [v for v in listed_versions(changed) if v.number]
    assert _compared(qtbot, view, of_version(version), of_version(version)).splitlines()[-1] == "No changes."


def test_the_diff_is_in_dutch_in_a_dutch_window(view, qtbot, changed, monkeypatch):
    monkeypatch.setattr(language, "current", lambda: "nl")
    [version] = [v for v in listed_versions(changed) if v.number]
    shown = _compared(qtbot, view, of_version(version), now())
    assert "Verwerkingsactiviteit “Onze dienstverlening”: gewijzigd" in shown
    assert "Kenmerk\n(leeg)\nV-01\nJan de Vries" in shown and "+ toegevoegd" in shown and "\u2212 verwijderd" in shown


def test_the_versions_list_compares_and_opens_a_version(window, qtbot):
    register = window.workspace.register
    established.establish(register, "1", "Vastgesteld door de directie")
    operations.save(register, kinds.ACTIVITY, _first_activity(register), {"reference": "V-01"})
    established.establish(register, "2")
    dialog = window.version_actions.show_versions()
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(row, 1).text(): row for row in range(dialog.table.rowCount())}
    assert dialog.table.item(rows["1"], 4).text() == "Vastgesteld door de directie"
    assert dialog.compare_now_button.isEnabled() and not dialog.compare_two_button.isEnabled()
    for name in ("1", "2"):
        dialog.table.selectionModel().select(
            dialog.table.model().index(rows[name], 0),
            dialog.table.selectionModel().SelectionFlag.Select | dialog.table.selectionModel().SelectionFlag.Rows,
        )
    assert dialog.compare_two_button.isEnabled() and not dialog.open_button.isEnabled()
    view = dialog.compare_two()
    with qtbot.waitSignal(view.job.done, timeout=20000):
        pass
    text = view.browser.toPlainText()
    assert text.startswith("Changes from version 1 “1” to version 2 “2”") and "V-01" in text
    view.close()
    dialog.table.selectRow(rows["2"])  # the near miss: from the last version to now nothing changed
    view = dialog.compare_with_now()
    with qtbot.waitSignal(view.job.done, timeout=20000):
        pass
    assert "No changes." in view.browser.toPlainText()
    view.close()
    as_of = dialog.open_read_only()
    with qtbot.waitSignal(as_of.job.done, timeout=20000):
        pass
    assert as_of.banner.text() == "The register as it was on version 2 “2” — read-only"
    as_of.close()


def test_compare_from_the_menu_shows_the_changes_since_the_newest_version(window, qtbot):
    register = window.workspace.register
    established.establish(register, "1")
    operations.save(register, kinds.ACTIVITY, _first_activity(register), {"reference": "V-01"})
    established.establish(register, "2")
    operations.save(register, kinds.ACTIVITY, _first_activity(register), {"reference": "V-02"})
    view = window.version_actions.compare()
    with qtbot.waitSignal(view.job.done, timeout=20000):
        pass
    text = view.browser.toPlainText()
    # From version 2, not 1: V-01 is only the value before, the change to it is not listed.
    assert text.startswith("Changes from version 2 “2” to now") and "V-01\nV-02" in text
    view.close()
