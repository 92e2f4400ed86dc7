"""The window's section pages, each made when it is first asked for (shown, or opened from a
finding, a search hit or a test) rather than all while the window opens: making the editor
forms of all nine sections held a new window still for most of a second on a large register.

It is a mapping of every section to its page, as the window's dict of pages was: asking for
a page makes it. What only concerns the pages that exist (markers, saving the splitters,
stopping their jobs) goes over ``made()``, which makes none."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any


class LazyPages(Mapping):
    def __init__(self, sections: Iterable[str], make: Callable[[str], Any]):
        self._sections = list(sections)
        self._make = make  # makes a section's page and puts it in the window
        self._made: dict[str, Any] = {}

    def __getitem__(self, section: str):
        page = self._made.get(section)
        if page is None:
            if section not in self._sections:
                raise KeyError(section)
            page = self._made[section] = self._make(section)
        return page

    def __setitem__(self, section: str, page) -> None:
        """A page made again (another interface language) in the place of the old one."""
        self._made[section] = page

    def __iter__(self) -> Iterator[str]:
        return iter(self._sections)

    def __len__(self) -> int:
        return len(self._sections)

    def made(self) -> dict[str, Any]:
        """The pages made so far, by section (in the navigation's order)."""
        return {section: self._made[section] for section in self._sections if section in self._made}

    def is_made(self, section: str) -> bool:
        return section in self._made
