"""The window's remembered state, in an ini file under the user's config folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from .. import paths

MAX_RECENT = 8


class Settings:
    def __init__(self, path: Path | None = None):
        path = path or paths.settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qt = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default=None):
        return self._qt.value(key, default)

    @property
    def language(self) -> str | None:
        return self._get("interface/language") or None

    @language.setter
    def language(self, value: str | None) -> None:
        self._qt.setValue("interface/language", value or "")

    @property
    def display_name(self) -> str:
        """The officer's name recorded in the change log beside the login name (Preferences)."""
        return str(self._get("change_log/name", "") or "")

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._qt.setValue("change_log/name", value or "")

    @property
    def recent_files(self) -> list[str]:
        value = self._get("registers/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, location: str) -> None:
        recent = [location] + [r for r in self.recent_files if r != location]
        self._qt.setValue("registers/recent", recent[:MAX_RECENT])
        self._qt.setValue("registers/last", location)

    def forget_recent(self, location: str) -> None:
        self._qt.setValue("registers/recent", [r for r in self.recent_files if r != location])
        if self.last_register == location:
            self._qt.setValue("registers/last", "")

    @property
    def last_register(self) -> str | None:
        return self._get("registers/last") or None

    @property
    def findings_in_exports(self) -> bool:
        """Whether exports carry the compliance findings (File menu); off unless chosen."""
        return bool(self._qt.value("exports/with_findings", False, type=bool))

    @findings_in_exports.setter
    def findings_in_exports(self, value: bool) -> None:
        self._qt.setValue("exports/with_findings", bool(value))

    @property
    def export_folder(self) -> str | None:
        """The folder the officer last exported to: the next export is offered there."""
        return self._get("exports/folder") or None

    @export_folder.setter
    def export_folder(self, value: str | None) -> None:
        self._qt.setValue("exports/folder", value or "")

    @property
    def server_connections(self) -> str:
        """The saved server connections as JSON text (gui/server_connections.py); never a password."""
        return str(self._get("servers/connections", "") or "")

    @server_connections.setter
    def server_connections(self, value: str) -> None:
        self._qt.setValue("servers/connections", value or "")

    def state(self, key: str) -> QByteArray | None:
        value = self._get(f"window/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._qt.setValue(f"window/{key}", value)

    def sync(self) -> None:
        self._qt.sync()
