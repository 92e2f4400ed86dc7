"""The links from an activity to its catalogues are declared once (activity_links.py, read from
the model's link tables); snapshots, the register view, portable entries, search and the delete
guard all take them from there."""

from __future__ import annotations

from sqlalchemy import inspect, select

from ropa_desktop.register import kinds, operations, portable, snapshots, usage
from ropa_desktop.register.activity_links import LINKS
from ropa_desktop.register.models import ProcessingActivity, Recipient
from ropa_desktop.register.views import RegisterView


def test_the_links_are_the_models_link_tables_in_its_order():
    assert [link.field for link in LINKS] == [
        "data_subject_categories",
        "recipients",
        "joint_controllers",
        "controllers_served",
        "transfers",
        "security_measures",
    ]
    # The near miss: the data categories hang off the activity through rows of their own.
    assert "data_category_links" in inspect(ProcessingActivity).relationships.keys()
    assert "data_category_links" not in {link.field for link in LINKS}
    for link in LINKS:
        assert link.table.c[link.column].references(kinds.MODELS[link.kind].__table__.c.id)


def test_every_reader_takes_the_same_links():
    fields = [link.field for link in LINKS]
    assert list(snapshots.ACTIVITY_LINKS) == fields
    assert list(portable.ACTIVITY_REFS) == fields
    assert {link.field: link.kind for link in LINKS} == portable.ACTIVITY_REFS


def test_view_snapshot_and_delete_guard_agree_on_every_link(demo_register):
    with demo_register.transaction() as session:  # the demo has no joint controller: one is added
        first = session.scalars(select(ProcessingActivity).order_by(ProcessingActivity.position)).first()
        first.joint_controllers.append(session.scalars(select(Recipient).order_by(Recipient.id)).first())
    with demo_register.session() as session:
        view = RegisterView(session)
        activities = {a.id: a for a in view.activities}
    seen = set()
    for activity_id, activity in activities.items():
        snap = operations.read(demo_register, kinds.ACTIVITY, activity_id)
        for link in LINKS:
            ids = [item.id for item in getattr(activity, link.field)]
            assert ids == snap[link.field], (activity_id, link.field)
            for item in getattr(activity, link.field):
                assert item is getattr(view, link.catalogue)[item.id]
                seen.add(link.field)
                with demo_register.session() as session:
                    found = usage.uses(session, link.kind, item.id)
                assert (activity_id, link.field) in {(use.item_id, use.field) for use in found}
    # The demo uses each link somewhere, so each was looked at.
    assert seen == {link.field for link in LINKS}
