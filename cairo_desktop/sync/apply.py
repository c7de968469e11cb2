"""Applying incoming revisions to the store: classify, check, then write revisions, views and conflicts.

Runs inside the caller's transaction. Phase one decides everything without writing (so a dry run
and a refusal cost no writes); phase two writes in bulk with SQLAlchemy Core. The view of each
touched activity is recomputed from *all* its revisions (:func:`merged_view`), never patched, so the
result does not depend on the order packages arrive in.
"""

from __future__ import annotations

import json
from collections import defaultdict
import uuid
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from cairo_desktop.domain.activity import Activity
from cairo_desktop.domain.activity_json import from_canonical
from cairo_desktop.domain.merge import DELETED_FIELD, FieldConflict, MergedView, find_heads, merged_view
from cairo_desktop.domain.revision import Revision, canonical_json, compute_rev_id, utc_now
from cairo_desktop.progress import Progress
from cairo_desktop.store import activities as store
from cairo_desktop.store.content_views import ContentView, insert_content_views
from cairo_desktop.store.installation import remember_office
from cairo_desktop.store.sync_models import SyncConflict

CONFLICTS = SyncConflict.__table__
HAND_AUTHOR_SUFFIX = " (filled in by hand)"  # the author of a revision made from a row a person filled in
OUTCOMES = ("new", "updated", "deleted", "unchanged", "stale", "merged", "conflicts")


@dataclass
class Plan:
    """What applying would do; ``problems`` are (activity id, message) that refuse the package."""

    counts: dict[str, int] = field(default_factory=lambda: {name: 0 for name in OUTCOMES})
    outcome: dict[str, str] = field(default_factory=dict)
    views: dict[str, MergedView] = field(default_factory=dict)
    local: dict[str, dict[str, Revision]] = field(default_factory=dict)
    new_revisions: list[Revision] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    open_conflicts: int = 0


@dataclass
class KnownBeforehand:
    """What an import applied group by group reads from the database once, before its first group.

    Planning and writing a group then read nothing more for activities new here; with a background
    writer open (:mod:`cairo_desktop.store.deferred_inserts`) every read first waits for the inserts
    queued before it, so reads in each group kept the reading of rows waiting for the writer.
    """

    stored_activities: set[str]  # those of the import's activities that have revisions here
    offices: set[str] = field(default_factory=set)  # offices remembered already
    next_seq: int | None = None  # the next revision arrival number, once the first group is written


def known_beforehand(session: Session, activity_ids: Iterable[str]) -> KnownBeforehand:
    """Which of ``activity_ids`` have revisions here (the rest are new here)."""
    ids = sorted(set(activity_ids))
    stored: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        stored.update(session.scalars(select(store.REVISIONS.c.activity_id)
                                      .where(store.REVISIONS.c.activity_id.in_(chunk)).distinct()))
    return KnownBeforehand(stored)


def load_revisions(session: Session, activity_ids: list[str]) -> dict[str, dict[str, Revision]]:
    found: dict[str, dict[str, Revision]] = defaultdict(dict)
    for start in range(0, len(activity_ids), 500):
        chunk = activity_ids[start:start + 500]
        for row in session.execute(select(store.REVISIONS).where(store.REVISIONS.c.activity_id.in_(chunk))):
            revision = store.revision_from_row(row)
            found[revision.activity_id][revision.rev_id] = revision
    return found


def new_revisions(session: Session, revisions: list[Revision]) -> list[Revision]:
    """Those of ``revisions`` this database does not hold yet."""
    ids = [revision.rev_id for revision in revisions]
    held: set[str] = set()
    for start in range(0, len(ids), 500):
        held.update(session.scalars(select(store.REVISIONS.c.rev_id).where(store.REVISIONS.c.rev_id.in_(ids[start:start + 500]))))
    return [revision for revision in revisions if revision.rev_id not in held]


def _made_from_a_reference(activity_id: str) -> bool:
    """True for the id a hand-added row gets from its workbook and its reference ("new-1"): a name-based
    UUID, where the app makes random ones. Such an activity already here came from the same workbook."""
    try:
        return uuid.UUID(activity_id).version == 5
    except ValueError:
        return False


def _resent_by_hand(revisions: list[Revision], mine: dict[str, Revision]) -> list[Revision]:
    """A hand-added row sent again (the partner re-sent the workbook, perhaps corrected): an edit on top of
    the version it sent before, so that changes made here meanwhile are merged, not overwritten; nothing
    when it is unchanged since."""
    by_hand = {rev: r for rev, r in mine.items() if r.author.endswith(HAND_AUTHOR_SUFFIX)}
    tips = sorted(rev for rev in by_hand if not any(rev in other.parents for other in by_hand.values()))
    if not tips:
        return revisions
    result = []
    for revision in revisions:
        if len(tips) == 1 and revision.content == by_hand[tips[0]].content:
            continue
        parents = tuple(tips)
        rev_id = compute_rev_id(revision.activity_id, parents, revision.content, revision.deleted, revision.author,
                                revision.office, revision.created_at, revision.owner_office)
        if rev_id not in mine:
            result.append(replace(revision, rev_id=rev_id, parents=parents))
    return result


def plan_import(session: Session, incoming: Iterable[Revision], new_by_hand: set[str] | None = None,
                progress: Progress | None = None, known: KnownBeforehand | None = None) -> Plan:
    progress = progress or Progress()
    by_activity: dict[str, list[Revision]] = defaultdict(list)
    for revision in incoming:
        by_activity[revision.activity_id].append(revision)
    ids = sorted(by_activity)
    local = load_revisions(session, ids if known is None else [aid for aid in ids if aid in known.stored_activities])
    plan = Plan()
    for number, aid in enumerate(ids, start=1):
        if number % 5000 == 0:
            progress.check_cancelled()
            progress.report(number, len(ids), "Comparing with this database")
        mine = local.get(aid, {})
        revisions = by_activity[aid]
        if mine and new_by_hand and aid in new_by_hand:
            if not _made_from_a_reference(aid):
                plan.problems.append((aid, f"a hand-added row uses the id of existing activity {aid}; leave 'Activity "
                                           "ID' empty for a new activity, or copy the exported row with its 'Version'."))
                continue
            revisions = _resent_by_hand(revisions, mine)
            if not revisions:
                plan.outcome[aid] = "unchanged"
                continue
        owner = next(iter(mine.values())).owner_office if mine else revisions[0].owner_office
        if any(r.owner_office != owner for r in revisions):
            plan.problems.append((aid, f"activity {aid} belongs to office {owner}, but the package says another office "
                                       "owns it. Ask the sender to export again."))
            continue
        fresh = [r for r in revisions if r.rev_id not in mine]
        if not fresh:
            incoming_heads = set(find_heads({r.rev_id: r for r in revisions}))
            plan.outcome[aid] = "unchanged" if incoming_heads <= set(find_heads(mine)) else "stale"
            continue
        combined = dict(mine)
        combined.update({r.rev_id: r for r in fresh})
        view = merged_view(combined)
        plan.views[aid] = view
        plan.local[aid] = mine
        plan.new_revisions.extend(fresh)
        if not mine:
            outcome = "new"
        elif view.heads == find_heads(mine):
            outcome = "stale"
        elif len(view.heads) == 1:
            outcome = "deleted" if view.deleted else "updated"
        else:
            outcome = "conflicts" if view.conflicts else "merged"
        plan.outcome[aid] = outcome
    for outcome in plan.outcome.values():
        plan.counts[outcome] += 1
    plan.open_conflicts = sum(len(view.conflicts) for view in plan.views.values())
    return plan


def view_activity(aid: str, view: MergedView, revisions: dict[str, Revision]) -> Activity:
    """The ``activities`` row of a merged view."""
    winner, root = revisions[view.winner], revisions[view.root]
    if view.content is None:
        activity = Activity(title="(deleted before it reached this office)", action="1.1")
    else:
        activity = from_canonical(view.content, aid)
    activity.id, activity.office, activity.deleted, activity.rev = aid, winner.owner_office, view.deleted, view.winner
    activity.heads, activity.created_by, activity.created_at = list(view.heads), root.author, root.created_at
    activity.updated_by, activity.updated_at = winner.author, winner.created_at
    return activity


def content_view(aid: str, view: MergedView, revisions: dict[str, Revision]) -> ContentView:
    """The view of a one-head activity as its content, for :func:`insert_content_views`."""
    winner, root = revisions[view.winner], revisions[view.root]
    return ContentView(aid, view.content or {}, winner.owner_office, view.deleted, view.winner, list(view.heads),
                       root.author, root.created_at, winner.author, winner.created_at)


def apply_plan(session: Session, plan: Plan, source: str, progress: Progress | None = None,
               content_json: dict[str, str] | None = None, known: KnownBeforehand | None = None) -> None:
    """Write what :func:`plan_import` decided (inside the caller's transaction).

    ``content_json`` may give the canonical JSON of revisions' content, already made to check their ids.
    ``known`` is what an import applied group by group read beforehand (and this updates).
    """
    progress = progress or Progress()
    owners = set()
    activities = list(plan.views)
    by_activity: dict[str, dict[str, Revision]] = {aid: dict(plan.local[aid]) for aid in plan.views}
    for revision in plan.new_revisions:
        by_activity[revision.activity_id][revision.rev_id] = revision
    # A one-head view shows one revision's content, normalised when it was made. An activity with no
    # revision here has no view row to replace either.
    batches: dict[tuple[bool, bool], list[Activity]] = defaultdict(list)
    fresh: list[ContentView] = []
    for aid in activities:
        view = plan.views[aid]
        single = len(view.heads) == 1 and view.content is not None
        if single and not plan.local[aid]:
            fresh.append(content_view(aid, view, by_activity[aid]))
            owners.add(fresh[-1].office)
            continue
        row = view_activity(aid, view, by_activity[aid])
        owners.add(row.office)
        batches[(single, bool(plan.local[aid]))].append(row)
    # Reads first: with deferred inserts (a large import) a read waits for the inserts before it.
    for office in sorted(owners - known.offices if known else owners):
        remember_office(session, office)
    if known is None:
        store.insert_revisions(session, plan.new_revisions, source=source, content_json=content_json)
    else:  # plan_import saw every revision here of these activities: the new ones are not stored
        known.offices |= owners
        if known.next_seq is None:
            known.next_seq = store.next_revision_seq(session)
        store.append_revisions(session, plan.new_revisions, known.next_seq, source, content_json)
        known.next_seq += len(plan.new_revisions)
    progress.report(1, 3, "Writing the activities")
    for start in range(0, len(fresh), 5000):
        progress.check_cancelled()
        insert_content_views(session, fresh[start:start + 5000])
    for (is_normalised, replace_existing), rows in sorted(batches.items()):
        for start in range(0, len(rows), 5000):
            progress.check_cancelled()
            store.write_views(session, rows[start:start + 5000], replace_existing=replace_existing,
                              is_normalised=is_normalised)
    progress.report(2, 3, "Recording conflicts")
    record_conflicts(session, plan, by_activity, source)


def _value_json(value: Any) -> str:
    return canonical_json(value)


def _sides(conflict: FieldConflict, before: MergedView | None, known: Mapping[str, Revision]) -> tuple[Any, Any]:
    """(local, incoming) values of a conflict between the new heads, for the person who settles it.

    "Local" is what this site showed before the import when that is still one of the heads' values. It is not
    when this site already had a conflict and the package brought a later edit on the head shown then (the
    disagreement is now between that later edit and the heads already here, whose value is the local one), nor
    when every head came with the package (a conflict made elsewhere: the value shown now). Taking the value
    shown before as "local" regardless listed a replaced value and dropped a head's value from the conflict.
    Incoming is a value of a head this site did not have, else any other head's.
    """
    candidates = sorted(conflict.values.items())
    shown_before = None if before is None else \
        before.deleted if conflict.field == DELETED_FIELD else (before.content or {}).get(conflict.field)
    already_here = [value for rev, value in candidates if rev in known]
    if before is not None and any(value == shown_before for _rev, value in candidates):
        local: Any = shown_before
    elif already_here:
        local = already_here[0]
    else:  # every head came with this package (a new activity, or a conflict made elsewhere): none is this site's
        local = conflict.shown
    new_values = [value for rev, value in candidates if rev not in known and value != local]
    others = new_values or [value for _rev, value in candidates if value != local]
    return local, others[0] if others else conflict.shown


def record_conflicts(session: Session, plan: Plan, by_activity: dict[str, dict[str, Revision]], source: str) -> None:
    """Close conflicts about heads that changed; open one row per disagreeing field of the new heads."""
    touched = [aid for aid, outcome in plan.outcome.items() if aid in plan.views and outcome != "new"]
    touched += [aid for aid, view in plan.views.items() if plan.outcome[aid] == "new" and view.conflicts]
    existing: dict[str, list[Any]] = defaultdict(list)
    for start in range(0, len(touched), 500):
        chunk = touched[start:start + 500]
        for row in session.execute(select(CONFLICTS).where(CONFLICTS.c.activity_id.in_(chunk),
                                                           CONFLICTS.c.status == "open")):
            existing[row.activity_id].append(row)
    now = utc_now()
    inserts = []
    for aid in touched:
        view = plan.views[aid]
        heads_json = canonical_json(sorted(view.heads))
        kept = set()
        for row in existing.get(aid, []):
            if row.heads == heads_json:
                kept.add(row.field)
            else:
                status = "superseded" if len(view.heads) > 1 else "resolved"
                session.execute(update(CONFLICTS).where(CONFLICTS.c.id == row.id).values(
                    status=status, resolved_at=now, resolved_by=f"package {source}"))
        if not view.conflicts:
            continue
        before = merged_view(plan.local[aid]) if plan.local[aid] else None
        for conflict in view.conflicts:
            if conflict.field in kept:
                continue
            local_value, incoming_value = _sides(conflict, before, plan.local[aid])
            inserts.append({
                "activity_id": aid, "field": conflict.field, "heads": heads_json,
                "local_value": _value_json(local_value), "incoming_value": _value_json(incoming_value),
                "shown": "local" if conflict.shown == local_value else "incoming",
                "values": json.dumps(conflict.values, sort_keys=True, ensure_ascii=False),
                "source": source, "status": "open", "created_at": now, "resolved_at": "", "resolved_by": "",
            })
    if inserts:
        session.execute(CONFLICTS.insert(), inserts)
