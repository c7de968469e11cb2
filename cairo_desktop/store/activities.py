"""Reading and writing activities: revisions (the history) and the current view (the tables).

Everything takes an open :class:`~sqlalchemy.orm.Session` so the caller decides the transaction.
Writes go through SQLAlchemy Core statements: fast enough for a 100,000-row demo or import, and
the same SQL on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from operator import itemgetter
from typing import Any, Iterable, Sequence

from sqlalchemy import Date, Table, delete, func, insert, select
from sqlalchemy.orm import Session

from cairo_desktop.domain.activity import Activity, CountryRole, OrganisationRole, PeopleCount, normalised
from cairo_desktop.domain.catalogue import domain_of
from cairo_desktop.domain.revision import Revision, canonical_content_json, canonical_json, utc_now
from cairo_desktop.store.models import (
    ActivityApproach,
    ActivityCountry,
    ActivityOrganisation,
    ActivityPeople,
    ActivityRow,
    ActivitySecondaryAction,
    RevisionRow,
)
from cairo_desktop.store.deferred_inserts import insert_sqlite_rows
from cairo_desktop.store.postgres_copy import can_copy, copy_rows
from cairo_desktop.store.search import search_text
from cairo_desktop.store.writer_lock import take_writer_lock

ACTIVITIES = ActivityRow.__table__
REVISIONS = RevisionRow.__table__
COUNTRIES = ActivityCountry.__table__
APPROACHES = ActivityApproach.__table__
SECONDARY = ActivitySecondaryAction.__table__
ORGANISATIONS = ActivityOrganisation.__table__
PEOPLE = ActivityPeople.__table__
CHILDREN = (COUNTRIES, APPROACHES, SECONDARY, ORGANISATIONS, PEOPLE)


# --- bulk writes -----------------------------------------------------------------------------

def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows: straight to sqlite3's ``executemany`` on SQLite, by ``COPY`` on PostgreSQL.

    SQLAlchemy spends more time preparing each row's parameters than SQLite spends storing it;
    for the 100,000-row demo and large imports the direct path halves the write time. Dates are
    written as ISO text, exactly as SQLAlchemy's SQLite ``Date`` type writes and reads them.
    """
    if not rows:
        return
    connection = session.connection()
    names = list(rows[0])
    if can_copy(connection):
        copy_rows(connection, table.name, names, (tuple(row[name] for name in names) for row in rows))
        return
    if connection.dialect.name != "sqlite":
        session.execute(insert(table), rows)
        return
    pick = itemgetter(*names)
    values: list[Any] = list(map(pick, rows)) if len(names) > 1 else [(value,) for value in map(pick, rows)]
    date_columns = [i for i, name in enumerate(names) if isinstance(table.c[name].type, Date)]
    if date_columns:
        for number, record in enumerate(values):
            if any(record[i] is not None for i in date_columns):
                record = list(record)
                for i in date_columns:
                    if record[i] is not None:
                        record[i] = record[i].isoformat()
                values[number] = tuple(record)
    insert_sqlite_rows(connection, table.name, names, values)


# --- revisions -------------------------------------------------------------------------------

def revision_values(revision: Revision, seq: int, source: str = "local", received_at: str | None = None,
                    content_json: str | None = None) -> dict[str, Any]:
    """The ``revisions`` row; ``content_json``, when given, is ``canonical_json(revision.content)``."""
    if content_json is None and revision.content is not None:
        content_json = canonical_content_json(revision.content)
    return {
        "rev_id": revision.rev_id,
        "activity_id": revision.activity_id,
        "parents": canonical_json(list(revision.parents)),
        "content": content_json,
        "deleted": revision.deleted,
        "author": revision.author,
        "office": revision.office,
        "owner_office": revision.owner_office,
        "created_at": revision.created_at,
        "received_at": received_at or utc_now(),
        "source": source,
        "seq": seq,
    }


def revision_from_row(row: Any) -> Revision:
    return Revision(
        rev_id=row.rev_id,
        activity_id=row.activity_id,
        parents=tuple(json.loads(row.parents)),
        content=json.loads(row.content) if row.content is not None else None,
        deleted=bool(row.deleted),
        author=row.author,
        office=row.office,
        created_at=row.created_at,
        owner_office=row.owner_office,
    )


def next_revision_seq(session: Session) -> int:
    """The next local arrival number; on PostgreSQL the writer lock is held from here to commit."""
    take_writer_lock(session)
    return (session.execute(select(func.max(REVISIONS.c.seq))).scalar() or 0) + 1


def has_revision(session: Session, rev_id: str) -> bool:
    return session.execute(select(REVISIONS.c.rev_id).where(REVISIONS.c.rev_id == rev_id)).first() is not None


def insert_revisions(session: Session, revisions: Sequence[Revision], source: str = "local",
                     content_json: dict[str, str] | None = None) -> int:
    """Insert the revisions not already stored; returns how many were new.

    ``content_json`` (rev id -> canonical JSON of the content) spares serialising content again
    when the caller already did, to check the revision ids.
    """
    if not revisions:
        return 0
    ids = [revision.rev_id for revision in revisions]
    known: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        known.update(session.execute(select(REVISIONS.c.rev_id).where(REVISIONS.c.rev_id.in_(chunk))).scalars())
    fresh = []
    for revision in revisions:
        if revision.rev_id not in known:
            known.add(revision.rev_id)
            fresh.append(revision)
    append_revisions(session, fresh, next_revision_seq(session), source, content_json)
    return len(fresh)


def append_revisions(session: Session, revisions: Sequence[Revision], first_seq: int, source: str = "local",
                     content_json: dict[str, str] | None = None) -> None:
    """Insert revisions known not to be stored yet (each once), numbered on from ``first_seq``, which the
    caller read with :func:`next_revision_seq` (so holding the writer lock) and has not used since."""
    content_json = content_json or {}
    received_at = utc_now()
    rows = [revision_values(revision, seq, source, received_at, content_json.get(revision.rev_id))
            for seq, revision in enumerate(revisions, start=first_seq)]
    if rows:
        bulk_insert(session, REVISIONS, rows)


def load_revision(session: Session, rev_id: str) -> Revision | None:
    row = session.execute(select(REVISIONS).where(REVISIONS.c.rev_id == rev_id)).first()
    return revision_from_row(row) if row else None


def revisions_of(session: Session, activity_id: str) -> list[Revision]:
    """Every revision of an activity, oldest first."""
    rows = session.execute(
        select(REVISIONS).where(REVISIONS.c.activity_id == activity_id).order_by(REVISIONS.c.created_at, REVISIONS.c.rev_id)
    )
    return [revision_from_row(row) for row in rows]


# --- the current view -----------------------------------------------------------------------

def view_values(activity: Activity) -> dict[str, Any]:
    """The ``activities`` row for an (already normalised) activity."""
    return {
        "id": activity.id,
        "office": activity.office,
        "title": activity.title,
        "description": activity.description,
        "text_lang": activity.text_lang,
        "action": activity.action,
        "domain": domain_of(activity.action),
        "status": activity.status,
        "activity_type": activity.activity_type,
        "planned_start": activity.planned_start,
        "planned_end": activity.planned_end,
        "actual_start": activity.actual_start,
        "actual_end": activity.actual_end,
        "start_date": activity.start_date,
        "end_date": activity.end_date,
        "admin_area": activity.admin_area,
        "place": activity.place,
        "budget_amount": activity.budget_amount,
        "currency": activity.currency,
        "targeted_total": activity.targeted_total,
        "reached_total": activity.reached_total,
        "people_targeted": activity.people_total("targeted"),
        "people_reached": activity.people_total("reached"),
        "notes": activity.notes,
        "search_text": search_text(activity.title, activity.place, activity.admin_area, activity.description),
        "deleted": activity.deleted,
        "rev": activity.rev,
        "heads": canonical_json(sorted(activity.heads)),
        "created_by": activity.created_by,
        "created_at": activity.created_at,
        "updated_by": activity.updated_by,
        "updated_at": activity.updated_at,
    }


def child_values(activity: Activity) -> dict[Any, list[dict[str, Any]]]:
    """Rows of each child table for one activity."""
    aid = activity.id
    return {
        COUNTRIES: [{"activity_id": aid, "country": c.country, "role": c.role} for c in activity.countries],
        APPROACHES: [{"activity_id": aid, "approach": code} for code in activity.approaches],
        SECONDARY: [{"activity_id": aid, "action": code} for code in activity.secondary_actions],
        ORGANISATIONS: [
            {"activity_id": aid, "position": index, "name": o.name, "role": o.role, "type": o.type}
            for index, o in enumerate(activity.organisations)
        ],
        PEOPLE: [
            {"activity_id": aid, "population_group": p.group, "sex": p.sex, "age": p.age,
             "targeted": p.targeted, "reached": p.reached}
            for p in activity.people
        ],
    }


def write_views(session: Session, activities: Iterable[Activity], replace_existing: bool = True,
                is_normalised: bool = False) -> None:
    """Insert or replace the current view of each activity (many at once)."""
    activities = list(activities) if is_normalised else [normalised(activity) for activity in activities]
    if not activities:
        return
    ids = [activity.id for activity in activities]
    if replace_existing:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for table in CHILDREN:
                session.execute(delete(table).where(table.c.activity_id.in_(chunk)))
            session.execute(delete(ACTIVITIES).where(ACTIVITIES.c.id.in_(chunk)))
    bulk_insert(session, ACTIVITIES, [view_values(activity) for activity in activities])
    by_table: dict[Any, list[dict[str, Any]]] = {table: [] for table in CHILDREN}
    for activity in activities:
        for table, rows in child_values(activity).items():
            by_table[table].extend(rows)
    for table, rows in by_table.items():
        if rows:
            bulk_insert(session, table, rows)


def write_view(session: Session, activity: Activity) -> None:
    write_views(session, [activity])


def _activities_from_rows(session: Session, rows: Sequence[Any]) -> list[Activity]:
    ids = [row.id for row in rows]
    children: dict[str, dict[str, list[Any]]] = {aid: {"c": [], "a": [], "s": [], "o": [], "p": []} for aid in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for child in session.execute(select(COUNTRIES).where(COUNTRIES.c.activity_id.in_(chunk))):
            children[child.activity_id]["c"].append(CountryRole(child.country, child.role))
        for child in session.execute(select(APPROACHES).where(APPROACHES.c.activity_id.in_(chunk))):
            children[child.activity_id]["a"].append(child.approach)
        for child in session.execute(select(SECONDARY).where(SECONDARY.c.activity_id.in_(chunk))):
            children[child.activity_id]["s"].append(child.action)
        for child in session.execute(
            select(ORGANISATIONS).where(ORGANISATIONS.c.activity_id.in_(chunk)).order_by(ORGANISATIONS.c.position)
        ):
            children[child.activity_id]["o"].append(OrganisationRole(child.name, child.role, child.type))
        for child in session.execute(select(PEOPLE).where(PEOPLE.c.activity_id.in_(chunk))):
            children[child.activity_id]["p"].append(
                PeopleCount(child.population_group, child.sex, child.age, child.targeted, child.reached)
            )
    result = []
    for row in rows:
        kids = children[row.id]
        activity = Activity(
            id=row.id, office=row.office, title=row.title, description=row.description, text_lang=row.text_lang,
            action=row.action, status=row.status, activity_type=row.activity_type,
            planned_start=row.planned_start, planned_end=row.planned_end,
            actual_start=row.actual_start, actual_end=row.actual_end,
            admin_area=row.admin_area, place=row.place, budget_amount=row.budget_amount, currency=row.currency,
            targeted_total=row.targeted_total, reached_total=row.reached_total, notes=row.notes,
            deleted=bool(row.deleted), rev=row.rev, heads=json.loads(row.heads),
            created_by=row.created_by, created_at=row.created_at, updated_by=row.updated_by, updated_at=row.updated_at,
            countries=kids["c"], approaches=kids["a"], secondary_actions=kids["s"], organisations=kids["o"], people=kids["p"],
        )
        result.append(normalised(activity))
    return result


def get_activities(session: Session, ids: Sequence[str]) -> list[Activity]:
    """Activities by id, in the order asked; unknown ids are skipped."""
    rows: list[Any] = []
    for start in range(0, len(ids), 500):
        rows.extend(session.execute(select(ACTIVITIES).where(ACTIVITIES.c.id.in_(ids[start:start + 500]))))
    by_id = {activity.id: activity for activity in _activities_from_rows(session, rows)}
    return [by_id[aid] for aid in ids if aid in by_id]


def get_activity(session: Session, activity_id: str) -> Activity | None:
    found = get_activities(session, [activity_id])
    return found[0] if found else None
