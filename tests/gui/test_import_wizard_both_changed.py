"""The import wizard with our own workbook whose field a colleague changed too since the export:
the trial run and the import say so, item, field and both values, and nothing is imported."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from workbook_history import edit_activity

from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.gui import language
from ropa_desktop.gui.import_wizard import CHECK_PAGE
from ropa_desktop.register import change_log
from ropa_desktop.register.models import ProcessingActivity

ACTIVITY = "Our services"


@pytest.fixture
def wizard(window):
    return window.import_excel()


def _owner(register) -> str:
    with register.session() as session:
        return next(a.owner for a in session.scalars(select(ProcessingActivity)) if a.name.get("en") == ACTIVITY)


def _colleague(register, owner: str) -> None:
    with change_log.acting(who="anna", name="Anna Jansen"), register.transaction() as session:
        next(a for a in session.scalars(select(ProcessingActivity)) if a.name.get("en") == ACTIVITY).owner = owner


def _workbook(register, tmp_path, owner: str):
    path = tmp_path / "register.xlsx"
    with path.open("wb") as target:
        write_workbook(register, "nl", target)
    return edit_activity(path, ACTIVITY, owner=owner)


def test_the_trial_run_names_what_both_changed_and_offers_no_import(wizard, demo_register, tmp_path, qtbot, qapp):
    book = _workbook(demo_register, tmp_path, "Bert's team")
    _colleague(demo_register, "Anna's team")
    language.install(qapp, "nl")
    wizard.file_page.set_path(str(book))
    wizard.next()
    assert wizard.currentId() == CHECK_PAGE
    qtbot.waitUntil(lambda: wizard.check_page.trial is None, timeout=20000)
    text = wizard.check_page.text.toPlainText()
    assert text.startswith("Niet geïmporteerd: sinds deze werkmap werd geëxporteerd")
    assert "Verwerkingsactiviteit \u201cOnze dienstverlening\u201d" in text
    assert "in het register \u201cAnna's team\u201d (gewijzigd door Anna Jansen (" in text
    assert "in de werkmap \u201cBert's team\u201d" in text
    assert not wizard.check_page.isComplete()  # nothing to import from a refused trial
    assert _owner(demo_register) == "Anna's team"


def test_a_colleagues_change_between_the_trial_and_the_import_refuses_it(
    wizard, demo_register, tmp_path, qtbot, answers
):
    book = _workbook(demo_register, tmp_path, "Bert's team")
    wizard.file_page.set_path(str(book))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.trial is None, timeout=20000)
    assert wizard.check_page.isComplete()  # near miss: nobody changed the register yet
    _colleague(demo_register, "Anna's team")
    job = wizard.check_page.start_import()
    with qtbot.waitSignal(job.failed, timeout=20000):
        pass
    [(title, text)] = answers.errors
    assert title == "Not imported"
    assert "the register has \u201cAnna's team\u201d (changed by Anna Jansen (" in text
    assert "the workbook has \u201cBert's team\u201d" in text and "Export the register anew" in text
    assert wizard.check_page.status.text() == "Not imported; the register is unchanged."
    assert wizard.currentId() == CHECK_PAGE
    assert _owner(demo_register) == "Anna's team"
