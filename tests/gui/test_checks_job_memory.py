"""The checks job, like the statement preview, pauses the cycle collector while it reads the
register, and lets go of what it read a slice at a time: neither the GUI thread's collections
nor one large freeing may hold the window while the checks run."""

from __future__ import annotations

from ropa_desktop.documents import collector
from ropa_desktop.gui import problems_dock


def test_the_collector_waits_while_the_rules_run_and_resumes_after(demo_register, english, monkeypatch):
    seen = []
    run_all = problems_dock.run_all

    def recording(context, only=None):
        seen.append(collector.importing())
        return run_all(context, only)

    monkeypatch.setattr(problems_dock, "run_all", recording)
    checked = problems_dock.check(demo_register, "en")
    assert seen == [True]
    assert not collector.importing()  # near miss: after the run, the window's collector works again
    assert checked.findings and checked.markers is not None


def test_what_the_rules_read_is_let_go_before_the_result_is_handed_over(demo_register, english, monkeypatch):
    contexts = []
    read_context = problems_dock.read_context

    def keeping(register):
        contexts.append(read_context(register))
        return contexts[-1]

    monkeypatch.setattr(problems_dock, "read_context", keeping)
    checked = problems_dock.check(demo_register, "en")
    view = contexts[0].view
    assert view.activities == [] and not view.used_by
    # The findings still name their items: they hold their own copies, not the view.
    assert all(finding.item_name("en") for finding in checked.findings if finding.item_id is not None)
