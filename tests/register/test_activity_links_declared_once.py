"""The links from an activity to its catalogues are declared once (activity_links.py, read from
the model's link tables); snapshots, the register view, portable entries, search and the delete
guard all take them from there."""

from __future__ import annotations

from functools import partial

from sqlalchemy import inspect, select

from ropa_desktop.register import kinds, operations, portable, rows, snapshots, usage
from ropa_desktop.register.activity_links import LINKS
from ropa_desktop.register.content import fill_register
from ropa_desktop.register.models import ProcessingActivity, Recipient
from ropa_desktop.register.storage import create_register
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


def test_the_lists_use_counts_agree_with_the_delete_guard_on_every_link(demo_register):
    """rows.py counts an entry's uses from the same links as usage.uses: a recipient named as
    joint controller and as controller served counts there too."""
    with demo_register.transaction() as session:
        first = session.scalars(select(ProcessingActivity).order_by(ProcessingActivity.position)).first()
        recipient = session.scalars(select(Recipient).order_by(Recipient.id)).first()
        first.joint_controllers.append(recipient)
        first.controllers_served.append(recipient)
        recipient_id = recipient.id
    with demo_register.session() as session:
        for kind in {link.kind for link in LINKS}:
            for row in rows.rows(session, kind):
                assert row.values["used"] == len(usage.uses(session, kind, row.id)), (kind, row.id)
        used = {row.id: row.values["used"] for row in rows.rows(session, kinds.RECIPIENT)}
    with demo_register.transaction() as session:  # the near miss: one link fewer, one use fewer
        first = session.scalars(select(ProcessingActivity).order_by(ProcessingActivity.position)).first()
        first.controllers_served.remove(session.get(Recipient, recipient_id))
    with demo_register.session() as session:
        again = {row.id: row.values["used"] for row in rows.rows(session, kinds.RECIPIENT)}
    assert again[recipient_id] == used[recipient_id] - 1


def test_the_content_loader_fills_every_link(tmp_path):
    """content.fill_register reads each link of an activity under its name in activity_links.py."""
    data = {
        "data_subject_categories": [{"key": "s", "name": {"nl": "Klanten", "en": "Customers"}}],
        "recipients": [{"key": "r", "name": {"nl": "Bureau", "en": "Agency"}, "kind": "processor"}],
        "security_measures": [{"key": "m", "name": {"nl": "Versleuteling", "en": "Encryption"}, "kind": "technical"}],
        "transfers": [{"key": "t", "country_code": "US", "recipient": "r"}],
        "activities": [
            {
                "name": {"nl": "Salaris", "en": "Payroll"},
                "data_subject_categories": ["s"],
                "recipients": ["r"],
                "joint_controllers": ["r"],
                "controllers_served": ["r"],
                "transfers": ["t"],
                "security_measures": ["m"],
            }
        ],
    }
    fill = partial(fill_register, data=data)
    with create_register(tmp_path / "r.ropa", "Bakkerij", fill=fill) as register, register.session() as session:
        activity = session.scalars(select(ProcessingActivity)).one()
        linked = {link.field: [item.id for item in getattr(activity, link.field)] for link in LINKS}
        recipient = session.scalars(select(Recipient.id)).one()
    assert all(len(ids) == 1 for ids in linked.values()), linked
    assert linked["joint_controllers"] == linked["controllers_served"] == [recipient]
