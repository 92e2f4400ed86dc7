"""Cycles are collected on the GUI thread only, never in a job's thread, where a collected
widget or connection would be destroyed off the GUI thread and crash the application."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from ropa_desktop.gui.collector import GuiThreadCollector, collect_if_due


class Cycle:
    def __init__(self):
        self.me = self


@pytest.fixture
def automatic_collection():
    """The application's starting point: Python collects on its own, in any thread."""
    was = gc.isenabled()
    gc.enable()
    gc.collect()  # counts from zero: the few objects a test makes before its job trigger nothing
    yield
    gc.enable() if was else gc.disable()


def garbage_cycle(collected_in: list[str]) -> weakref.finalize:
    cycle = Cycle()
    return weakref.finalize(cycle, lambda: collected_in.append(threading.current_thread().name))


def run_a_busy_job() -> list:
    """A thread that makes enough new container objects, still in use, that Python's first
    threshold (700) is passed many times over: reading a register in a job looks like this."""
    kept: list = []
    job = threading.Thread(target=lambda: kept.extend([index] for index in range(100_000)), name="job")
    job.start()
    job.join()
    return kept


def test_a_job_thread_never_collects_a_cycle_and_the_gui_thread_does(qtbot, automatic_collection):
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        collected_in: list[str] = []
        finalizer = garbage_cycle(collected_in)
        kept = run_a_busy_job()
        assert finalizer.alive and collected_in == []
        qtbot.waitUntil(lambda: not finalizer.alive, timeout=5000)
        assert collected_in == [threading.main_thread().name]
        assert len(kept) == 100_000  # still in use: what made the collection due
    finally:
        collector.stop()
    assert gc.isenabled()


def test_without_the_collector_a_job_thread_would_collect(automatic_collection):
    """The hazard the collector exists for: proof that the test above can fail."""
    collected_in: list[str] = []
    garbage_cycle(collected_in)
    run_a_busy_job()
    assert collected_in == ["job"]


def test_collect_if_due_collects_only_past_the_threshold(automatic_collection):
    gc.disable()
    gc.collect()
    collected_in: list[str] = []
    finalizer = garbage_cycle(collected_in)
    threshold = gc.get_threshold()[0]
    if gc.get_count()[0] <= threshold:
        assert collect_if_due() == 0
        assert finalizer.alive
    kept = [[index] for index in range(threshold + 10)]
    assert collect_if_due() > 0
    assert not finalizer.alive
    del kept
