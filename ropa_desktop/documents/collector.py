"""Python's cycle collector paused while a long job builds a large register's documents or
imports a workbook (the import and the window's statement preview use it).

An import builds hundreds of thousands of objects that all stay alive until it ends (the
sheet's cells, the entries read from them, the rows to insert). The collector walked them
again and again as they accumulated: a fifth of a 10,000-row import, growing faster than the
sheet. Nothing the import makes needs the collector while it runs: what it drops is freed by
reference counting as always, and what remains of cycles when the collector resumes.
When the window collects (gui/collector.py), what the jobs built and keep, such as the
checks' findings, is handed over as long-lived when the pause ends (_hand_over), so that the
window's next collections do not walk it all again.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SLICE = 200  # items freed at a time: a millisecond or two of work each
# A job's result at least this large (young objects) is handed over as long-lived when the
# pause ends (hand_over): walking it would take the GUI thread some 10 ms or more, twice.
BATCH = 20_000
_lock = threading.Lock()
_running = 0  # long jobs running now (the window runs them on threads of their own)
_was_enabled = False
_handing_over = False  # the window's collector (gui/collector.py) is in charge and counts what moves
_handed_over = 0  # objects moved to the oldest generation that the window's collector has not counted yet


def importing() -> bool:
    """A long job (an import, a statement preview) is running: the window's own collector
    (gui/collector.py) waits too."""
    return _running > 0


def let_go(items: list) -> None:
    """Empty ``items`` a slice at a time. Freeing what a long job read (half a million small
    objects) in one go, when its last reference goes, holds Python's lock a quarter of a second
    while the window waits for it; a slice at a time, the window gets the lock in between."""
    while items:
        del items[-SLICE:]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector paused until the last import running has ended; left as it was found
    (a program that turned it off itself keeps it off)."""
    global _running, _was_enabled
    with _lock:
        if _running == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _running += 1
    try:
        yield
    finally:
        with _lock:
            if _running == 1:
                _hand_over()  # while the window still sees a job running: it collects nothing meanwhile
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()


def hand_over_batches(on: bool) -> None:
    """The window's collector is in charge (on) or no longer (off): see _hand_over."""
    global _handing_over
    _handing_over = on


def handed_over() -> int:
    """The objects moved to the oldest generation since last asked (the window's collector
    counts them as promoted, for Python's rule on full collections)."""
    global _handed_over
    with _lock:
        moved, _handed_over = _handed_over, 0
    return moved


def _hand_over() -> None:
    """Move what the jobs built while the collector waited straight to the oldest generation,
    where a large register's objects live, without anyone walking it.

    Everything built while paused is young: the window's next gen-0 collection would walk it
    all (a tenth of a second for the checks' 140,000 objects at 10,000 activities) and its
    gen-1 collection again, only to find it alive: it is the job's result. gc.freeze() splices
    the generations onto the permanent one and gc.unfreeze() splices that onto the oldest:
    two list splices whatever their length (CPython 3.11, Modules/gcmodule.c). Nothing is
    collected or freed by it, so it may run on the job's thread; done here, before the pause
    ends, no collection of the window's can come in between.

    Only when the window's collector is in charge (it counts what moved as promoted, so a full
    collection comes when Python's rule says so), only a large batch (after a small job the
    young garbage is collected within a tick or two as always), and not when something else
    froze objects (unfreeze would release those too). Garbage cycles the window made while the
    job ran move with the batch: they are freed at the next full collection, still on the GUI
    thread (gui/collector.py, before_big_job, collects what came before)."""
    global _handed_over
    if not _handing_over or gc.get_freeze_count():
        return
    if gc.get_count()[0] < BATCH:
        return
    young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
    gc.freeze()
    gc.unfreeze()
    _handed_over += young
