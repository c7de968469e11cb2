"""Writing the current view of new activities straight from canonical revision content.

A large import shows, for almost every activity, exactly one revision's content. Turning each into
an :class:`~cairo_desktop.domain.activity.Activity` only to turn it back into rows costs more than
writing the rows. The rows made here are the ones :func:`activities.view_values` and
:func:`activities.child_values` make for the same activity; a test holds them equal.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from cairo_desktop.domain.catalogue import domain_of
from cairo_desktop.domain.revision import canonical_json
from cairo_desktop.store.activities import (
    ACTIVITIES,
    APPROACHES,
    COUNTRIES,
    ORGANISATIONS,
    PEOPLE,
    SECONDARY,
    bulk_insert,
)


class ContentView(NamedTuple):
    """One activity's view: canonical (normalised) content and the bookkeeping beside it."""

    activity_id: str
    content: dict[str, Any]
    office: str
    deleted: bool
    rev: str
    heads: list[str]
    created_by: str
    created_at: str
    updated_by: str
    updated_at: str


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def view_row(view: ContentView) -> dict[str, Any]:
    """The ``activities`` row of a view (as ``view_values`` gives it for the same activity)."""
    c = view.content
    planned_start, planned_end = _date(c["planned_start"]), _date(c["planned_end"])
    actual_start, actual_end = _date(c["actual_start"]), _date(c["actual_end"])
    people = c["people"]
    return {
        "id": view.activity_id, "office": view.office, "title": c["title"], "description": c["description"],
        "text_lang": c["text_lang"], "action": c["action"], "domain": domain_of(c["action"]),
        "status": c["status"], "activity_type": c["activity_type"],
        "planned_start": planned_start, "planned_end": planned_end, "actual_start": actual_start,
        "actual_end": actual_end, "start_date": actual_start or planned_start, "end_date": actual_end or planned_end,
        "admin_area": c["admin_area"], "place": c["place"], "budget_amount": c["budget_amount"],
        "currency": c["currency"], "targeted_total": c["targeted_total"], "reached_total": c["reached_total"],
        "people_targeted": sum(p["targeted"] or 0 for p in people),
        "people_reached": sum(p["reached"] or 0 for p in people),
        "notes": c["notes"],
        "search_text": " ".join((c["title"], c["place"], c["admin_area"], c["description"])).casefold(),
        "deleted": view.deleted, "rev": view.rev, "heads": canonical_json(sorted(view.heads)),
        "created_by": view.created_by, "created_at": view.created_at,
        "updated_by": view.updated_by, "updated_at": view.updated_at,
    }


def insert_content_views(session: Session, views: list[ContentView]) -> None:
    """Insert the view rows of activities that have none yet (no delete is issued)."""
    if not views:
        return
    bulk_insert(session, ACTIVITIES, [view_row(view) for view in views])
    countries, approaches, secondary, organisations, people = [], [], [], [], []
    for view in views:
        aid, c = view.activity_id, view.content
        countries.extend({"activity_id": aid, "country": x["country"], "role": x["role"]} for x in c["countries"])
        approaches.extend({"activity_id": aid, "approach": code} for code in c["approaches"])
        secondary.extend({"activity_id": aid, "action": code} for code in c["secondary_actions"])
        organisations.extend({"activity_id": aid, "position": index, "name": o["name"], "role": o["role"],
                              "type": o["type"]} for index, o in enumerate(c["organisations"]))
        people.extend({"activity_id": aid, "population_group": p["group"], "sex": p["sex"], "age": p["age"],
                       "targeted": p["targeted"], "reached": p["reached"]} for p in c["people"])
    for table, rows in ((COUNTRIES, countries), (APPROACHES, approaches), (SECONDARY, secondary),
                        (ORGANISATIONS, organisations), (PEOPLE, people)):
        bulk_insert(session, table, rows)
