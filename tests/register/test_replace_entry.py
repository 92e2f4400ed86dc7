"""A catalogue entry replaced by another wherever it is used, or merged into it: every reference
moves, none is doubled, the order stays, and undo gives everything back as it was."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ropa_desktop.register import errors, kinds, operations, replace_entry, snapshots, usage
from ropa_desktop.register.errors import RegisterError
from ropa_desktop.register.models import Cookie, Recipient, RetentionRule, Transfer


def _add(register, kind: str, **values) -> int:
    snap = snapshots.blank(kind)
    snap.update(values)
    return operations.save(register, kind, None, snap)[0]


def _category(register, en: str, **values) -> int:
    return _add(register, kinds.DATA_CATEGORY, name={"en": en}, **values)


def _rule(category_ids: list[int]) -> dict:
    return dict(
        snapshots.blank_child(RetentionRule), period_value=2, period_unit="years", data_category_ids=category_ids
    )


def _activity(register, en: str, **values) -> int:
    return _add(register, kinds.ACTIVITY, name={"en": en}, status="active", **values)


def _read(register, kind: str, item_id: int) -> dict:
    snap = operations.read(register, kind, item_id)
    snap.pop(snapshots.VERSION)
    return snap


def _exists(register, kind: str, item_id: int) -> bool:
    with register.session() as session:
        return session.get(kinds.MODELS[kind], item_id) is not None


@pytest.fixture
def categories(demo_register):
    """Customers (to go), Clients (to keep) and Invoices; one activity uses Customers only (and
    a rule keeps it), one uses Clients and Customers, one only keeps Customers in a rule."""
    register = demo_register
    customers = _category(register, "Customers", description={"en": "People who buy", "nl": "Kopers"})
    clients = _category(register, "Clients", description={"en": "", "nl": "Klanten"})
    invoices = _category(register, "Invoices")
    sales = _activity(
        register,
        "Sales",
        data_categories=[{"id": invoices, "wording": {}}, {"id": customers, "wording": {}}],
        retention_rules=[_rule([customers, invoices]), _rule([])],
    )
    support = _activity(
        register,
        "Support",
        data_categories=[
            {"id": clients, "wording": {}},
            {"id": customers, "wording": {"en": "Customers who call"}},
            {"id": invoices, "wording": {}},
        ],
    )
    archive = _activity(
        register,
        "Archive",
        data_categories=[{"id": invoices, "wording": {}}],
        retention_rules=[_rule([invoices, customers])],
    )
    return register, customers, clients, invoices, (sales, support, archive)


def test_replace_moves_every_reference_keeps_the_order_and_deletes_the_entry(categories):
    register, customers, clients, invoices, (sales, support, archive) = categories
    replace_entry.replace(register, kinds.DATA_CATEGORY, customers, kinds.DATA_CATEGORY, clients)

    assert not _exists(register, kinds.DATA_CATEGORY, customers)
    sales_now = _read(register, kinds.ACTIVITY, sales)
    # In the place Customers had, and in the rule that kept it too.
    assert [link["id"] for link in sales_now["data_categories"]] == [invoices, clients]
    assert [rule["data_category_ids"] for rule in sales_now["retention_rules"]] == [[clients, invoices], []]
    # Support had both: Clients once, in its own place, with the wording it lacked.
    support_now = _read(register, kinds.ACTIVITY, support)
    assert [link["id"] for link in support_now["data_categories"]] == [clients, invoices]
    assert support_now["data_categories"][0]["wording"] == {"en": "Customers who call"}
    # An activity that named it in a rule only.
    assert _read(register, kinds.ACTIVITY, archive)["retention_rules"][0]["data_category_ids"] == [invoices, clients]
    with register.session() as session:
        assert usage.uses(session, kinds.DATA_CATEGORY, customers) == []


def test_replace_leaves_the_texts_of_the_kept_entry_alone(categories):
    register, customers, clients, _invoices, _activities = categories
    before = _read(register, kinds.DATA_CATEGORY, clients)
    replace_entry.replace(register, kinds.DATA_CATEGORY, customers, kinds.DATA_CATEGORY, clients)
    assert _read(register, kinds.DATA_CATEGORY, clients) == before


def test_merge_fills_only_the_empty_texts_of_the_kept_entry(categories):
    register, customers, clients, _invoices, (sales, _support, _archive) = categories
    replace_entry.replace(register, kinds.DATA_CATEGORY, customers, kinds.DATA_CATEGORY, clients, merge=True)
    kept = _read(register, kinds.DATA_CATEGORY, clients)
    assert kept["description"] == {"en": "People who buy", "nl": "Klanten"}  # Dutch was there already
    assert kept["name"] == {"en": "Clients"}
    assert [link["id"] for link in _read(register, kinds.ACTIVITY, sales)["data_categories"]][-1] == clients


def test_undo_gives_back_the_entry_and_every_reference_exactly(categories):
    register, customers, clients, invoices, activities = categories
    items = [(kinds.ACTIVITY, a) for a in activities] + [(kinds.DATA_CATEGORY, c) for c in (customers, clients)]
    before = {item: _read(register, *item) for item in items}
    replaced, _changes = replace_entry.replace(
        register, kinds.DATA_CATEGORY, customers, kinds.DATA_CATEGORY, clients, merge=True
    )
    assert _read(register, kinds.DATA_CATEGORY, clients) != before[(kinds.DATA_CATEGORY, clients)]

    changes = replace_entry.undo(register, replaced)
    assert {item: _read(register, *item) for item in items} == before
    assert changes[0] == operations.Change(kinds.DATA_CATEGORY, (customers, clients), structure=True)
    assert {change.kind for change in changes} == {kinds.DATA_CATEGORY, kinds.ACTIVITY}


def test_a_recipient_is_replaced_in_transfers_cookies_and_activities(demo_register):
    register = demo_register
    with register.session() as session:
        google = session.scalars(select(Recipient.id).where(Recipient.name["en"].as_string() == "Google")).one()
        transfers = list(session.scalars(select(Transfer.id).where(Transfer.recipient_id == google)))
        cookies = list(session.scalars(select(Cookie.id).where(Cookie.recipient_id == google)))
    alphabet = _add(register, kinds.RECIPIENT, name={"en": "Alphabet"}, notes="DPA in the contracts folder")
    both = _activity(register, "Analytics", recipients=[google, alphabet], joint_controllers=[google])
    assert transfers and cookies

    replace_entry.replace(register, kinds.RECIPIENT, google, kinds.RECIPIENT, alphabet)
    assert all(_read(register, kinds.TRANSFER, t)["recipient_id"] == alphabet for t in transfers)
    assert all(_read(register, kinds.COOKIE, c)["recipient_id"] == alphabet for c in cookies)
    analytics = _read(register, kinds.ACTIVITY, both)
    assert analytics["recipients"] == [alphabet]  # not twice
    assert analytics["joint_controllers"] == [alphabet]
    assert not _exists(register, kinds.RECIPIENT, google)


def test_a_merged_recipient_adds_its_notes_and_sub_processors_and_never_lists_itself(demo_register):
    register = demo_register
    hosting = _add(register, kinds.RECIPIENT, name={"en": "Hosting"})
    old = _add(
        register,
        kinds.RECIPIENT,
        name={"en": "Old name", "nl": "Oude naam"},
        notes="Signed 2019",
        sub_processors=[hosting],
    )
    new = _add(register, kinds.RECIPIENT, name={"en": "New name"}, notes="Signed 2024", sub_processors=[old])
    transfer = _add(register, kinds.TRANSFER, country_code="US", recipient_id=old)
    before = {item: _read(register, kinds.RECIPIENT, item) for item in (hosting, old, new)}

    replaced, _ = replace_entry.replace(register, kinds.RECIPIENT, old, kinds.RECIPIENT, new, merge=True)
    kept = _read(register, kinds.RECIPIENT, new)
    assert kept["name"] == {"en": "New name", "nl": "Oude naam"}
    assert kept["notes"] == "Signed 2024\n\nSigned 2019"
    assert kept["sub_processors"] == [hosting]
    assert _read(register, kinds.TRANSFER, transfer)["recipient_id"] == new

    replace_entry.undo(register, replaced)
    assert {item: _read(register, kinds.RECIPIENT, item) for item in (hosting, old, new)} == before
    assert _read(register, kinds.TRANSFER, transfer)["recipient_id"] == old


def test_an_unused_entry_is_simply_replaced(demo_register):
    lonely = _add(demo_register, kinds.SECURITY_MEASURE, name={"en": "Lonely"})
    other = _add(demo_register, kinds.SECURITY_MEASURE, name={"en": "Other"})
    replace_entry.replace(demo_register, kinds.SECURITY_MEASURE, lonely, kinds.SECURITY_MEASURE, other)
    assert not _exists(demo_register, kinds.SECURITY_MEASURE, lonely)
    assert _exists(demo_register, kinds.SECURITY_MEASURE, other)


@pytest.mark.parametrize("by", ["itself", "another kind", "missing"])
def test_refused_replacements_change_nothing(categories, by):
    register, customers, clients, _invoices, activities = categories
    measure = _add(register, kinds.SECURITY_MEASURE, name={"en": "Encryption"})
    by_kind, by_id, code = {
        "itself": (kinds.DATA_CATEGORY, customers, errors.INVALID),
        "another kind": (kinds.SECURITY_MEASURE, measure, errors.INVALID),
        "missing": (kinds.DATA_CATEGORY, 999_999, errors.NOT_FOUND),
    }[by]
    before = [_read(register, kinds.ACTIVITY, a) for a in activities]
    with pytest.raises(RegisterError) as refused:
        replace_entry.replace(register, kinds.DATA_CATEGORY, customers, by_kind, by_id)
    assert refused.value.code == code
    assert _exists(register, kinds.DATA_CATEGORY, customers)
    assert [_read(register, kinds.ACTIVITY, a) for a in activities] == before


def test_an_activity_is_not_a_catalogue_entry_to_replace(categories):
    register, _customers, _clients, _invoices, (sales, support, _archive) = categories
    with pytest.raises(RegisterError) as refused:
        replace_entry.replace(register, kinds.ACTIVITY, sales, kinds.ACTIVITY, support)
    assert refused.value.code == errors.INVALID
    assert _exists(register, kinds.ACTIVITY, sales)
