"""How long search across everything (Ctrl+F) takes on 2,000 and 10,000 activities.

Three numbers per size:
- floor: a bare SELECT of the same texts (activities, purposes, retention rules, catalogues) as
  the database stores them, nothing decoded: what no reading of the register can beat;
- index: reading the register into a SearchIndex (once per window, again after a change), off
  the GUI thread; "window" with automatic garbage collection off, as the window runs
  (gui/collector.py), "plain" with Python's automatic collection;
- per query: one search over the index, for a few queries, from one that finds nothing to one
  that finds nearly every activity. The window searches on the GUI thread: the target is
  100 ms per query at 10,000 activities.

    .venv/bin/python benchmarks/search_everything.py
"""

from __future__ import annotations

import gc

from common import median_seconds, synthetic_register
from sqlalchemy import String, select, type_coerce

from ropa_desktop.register.models import (
    DataCategory,
    DataSubjectCategory,
    ProcessingActivity,
    Purpose,
    Recipient,
    RetentionRule,
    SecurityMeasure,
    Transfer,
)
from ropa_desktop.register.search import SearchIndex
from ropa_desktop.register.storage import open_register

SIZES = (2_000, 10_000)
QUERIES = ("Bolivia", "Argentinië", "verwerking 1234", "standard contractual", "Measure 7", "e", "zzzz")
TARGET = 0.100  # seconds per query at 10,000 activities


def bare_select(session) -> int:
    """Every text the index reads, fetched as stored: the floor under reading the register."""
    A = ProcessingActivity
    queries = [
        select(
            *(
                type_coerce(c, String)
                for c in (A.name, A.public_explanation, A.data_heading, A.source_details, A.automated_logic)
            ),
            A.internal_description,
            A.internal_notes,
            A.owner,
            A.department,
            A.systems,
            A.reference,
        ),
        select(
            type_coerce(Purpose.description, String),
            type_coerce(Purpose.legitimate_interest, String),
            Purpose.legal_basis,
        ),
        select(
            type_coerce(RetentionRule.wording, String),
            type_coerce(RetentionRule.criterion, String),
            RetentionRule.period_value,
            RetentionRule.period_unit,
        ),
        *(
            select(type_coerce(m.name, String), type_coerce(m.description, String))
            for m in (DataCategory, DataSubjectCategory, Recipient, SecurityMeasure)
        ),
        select(Transfer.country_code, Transfer.tool, type_coerce(Transfer.public_note, String)),
    ]
    cursor = session.connection().connection.cursor()
    total = 0
    for query in queries:
        cursor.execute(str(query.compile(dialect=session.bind.dialect)))
        total += len(cursor.fetchall())
    cursor.close()
    return total


def main() -> None:
    print(f"{'activities':>10} {'floor':>8} {'index: window':>14} {'plain':>8}  per query (hits)")
    slowest = 0.0
    for size in SIZES:
        with open_register(synthetic_register(size)) as register, register.session() as session:
            floor = median_seconds(lambda: bare_select(session))
            plain = median_seconds(lambda: SearchIndex.read(session), repeat=3)
            gc.collect()
            gc.disable()
            try:
                window = median_seconds(lambda: SearchIndex.read(session), repeat=3)
            finally:
                gc.enable()
            index = SearchIndex.read(session)
        per_query = []
        for query in QUERIES:
            seconds = median_seconds(lambda q=query: index.search(q))
            slowest = max(slowest, seconds) if size == max(SIZES) else slowest
            per_query.append(f"{query!r} {seconds * 1000:.1f} ms ({len(index.search(query))})")
        print(
            f"{size:>10} {floor * 1000:>6.0f}ms {window * 1000:>12.0f}ms {plain * 1000:>6.0f}ms  "
            + "; ".join(per_query)
        )
    verdict = "within" if slowest <= TARGET else "OVER"
    print(
        f"slowest query at {max(SIZES):,} activities: {slowest * 1000:.1f} ms, {verdict} the target of "
        f"{TARGET * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
