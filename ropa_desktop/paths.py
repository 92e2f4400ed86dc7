"""Where ROPA Desktop keeps its files on this computer (platformdirs: XDG, AppData, Library)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP_NAME = "ropa-desktop"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    return user_config_path(APP_NAME, appauthor=False)


def default_register_path() -> Path:
    """Where a new register is suggested, and where `make run` keeps its register."""
    return data_dir() / "register.ropa"


def demo_register_path() -> Path:
    return data_dir() / "demo.ropa"


def settings_path() -> Path:
    return config_dir() / "settings.ini"
