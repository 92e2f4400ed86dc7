"""Python's cycle collector, run on the GUI thread only.

The collector normally runs in whichever thread happens to allocate when a threshold is
passed. With jobs reading thousands of activities in a background thread, that is often the
job's thread, and a cycle it collects may hold a window, a dialog or a signal connection:
Qt objects that may only be destroyed on the GUI thread. Destroyed elsewhere, they crash the
process. So automatic collection is switched off, and the GUI thread collects instead,
generation by generation with Python's own thresholds, whenever its timer fires.
(Plain reference counting, which frees almost everything, is not affected.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from ..documents.collector import importing


def collect_if_due() -> int:
    """Collect the generations whose counts passed their thresholds, as Python would have done
    automatically; returns the number of objects found unreachable. Not while an import runs:
    it pauses collection (documents/collector.py), and each collection would walk
    every object it has built so far while the window waits."""
    if importing():
        return 0
    first, second, third = gc.get_threshold()
    young, middle, old = gc.get_count()
    found = 0
    if young > first:
        found += gc.collect(0)
        if middle > second:
            found += gc.collect(1)
            if old > third:
                found += gc.collect(2)
    return found


class GuiThreadCollector(QObject):
    """Switches automatic collection off while it lives, and collects on the GUI thread."""

    INTERVAL_MS = 500  # often enough that garbage never piles up between two ticks

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start()

    def stop(self) -> None:
        """Automatic collection as it was, once no window is left."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
