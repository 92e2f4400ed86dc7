"""What several rules share: which activities are checked, and what an activity processes.

Each is worked out once per run and kept in ``context.cache``: some twenty rules read the
same 10,000 activities, and must together stay well under a second."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import SimpleNamespace
from typing import TypeVar

from ...register.models import ActivityRole, ActivityStatus, DataCategoryKind
from ...register.views import Record
from ..context import CheckContext

# Enum members read once: looking them up on the class costs more than comparing them.
_RETIRED = ActivityStatus.RETIRED
_PROCESSOR = ActivityRole.PROCESSOR
_ORDINARY = DataCategoryKind.ORDINARY


_T = TypeVar("_T")


def _cached(context: CheckContext, key: str, make: Callable[[], _T]) -> _T:
    found: _T | None = context.cache.get(key)
    if found is None:
        found = context.cache[key] = make()
    return found


def current_activities(context: CheckContext) -> list[Record]:
    """The activities the register lists as processing: drafts and active ones. A retired
    activity is history, not processing, and is not checked."""
    return _cached(context, "current_activities", lambda: [a for a in context.view.activities if a.status != _RETIRED])


def controller_activities(context: CheckContext) -> list[Record]:
    """Current activities as controller or joint controller (Art. 30(1))."""
    return _cached(
        context, "controller_activities", lambda: [a for a in current_activities(context) if a.role != _PROCESSOR]
    )


def processor_activities(context: CheckContext) -> list[Record]:
    """Current activities as processor (Art. 30(2)): the client is the controller and
    answers for the legal basis, the Art. 9/10 conditions, consent and the DPIA."""
    return _cached(
        context, "processor_activities", lambda: [a for a in current_activities(context) if a.role == _PROCESSOR]
    )


def _sensitive(context: CheckContext) -> dict[int, dict[str, list[Record]]]:
    """activity id -> {kind: [data categories]} for the current activities that use a data
    category other than an ordinary one. Most registers have few such categories, so the
    catalogue is asked first and the activities are read only if it has any."""
    sensitive_ids = {c.id for c in context.view.data_categories.values() if c.kind != _ORDINARY}
    found: dict[int, dict[str, list[Record]]] = {}
    if not sensitive_ids:
        return found
    for activity in current_activities(context):
        for link in activity.data_category_links:
            category = link.data_category
            if category.id in sensitive_ids:
                found.setdefault(activity.id, {}).setdefault(category.kind, []).append(category)
    return found


def activities_with(
    context: CheckContext, kind: DataCategoryKind, activities: list[Record]
) -> list[tuple[Record, list[Record]]]:
    """(activity, its categories of ``kind``) for those of ``activities`` that use any."""
    sensitive = _cached(context, "sensitive", lambda: _sensitive(context))
    if not sensitive:
        return []
    found: list[tuple[Record, list[Record]]] = []
    for activity in activities:
        categories = sensitive.get(activity.id, {}).get(kind)
        if categories:
            found.append((activity, categories))
    return found


def has_text(texts: dict[str, str] | None) -> bool:
    """A per-language text ({"nl": ..., "en": ...}) that says something in some language."""
    if texts:
        for text in texts.values():
            if text and text.strip():
                return True
    return False


def names(context: CheckContext, items: Iterable[SimpleNamespace], limit: int = 5) -> dict[str, str]:
    """Item names per language as one list ("A, B, C, …"), for a message."""
    listed = list(items)
    shown = [context.name(item.name) for item in listed[:limit]]
    return {
        language: ", ".join([n[language] for n in shown] + (["…"] if len(listed) > limit else []))
        for language in context.languages
    }
