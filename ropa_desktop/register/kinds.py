"""The kinds of item an officer edits, by the short name the window and the operations use."""

from __future__ import annotations

from typing import TypeAlias, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

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


# An item of any kind: what code that handles every kind may read of it (an id, a version) is
# what all of them have; the rest depends on the kind.
Item: TypeAlias = (
    ProcessingActivity
    | DataCategory
    | DataSubjectCategory
    | Recipient
    | Transfer
    | Cookie
    | SecurityMeasure
    | Organisation
)

MODELS: dict[str, type[Item]] = {
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
# Kinds with an officer-chosen order (the order of the statement), and their models.
OrderedItem: TypeAlias = ProcessingActivity | Cookie
ORDERED_MODELS: dict[str, type[OrderedItem]] = {ACTIVITY: ProcessingActivity, COOKIE: Cookie}
ORDERED = tuple(ORDERED_MODELS)

_Item = TypeVar("_Item", bound=Item)


# SQLAlchemy types ``select(model)`` and ``session.get(model, …)`` for a model of one of several
# kinds as the models' common base, which has no id; these two keep the kinds' own types.
def select_items(model: type[_Item]) -> Select[_Item]:
    """``select(model)``, typed as a query of the items of ``model``'s kind."""
    return select(model)


def get_item(session: Session, model: type[_Item], item_id: int) -> _Item | None:
    """``session.get(model, item_id)``, typed as an item of ``model``'s kind."""
    return session.get(model, item_id)
