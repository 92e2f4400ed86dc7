"""The kinds of item an officer edits, by the short name the window and the operations use."""

from __future__ import annotations

from .models import (
    Cookie,
    DataCategory,
    DataSubjectCategory,
    Organisation,
    ProcessingActivity,
    Recipient,
    SecurityMeasure,
    Transfer,
)

ACTIVITY = "activity"
DATA_CATEGORY = "data_category"
DATA_SUBJECT = "data_subject"
RECIPIENT = "recipient"
TRANSFER = "transfer"
COOKIE = "cookie"
SECURITY_MEASURE = "security_measure"
ORGANISATION = "organisation"

MODELS = {
    ACTIVITY: ProcessingActivity,
    DATA_CATEGORY: DataCategory,
    DATA_SUBJECT: DataSubjectCategory,
    RECIPIENT: Recipient,
    TRANSFER: Transfer,
    COOKIE: Cookie,
    SECURITY_MEASURE: SecurityMeasure,
    ORGANISATION: Organisation,
}

# Kinds shown as a list of items (the organisation is a single page).
LISTED = (ACTIVITY, DATA_CATEGORY, DATA_SUBJECT, RECIPIENT, TRANSFER, COOKIE, SECURITY_MEASURE)
# Kinds with an officer-chosen order (the order of the statement).
ORDERED = (ACTIVITY, COOKIE)
