"""A form built from field specs: labelled fields in groups and tabs, one snapshot in and out."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QCoreApplication, QPoint, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...register.applicability import NotApplying, holds_value
from .fields import Field
from .section_bar import SectionBar

translate = QCoreApplication.translate


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # untranslated; shown through translate("Fields", label)
    make: Callable[..., Field]  # make(context) -> Field
    help: str = ""  # untranslated tooltip, also in the "Fields" context


@dataclass(frozen=True)
class Group:
    title: str
    items: list[FieldSpec] = field(default_factory=list)
    note: str = ""


@dataclass(frozen=True)
class Tab:
    title: str
    items: list[FieldSpec | Group] = field(default_factory=list)


class FieldsPanel(QWidget):
    """Fields in a form layout; groups become framed boxes."""

    changed = Signal()

    def __init__(self, items: Sequence[FieldSpec | Group], context, parent=None):
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}
        # The form layout holding each field's row, and each group box with its fields' keys:
        # what show_not_applying hides.
        self._rows_in: dict[str, QFormLayout] = {}
        self._groups: list[tuple[QGroupBox, list[str]]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        loose: list[FieldSpec] = []
        for item in items:
            if isinstance(item, Group):
                self._flush(layout, loose, context)
                loose = []
                box = QGroupBox(translate("Fields", item.title), self)
                inner = QVBoxLayout(box)
                if item.note:
                    note = QLabel(translate("Fields", item.note), box)
                    note.setWordWrap(True)
                    inner.addWidget(note)
                form = self._form_layout()
                inner.addLayout(form)
                for spec in item.items:
                    self._add(form, spec, context)
                self._groups.append((box, [spec.key for spec in item.items]))
                layout.addWidget(box)
            else:
                loose.append(item)
        self._flush(layout, loose, context)
        layout.addStretch(1)

    @staticmethod
    def _form_layout() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: long legal labels stay readable in a narrow editor
        # and no label is clipped beside a one-line field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        return form

    def _flush(self, layout: QVBoxLayout, specs: list[FieldSpec], context) -> None:
        if not specs:
            return
        form = self._form_layout()
        for spec in specs:
            self._add(form, spec, context)
        layout.addLayout(form)

    def _add(self, form: QFormLayout, spec: FieldSpec, context) -> None:
        widget = spec.make(context)
        widget.setObjectName(spec.key)
        label = QLabel(translate("Fields", spec.label), self) if spec.label else None
        if spec.help:
            tip = translate("Fields", spec.help)
            widget.setToolTip(tip)
            if label:
                label.setToolTip(tip)
        widget.changed.connect(self.changed)
        self.fields[spec.key] = widget
        self._rows_in[spec.key] = form
        if label:
            label.setBuddy(widget)
            label.setStyleSheet("font-weight: 600; margin-top: 6px;")
            # A long legal label wraps rather than widening the form past the editor (a short one
            # stays on one line: a wrapped label is laid out narrower than the row).
            label.setWordWrap(label.sizeHint().width() > 360)
            self.labels[spec.key] = label
            form.addRow(label, widget)
        else:
            form.addRow(widget)

    def show_not_applying(self, reasons: dict[str, str], describe: Callable[[str], str]) -> None:
        """Hide each field named in ``reasons`` (key -> reason code, worded by ``describe``):
        it does not apply. One that holds a value, or is being typed in, stays, with the reason
        as a note: nothing the officer entered is hidden, and it is saved as it is."""
        for key, widget in self.fields.items():
            reason = reasons.get(key)
            shown = reason is None or holds_value(widget.value()) or _has_focus(widget)
            # Only a change: this runs at every keystroke, and each change lays the form out again.
            if shown != self.is_shown(key):
                self._rows_in[key].setRowVisible(widget, shown)
            widget.set_note(describe(reason) if reason and shown else None)
        for box, keys in self._groups:
            hidden = not any(self.is_shown(key) for key in keys)
            if hidden != box.isHidden():
                box.setHidden(hidden)

    def is_shown(self, key: str) -> bool:
        """Whether field ``key``'s row is part of the form now (not hidden as not applying)."""
        return self._rows_in[key].isRowVisible(self.fields[key])


def _has_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


class Form(QWidget):
    """One item's editor body. ``value()`` is the loaded snapshot with the fields' values."""

    changed = Signal()

    def __init__(self, tabs: list[Tab], context, parent=None):
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        # Each tab's scroll area with the panel of fields in it; the tabs start with these, in order.
        self._pages: list[tuple[QScrollArea, FieldsPanel]] = []
        self._base: dict = {}
        self._loaded: dict = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs)
        for tab in tabs:
            panel = FieldsPanel(tab.items, context)
            panel.changed.connect(self.changed)
            self.fields.update(panel.fields)
            scroll = QScrollArea(self)
            scroll.setWidgetResizable(True)
            scroll.setWidget(panel)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.tabs.addTab(scroll, translate("Fields", tab.title))
            self._pages.append((scroll, panel))
        # The sections as buttons that wrap, over the tab bar that would hide some behind arrows.
        self.sections = SectionBar(self.tabs, self)
        layout.insertWidget(0, self.sections)
        self._followers = self._wire_followers()

    def _wire_followers(self) -> list[tuple[Field, Field]]:
        """Each field (also within a child list) that offers its choices from another field of the
        item, with that field: told its value as it is edited here, and on every load."""
        pairs = []
        widgets = [inner for widget in self.fields.values() for inner in (widget, *widget.inner_fields())]
        for widget in widgets:
            leader = self.fields.get(widget.follows) if widget.follows else None
            if leader is not None:
                leader.changed.connect(lambda w=widget, lead=leader: w.follow(lead.value()))
                pairs.append((widget, leader))
        return pairs

    def set_value(self, snap: dict) -> None:
        self._base = copy.deepcopy(snap)
        for key, widget in self.fields.items():
            widget.load(copy.deepcopy(snap.get(key)))
        for follower, leader in self._followers:
            follower.follow(leader.value())
        # Compare later edits with what the fields made of the snapshot, not the raw
        # snapshot, so normalisation (absent vs empty) is never taken for an edit.
        self._loaded = self.value()

    def value(self) -> dict:
        snap = copy.deepcopy(self._base)
        for key, widget in self.fields.items():
            snap[key] = widget.value()
        return snap

    def is_dirty(self, value: dict | None = None) -> bool:
        """Whether ``value`` (the form's value, read now when not given) differs from what was loaded."""
        return (self.value() if value is None else value) != self._loaded

    def set_language(self, language: str) -> None:
        for widget in self.fields.values():
            widget.set_language(language)

    def set_languages(self, languages: list[str]) -> None:
        for widget in self.fields.values():
            widget.set_languages(languages)

    def show_problems(self, problems: list, describe: Callable) -> None:
        """Mark each field a problem names; ``describe(problem)`` gives its sentence."""
        by_field: dict[str, list] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem)
        for key, widget in self.fields.items():
            found = by_field.get(key, [])
            widget.clear_problems()
            for problem in found:
                widget.set_problem(describe(problem), problem.row, problem.part)

    def show_not_applying(self, found: NotApplying, describe: Callable[[str], str]) -> None:
        """Follow the item as it is edited: hide the fields that do not apply to it now (in
        child rows too), and note why at those that still hold a value."""
        for _scroll, panel in self._pages:
            panel.show_not_applying(found.fields, describe)
        for key, rows in found.rows.items():
            if key in self.fields:
                self.fields[key].show_rows_not_applying(rows, describe)

    def focus_field(self, key: str, row: int | None = None, part: str = "") -> bool:
        """Show the tab holding field ``key``, scroll to it and focus it (selecting child
        ``row`` in a list of rows, and focusing its field ``part``). False when the form has no such field."""
        widget = self.fields.get(key)
        if widget is None:
            return False
        for index, (scroll, panel) in enumerate(self._pages):
            if panel.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                focused = widget.focus(row, part)
                shown = focused if panel.isAncestorOf(focused) else widget
                # Once the tab is laid out: a tab never shown yet has no geometry now.
                QTimer.singleShot(0, scroll, partial(_scroll_to, scroll, panel, shown))
                return True
        return False


def _scroll_to(scroll: QScrollArea, panel: QWidget, widget: QWidget) -> None:
    """Scroll up or down (never sideways) until the top of ``widget`` (on ``panel``, the
    scrolled widget) and its label show."""
    top = widget.mapTo(panel, QPoint(0, 0)).y() - 32
    bar = scroll.verticalScrollBar()
    height = scroll.viewport().height()
    if top < bar.value() or top + min(widget.height() + 32, height) > bar.value() + height:
        bar.setValue(top)
