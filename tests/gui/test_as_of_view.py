"""Show the register as it was on… (issue 16 point 2): rebuilt from the change log in a job,
shown read-only with a banner; a moment before a change shows the old value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit
from sqlalchemy import select

from ropa_desktop.gui.as_of_view import SECTIONS, AsOfView
from ropa_desktop.gui.moment_choice import listed_versions, of_version
from ropa_desktop.gui.workspace import Workspace
from ropa_desktop.register import established, kinds, operations
from ropa_desktop.register.models import ProcessingActivity


@pytest.fixture
def changed(demo_register):
    with demo_register.session() as session:
        item = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()
    established.establish(demo_register, "1")
    operations.save(
        demo_register,
        kinds.ACTIVITY,
        item,
        {"name": {"nl": "Dienstverlening (nieuw)"}, "owner": "Afdeling Klantcontact"},
    )
    return demo_register


@pytest.fixture
def view(qtbot, changed, answers, english):
    shown = AsOfView(Workspace(changed))
    qtbot.addWidget(shown)
    yield shown
    if shown.job is not None:
        shown.job.stop()


def _shown(qtbot, view, start):
    job = start()
    with qtbot.waitSignal(job.done, timeout=20000):
        pass


def _activity_names(view) -> list[str]:
    view.sections.setCurrentRow(SECTIONS.index(kinds.ACTIVITY))
    return view.names.stringList()


def test_a_version_before_a_change_shows_the_old_value_read_only(view, qtbot, changed):
    [version] = [v for v in listed_versions(changed) if v.number]
    _shown(qtbot, view, lambda: view.show_moment(of_version(version)))
    assert view.banner.text() == "The register as it was on version 1 “1” — read-only"
    names = _activity_names(view)
    assert "Our services" in names and "Dienstverlening (nieuw)" not in names  # names in the window's language
    view.items.setCurrentIndex(view.names.index(names.index("Our services")))
    fields = view.fields.toPlainText()
    assert "Name\nOur services\n" in fields and "Afdeling Klantcontact" not in fields
    assert "Categories of personal data (Art. 30(1)(c))\nNAW-gegevens" in fields  # links named, fields by label
    assert "AR \u2014 Connaxis, vestiging Buenos Aires" in fields  # a transfer by its country and recipient
    # Nothing can be edited: no field to type in but the moment's date, and the text is read-only.
    typed = view.findChildren(QLineEdit) + view.findChildren(QPlainTextEdit)
    assert [box for box in typed if not view.choice.isAncestorOf(box)] == []
    assert all(box.isReadOnly() for box in view.findChildren(QTextEdit))


def test_a_time_after_the_change_shows_the_new_value(view, qtbot):
    view.choice.choose_time(QDateTime.currentDateTime().addSecs(120))
    _shown(qtbot, view, view.start)
    names = _activity_names(view)  # the near miss: after the change, the new name
    assert "Dienstverlening (nieuw)" in names and "Our services" not in names
    view.items.setCurrentIndex(view.names.index(names.index("Dienstverlening (nieuw)")))
    assert "Afdeling Klantcontact" in view.fields.toPlainText()


def test_a_time_before_the_history_shows_an_empty_register(view, qtbot):
    view.choice.choose_time(QDateTime(QDate(2000, 1, 1), QTime(12, 0)))
    _shown(qtbot, view, view.start)
    assert _activity_names(view) == []
    assert view.sections.item(SECTIONS.index(kinds.ACTIVITY)).text() == "Processing activities (0)"


def test_a_moment_given_as_a_time_is_shown_as_that_time(view, qtbot):
    from datetime import datetime

    from ropa_desktop.gui.moment_choice import DATE, Moment

    _shown(qtbot, view, lambda: view.show_moment(Moment(DATE, "1 Jan 2000", at=datetime(2000, 1, 1, 11, 0))))
    assert view.choice.moment().at == datetime(2000, 1, 1, 11, 0)  # UTC, through the local time shown
    assert _activity_names(view) == []
