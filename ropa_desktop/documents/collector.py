"""Python's cycle collector paused while a long job builds a large register's documents or
imports a workbook (the import and the window's statement preview use it).

An import builds hundreds of thousands of objects that all stay alive until it ends (the
sheet's cells, the entries read from them, the rows to insert). The collector walked them
again and again as they accumulated: a fifth of a 10,000-row import, growing faster than the
sheet. Nothing the import makes needs the collector while it runs: what it drops is freed by
reference counting as always, and what remains of cycles when the collector resumes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SLICE = 200  # items freed at a time: a millisecond or two of work each
_lock = threading.Lock()
_running = 0  # long jobs running now (the window runs them on threads of their own)
_was_enabled = False


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
            _running -= 1
            if _running == 0 and _was_enabled:
                gc.enable()
