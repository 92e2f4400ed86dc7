"""The window's collector keeps Python's rule for the oldest generation (a full collection only
once a quarter more objects have become long-lived), and a long job's large result is handed
over as long-lived without the GUI thread walking it (documents/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from ropa_desktop.documents import collector as documents_collector
from ropa_desktop.documents.collector import BATCH, collector_paused
from ropa_desktop.gui import collector
from ropa_desktop.gui.collector import (
    GuiThreadCollector,
    before_big_job,
    collect_all,
    collect_if_due,
    full_collection_due,
)
from ropa_desktop.gui.problems_dock import ComplianceChecker
from ropa_desktop.gui.workspace import Workspace


class Cycle:
    def __init__(self):
        self.me = self


@pytest.fixture
def window_collector(qtbot):
    """The window's collector in charge, as while the application runs."""
    was = gc.isenabled()
    gc.collect()
    running = GuiThreadCollector()
    yield running
    running.stop()
    gc.enable() if was else gc.disable()


@pytest.fixture
def every_tick_due(window_collector):
    """Thresholds so low that each call of collect_if_due after a hundred new objects collects
    the next generation up: gen 0, then gen 1, then the oldest generation is due by its count."""
    thresholds = gc.get_threshold()
    gc.set_threshold(100, 0, 0)
    yield
    gc.set_threshold(*thresholds)


def full_collections() -> int:
    return gc.get_stats()[2]["collections"]


def oldest_generation_due(kept: list) -> None:
    """Enough new objects (kept) and ticks that the oldest generation's count passes its threshold."""
    for _ in range(2):
        kept.extend([index] for index in range(150))
        collect_if_due()
    kept.extend([index] for index in range(150))
    assert gc.get_count()[2] > gc.get_threshold()[2]


def test_a_full_collection_is_skipped_while_few_objects_became_long_lived(every_tick_due):
    long_lived = [[index] for index in range(40_000)]
    collect_all()
    before = full_collections()
    kept: list = []
    oldest_generation_due(kept)
    collect_if_due()
    assert full_collections() == before  # a few hundred promoted: far under a quarter of 40,000
    assert len(long_lived) == 40_000


def test_a_full_collection_is_done_once_a_quarter_more_became_long_lived(every_tick_due):
    long_lived = [[index] for index in range(40_000)]
    collect_all()
    before = full_collections()
    # More than a quarter of what the full collection left, promoted at the next gen-1 collection.
    kept = [[index] for index in range(collector._LongLived.total // 4 + 1_000)]
    oldest_generation_due(kept)
    collect_if_due()
    assert full_collections() == before + 1
    assert len(long_lived) == 40_000


def test_the_quarter_rule_at_its_edge(window_collector, monkeypatch):
    monkeypatch.setattr(collector._LongLived, "total", 40_000)
    monkeypatch.setattr(collector._LongLived, "pending", 9_999)
    assert not full_collection_due()  # near miss
    monkeypatch.setattr(collector._LongLived, "pending", 10_000)
    assert full_collection_due()


def test_a_full_collection_counts_what_it_left(window_collector):
    collect_all()
    left = collector._LongLived.total
    long_lived = [[index] for index in range(30_000)]
    collect_all()
    assert collector._LongLived.total >= left + 30_000 and collector._LongLived.pending == 0
    del long_lived


def build_in_a_job(count: int) -> list:
    """What a checks run hands back: built on a job's thread with the collector paused."""
    result: list = []

    def work():
        with collector_paused():
            result.extend([index] for index in range(count))

    job = threading.Thread(target=work, name="job")
    job.start()
    job.join()
    return result


def in_oldest_generation(item) -> bool:
    return any(candidate is item for candidate in gc.get_objects(generation=2))


def walks() -> int:
    return gc.get_stats()[0]["collections"] + gc.get_stats()[1]["collections"]


LARGE = BATCH + 5_000


def test_a_large_result_is_handed_over_as_long_lived_without_a_collection(window_collector):
    before_big_job()
    walked = walks()
    result = build_in_a_job(LARGE)
    assert in_oldest_generation(result[0]) and in_oldest_generation(result[-1])
    assert gc.get_count()[0] < 100 and len(gc.get_objects(generation=0)) < 100
    assert walks() == walked  # nobody walked it
    collect_if_due()
    assert collector._LongLived.pending >= LARGE  # counted as promoted (the oldest generation grew)


def test_a_small_result_ages_as_usual(window_collector):
    before_big_job()
    result = build_in_a_job(BATCH // 2)
    assert not in_oldest_generation(result[0])  # near miss


def test_garbage_from_before_a_large_job_is_collected_at_once_not_handed_over(window_collector):
    """The guarantee of test_collector.py (a cycle, which may hold a Qt object, is collected on
    the GUI thread soon) holds for what was garbage when the job started."""
    collected_in: list[str] = []
    weakref.finalize(Cycle(), lambda: collected_in.append(threading.current_thread().name))
    before_big_job()
    assert collected_in == [threading.main_thread().name]
    result = build_in_a_job(LARGE)
    assert in_oldest_generation(result[0])


def test_garbage_made_during_a_large_job_waits_for_the_next_full_collection(window_collector):
    before_big_job()
    finalizers = []

    def work():
        with collector_paused():
            finalizers.append(weakref.finalize(Cycle(), lambda: None))  # garbage at once
            result.extend([index] for index in range(LARGE))

    result: list = []
    job = threading.Thread(target=work, name="job")
    job.start()
    job.join()
    collect_if_due()
    gc.collect(1)
    assert finalizers[0].alive
    collect_all()
    assert not finalizers[0].alive


def test_garbage_during_a_small_job_is_collected_within_a_few_ticks(window_collector, qtbot):
    collected_in: list[str] = []
    before_big_job()
    finalizers = []

    def work():
        with collector_paused():
            where = threading.current_thread
            finalizers.append(weakref.finalize(Cycle(), lambda: collected_in.append(where().name)))
            result.extend([index] for index in range(BATCH // 2))

    result: list = []
    job = threading.Thread(target=work, name="job")
    job.start()
    job.join()
    kept = [[index] for index in range(gc.get_threshold()[0] + 10)]  # a collection is due
    qtbot.waitUntil(lambda: not finalizers[0].alive, timeout=5000)
    assert collected_in == [threading.main_thread().name]
    del kept


def test_nothing_is_handed_over_without_the_window_collector():
    was = gc.isenabled()
    gc.disable()  # Python's own collections would age it too
    try:
        gc.collect()
        result = build_in_a_job(LARGE)
        assert not in_oldest_generation(result[-1])
    finally:
        gc.enable() if was else gc.disable()


def test_nothing_is_handed_over_while_another_job_still_builds(window_collector):
    with collector_paused():
        result = build_in_a_job(LARGE)
        assert not in_oldest_generation(result[-1])
    assert in_oldest_generation(result[-1])  # near miss: once the last job has ended


def test_nothing_is_handed_over_when_something_else_froze_objects(window_collector):
    gc.freeze()
    try:
        result = build_in_a_job(LARGE)
        assert gc.get_count()[0] >= LARGE
    finally:
        gc.unfreeze()
    del result


def test_after_hand_overs_the_full_collection_still_comes_when_due(window_collector, monkeypatch):
    """A hand-over (gc.freeze) sets Python's own generation counts back to zero; the window's
    collector counts hand-overs as promotions itself, so a full collection is not put off for
    ever while the officer keeps editing (each pause runs the checks and hands over their result)."""
    collect_all()
    # The quarter rule aside (tested above): in a long test session the oldest generation holds
    # millions of objects, and these batches would not be a quarter of them.
    monkeypatch.setattr(collector._LongLived, "total", 0)
    before = full_collections()
    results = []
    for _ in range(gc.get_threshold()[2]):
        results.append(build_in_a_job(LARGE))
        collect_if_due()
    assert full_collections() == before  # near miss: as many promotions as the threshold, not more
    results.append(build_in_a_job(LARGE))
    collect_if_due()
    assert full_collections() == before + 1
    assert collector._LongLived.pending == 0


def test_the_checks_hand_over_their_findings(window_collector, demo_register, english, qtbot, monkeypatch):
    # The demo register's findings stand for a large register's.
    monkeypatch.setattr(documents_collector, "BATCH", 1)
    checker = ComplianceChecker(Workspace(demo_register))
    try:
        with qtbot.waitSignal(checker.checked, timeout=10_000) as checked:
            checker.run()
        findings = checked.args[0].findings
        assert findings and in_oldest_generation(findings[0])
    finally:
        checker.stop()
