"""Which version an export shows (register/working_copy.py): the last established version while
the register's content is still exactly that, else the working copy."""

from __future__ import annotations

from sqlalchemy import select

from ropa_desktop.documents.publication import publish
from ropa_desktop.register import established, kinds, operations, working_copy
from ropa_desktop.register.models import ProcessingActivity


def _shown(register) -> tuple[int | None, bool]:
    with register.session() as session:
        shown = working_copy.shown_version(session)
    return (shown.version.number if shown.version else None), shown.working_copy


def _first_activity(register) -> int:
    with register.session() as session:
        return session.scalars(select(ProcessingActivity.id).order_by(ProcessingActivity.position)).first()


def test_no_version_established_is_a_working_copy(demo_register):
    assert _shown(demo_register) == (None, True)


def test_just_established_shows_the_version_and_a_change_makes_it_a_working_copy(demo_register):
    item = _first_activity(demo_register)
    established.establish(demo_register, "2026-1")
    assert _shown(demo_register) == (1, False)
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Finance"})
    assert _shown(demo_register) == (1, True)
    established.establish(demo_register, "2026-2")
    assert _shown(demo_register) == (2, False)


def test_a_change_undone_is_the_version_again(demo_register):
    item = _first_activity(demo_register)
    owner = operations.read(demo_register, kinds.ACTIVITY, item)["owner"]
    established.establish(demo_register, "2026-1")
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Finance"})
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": owner})
    assert _shown(demo_register) == (1, False)
    # The near miss: an item added and removed again is no change either; one only added is.
    new, _change = operations.save(demo_register, kinds.SECURITY_MEASURE, None, {"name": {"nl": "Tijdelijk"}})
    assert _shown(demo_register) == (1, True)
    operations.delete(demo_register, kinds.SECURITY_MEASURE, new)
    assert _shown(demo_register) == (1, False)


def test_publishing_the_statement_changes_no_content(demo_register):
    established.establish(demo_register, "2026-1")
    publish(demo_register, force=True)
    assert _shown(demo_register) == (1, False)


def test_a_log_without_an_items_start_still_tells_a_change_from_an_undo(demo_register):
    """A log made outside ROPA Desktop (a benchmark's) may change an item it never started: the
    first change's "before" is what the field was at the version."""
    from sqlalchemy import text

    item = _first_activity(demo_register)
    owner = operations.read(demo_register, kinds.ACTIVITY, item)["owner"]
    with demo_register.transaction() as session:
        session.execute(
            text("DELETE FROM change_log WHERE action = 'start' AND item_kind = 'activity' AND item_id = :item"),
            {"item": item},
        )
    established.establish(demo_register, "2026-1")
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": "Finance"})
    assert _shown(demo_register) == (1, True)
    operations.save(demo_register, kinds.ACTIVITY, item, {"owner": owner})
    assert _shown(demo_register) == (1, False)
