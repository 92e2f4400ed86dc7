"""The line every export carries about the version it shows: "Version 1 “2026-1”, established
2026-12-02 by Jan de Vries", or "Working copy, not established" (and since which version it
changed). The words are in resources/export/labels.toml ([version])."""

from __future__ import annotations

from datetime import UTC, datetime

from ...register.models import EstablishedVersion
from ...register.working_copy import ShownVersion
from .labels import Labels


def version_line(shown: ShownVersion, labels: Labels) -> str:
    version = shown.version
    if version is None:
        return labels.get("version", "working_copy")
    words = {
        "number": version.number,
        "name": version.name,
        "date": local_date(version.established_at),
        "who": who(version),
    }
    return labels.get("version", "changed_since" if shown.working_copy else "established").format(**words)


def local_date(moment: datetime) -> str:
    """A UTC time of the log as the date it was where the export is made."""
    return moment.replace(tzinfo=UTC).astimezone().date().isoformat()


def who(version: EstablishedVersion) -> str:
    """The name set in Preferences, else the login that established it."""
    return version.who_name or version.who
