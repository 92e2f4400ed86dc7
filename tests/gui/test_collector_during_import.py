"""The window's collector waits while an import runs (documents/collector.py): each
collection would walk every object the import has built so far, while the window waits."""

from __future__ import annotations

import gc
import weakref

from ropa_desktop.documents.collector import collector_paused
from ropa_desktop.gui.collector import collect_if_due


class Cycle:
    def __init__(self):
        self.me = self


def _due_garbage() -> tuple[weakref.finalize, list]:
    """A cycle to collect, and enough new objects (kept) that a collection is due."""
    gc.collect()
    finalizer = weakref.finalize(Cycle(), lambda: None)
    return finalizer, [[index] for index in range(gc.get_threshold()[0] + 10)]


def test_nothing_is_collected_while_an_import_runs_and_it_is_collected_after():
    with collector_paused():
        finalizer, _kept = _due_garbage()
        assert collect_if_due() == 0
        assert finalizer.alive
    assert collect_if_due() > 0
    assert not finalizer.alive


def test_without_an_import_the_same_garbage_is_collected_at_once():
    finalizer, _kept = _due_garbage()
    assert collect_if_due() > 0
    assert not finalizer.alive
