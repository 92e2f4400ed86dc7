"""Which data a retention rule keeps (Art. 30(1)(f)): the data categories it names, or, when it
names none, all of its activity's data.

Read by the statement, the record's exports and the checks alike, from the ORM objects or the
read-only view (both give an activity ``data_category_links`` and a rule ``data_category_ids``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def named_ids(rule) -> list[int]:
    """The ids of the data categories ``rule`` names, once each; [] = all the activity's data."""
    return list(dict.fromkeys(rule.data_category_ids or ()))


def named_categories(rule, activity, categories: Mapping[int, Any]) -> list[tuple[dict, dict]]:
    """(the activity's own wording, the catalogue name) of each data category ``rule`` keeps, texts
    per language: read as the activity's data list reads them (its wording, else the name). In the
    activity's order of its data, then any the rule names that the activity does not use; one no
    longer in ``categories`` (id -> category: a DataCategory or a view's row, Any for both) is left out."""
    wanted = named_ids(rule)
    if not wanted:
        return []
    own = {link.data_category_id: link for link in activity.data_category_links}
    order = [i for i in own if i in wanted] + [i for i in wanted if i not in own]
    return [
        (dict(own[i].wording or {}) if i in own else {}, dict(categories[i].name or {}))
        for i in order
        if i in categories
    ]


def unused_ids(rule, activity) -> list[int]:
    """The data categories ``rule`` names that its activity does not process (Art. 30(1)(f))."""
    used = {link.data_category_id for link in activity.data_category_links}
    return [i for i in named_ids(rule) if i not in used]
