"""Our own workbook imported back after a colleague changed the register: no lost update.

The officer exports, edits the workbook; meanwhile a colleague saves a change in the register.
The import keeps the colleague's change where the officer left the field alone, takes the
officer's where the colleague left it alone, and refuses the whole import, naming item, field,
both values and who changed the register's, where both changed one field differently.
"""

from __future__ import annotations

from datetime import date

import pytest
from import_helpers import database_rows
from openpyxl import load_workbook
from sqlalchemy import select
from workbook_history import edit_activity, without_history

from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import DATA_SHEET, write_workbook
from ropa_desktop.register import change_log, errors, kinds, operations, three_way
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ChangeLogEntry, ProcessingActivity

ACTIVITY = "Our services"  # the demo's first activity, by its English name


def _export(register, path):
    with open(path, "wb") as target:
        write_workbook(register, "en", target)
    return path


def _activity(register) -> ProcessingActivity:
    with register.session() as session:
        for activity in session.scalars(select(ProcessingActivity)):
            if activity.name.get("en") == ACTIVITY:
                session.expunge(activity)
                return activity
    raise AssertionError(f"no activity {ACTIVITY!r}")


def _colleague(register, **fields):
    """A colleague's save in the window, after the export."""
    with change_log.acting(who="anna", name="Anna Jansen", origin=change_log.WINDOW), register.transaction() as session:
        activity = session.get(ProcessingActivity, _activity(register).id)
        for key, value in fields.items():
            setattr(activity, key, value)


def _edit(path, stamp=None, **fields):
    """The officer's edits in the workbook (its data sheet, as the import reads it); ``stamp``:
    what to put where the export noted its place in the history ("" removes it)."""
    edit_activity(path, ACTIVITY, **fields)
    book = load_workbook(path)
    sheet = book[DATA_SHEET]
    if stamp is not None:
        sheet["D1"].value = sheet["E1"].value = None
        if stamp:
            sheet["E1"].value = stamp
            sheet["D1"].value = 1
    book.save(path)


def test_the_export_notes_where_the_history_stood(demo_register, tmp_path):
    with demo_register.session() as session:
        now = three_way.stamp(session)
    book = load_workbook(_export(demo_register, tmp_path / "book.xlsx"), read_only=True)
    first = next(book[DATA_SHEET].iter_rows(max_row=1, values_only=True))
    book.close()
    assert now is not None and now.sequence > 0
    assert list(first[3:5]) == [now.sequence, now.entry_hash]


def test_a_colleagues_field_and_the_officers_field_of_one_item_are_both_kept(demo_register, tmp_path):
    book = _export(demo_register, tmp_path / "book.xlsx")
    _colleague(demo_register, owner="Anna's team")
    _edit(book, department="Sales")
    report = import_workbook(demo_register, book, backup=False)
    activity = _activity(demo_register)
    assert (activity.owner, activity.department) == ("Anna's team", "Sales")
    assert report.outcomes[kinds.ACTIVITY].updated == ["Onze dienstverlening"]  # in the register's language


def test_the_workbook_left_alone_keeps_the_colleagues_change(demo_register, tmp_path):
    """The lost update this prevents: the workbook's week-old value over the colleague's."""
    book = _export(demo_register, tmp_path / "book.xlsx")
    _colleague(demo_register, owner="Anna's team", systems="HR suite")
    report = import_workbook(demo_register, book, backup=False)
    activity = _activity(demo_register)
    assert (activity.owner, activity.systems) == ("Anna's team", "HR suite")
    assert report.changes == 0


@pytest.mark.parametrize("stamp", ["", "0" * 64], ids=["old workbook without it", "another history"])
def test_a_workbook_without_the_note_or_from_another_history_imports_as_before(demo_register, tmp_path, stamp):
    """Near miss: without a place in this register's history the workbook is taken as it stands
    (as every workbook was before), the colleague's change included."""
    book = _export(demo_register, tmp_path / "book.xlsx")
    _colleague(demo_register, owner="Anna's team")
    _edit(book, stamp=stamp, department="Sales")
    import_workbook(demo_register, book, backup=False)
    activity = _activity(demo_register)
    assert (activity.owner, activity.department) == ("", "Sales")


def test_both_changing_a_field_alike_is_no_conflict(demo_register, tmp_path):
    book = _export(demo_register, tmp_path / "book.xlsx")
    _colleague(demo_register, owner="Finance")
    _edit(book, owner="Finance", department="Sales")
    import_workbook(demo_register, book, backup=False)
    activity = _activity(demo_register)
    assert (activity.owner, activity.department) == ("Finance", "Sales")


def test_both_changing_a_field_differently_refuses_the_import_and_names_it(demo_register, tmp_path):
    book = _export(demo_register, tmp_path / "book.xlsx")
    _colleague(demo_register, owner="Anna's team")
    _edit(book, owner="Bert's team", department="Sales")  # the department alone would go in
    before = database_rows(demo_register)
    for dry_run in (True, False):  # the trial run says so too
        with pytest.raises(RegisterError) as refused:
            import_workbook(demo_register, book, dry_run=dry_run, backup=False)
        assert refused.value.code == errors.CONFLICT
    assert database_rows(demo_register) == before  # nothing written, not even the department
    words = refused.value.words("en")
    assert "Processing activity \u201cOnze dienstverlening\u201d" in words
    assert "Owner" in words or "owner" in words
    with demo_register.session() as session:  # on a server, the database role is who changed it
        who = session.scalar(
            select(ChangeLogEntry.who)
            .where(ChangeLogEntry.field == "owner")
            .order_by(ChangeLogEntry.sequence.desc())
            .limit(1)
        )
    assert f"the register has \u201cAnna's team\u201d (changed by Anna Jansen ({who}) on " in words
    assert "the workbook has \u201cBert's team\u201d" in words
    assert "Export the register anew" in words
    assert "in de werkmap \u201cBert's team\u201d" in refused.value.words("nl")
    assert str(refused.value) == words


def test_only_a_change_to_another_item_since_the_export_changes_nothing_else(demo_register, tmp_path):
    """Near miss: the colleague changed another item; this item's fields go in as before."""
    book = _export(demo_register, tmp_path / "book.xlsx")
    with change_log.acting(who="anna"), demo_register.transaction() as session:
        other = next(a for a in session.scalars(select(ProcessingActivity)) if a.name.get("en") != ACTIVITY)
        other.owner = "Anna's team"
    _edit(book, owner="Bert's team")
    import_workbook(demo_register, book, backup=False)
    assert _activity(demo_register).owner == "Bert's team"


def test_with_no_change_since_the_export_the_import_is_as_before_and_rebuilds_nothing(
    demo_register, tmp_path, monkeypatch
):
    book = _export(demo_register, tmp_path / "book.xlsx")
    _edit(book, owner="Bert's team", department="Sales")
    plain = tmp_path / "plain.xlsx"
    plain.write_bytes(book.read_bytes())
    _edit(plain, stamp="")

    def rebuilt(*args, **kwargs):
        raise AssertionError("the register as at the export was rebuilt, with nothing changed since")

    monkeypatch.setattr(three_way.as_of, "rebuild", rebuilt)
    trial = import_workbook(demo_register, plain, dry_run=True, backup=False)
    report = import_workbook(demo_register, book, backup=False)
    assert report.outcomes == trial.outcomes  # what the import did is what it did before
    assert report.changes == 1
    activity = _activity(demo_register)
    assert (activity.owner, activity.department) == ("Bert's team", "Sales")


def test_the_command_line_refuses_a_conflict_and_says_to_export_anew(demo_register, tmp_path, ropa):
    book = _export(demo_register, tmp_path / "book.xlsx")
    _colleague(demo_register, owner="Anna's team")
    _edit(book, owner="Bert's team")
    code, out, err = ropa("import", demo_register.location, str(book), "--lang", "en")
    assert code == 2, err
    assert out == ""
    assert err.startswith("ropa: Not imported: since this workbook was exported")
    assert "\u201cAnna's team\u201d (changed by Anna Jansen (" in err and "\u201cBert's team\u201d" in err
    assert "Export the register anew" in err
    assert _activity(demo_register).owner == "Anna's team"
    # Near miss: exported anew, the same edit goes in.
    fresh = _export(demo_register, tmp_path / "fresh.xlsx")
    _edit(fresh, owner="Bert's team")
    code, out, err = ropa("import", demo_register.location, str(fresh), "--lang", "en")
    assert code == 0, err
    assert _activity(demo_register).owner == "Bert's team"


def _many_changes(register) -> dict:
    """A colleague's changes of every sort of field: texts per language, dates, yes/no, links,
    rows of a list, a contact block, an office, sub-processors and the statement's own wording.
    Returns what each item holds afterwards."""
    item = _activity(register).id
    activity = operations.read(register, kinds.ACTIVITY, item)
    purposes = [dict(row) for row in activity["purposes"]]
    purposes[0]["description"] = {**purposes[0]["description"], "en": "Changed by Anna"}
    changes = {
        "purposes": purposes,
        "recipients": activity["recipients"][1:],
        "data_categories": activity["data_categories"][1:],
        "in_statement": False,
        "public_explanation": {**activity["public_explanation"], "en": "Anna's wording"},
        "dpia_date": date(2026, 11, 30),
    }
    organisation = operations.organisation_id(register)
    org = operations.read(register, kinds.ORGANISATION, organisation)
    offices = [dict(office) for office in org["offices"]]
    offices[0]["city"] = "Krakow"
    dpo = {**org["privacy_contact"], "name": "Anna Jansen", "email": "dpo@connaxis.example"}
    with change_log.acting(who="anna", name="Anna Jansen", origin=change_log.WINDOW):
        operations.save(register, kinds.ACTIVITY, item, {**activity, **changes}, base=activity)
        operations.save(
            register,
            kinds.ORGANISATION,
            organisation,
            {**org, "phone": "+31 20 000 00 00", "dpo": dpo, "offices": offices, "statement_date": date(2026, 12, 1)},
            base=org,
        )
        recipient = operations.read(register, kinds.RECIPIENT, 1)
        operations.save(register, kinds.RECIPIENT, 1, {**recipient, "sub_processors": [2]}, base=recipient)
        operations.save_statement_text(register, "cookies.intro", {"nl": "Annas tekst", "en": "Anna's text"})
    return {
        "activity": operations.read(register, kinds.ACTIVITY, item),
        "organisation": operations.read(register, kinds.ORGANISATION, organisation),
        "recipient": operations.read(register, kinds.RECIPIENT, 1),
        "statement": operations.statement_texts(register)["cookies.intro"],
    }


def _now(register) -> dict:
    return {
        "activity": operations.read(register, kinds.ACTIVITY, _activity(register).id),
        "organisation": operations.read(register, kinds.ORGANISATION, operations.organisation_id(register)),
        "recipient": operations.read(register, kinds.RECIPIENT, 1),
        "statement": operations.statement_texts(register)["cookies.intro"],
    }


def test_every_sort_of_colleagues_change_stays_when_the_workbook_left_it_alone(demo_register, tmp_path):
    book = _export(demo_register, tmp_path / "book.xlsx")
    after = _many_changes(demo_register)
    report = import_workbook(demo_register, book, backup=False)
    assert report.changes == 0
    now = _now(demo_register)
    for key in after:
        after[key].pop("version", None), now[key].pop("version", None)
    assert now == after
    # Near miss: the same workbook without its place in the history puts the old values back.
    import_workbook(demo_register, without_history(book), backup=False)
    assert _now(demo_register)["activity"]["in_statement"] is True
    assert _now(demo_register)["statement"] != after["statement"]


def test_rows_and_links_both_changed_are_named_in_words(demo_register, tmp_path):
    book = _export(demo_register, tmp_path / "book.xlsx")
    _many_changes(demo_register)
    _edit(book, in_statement=True, recipients=[], purposes=[{"description": {"nl": "Iets anders", "en": "Else"}}])
    before = database_rows(demo_register)
    with pytest.raises(RegisterError) as refused:
        import_workbook(demo_register, book, backup=False)
    assert database_rows(demo_register) == before
    words = refused.value.words("en")
    lines = [line for line in words.splitlines() if line.startswith("\u2022")]
    assert len(lines) == 2, words  # not "in statement": the workbook's yes is what the export held
    recipients, purposes = lines
    assert recipients.startswith("\u2022 Processing activity \u201cOnze dienstverlening\u201d, Recipients")
    assert "the register has Connaxis, vestiging Krakau, Connaxis, vestiging Buenos Aires" in recipients  # by name
    assert recipients.endswith("the workbook has (empty).")
    assert ", Purposes: the register has Description: Changed by Anna;" in purposes
    assert "the workbook has Description: Else;" in purposes
