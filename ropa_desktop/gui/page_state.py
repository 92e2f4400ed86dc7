"""What the officer sees of a page, kept while the page is made again (another interface
language): the item shown, the search typed, the columns, the editor's tab and text language."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget


def _tabs(page: QWidget) -> list[QTabWidget]:
    """The page's tab bars, in the order they were made (the same for the same page)."""
    return page.findChildren(QTabWidget)


def capture(page: QWidget) -> dict[str, Any]:
    kept: dict[str, Any] = {"tabs": [tabs.currentIndex() for tabs in _tabs(page)]}
    editor = getattr(page, "editor", None)
    if editor is not None:
        kept["item"] = editor.item_id
        kept["text_language"] = getattr(editor, "_language", None)
    for name in ("splitter",):
        widget = getattr(page, name, None)
        if widget is not None:
            kept[name] = widget.saveState()
    table = getattr(page, "table", None)
    if table is not None:
        kept["columns"] = table.horizontalHeader().saveState()
    search = getattr(page, "search", None)
    if search is not None:
        kept["search"] = search.text()
    language = getattr(page, "language", None)  # the statement's language
    if language is not None and hasattr(language, "currentIndex"):
        kept["language"] = language.currentIndex()
    return kept


def _part(page: QWidget, name: str) -> Any:
    """A part ``kept`` was read from: pages differ in their parts, and capture() kept only those
    this kind of page has."""
    return getattr(page, name)


def restore(page: QWidget, kept: dict[str, Any]) -> None:
    if "splitter" in kept:
        _part(page, "splitter").restoreState(kept["splitter"])
    if "columns" in kept:
        _part(page, "table").horizontalHeader().restoreState(kept["columns"])
    if kept.get("search"):
        _part(page, "search").setText(kept["search"])
    if kept.get("language") is not None:
        _part(page, "language").setCurrentIndex(kept["language"])
    item = kept.get("item")
    if item is not None and hasattr(page, "open_item"):
        page.open_item(item)
    if kept.get("text_language"):
        _part(page, "editor").set_language(kept["text_language"])
    for tabs, index in zip(_tabs(page), kept["tabs"], strict=False):
        if 0 <= index < tabs.count():
            tabs.setCurrentIndex(index)
