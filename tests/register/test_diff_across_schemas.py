"""A diff between points of the log written under different schemas: the history of a register
upgraded from schema 0007 whose older entries hold keys the current forms no longer have, or lack
keys they have now, or hold a value in another shape."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ropa_desktop.documents import register_diff as diff_document
from ropa_desktop.register import change_log, change_log_chain, kinds, operations, register_diff
from ropa_desktop.register.change_log_values import canonical
from ropa_desktop.register.models import ChangeLogEntry
from ropa_desktop.register.models.change_log import CHANGED, START
from ropa_desktop.register.storage import open_register

FIXTURES = Path(__file__).parent.parent / "fixtures" / "registers"


def _rechain(connection: sqlite3.Connection) -> None:
    """What the application would have written: every hash and the head computed anew
    (change_log_chain.entry_hash), as for entries recorded under the older schema."""
    connection.row_factory = sqlite3.Row
    previous = change_log_chain.GENESIS
    rows = [dict(row) for row in connection.execute("SELECT * FROM change_log ORDER BY sequence")]
    for row in rows:
        row["previous_hash"] = previous
        row["entry_hash"] = previous = change_log_chain.entry_hash(row)
        connection.execute(
            "UPDATE change_log SET previous_hash = ?, entry_hash = ? WHERE sequence = ?",
            (row["previous_hash"], row["entry_hash"], row["sequence"]),
        )
    connection.execute(
        "UPDATE register_meta SET value = ? WHERE key = ?",
        (f"{rows[-1]['sequence']}:{previous}", change_log_chain.HEAD),
    )


def _rewrite_start(connection: sqlite3.Connection, activity_id: int, edit) -> None:
    """The history-starts-here snapshot of one activity as ``edit`` makes it."""
    found = connection.execute(
        "SELECT sequence, after FROM change_log WHERE action = ? AND item_kind = ? AND item_id = ?",
        (START, kinds.ACTIVITY, activity_id),
    ).fetchone()
    snap = change_log.value(found[1])
    edit(snap)
    text = canonical(snap)
    connection.execute("UPDATE change_log SET before = ?, after = ? WHERE sequence = ?", (text, text, found[0]))


@pytest.fixture
def upgraded(tmp_path):
    """The stored 0007 register upgraded (its history starts there), with activity ids (first, second)."""
    path = tmp_path / "register.ropa"
    shutil.copy2(FIXTURES / "schema-0007.ropa", path)
    with open_register(path) as register:
        first, second = operations.order(register, kinds.ACTIVITY)[:2]
    return path, first, second


def _last(register) -> int:
    with register.session() as session:
        return session.scalar(select(func.max(ChangeLogEntry.sequence)))


def test_a_diff_works_when_older_entries_hold_keys_the_schema_no_longer_has_or_lacks_new_ones(upgraded):
    path, first, second = upgraded

    def older_shape(snap):
        snap["retired_field"] = "Kept on paper"  # a field the forms had once
        del snap["systems"]  # a field the forms did not have yet
        snap["owner"] = {"nl": "Afdeling HR", "en": "HR department"}  # once a text per language

    connection = sqlite3.connect(path)
    with connection:
        _rewrite_start(connection, first, older_shape)
        _rewrite_start(connection, second, lambda snap: snap.pop("systems"))  # untouched later: the near miss
        _rechain(connection)
    connection.close()

    with open_register(path) as register:
        with register.session() as session:
            assert change_log.verify(session)[1] is None  # the history was rewritten as the app writes it
        start = _last(register)
        snap = operations.read(register, kinds.ACTIVITY, first)
        operations.save(
            register, kinds.ACTIVITY, first, {**snap, "systems": "Personnel system", "owner": "HR"}, base=snap
        )
        # An entry recorded by an older version of the application, for its field that is gone now.
        with register.transaction() as session:
            change_log.append(
                session,
                [
                    change_log.entry(
                        CHANGED, kinds.ACTIVITY, first, snap, "retired_field", "Kept on paper", "Scanned in 2025"
                    )
                ],
            )
        end = _last(register)
        with register.session() as session:
            assert change_log.verify(session)[1] is None
            diff = register_diff.compare(session, start, end, "start", "now")

    assert [(item.kind, item.item_id, item.state) for item in diff.items] == [
        (kinds.ACTIVITY, first, register_diff.CHANGED_ITEM)
    ]  # the second, only older in shape, did not change
    fields = {change.field: (change.before, change.after) for change in diff.items[0].fields}
    assert fields == {
        "owner": ({"nl": "Afdeling HR", "en": "HR department"}, "HR"),
        "systems": (snap["systems"], "Personnel system"),  # as the first entry after found it, not "empty"
        "retired_field": ("Kept on paper", "Scanned in 2025"),
    }
    assert all(change.by for change in diff.items[0].fields)  # each with who and when
    for language in ("en", "nl"):
        text = diff_document.render_text(diff, language)
        assert "Scanned in 2025" in text and "Personnel system" in text
        assert "Retired field" in text  # a key no label names any more, still readable
        for fmt in (diff_document.render_markdown, diff_document.render_html):
            assert "Scanned in 2025" in fmt(diff, language)

    with open_register(path) as register, register.session() as session:
        backwards = register_diff.compare(session, end, start)  # and the other way round
    assert {c.field: (c.before, c.after) for c in backwards.items[0].fields}["systems"] == (
        "Personnel system",
        snap["systems"],
    )


def test_an_entry_of_a_kind_the_schema_no_longer_has_is_left_out_of_the_diff(upgraded):
    path, first, _second = upgraded
    with open_register(path) as register:
        start = _last(register)
    connection = sqlite3.connect(path)
    with connection:
        change_log_chain.append_sqlite(
            connection,
            [
                change_log.entry(START, "fax_number", 1, {"name": "Fax"}, "", None, {"name": "Fax", "number": "030"}),
                change_log.entry(CHANGED, "fax_number", 1, {"name": "Fax"}, "number", "030", "020"),
            ],
            change_log.current(),
        )
    connection.close()
    with open_register(path) as register:
        snap = operations.read(register, kinds.ACTIVITY, first)
        operations.save(register, kinds.ACTIVITY, first, {**snap, "systems": "Archive"}, base=snap)
        with register.session() as session:
            assert change_log.verify(session)[1] is None
            diff = register_diff.compare(session, start, _last(register))
    assert [(item.kind, [c.field for c in item.fields]) for item in diff.items] == [(kinds.ACTIVITY, ["systems"])]


def test_links_kept_in_another_shape_are_still_named(upgraded):
    """Data categories once kept as plain ids, recipients in a later shape with more than the id."""
    path, first, _second = upgraded
    with open_register(path) as register:
        snap = operations.read(register, kinds.ACTIVITY, first)
    linked = [link["id"] for link in snap["data_categories"]]
    connection = sqlite3.connect(path)
    with connection:
        _rewrite_start(connection, first, lambda old: old.update(data_categories=linked))
        _rechain(connection)
    connection.close()
    with open_register(path) as register:
        start = _last(register)
        with register.transaction() as session:
            change_log.append(
                session,
                [
                    change_log.entry(
                        CHANGED,
                        kinds.ACTIVITY,
                        first,
                        snap,
                        "recipients",
                        snap["recipients"],
                        [{"id": i, "role": "processor"} for i in snap["recipients"]],
                    )
                ],
            )
        snap = operations.read(register, kinds.ACTIVITY, first)
        operations.save(
            register, kinds.ACTIVITY, first, {**snap, "data_categories": snap["data_categories"][1:]}, base=snap
        )
        with register.session() as session:
            diff = register_diff.compare(session, start, _last(register))
            everything = register_diff.as_of.rebuild(session)
    category = {
        i: register_diff.display_name(kinds.DATA_CATEGORY, everything[(kinds.DATA_CATEGORY, i)], i) for i in linked
    }
    fields = {change.field: (change.before, change.after) for change in diff.items[0].fields}
    assert fields["data_categories"] == ([category[i] for i in linked], [category[i] for i in linked[1:]])
    recipients_before, recipients_after = fields["recipients"]
    assert recipients_before == recipients_after and all(not name.startswith("recipient ") for name in recipients_after)
    assert category[linked[0]] in diff_document.render_text(diff)
