"""A new order of the activities (or cookies) recorded in the change log: it is the order of
the published statement, so moving an activity up changes the register like any other edit.

The capture (change_log_capture) leaves the position column alone: it is also renumbered as a
side effect (a duplicate placed after its template shifts every activity after it), and a
thousand entries "place 58 → 59" would bury what the officer did. So only an explicit new order
(operations.set_order: Move up/down, its undo) is recorded here: one entry per item whose
place changed, field "position", its place in the list (1 = first) before and after.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from . import change_log, kinds, snapshots
from .change_log_entries import NAMES, entry
from .models.change_log import CHANGED

POSITION = "position"


def moved(session: Session, kind: str, before: list[int], after: list[int]) -> int:
    """Record the items whose place differs between the orders ``before`` and ``after`` (ids);
    returns how many."""
    was = {item_id: place for place, item_id in enumerate(before, start=1)}
    places = {item_id: place for place, item_id in enumerate(after, start=1) if was.get(item_id, place) != place}
    if not places:
        return 0
    model = kinds.ORDERED_MODELS[kind]
    found = []
    for obj in session.scalars(kinds.select_items(model).where(model.id.in_(places)).order_by(model.position)):
        names = snapshots.read_object(kind, obj, NAMES)
        found.append(entry(CHANGED, kind, obj.id, names, POSITION, was[obj.id], places[obj.id]))
    change_log.append(session, found)
    return len(found)
