"""A long list read off the GUI thread, so the window opens without waiting for it.

Reading 10,000 activities with their purposes and categories takes a second; done in the
window's constructor, the window stood still that long before it first showed. A short list
(every demo and test register) is read at once, as before: it costs a few milliseconds and
its rows are there the moment the page exists."""

from __future__ import annotations

from ..documents.collector import collector_paused
from ..register import kinds, rows
from ..register.storage import Register

READ_APART_FROM = 2_000  # items; below this a list is read on the GUI thread at once


def long_list(register: Register, kind: str) -> bool:
    """Whether list ``kind`` is long enough to be read off the GUI thread (a count query or
    two). A catalogue counts its entries' uses over every activity: with 10,000 activities,
    reading 80 data categories took a tenth of a second as well."""
    with register.session() as session:
        return rows.count(session, kind) >= READ_APART_FROM or rows.count(session, kinds.ACTIVITY) >= READ_APART_FROM


def read_rows(register: Register, kind: str) -> list[rows.Row]:
    """The rows of list ``kind``; plain Python, for a job's thread. The cycle collector waits
    meanwhile (documents/collector.py): walking the rows as they pile up would hold the window."""
    with collector_paused():
        with register.session() as session:
            return rows.rows(session, kind)
