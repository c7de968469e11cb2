"""Writing the current view of new activities straight from canonical revision content.

A large import shows, for almost every activity, exactly one revision's content. Turning each into
an :class:`~cairo_desktop.domain.activity.Activity` only to turn it back into rows costs more than
writing the rows. The rows made here are the ones :func:`activities.view_values` and
:func:`activities.child_values` make for the same activity; a test holds them equal.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple, Sequence

from sqlalchemy import Boolean, Date, Integer, String, Table, insert
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
)
from cairo_desktop.store.deferred_inserts import insert_sqlite_rows
from cairo_desktop.store.postgres_copy import can_copy, copy_rows
from cairo_desktop.store.search import search_text


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


VIEW_COLUMNS = (
    "id", "office", "title", "description", "text_lang", "action", "domain", "status", "activity_type",
    "planned_start", "planned_end", "actual_start", "actual_end", "start_date", "end_date", "admin_area", "place",
    "budget_amount", "currency", "targeted_total", "reached_total", "people_targeted", "people_reached", "notes",
    "search_text", "deleted", "rev", "heads", "created_by", "created_at", "updated_by", "updated_at",
)
CHILD_COLUMNS = {
    COUNTRIES: ("activity_id", "country", "role"),
    APPROACHES: ("activity_id", "approach"),
    SECONDARY: ("activity_id", "action"),
    ORGANISATIONS: ("activity_id", "position", "name", "role", "type"),
    PEOPLE: ("activity_id", "population_group", "sex", "age", "targeted", "reached"),
}


def view_row(view: ContentView) -> tuple[Any, ...]:
    """The ``activities`` row of a view in :data:`VIEW_COLUMNS` order, dates as ISO text."""
    c = view.content
    planned_start, planned_end, actual_start, actual_end = (
        c["planned_start"], c["planned_end"], c["actual_start"], c["actual_end"])
    targeted = reached = 0
    for person in c["people"]:
        targeted += person["targeted"] or 0
        reached += person["reached"] or 0
    return (
        view.activity_id, view.office, c["title"], c["description"], c["text_lang"], c["action"],
        domain_of(c["action"]), c["status"], c["activity_type"], planned_start, planned_end, actual_start,
        actual_end, actual_start or planned_start, actual_end or planned_end, c["admin_area"], c["place"],
        c["budget_amount"], c["currency"], c["targeted_total"], c["reached_total"], targeted, reached, c["notes"],
        search_text(c["title"], c["place"], c["admin_area"], c["description"]),
        view.deleted, view.rev, canonical_json(sorted(view.heads)),
        view.created_by, view.created_at, view.updated_by, view.updated_at,
    )


def child_rows(views: Sequence[ContentView]) -> dict[Table, list[tuple[Any, ...]]]:
    """The rows of each child table for ``views``, in :data:`CHILD_COLUMNS` order."""
    countries: list[tuple[Any, ...]] = []
    approaches: list[tuple[Any, ...]] = []
    secondary: list[tuple[Any, ...]] = []
    organisations: list[tuple[Any, ...]] = []
    people: list[tuple[Any, ...]] = []
    for view in views:
        aid, c = view.activity_id, view.content
        countries += [(aid, x["country"], x["role"]) for x in c["countries"]]
        approaches += [(aid, code) for code in c["approaches"]]
        secondary += [(aid, code) for code in c["secondary_actions"]]
        organisations += [(aid, index, o["name"], o["role"], o["type"]) for index, o in enumerate(c["organisations"])]
        people += [(aid, p["group"], p["sex"], p["age"], p["targeted"], p["reached"]) for p in c["people"]]
    return {COUNTRIES: countries, APPROACHES: approaches, SECONDARY: secondary, ORGANISATIONS: organisations,
            PEOPLE: people}


def insert_tuples(session: Session, table: Table, names: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert rows given as tuples in the order of ``names``, dates as ISO text (as SQLite stores them).

    For writers that make millions of cells: no dict per row on SQLite, one ``COPY`` per table on
    PostgreSQL (which reads the ISO dates itself). Other databases get dates back and go through Core.
    """
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        insert_sqlite_rows(connection, table.name, names, rows, exact_in_json=_texts_and_integers(table, names))
        return
    if can_copy(connection):
        copy_rows(connection, table.name, names, rows)
        return
    dates = [i for i, name in enumerate(names) if isinstance(table.c[name].type, Date)]
    records = []
    for row in rows:
        record = dict(zip(names, row))
        for i in dates:
            if row[i]:
                record[names[i]] = date.fromisoformat(row[i])
        records.append(record)
    session.execute(insert(table), records)


def _texts_and_integers(table: Table, names: Sequence[str]) -> bool:
    """True when the columns ``names`` of ``table`` hold texts, integers or booleans only (no dates, no
    amounts): the values of their rows are then carried exactly by JSON."""
    return all(isinstance(table.c[name].type, (String, Integer, Boolean)) for name in names)


def insert_content_views(session: Session, views: list[ContentView]) -> None:
    """Insert the view rows of activities that have none yet (no delete is issued)."""
    if not views:
        return
    insert_tuples(session, ACTIVITIES, VIEW_COLUMNS, [view_row(view) for view in views])
    for table, rows in child_rows(views).items():
        insert_tuples(session, table, CHILD_COLUMNS[table], rows)
