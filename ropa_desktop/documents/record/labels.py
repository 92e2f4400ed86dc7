"""The exports' words in one language (resources/export/labels.toml)."""

from __future__ import annotations

from ...register.models import text_in
from ...resources_path import load_toml


class Labels:
    def __init__(self, language: str):
        self.language = language
        self._data = load_toml("export", "labels.toml")

    def get(self, group: str, key: str) -> str:
        return text_in(self._data[group][key], self.language, "en")

    def column(self, key: str) -> str:
        return self.get("column", key)

    def yes_no(self, value: bool) -> str:
        return self.get("value", "yes" if value else "no")
