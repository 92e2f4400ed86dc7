"""The Qt binding keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a method that
returns nothing and one to True on every signal emitted; after some tens of thousands of
calls (minutes of typing) the interpreter crashed. Python 3.12+ makes None and True immortal,
so there the counts cannot be watched and the bug is harmless.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal")


class _Emitter(QObject):
    fired = Signal()


def test_calls_and_signals_keep_none_and_true_alive(qapp):
    label = QLabel()
    emitter = _Emitter()
    emitter.fired.connect(lambda: None)
    label.setText("warm up")
    emitter.fired.emit()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for number in range(500):
        label.setText(str(number))
        emitter.fired.emit()
    # A little slack for references other code takes meanwhile, not one per call.
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
