"""Every field of every kind of item has a place in its editor."""

from __future__ import annotations

import pytest

from ropa_desktop.gui.forms.activity_spec import ACTIVITY_TABS, PURPOSE_FIELDS, RETENTION_FIELDS
from ropa_desktop.gui.forms.catalogue_specs import CATALOGUE_TABS
from ropa_desktop.gui.forms.form import Group
from ropa_desktop.gui.forms.organisation_spec import CONTACT_FIELDS, OFFICE_FIELDS, ORGANISATION_TABS
from ropa_desktop.register import kinds, snapshots
from ropa_desktop.register.models import Contact, Office, Purpose, RetentionRule

TABS = {kinds.ACTIVITY: ACTIVITY_TABS, kinds.ORGANISATION: ORGANISATION_TABS, **CATALOGUE_TABS}


def _keys(items) -> set[str]:
    found = set()
    for item in items:
        found |= _keys(item.items) if isinstance(item, Group) else {item.key}
    return found


@pytest.mark.parametrize("kind", sorted(TABS))
def test_every_snapshot_key_has_a_field(kind):
    in_editor = set().union(*(_keys(tab.items) for tab in TABS[kind]))
    assert set(snapshots.blank(kind)) == in_editor


@pytest.mark.parametrize(
    "model, specs",
    [
        (Purpose, PURPOSE_FIELDS),
        (RetentionRule, RETENTION_FIELDS),
        (Office, OFFICE_FIELDS),
        (Contact, CONTACT_FIELDS),
    ],
)
def test_every_child_field_has_a_field(model, specs):
    assert set(snapshots.fields(model)) == _keys(specs)
