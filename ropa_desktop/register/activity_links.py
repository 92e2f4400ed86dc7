"""The links from a processing activity to its catalogues, declared once: read from the model's
link tables (models/activity.py), so a link added there reaches every reader that lists them
(snapshots, views, portable entries, search, the delete guard) without being written out again.

The data categories are not among them: an activity holds those through rows of its own
(ActivityDataCategory, with position and wording), not through a plain link table.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Column, Table, inspect

from . import kinds
from .models import ProcessingActivity

# The name under which the register view (views.py) keeps each catalogue.
_VIEW_NAMES = {
    kinds.DATA_SUBJECT: "data_subjects",
    kinds.RECIPIENT: "recipients",
    kinds.TRANSFER: "transfers",
    kinds.SECURITY_MEASURE: "security_measures",
}


@dataclass(frozen=True)
class ActivityLink:
    field: str  # the activity's attribute, and its key in snapshots and portable entries
    table: Table  # the link table
    column: str  # the link table's column holding the catalogue item's id
    model: type  # the catalogue's model
    kind: str  # the catalogue's kind (kinds.py)

    @property
    def catalogue(self) -> str:
        """The register view's name of the catalogue ("data_subjects")."""
        return _VIEW_NAMES[self.kind]

    @property
    def item_column(self) -> Column:
        """The link table's column holding the catalogue item's id, to select or count by."""
        return self.table.c[self.column]


def _links() -> tuple[ActivityLink, ...]:
    kind_of = {model: kind for kind, model in kinds.MODELS.items()}
    found = []
    for relationship in inspect(ProcessingActivity).relationships:  # in declaration order
        secondary = relationship.secondary
        if secondary is None:
            continue
        assert isinstance(secondary, Table), "a link table of models/activity.py"
        (column,) = [c.name for c in secondary.c if c.name != "activity_id"]
        model = relationship.mapper.class_
        found.append(ActivityLink(relationship.key, secondary, column, model, kind_of[model]))
    return tuple(found)


LINKS = _links()


def links_to(kind: str) -> tuple[ActivityLink, ...]:
    """The links to catalogue ``kind``, in the model's order (a recipient: as recipient, joint
    controller and controller served); () for a catalogue no link table reaches (data categories)."""
    return tuple(link for link in LINKS if link.kind == kind)
