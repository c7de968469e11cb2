"""Adding, editing, deleting, finding and tracing activities: the calls the GUI and CLI make.

Each call is one transaction. Every save validates the activity, checks that this installation
may change it, writes a content-addressed revision whose parents are the current heads, and
refreshes the current view, so history and view never disagree.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from cairo_desktop.domain.activity import Activity, content_of, normalised
from cairo_desktop.domain.activity_json import apply_changes, from_content
from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.domain.merge import merged_view
from cairo_desktop.domain.revision import make_revision
from cairo_desktop.domain.validation import STARTED_STATUSES, validate
from cairo_desktop.domain.vocabularies import load_vocabularies
from cairo_desktop.errors import NotFound, PermissionRefused, UserError, ValidationFailed
from cairo_desktop.services.activity_history import HistoryEntry, build_history
from cairo_desktop.services.context import ServiceContext
from cairo_desktop.store import activities as store
from cairo_desktop.store import queries
from cairo_desktop.sync.apply import view_activity
from cairo_desktop.store.installation import Identity, remember_office


class ActivityService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    @property
    def _db(self):  # type: ignore[no-untyped-def]
        return self._context.database

    # --- reading ---------------------------------------------------------------------------

    def get(self, activity_id: str) -> Activity:
        with self._db.session() as session:
            activity = store.get_activity(session, resolve_id(session, activity_id))
        if activity is None:
            raise NotFound(f"No activity with id {activity_id}.")
        return activity

    def find(self, selection: ActivityFilter, order_by: str = "updated_at", descending: bool = True,
             limit: int | None = None, offset: int = 0) -> list[Activity]:
        with self._db.session() as session:
            ids = queries.ids(session, selection, order_by, descending, limit, offset)
            return store.get_activities(session, ids)

    def ids(self, selection: ActivityFilter, order_by: str = "updated_at", descending: bool = True,
            limit: int | None = None, offset: int = 0) -> list[str]:
        with self._db.session() as session:
            return queries.ids(session, selection, order_by, descending, limit, offset)

    def rows(self, activity_ids: list[str]) -> dict[str, Any]:
        with self._db.session() as session:
            return queries.list_rows(session, activity_ids)

    def count(self, selection: ActivityFilter | None = None) -> int:
        with self._db.session() as session:
            return queries.count(session, selection or ActivityFilter(deleted="all"))

    def history(self, activity_id: str) -> list[HistoryEntry]:
        with self._db.session() as session:
            revisions = store.revisions_of(session, resolve_id(session, activity_id))
        if not revisions:
            raise NotFound(f"No activity with id {activity_id}.")
        return build_history(revisions)

    def can_edit(self, activity: Activity) -> bool:
        identity = self._context.identity()
        return identity is not None and (identity.is_coordinator or activity.office == identity.office_code)

    def why_read_only(self, activity: Activity) -> str:
        """Empty when this installation may edit ``activity``, otherwise the reason in one sentence."""
        if self.can_edit(activity):
            return ""
        identity = self._context.identity()
        return (
            f"This activity belongs to office {activity.office}; this installation is the field office "
            f"{identity.office_code if identity else '?'} and can only change its own activities."
        )

    # --- writing ---------------------------------------------------------------------------

    def add(self, data: Activity | dict[str, Any], office: str | None = None) -> Activity:
        return self.add_many([data], office)[0]

    def add_many(self, items: list[Activity | dict[str, Any]], office: str | None = None) -> list[Activity]:
        """Add several activities in one transaction: all are saved or, on the first problem, none."""
        identity = self._context.require_identity()
        with self._db.session(immediate=True) as session:  # read what is changed under the write lock
            saved = []
            for number, data in enumerate(items, start=1):
                try:
                    saved.append(self._add_one(session, data, office, identity))
                except UserError as error:
                    raise _numbered(error, number, len(items)) from None
            return saved

    def _add_one(self, session, data: Activity | dict[str, Any], office: str | None, identity: Identity) -> Activity:  # type: ignore[no-untyped-def]
        if isinstance(data, Activity):
            activity = data
        else:
            wanted_id = str(data.get("id") or "").strip()
            if data.get("status") is None:  # as the editor starts a new activity: not started yet
                data = dict(data, status=new_activity_status())
            activity = from_content(data, activity_id=wanted_id or None)
            activity.office = str(data.get("office") or "")
        owner = office or activity.office or identity.office_code
        if owner != identity.office_code and not identity.is_coordinator:
            raise PermissionRefused(
                f"A field office can only record its own activities (office {identity.office_code}), not office {owner}'s."
            )
        activity = replace(activity, office=owner)
        if store.get_activity(session, activity.id) is not None:
            raise UserError(f"An activity with id {activity.id} already exists; use edit to change it.")
        remember_office(session, owner)
        return self._save(session, activity, parents=[], identity=identity, created=True)

    def edit(self, activity_id: str, changes: dict[str, Any] | Activity, expected_rev: str | None = None) -> Activity:
        return self.edit_many([(activity_id, changes, expected_rev)])[0]

    def edit_many(self, items: list[tuple[str, dict[str, Any] | Activity, str | None]]) -> list[Activity]:
        """Apply several edits ``(id, changes, expected_rev)`` in one transaction, all or nothing."""
        identity = self._context.require_identity()
        with self._db.session(immediate=True) as session:  # read what is changed under the write lock
            saved = []
            for number, (activity_id, changes, expected_rev) in enumerate(items, start=1):
                try:
                    saved.append(self._edit_one(session, activity_id, changes, expected_rev, identity))
                except UserError as error:
                    raise _numbered(error, number, len(items)) from None
            return saved

    def _edit_one(self, session, activity_id: str, changes: dict[str, Any] | Activity,  # type: ignore[no-untyped-def]
                  expected_rev: str | None, identity: Identity) -> Activity:
        current = self._load_for_change(session, activity_id, identity)
        if expected_rev and expected_rev not in current.heads:
            raise UserError(
                f"Activity {current.id} was changed since you loaded it (you had revision {expected_rev[:12]}, "
                f"it is now {current.rev[:12]}). Reload it and make your change again."
            )
        if isinstance(changes, Activity):
            updated = replace(changes, id=current.id, office=current.office)
        else:
            updated = apply_changes(current, changes)
        if content_of(updated) == content_of(current) and len(current.heads) == 1:
            return current
        return self._save(session, updated, parents=current.heads, identity=identity, created=False, previous=current)

    def delete(self, activity_id: str) -> Activity:
        identity = self._context.require_identity()
        with self._db.session(immediate=True) as session:  # read what is changed under the write lock
            current = self._load_for_change(session, activity_id, identity)
            revision = make_revision(
                current.id, current.heads, None, author=self._context.author, office=identity.office_code,
                owner_office=current.office, deleted=True,
            )
            store.insert_revisions(session, [revision])
            # The view every site rebuilds from the same revisions (not ``current``: after an unresolved merge it
            # is a field-by-field mix that no other site would rebuild from the tombstone).
            history = {r.rev_id: r for r in store.revisions_of(session, current.id)}
            deleted = view_activity(current.id, merged_view(history), history)
            store.write_view(session, deleted)
            self._context.after_local_save(session, deleted, current)
            return deleted

    # --- internals -------------------------------------------------------------------------

    def _load_for_change(self, session, activity_id: str, identity: Identity) -> Activity:  # type: ignore[no-untyped-def]
        current = store.get_activity(session, resolve_id(session, activity_id))
        if current is None:
            raise NotFound(f"No activity with id {activity_id}.")
        if current.deleted:
            raise UserError(f"Activity {current.id} has been deleted; it can no longer be changed.")
        if not (identity.is_coordinator or current.office == identity.office_code):
            raise PermissionRefused(self.why_read_only(current))
        return current

    def _save(self, session, activity: Activity, parents: list[str], identity: Identity, created: bool,  # type: ignore[no-untyped-def]
              previous: Activity | None = None) -> Activity:
        activity = normalised(activity)
        issues = validate(activity)
        if issues:
            raise ValidationFailed(issues)
        revision = make_revision(
            activity.id, parents, content_of(activity), author=self._context.author,
            office=identity.office_code, owner_office=activity.office,
        )
        store.insert_revisions(session, [revision])
        saved = replace(
            activity,
            deleted=False,
            rev=revision.rev_id,
            heads=[revision.rev_id],
            created_by=revision.author if created else (previous.created_by if previous else ""),
            created_at=revision.created_at if created else (previous.created_at if previous else ""),
            updated_by=revision.author,
            updated_at=revision.created_at,
        )
        store.write_view(session, saved)
        self._context.after_local_save(session, saved, previous)
        return saved


def new_activity_status() -> str:
    """The status of a new activity when none is given: the vocabulary's first one not yet started (pipeline)."""
    return next(code for code in load_vocabularies().statuses.codes if code not in STARTED_STATUSES)


def _numbered(error: UserError, number: int, total: int) -> UserError:
    """Say which record of a batch failed; nothing of the batch was saved."""
    if total == 1:
        return error
    if isinstance(error, ValidationFailed):
        error.args = (f"Record {number} of {total}: {str(error).rstrip('.')}. Nothing was saved.",)
        return error
    return type(error)(f"Record {number} of {total}: {error} Nothing was saved.")


def resolve_id(session: Any, given: str) -> str:
    """The id of the one activity ``given`` names: its whole id, or a beginning of 8 characters or more that
    no other id shares (people copy the short ids lists print, often with spaces or cut too short); else a
    refusal that says what to type instead."""
    wanted = given.strip().lower()  # ids are lower-case; PostgreSQL compares case as it is
    # A whole id is looked up by the primary key: SQLite's LIKE (case-insensitive) cannot use it.
    found = _existing_id(session, wanted) if len(wanted) >= 36 else ids_with_prefix(session, wanted)
    if len(found) == 1:
        return found[0]
    if found:
        raise UserError(f"More than one activity id starts with {wanted}; give more of the id.")
    if len(wanted) < 8:
        raise NotFound(f"No activity with id {wanted}. Give the whole id, or at least its first 8 characters.")
    raise NotFound(f"No activity with id {wanted}.")


def _existing_id(session: Any, activity_id: str) -> list[str]:
    from sqlalchemy import select

    column = store.ACTIVITIES.c.id
    return list(session.execute(select(column).where(column == activity_id)).scalars())


def ids_with_prefix(session: Any, prefix: str) -> list[str]:
    """Up to two ids starting with ``prefix``, as people copy short ids (8 characters at least); a ``%`` or
    ``_`` in it is a character, not a wildcard."""
    if len(prefix) < 8:
        return []
    from sqlalchemy import select

    column = store.ACTIVITIES.c.id
    return list(session.execute(select(column).where(column.startswith(prefix, autoescape=True)).limit(2)).scalars())
