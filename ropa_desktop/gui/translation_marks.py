"""QT_TRANSLATE_NOOP with its real type. It marks a text for lupdate and returns the text
unchanged, but PySide6's stubs declare it to return `object`, so a marked text could not go
where a str is wanted (a column's header, translate()). Import it from here under the same
name: lupdate finds the marked texts by that name."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
