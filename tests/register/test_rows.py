"""The lists as light rows: one per item, in display order, with the text the search matches."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ropa_desktop.register import kinds, operations, rows, snapshots
from ropa_desktop.register.models import (
    ActivityRole,
    Cookie,
    DataCategory,
    DataSubjectCategory,
    ProcessingActivity,
    Recipient,
    Transfer,
)
from ropa_desktop.register.storage import open_register

DEMO_COUNTS = {
    kinds.ACTIVITY: 7,
    kinds.DATA_CATEGORY: 18,
    kinds.DATA_SUBJECT: 8,
    kinds.RECIPIENT: 12,
    kinds.TRANSFER: 4,
    kinds.COOKIE: 4,
    kinds.SECURITY_MEASURE: 3,
}


@pytest.fixture
def demo(demo_path):
    """The shared demo, only read."""
    with open_register(demo_path) as register, register.session() as session:
        yield session


def _display_order(session, kind: str) -> list[int]:
    model = kinds.MODELS[kind]
    if kind in kinds.ORDERED:
        return list(session.scalars(select(model.id).order_by(model.position, model.id)))
    return list(session.scalars(select(model.id).order_by(model.id)))


def _activity(session, nl_name: str) -> int:
    return session.scalars(
        select(ProcessingActivity.id).where(ProcessingActivity.name["nl"].as_string() == nl_name)
    ).one()


@pytest.mark.parametrize("kind", kinds.LISTED)
def test_one_row_per_item_in_display_order(demo, kind):
    found = rows.rows(demo, kind)
    assert len(found) == DEMO_COUNTS[kind]
    assert [row.id for row in found] == _display_order(demo, kind)
    assert all(row.updated_at is not None for row in found)
    assert all(row.search == row.search.casefold() for row in found)


def test_activity_rows_are_in_statement_order(demo):
    assert [row.name["nl"] for row in rows.rows(demo, kinds.ACTIVITY)] == [
        "Onze dienstverlening",
        "Wettelijke plichten",
        "Activiteiten als (sub)verwerker",
        "Kwaliteitsdoeleinden",
        "Business to business contact",
        "Administratie",
        "Sollicitaties",
    ]
    assert [row.values["position"] for row in rows.rows(demo, kinds.ACTIVITY)] == list(range(7))


@pytest.mark.parametrize("kind", kinds.ORDERED)
def test_rows_follow_a_new_order(demo_register, kind):
    order = operations.order(demo_register, kind)
    new_order = order[1:] + order[:1]
    operations.set_order(demo_register, kind, new_order)
    with demo_register.session() as session:
        found = rows.rows(session, kind)
    assert [row.id for row in found] == new_order
    assert [row.values["position"] for row in found] == list(range(len(order)))


def test_activity_row_values(demo):
    by_name = {row.name["nl"]: row for row in rows.rows(demo, kinds.ACTIVITY)}
    admin = by_name["Administratie"]
    assert admin.name == {"nl": "Administratie", "en": "Financial administration"}
    assert admin.values["legal_bases"] == ["contract", "legal_obligation"]
    assert admin.values["purposes"] == 2
    assert admin.values["role"] == ActivityRole.CONTROLLER
    assert admin.values["in_statement"] is True
    processor = by_name["Activiteiten als (sub)verwerker"]
    assert processor.values["role"] == ActivityRole.PROCESSOR
    assert processor.values["legal_bases"] == []  # its one purpose has no basis of its own
    assert processor.values["purposes"] == 1


def test_activity_search_text_holds_names_purposes_and_data_in_both_languages(demo):
    services = _activity(demo, "Onze dienstverlening")
    [row] = rows.rows(demo, kinds.ACTIVITY, ids=[services])
    snap = snapshots.read(demo, kinds.ACTIVITY, services)
    expected = [*snap["name"].values()]
    for purpose in snap["purposes"]:
        expected += purpose["description"].values()
    for link in snap["data_categories"]:
        expected += demo.get(DataCategory, link["id"]).name.values()
    for subject in snap["data_subject_categories"]:
        expected += demo.get(DataSubjectCategory, subject).name.values()
    assert len(expected) == 2 + 2 + 7 * 2 + 2 * 2
    for text in expected:
        assert text and text.casefold() in row.search, text
    # Nothing of other activities.
    assert "sollicitaties" not in row.search
    assert "cv waaronder werkervaring" not in row.search
    assert "job applicants" not in row.search


def test_activity_search_includes_department_and_owner(demo_register):
    with demo_register.session() as session:
        item = _activity(session, "Administratie")
    snap = operations.read(demo_register, kinds.ACTIVITY, item)
    snap.update(department="Financiën", owner="J. de Vries")
    operations.save(demo_register, kinds.ACTIVITY, item, snap)
    with demo_register.session() as session:
        [row] = rows.rows(session, kinds.ACTIVITY, ids=[item])
    assert "financiën" in row.search and "j. de vries" in row.search
    assert row.values["department"] == "Financiën"


def test_search_follows_an_edited_purpose(demo_register):
    with demo_register.session() as session:
        item = _activity(session, "Administratie")
    snap = operations.read(demo_register, kinds.ACTIVITY, item)
    snap["purposes"][0]["description"] = {"nl": "Debiteurenbeheer", "en": "Credit Control"}
    operations.save(demo_register, kinds.ACTIVITY, item, snap)
    with demo_register.session() as session:
        [row] = rows.rows(session, kinds.ACTIVITY, ids=[item])
    assert "debiteurenbeheer" in row.search and "credit control" in row.search
    assert "factureren voor geleverde diensten" not in row.search


@pytest.mark.parametrize(
    ("kind", "model"),
    [
        (kinds.DATA_CATEGORY, DataCategory),
        (kinds.DATA_SUBJECT, DataSubjectCategory),
        (kinds.RECIPIENT, Recipient),
    ],
)
def test_catalogue_search_holds_name_and_description_in_both_languages(demo, kind, model):
    for row in rows.rows(demo, kind):
        entry = demo.get(model, row.id)
        assert row.name == entry.name
        for text in (*entry.name.values(), *entry.description.values()):
            assert text.casefold() in row.search


def test_catalogue_use_counts(demo):
    by_name = {row.name["nl"]: row for row in rows.rows(demo, kinds.DATA_CATEGORY)}
    assert by_name["Contactgegevens waaronder e-mail en telefoonnummer"].values["used"] == 7
    assert by_name["CV waaronder werkervaring, vaardigheden en expertise(s)"].values["used"] == 1
    subjects = {row.name["nl"]: row.values["used"] for row in rows.rows(demo, kinds.DATA_SUBJECT)}
    assert subjects["Websitebezoekers"] == 0 and subjects["Klanten"] == 4
    assert [row.values["used"] for row in rows.rows(demo, kinds.SECURITY_MEASURE)] == [7, 7, 7]
    transfers = {row.values["country_code"]: row.values["used"] for row in rows.rows(demo, kinds.TRANSFER)}
    assert transfers == {"AR": 4, "BO": 4, "US": 0}


def test_transfer_rows_are_named_after_their_recipient(demo):
    found = rows.rows(demo, kinds.TRANSFER)
    us = next(row for row in found if row.values["country_code"] == "US")
    assert us.name == {"nl": "Google", "en": "Google"}
    assert us.values["tool"] == "adequacy"
    assert "google" in us.search and "us" in us.search and "data privacy framework" in us.search
    assert [row.values["tool"] for row in found if row.values["country_code"] == "BO"] == ["none", "none"]


def test_a_transfer_without_recipient_has_an_empty_name(demo_register):
    snap = snapshots.blank(kinds.TRANSFER)
    snap.update(country_code="CH", tool="adequacy")
    item, _ = operations.save(demo_register, kinds.TRANSFER, None, snap)
    with demo_register.session() as session:
        [row] = rows.rows(session, kinds.TRANSFER, ids=[item])
    assert row.name == {} and row.values["recipient"] == {}
    assert row.values["country_code"] == "CH" and "ch" in row.search


def test_cookie_rows(demo):
    found = rows.rows(demo, kinds.COOKIE)
    assert [row.name for row in found] == [
        {"nl": "Sessiecookie", "en": "Session cookie"},
        {"nl": "_ga", "en": "_ga"},
        {"nl": "_gid", "en": "_gid"},
        {"nl": "Tracking-cookies van sociale-mediaplatforms", "en": "Tracking cookies of social media platforms"},
    ]
    assert "session cookie" in found[0].search and "sessiecookie" in found[0].search
    assert [row.values["consent_required"] for row in found] == [False, False, False, True]
    assert "google analytics" in found[1].search and "_ga" in found[1].search


@pytest.mark.parametrize("kind", kinds.LISTED)
def test_ids_restricts_the_rows_and_gives_the_same_rows(demo, kind):
    everything = rows.rows(demo, kind)
    wanted = [everything[-1].id, everything[0].id]
    found = rows.rows(demo, kind, ids=wanted)
    assert [row.id for row in found] == [everything[0].id, everything[-1].id]
    for one, full in zip(found, [everything[0], everything[-1]], strict=True):
        assert (one.name, one.updated_at, one.values) == (full.name, full.updated_at, full.values)
        assert _lines(one.search) == _lines(full.search)
    assert [row.id for row in rows.rows(demo, kind, ids=iter(wanted))] == [row.id for row in found]
    assert rows.rows(demo, kind, ids=[]) == []
    assert rows.rows(demo, kind, ids=[9999]) == []


def _lines(text: str) -> list[str]:
    return sorted(text.split("\n"))


def test_restricted_activity_rows_keep_their_counts_and_search(demo):
    everything = {row.id: row for row in rows.rows(demo, kinds.ACTIVITY)}
    for item_id, row in everything.items():
        [one] = rows.rows(demo, kinds.ACTIVITY, ids=[item_id])
        assert (one.id, one.name, one.updated_at, one.values) == (row.id, row.name, row.updated_at, row.values)
        # The same texts (data subjects are read unordered, so compare them as a set).
        assert _lines(one.search) == _lines(row.search)


def test_counts(demo):
    assert rows.counts(demo) == DEMO_COUNTS
    for kind in kinds.LISTED:
        assert rows.counts(demo)[kind] == len(rows.rows(demo, kind))


def test_counts_follow_changes(demo_register):
    snap = snapshots.blank(kinds.COOKIE)
    snap["name"] = {"nl": "_new"}
    operations.save(demo_register, kinds.COOKIE, None, snap)
    with demo_register.session() as session:
        activity = _activity(session, "Sollicitaties")
    operations.delete(demo_register, kinds.ACTIVITY, activity)
    with demo_register.session() as session:
        counts = rows.counts(session)
        cookies = session.scalars(select(Cookie.name).order_by(Cookie.position)).all()
        transfers = session.scalars(select(Transfer.id)).all()
    assert counts == {**DEMO_COUNTS, kinds.COOKIE: 5, kinds.ACTIVITY: 6}
    assert cookies[-1] == {"nl": "_new"}
    assert len(transfers) == DEMO_COUNTS[kinds.TRANSFER]
