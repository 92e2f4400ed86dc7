"""Python's cycle collector, run on the GUI thread only.

The collector normally runs in whichever thread happens to allocate when a threshold is
passed. With jobs reading thousands of activities in a background thread, that is often the
job's thread, and a cycle it collects may hold a window, a dialog or a signal connection:
Qt objects that may only be destroyed on the GUI thread. Destroyed elsewhere, they crash the
process. So automatic collection is switched off, and the GUI thread collects instead,
generation by generation with Python's own thresholds and Python's own rule for the oldest
generation, whenever its timer fires.
(Plain reference counting, which frees almost everything, is not affected.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from ..documents.collector import hand_over_batches, handed_over, importing


class _LongLived:
    """Python's bookkeeping for its oldest generation (Modules/gcmodule.c), kept here because
    the GUI thread collects instead of Python: how many objects the last full collection left
    (``total``), how many have been promoted into the oldest generation since (``pending``),
    and how often (``promotions``: gen-1 collections and hand-overs; Python keeps this count as
    the oldest generation's, but gc.freeze, which a hand-over uses, sets it back to zero)."""

    total = 0
    pending = 0
    promotions = 0


_in_charge = False  # a GuiThreadCollector lives: automatic collection is off, the timer collects


def full_collection_due() -> bool:
    """Python's rule for a full collection: only when the objects promoted since the last one
    are more than a quarter of those it left. A full collection walks every object of a large
    register (a tenth of a second or more at 10,000 activities); the oldest generation's
    threshold alone made one after every tenth gen-1 collection, however little had become
    long-lived. With the quarter rule its cost stays in proportion to what was added: CPython
    itself (since 2.7) skips it while 'long_lived_pending < long_lived_total / 4'."""
    return _LongLived.pending >= _LongLived.total / 4


def collect_if_due() -> int:
    """Collect the oldest generation whose count passed its threshold (the younger ones with
    it), as Python would have done automatically; returns the number of objects found
    unreachable. Not while an import runs: it pauses collection (documents/collector.py), and
    each collection would walk every object it has built so far while the window waits."""
    if importing():
        return 0
    _count_handed_over()
    first, second, third = gc.get_threshold()
    young, middle, _old = gc.get_count()
    # Python looks at the oldest generation only when the youngest is due; here, after a
    # hand-over has set the young counts back, the full collection might never come.
    if _LongLived.promotions > third and full_collection_due():
        return collect_all()
    if young <= first:
        return 0
    if middle > second:
        return collect_young()
    return gc.collect(0)  # its survivors move to the middle generation: not long-lived yet


def collect_young() -> int:
    """Collect the two young generations; what survives is promoted to the oldest generation,
    and counted as pending (Python counts them the same way)."""
    young = _young_objects()
    found = gc.collect(1)
    _LongLived.pending += max(young - found, 0)
    _LongLived.promotions += 1
    return found


def collect_all() -> int:
    """A full collection, and the count of what it left, for the quarter rule. Counting them
    (a list of every tracked object, made and dropped) takes a tenth of the collection."""
    found = gc.collect()
    _LongLived.total = len(gc.get_objects(generation=2))
    _LongLived.pending = 0
    _LongLived.promotions = 0
    handed_over()  # counted in the total now
    return found


def _count_handed_over() -> None:
    """What a job's end moved to the oldest generation (documents/collector.py) counts as
    promoted, but only as far as the oldest generation has grown. A checks run hands over
    120,000 objects at 10,000 activities, and the previous run's as many are freed by reference
    counting when the window lets go of them. Counted in full, each run was a quarter more, and
    a full collection (a quarter of a second) came after every tenth run while the officer
    edited, though nothing grew. Cyclic garbage does make it grow, and brings the full
    collection on. Counting the oldest generation takes 10 to 30 ms at 10,000 activities, once per job."""
    if handed_over():
        grown = len(gc.get_objects(generation=2)) - _LongLived.total
        _LongLived.pending = max(grown, 0)
        _LongLived.promotions += 1


def before_big_job() -> None:
    """Collect the young generations before a job that may hand over a large result
    (documents/collector.py, _hand_over), so that the garbage made up to now is collected as
    usual, within a tick, not moved to the oldest generation with the result. Cheap: the young
    generations are small between two ticks."""
    if _in_charge and not importing():
        _count_handed_over()
        collect_young()


def _young_objects() -> int:
    """How many objects the two young generations hold (lists of them, made and dropped: as
    long as the young generations are small, a fraction of collecting them)."""
    return len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))


class GuiThreadCollector(QObject):
    """Switches automatic collection off while it lives, and collects on the GUI thread."""

    INTERVAL_MS = 500  # often enough that garbage never piles up between two ticks

    def __init__(self, parent: QObject | None = None):
        global _in_charge
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        _in_charge = True
        hand_over_batches(True)
        # What Python's own collections left so far (the modules loaded): the quarter rule's
        # start. Python counts from a full collection too; without one, the first comes soon.
        _LongLived.total = len(gc.get_objects(generation=2))
        _LongLived.pending = _LongLived.promotions = 0
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start()

    def stop(self) -> None:
        """Automatic collection as it was, once no window is left."""
        global _in_charge
        self._timer.stop()
        _in_charge = False
        hand_over_batches(False)
        if self._was_enabled:
            gc.enable()
