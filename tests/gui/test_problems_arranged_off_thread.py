"""The checks' worker puts the findings in the order the Problems panel shows and counts them;
the panel only hands them to its table. The filter is the model's own (no Python call per
finding through a proxy)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ropa_desktop.checks.findings import Severity
from ropa_desktop.gui import language
from ropa_desktop.gui.problems_dock import check
from ropa_desktop.gui.problems_model import MESSAGE, SEVERITY, ProblemsModel, make_arranged


def test_the_worker_orders_the_findings_as_the_panel_shows_them(demo_register, english):
    checked = check(demo_register, "en")
    shown = checked.arranged.rows
    assert checked.arranged.sorting == (SEVERITY, False)
    assert [row.finding.severity.rank for row in shown] == sorted(f.severity.rank for f in checked.findings)
    assert checked.found == {s: sum(f.severity is s for f in checked.findings) for s in Severity}
    by_message = check(demo_register, "en", (MESSAGE, True)).arranged.rows
    assert [row.message.casefold() for row in by_message] == sorted(
        (row.message.casefold() for row in by_message), reverse=True
    )


def test_the_model_shows_the_arranged_rows_as_they_are(demo_register, english, qtmodeltester):
    checked = check(demo_register, language.current())
    model = ProblemsModel()
    model.set_findings(checked.findings, checked.rows, checked.arranged)
    assert model.findings() == [row.finding for row in checked.arranged.rows]
    assert model.row_of(checked.arranged.rows[3].finding) == 3
    qtmodeltester.check(model)
    # Near miss: rows arranged for another order than the model's are put in its order.
    model.sort(MESSAGE, Qt.SortOrder.AscendingOrder)
    model.set_findings(checked.findings, checked.rows, make_arranged(checked.rows))
    messages = [model.index(row, MESSAGE).data().casefold() for row in range(model.rowCount())]
    assert messages == sorted(messages)


def test_the_model_filters_itself_and_keeps_every_finding(demo_register, english):
    checked = check(demo_register, language.current())
    model = ProblemsModel()
    model.set_findings(checked.findings, checked.rows, checked.arranged)
    model.set_filter(severities={Severity.ERROR})
    errors = [f for f in checked.findings if f.severity is Severity.ERROR]
    assert model.rowCount() == len(errors) > 0 and model.total() == len(checked.findings)
    hidden = next(f for f in checked.findings if f.severity is not Severity.ERROR)
    assert model.row_of(hidden) is None
    model.set_filter(text="error")  # the severity's word is searched too
    assert model.rowCount() == len(errors)
    model.set_filter(severities=set(Severity), text="")  # near miss: nothing filtered
    assert model.rowCount() == len(checked.findings)
