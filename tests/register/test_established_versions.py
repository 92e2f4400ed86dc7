"""Established versions and the register as it was (issue 16 point 3, and the base of point 2's
"as it was on DATE"): rebuilt from the change log alone, frozen, read-only, and compared."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from workbook_history import without_history

from ropa_desktop.documents import register_diff as rendering
from ropa_desktop.documents.importing.service import import_workbook
from ropa_desktop.documents.workbook import write_workbook
from ropa_desktop.register import as_of, change_log, established, kinds, operations, register_diff
from ropa_desktop.register.change_log_entries import snapshot
from ropa_desktop.register.change_log_values import jsonable, tidy
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import ChangeLogEntry, EstablishedVersion, ProcessingActivity, VersionIsReadOnly
from ropa_desktop.register.models.change_log import ESTABLISHED


def _live(register) -> dict:
    """Every item's snapshot as the register holds it now, in the log's form."""
    with register.session() as session:
        return {
            (kind, obj.id): jsonable(tidy(snapshot(kind, obj)))
            for kind, model in kinds.MODELS.items()
            for obj in session.scalars(select(model))
        }


def _rebuilt(register, **when) -> dict:
    with register.session() as session:
        return as_of.rebuild(session, **when)


def _two_activities(register) -> tuple[int, int]:
    with register.session() as session:
        first, second = session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).all()[:2]
    return first, second


def _last_sequence(register) -> int:
    with register.session() as session:
        return as_of.last_sequence(session)


def test_as_of_rebuild_now_equals_the_live_register(demo_register):
    item, _ = _two_activities(demo_register)
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Finance", "reference": "V-01"})
    new_id, _change = operations.save(
        demo_register, kinds.SECURITY_MEASURE, None, {"name": {"nl": "Versleuteling", "en": "Encryption"}}
    )
    assert _rebuilt(demo_register) == _live(demo_register)
    assert (kinds.SECURITY_MEASURE, new_id) in _rebuilt(demo_register)


def test_as_of_rebuild_gives_the_earlier_state_after_later_edits(demo_register):
    item, _ = _two_activities(demo_register)
    earlier, moment = _live(demo_register), _last_sequence(demo_register)
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Finance"})
    assert _rebuilt(demo_register, sequence=moment) == earlier
    # The near miss: a moment just after the edit shows it, one just before does not.
    assert _rebuilt(demo_register, sequence=moment + 1)[(kinds.ACTIVITY, item)]["owner"] == "Finance"
    assert _rebuilt(demo_register, sequence=moment)[(kinds.ACTIVITY, item)]["owner"] != "Finance"
    with demo_register.session() as session:
        edited_at = session.get(ChangeLogEntry, moment + 1).recorded_at
        before_at = session.get(ChangeLogEntry, moment).recorded_at
    assert _rebuilt(demo_register, at=edited_at)[(kinds.ACTIVITY, item)]["owner"] == "Finance"
    assert _rebuilt(demo_register, at=before_at) == earlier


def test_as_of_rebuild_drops_a_deleted_item_and_keeps_it_before(demo_register):
    new_id, _change = operations.save(demo_register, kinds.SECURITY_MEASURE, None, {"name": {"nl": "Tijdelijk"}})
    moment = _last_sequence(demo_register)
    operations.delete(demo_register, kinds.SECURITY_MEASURE, new_id)
    assert (kinds.SECURITY_MEASURE, new_id) not in _rebuilt(demo_register)
    assert (kinds.SECURITY_MEASURE, new_id) in _rebuilt(demo_register, sequence=moment)


def test_establish_records_a_version_and_a_log_entry(demo_register):
    moment = _last_sequence(demo_register)
    with change_log.acting(who="jan", name="Jan de Vries"):
        version = established.establish(demo_register, " 2026-1 ", "Vastgesteld door de directie")
    assert (version.number, version.name, version.log_sequence) == (1, "2026-1", moment)
    who = demo_register.role or "jan"  # on a server the database role
    assert (version.who, version.who_name, version.note) == (who, "Jan de Vries", "Vastgesteld door de directie")
    assert version.content_hash == as_of.content_hash(_live(demo_register))
    with demo_register.session() as session:
        entry = session.get(ChangeLogEntry, moment + 1)
        assert (entry.action, entry.item_name, entry.who) == (ESTABLISHED, "2026-1", who)
        assert change_log.verify(session)[1] is None
    established.establish(demo_register, "2026-2")
    assert [(v.number, v.name) for v in established.versions(demo_register)] == [
        (0, "start"),
        (1, "2026-1"),
        (2, "2026-2"),
    ]  # 0: the start of the history
    # The establishment is no item: the register rebuilt after it is the same.
    assert _rebuilt(demo_register) == _live(demo_register)


def test_establish_refuses_a_name_taken_or_blank(demo_register):
    established.establish(demo_register, "1")
    count = _last_sequence(demo_register)
    with pytest.raises(RegisterError, match="exists already"):
        established.establish(demo_register, "1")
    with pytest.raises(RegisterError, match="needs a name"):
        established.establish(demo_register, "  ")
    assert _last_sequence(demo_register) == count and len(established.versions(demo_register)) == 2  # start, 1


def test_an_established_version_cannot_be_changed_or_removed(demo_register):
    established.establish(demo_register, "1", "note")
    with pytest.raises(VersionIsReadOnly):
        with demo_register.transaction() as session:
            session.get(EstablishedVersion, 1).note = "another note"
    with pytest.raises(VersionIsReadOnly):
        with demo_register.transaction() as session:
            session.delete(session.get(EstablishedVersion, 1))
    [_start, version] = established.versions(demo_register)
    assert version.note == "note"
    # The near miss: another version can still be established.
    established.establish(demo_register, "2")
    assert len(established.versions(demo_register)) == 3


def _scenario(register, tmp_path) -> dict:
    """Version "1"; then one activity changed by an import, one edited in the window's way, one
    measure added and one removed."""
    edited, imported = _two_activities(register)
    owner = operations.read(register, kinds.ACTIVITY, imported)["owner"]
    operations.save(register, kinds.ACTIVITY, imported, {"owner": "Uit het werkboek"})
    book = tmp_path / "register.xlsx"
    with open(book, "wb") as target:
        write_workbook(register, "nl", target)
    without_history(book)  # taken as it stands, not as a change made in the register since
    operations.save(register, kinds.ACTIVITY, imported, {"owner": owner})
    gone, _change = operations.save(register, kinds.SECURITY_MEASURE, None, {"name": {"nl": "Oude maatregel"}})
    established.establish(register, "1")
    with change_log.acting(who="piet"):  # first: the workbook holds every activity as it was
        import_workbook(register, book)
    with change_log.acting(who="jan", name="Jan de Vries"):
        operations.save(register, kinds.ACTIVITY, edited, {"reference": "V-01"})
        new, _change = operations.save(register, kinds.SECURITY_MEASURE, None, {"name": {"nl": "Nieuwe <maatregel>"}})
        operations.delete(register, kinds.SECURITY_MEASURE, gone)
    return {"edited": edited, "imported": imported, "owner": owner, "new": new, "gone": gone}


def test_diff_between_a_version_and_now_shows_exactly_the_changes(demo_register, tmp_path):
    made = _scenario(demo_register, tmp_path)
    with demo_register.session() as session:
        first, said = established.moment(session, "1")
        second, _ = established.moment(session, "now")
        diff = register_diff.compare(session, first, second, said, "now")
    found = {(item.kind, item.item_id): item for item in diff.items}
    assert set(found) == {
        (kinds.ACTIVITY, made["edited"]),
        (kinds.ACTIVITY, made["imported"]),
        (kinds.SECURITY_MEASURE, made["new"]),
        (kinds.SECURITY_MEASURE, made["gone"]),
    }
    edited = found[(kinds.ACTIVITY, made["edited"])]
    assert [(f.field, f.before, f.after) for f in edited.fields] == [("reference", "", "V-01")]
    jan = f"Jan de Vries ({demo_register.role or 'jan'})"  # on a server the database role
    assert [c.who for c in edited.fields[0].by] == [jan]
    imported = found[(kinds.ACTIVITY, made["imported"])]
    assert [(f.field, f.before, f.after) for f in imported.fields] == [("owner", made["owner"], "Uit het werkboek")]
    assert [(c.who, c.origin) for c in imported.fields[0].by] == [(demo_register.role or "piet", change_log.IMPORT)]
    assert found[(kinds.SECURITY_MEASURE, made["new"])].state == register_diff.ADDED_ITEM
    assert found[(kinds.SECURITY_MEASURE, made["gone"])].state == register_diff.REMOVED_ITEM
    assert found[(kinds.SECURITY_MEASURE, made["gone"])].by[0].who == jan
    text = rendering.render(diff, "text")
    assert f"Reference: (empty) \u2192 V-01 ({jan}, " in text and ", command line)" in text
    # The near miss: from now to now nothing changed.
    with demo_register.session() as session:
        assert register_diff.compare(session, second, second).items == []


def test_diff_html_escapes_the_officers_text(demo_register, tmp_path):
    made = _scenario(demo_register, tmp_path)
    with demo_register.session() as session:
        diff = register_diff.compare(session, established.moment(session, "1")[0], as_of.last_sequence(session))
    html = rendering.render(diff, "html")
    assert "Nieuwe &lt;maatregel&gt;" in html and "Nieuwe <maatregel>" not in html
    assert "<table>" in html  # the near miss: the document's own markup is not escaped
    markdown = rendering.render(diff, "markdown")
    assert "Nieuwe \\<maatregel\\>" in markdown and made["new"]
