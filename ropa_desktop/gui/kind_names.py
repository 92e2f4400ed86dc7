"""What each kind of item is called in the interface: in sentences and as a section."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..register import kinds

translate = QCoreApplication.translate


def kind_name(kind: str) -> str:
    """The kind in a sentence ("Add data category …")."""
    names = {
        kinds.ACTIVITY: translate("Kinds", "processing activity"),
        kinds.DATA_CATEGORY: translate("Kinds", "data category"),
        kinds.DATA_SUBJECT: translate("Kinds", "category of data subjects"),
        kinds.RECIPIENT: translate("Kinds", "recipient"),
        kinds.TRANSFER: translate("Kinds", "transfer"),
        kinds.COOKIE: translate("Kinds", "cookie"),
        kinds.SECURITY_MEASURE: translate("Kinds", "security measure"),
        kinds.ORGANISATION: translate("Kinds", "organisation"),
    }
    return names[kind]


def section_name(kind: str) -> str:
    """The kind as a section of the navigation."""
    names = {
        kinds.ORGANISATION: translate("Kinds", "Organisation"),
        kinds.ACTIVITY: translate("Kinds", "Processing activities"),
        kinds.DATA_CATEGORY: translate("Kinds", "Data categories"),
        kinds.DATA_SUBJECT: translate("Kinds", "Data subjects"),
        kinds.RECIPIENT: translate("Kinds", "Recipients and processors"),
        kinds.TRANSFER: translate("Kinds", "Transfers"),
        kinds.COOKIE: translate("Kinds", "Cookies"),
        kinds.SECURITY_MEASURE: translate("Kinds", "Security measures"),
        "statement": translate("Kinds", "Privacy statement"),
        "history": translate("Kinds", "History"),
    }
    return names[kind]


def new_name(kind: str) -> str:
    """The name a freshly added item gets until the officer types its own."""
    names = {
        kinds.ACTIVITY: translate("Kinds", "New processing activity"),
        kinds.DATA_CATEGORY: translate("Kinds", "New data category"),
        kinds.DATA_SUBJECT: translate("Kinds", "New category of data subjects"),
        kinds.RECIPIENT: translate("Kinds", "New recipient"),
        kinds.COOKIE: translate("Kinds", "new_cookie"),
        kinds.SECURITY_MEASURE: translate("Kinds", "New security measure"),
    }
    return names.get(kind, "")
