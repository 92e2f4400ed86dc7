"""The columns of each list: header, what a cell shows, and how it sorts."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..register import kinds
from ..register.rows import Row
from . import approval_texts, labels
from .translation_marks import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # untranslated; shown through translate("Columns", header)
    show: Callable[[Row], str]
    sort: Callable[[Row], object] | None = None

    def title(self) -> str:
        return translate("Columns", self.header)

    def sort_value(self, row: Row):
        return self.sort(row) if self.sort else self.show(row).casefold()


def _name(row: Row) -> str:
    return labels.text(row.name) or translate("Columns", "(no name)")


def _changed(row: Row) -> str:
    return row.updated_at.strftime("%Y-%m-%d %H:%M") if row.updated_at else ""


def _enum(key: str, list_name: str) -> Callable[[Row], str]:
    return lambda row: labels.enum_label(list_name, row.values.get(key))


def _yes_no(key: str) -> Callable[[Row], str]:
    return lambda row: translate("Columns", "yes") if row.values.get(key) else ""


def _date(key: str) -> Callable[[Row], str]:
    return lambda row: row.values[key].isoformat() if row.values.get(key) else ""


def _bases(row: Row) -> str:
    return ", ".join(labels.term_label("legal_bases", key) for key in row.values["legal_bases"])


def _natural(text: str) -> tuple:
    """A reference as it sorts for people: "V-2" before "V-10"; activities without one last."""
    parts = re.split(r"(\d+)", text.casefold())
    return (not text, [int(part) if index % 2 else part for index, part in enumerate(parts)])


def _used(row: Row) -> str:
    return str(row.values.get("used", 0))


def _transfer_name(row: Row) -> str:
    return labels.text(row.name) or labels.country(row.values["country_code"])


NAME = Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), _name)
CHANGED = Column("updated_at", QT_TRANSLATE_NOOP("Columns", "Last changed"), _changed)
USED = Column("used", QT_TRANSLATE_NOOP("Columns", "Activities"), _used, lambda r: r.values["used"])
ORDER = Column(
    "position",
    QT_TRANSLATE_NOOP("Columns", "#"),
    lambda r: str(r.values["position"] + 1),
    lambda r: r.values["position"],
)

COLUMNS: dict[str, list[Column]] = {
    kinds.ACTIVITY: [
        ORDER,
        Column(
            "reference",
            QT_TRANSLATE_NOOP("Columns", "Reference"),
            lambda r: r.values.get("reference") or "",
            lambda r: _natural(r.values.get("reference") or ""),
        ),
        NAME,
        Column("role", QT_TRANSLATE_NOOP("Columns", "Role"), _enum("role", "activity_role")),
        Column("legal_bases", QT_TRANSLATE_NOOP("Columns", "Legal bases"), _bases),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), _enum("status", "activity_status")),
        Column(
            "approval",
            QT_TRANSLATE_NOOP("Columns", "Approval"),
            lambda r: approval_texts.state_text(r.values.get("approval"), r.values.get("approval_changed", False)),
        ),
        Column("dpia_status", QT_TRANSLATE_NOOP("Columns", "DPIA"), _enum("dpia_status", "dpia_status")),
        CHANGED,
    ],
    kinds.DATA_CATEGORY: [
        NAME,
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), _enum("kind", "data_category_kind")),
        USED,
        CHANGED,
    ],
    kinds.DATA_SUBJECT: [
        NAME,
        Column("vulnerable", QT_TRANSLATE_NOOP("Columns", "Vulnerable"), _yes_no("vulnerable")),
        USED,
        CHANGED,
    ],
    kinds.RECIPIENT: [
        NAME,
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), _enum("kind", "recipient_kind")),
        Column(
            "country_code", QT_TRANSLATE_NOOP("Columns", "Country"), lambda r: labels.country(r.values["country_code"])
        ),
        Column("dpa_signed", QT_TRANSLATE_NOOP("Columns", "Agreement signed"), _date("dpa_signed")),
        USED,
        CHANGED,
    ],
    kinds.TRANSFER: [
        Column("recipient", QT_TRANSLATE_NOOP("Columns", "Recipient"), _transfer_name),
        Column(
            "country_code", QT_TRANSLATE_NOOP("Columns", "Country"), lambda r: labels.country(r.values["country_code"])
        ),
        Column(
            "tool",
            QT_TRANSLATE_NOOP("Columns", "Transfer tool"),
            lambda r: labels.term_label("transfer_tools", r.values["tool"]),
        ),
        USED,
        CHANGED,
    ],
    kinds.COOKIE: [
        ORDER,
        NAME,
        Column("party", QT_TRANSLATE_NOOP("Columns", "Placed by"), _enum("party", "cookie_party")),
        Column("category", QT_TRANSLATE_NOOP("Columns", "Category"), _enum("category", "cookie_category")),
        Column("consent_required", QT_TRANSLATE_NOOP("Columns", "Consent"), _yes_no("consent_required")),
        CHANGED,
    ],
    kinds.SECURITY_MEASURE: [
        NAME,
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), _enum("kind", "measure_kind")),
        USED,
        CHANGED,
    ],
}
