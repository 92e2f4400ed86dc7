"""The register as portable entries: read fast through the view, exactly as the ORM reads it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ropa_desktop.register import portable, snapshots
from ropa_desktop.register.kinds import MODELS
from ropa_desktop.register.views import RegisterView

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from synthetic import make_register  # noqa: E402


@pytest.fixture(params=["demo", "synthetic"])
def register(request, demo_register, tmp_path):
    if request.param == "demo":
        yield demo_register
        return
    made = make_register(tmp_path / "synthetic.ropa", 60)
    yield made
    made.close()


def test_the_view_snapshot_of_every_item_equals_the_orm_snapshot(register):
    with register.session() as session:
        view = RegisterView(session)
        compared = 0
        for kind in portable.ORDER:
            if kind in (portable.STATEMENT_TEXT, "organisation"):
                continue
            for item in portable._objects(session, kind, view):
                expected = snapshots.read_object(kind, session.get(MODELS[kind], item.id))
                assert portable._snapshot(kind, item) == expected, (kind, item.id)
                compared += 1
    assert compared > 50


def test_references_count_items_not_database_ids(register):
    with register.session() as session:
        entries = portable.dump(session)
    activity = next(e for e in entries if e.kind == "activity" and e.data["data_subject_categories"])
    assert all(ref.startswith("data_subject:") for ref in activity.data["data_subject_categories"])
    refs = {e.ref for e in entries}
    assert all(ref in refs for ref in activity.data["data_subject_categories"])
    subjects = [e.ref for e in entries if e.kind == "data_subject"]
    assert subjects == [f"data_subject:{n}" for n in range(1, len(subjects) + 1)]


def test_a_wrong_value_is_refused_with_the_field_named():
    with pytest.raises(portable.PortableError, match="in_statement"):
        portable.checked("activity", {"in_statement": "perhaps"})
    with pytest.raises(portable.PortableError, match="name"):
        portable.checked("data_subject", {"name": ["not", "texts"]})
    with pytest.raises(portable.PortableError, match="dpa_signed"):
        portable.checked("recipient", {"dpa_signed": "yesterday"})
    with pytest.raises(portable.PortableError, match="role"):
        portable.checked("activity", {"role": "overlord"})
    assert portable.checked("recipient", {"dpa_signed": "2024-05-01"})["dpa_signed"].year == 2024
