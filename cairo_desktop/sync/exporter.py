"""Choosing what a package carries and preparing its manifest (the writing is :mod:`writer`'s).

Incremental packages carry every revision that arrived here after the last package the receiver
acknowledged (receivers echo the sequence numbers they imported in their own manifests), so a lost
package is simply covered by the next one. ``since-last`` carries what arrived since the previous
export whatever was acknowledged; ``full`` carries everything. A field office only ever sends
revisions of its own activities; a coordinator sends everyone's (or one office's with ``office``).
"""

from __future__ import annotations

import json
import uuid
from operator import attrgetter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cairo_desktop import __version__
from cairo_desktop.domain.catalogue import load_plan
from cairo_desktop.domain.revision import utc_now
from cairo_desktop.domain.vocabularies import load_vocabularies
from cairo_desktop.store import activities as store
from cairo_desktop.store.installation import Identity
from cairo_desktop.store.sync_models import ExportedPackage, OfficeSyncState, PinnedKey
from cairo_desktop.sync.manifest import Manifest
from cairo_desktop.sync.package_plan import PackagePlan
from cairo_desktop.sync.trust import acknowledgements

EXPORTS = ExportedPackage.__table__
STATES = OfficeSyncState.__table__


def dropdown_lists() -> dict[str, list[str]]:
    plan, vocab = load_plan(), load_vocabularies()
    return {
        "actions": list(plan.action_codes),
        "approaches": list(plan.approach_codes),
        "statuses": list(vocab.statuses.codes),
        "activity_types": list(vocab.activity_types.codes),
        "population_groups": list(vocab.population_groups.codes),
        "sexes": list(vocab.sexes.codes),
        "age_bands": sorted({c for s in vocab.age_band_sets.values() for c in s.codes}),
        "organisation_roles": list(vocab.organisation_roles.codes),
        "route_roles": list(vocab.route_roles.codes),
        "currencies": list(vocab.currencies.codes),
        "languages": list(vocab.languages.codes),
        "organisation_types": list(vocab.organisation_types.codes),
    }


def acknowledged_watermark(session: Session, identity: Identity, office: str | None) -> int:
    """Highest local revision seq that the receiver(s) confirmed having; 0 when unknown."""
    states = {row.office: row.acked_seq_out for row in session.execute(select(STATES))
              if row.office != identity.office_code}
    if office:
        acked = states.get(office, 0)
    elif identity.is_coordinator:
        acked = min(states.values()) if states else 0
    else:
        coordinators = {row.office for row in session.execute(select(PinnedKey.__table__)) if row.role == "coordinator"}
        acked = max((seq for name, seq in states.items() if name in coordinators), default=0)
    if not acked:
        return 0
    row = session.execute(select(EXPORTS.c.max_revision_seq).where(EXPORTS.c.seq == acked)).first()
    return row[0] if row else 0


def last_export_watermark(session: Session) -> int:
    return session.execute(select(func.max(EXPORTS.c.max_revision_seq))).scalar() or 0


def build_plan(session: Session, identity: Identity, mode: str, office: str | None, language: str,
               schema_version: str) -> tuple[PackagePlan, int]:
    """The package plan and the highest revision seq present when it was made."""
    if mode == "full":
        watermark = 0
    elif mode == "since-last":
        watermark = last_export_watermark(session)
    else:
        watermark = acknowledged_watermark(session, identity, office)
    max_seq = session.execute(select(func.max(store.REVISIONS.c.seq))).scalar() or 0
    query = select(store.REVISIONS).where(store.REVISIONS.c.seq > watermark).order_by(store.REVISIONS.c.seq)
    owner = identity.office_code if not identity.is_coordinator else office
    if owner:
        query = query.where(store.REVISIONS.c.owner_office == owner)
    revisions = [store.revision_from_row(row) for row in session.execute(query)]
    activity_ids = sorted({r.activity_id for r in revisions})
    heads: dict[str, set[str]] = {}
    titles: dict[str, str] = {}
    for start in range(0, len(activity_ids), 500):
        chunk = activity_ids[start:start + 500]
        for row in session.execute(select(store.ACTIVITIES.c.id, store.ACTIVITIES.c.heads, store.ACTIVITIES.c.title)
                                   .where(store.ACTIVITIES.c.id.in_(chunk))):
            heads[row.id] = set(json.loads(row.heads))
            titles[row.id] = row.title
    seq = (session.execute(select(func.max(EXPORTS.c.seq))).scalar() or 0) + 1
    acks = acknowledgements(session)
    manifest = Manifest(
        package_id=str(uuid.uuid4()), office=identity.office_code, office_name=identity.office_name,
        role=identity.role, device=identity.device_id, seq=seq, created_at=utc_now(),
        mode=mode + (f" (office {office})" if office else ""), app_version=__version__,
        schema_version=schema_version, plan_version=load_plan().version, acks=acks, language=language,
    )
    plan = PackagePlan(manifest=manifest, lists=dropdown_lists())
    # By activity id (an activity's revisions in their order of arrival): the importer then adds the rows
    # of each table in the order of its index, and SQLite finds the pages it writes to in its cache.
    for revision in sorted(revisions, key=attrgetter("activity_id")):
        if revision.deleted:
            plan.tombstones.append((revision, titles.get(revision.activity_id, "")))
        elif revision.rev_id in heads.get(revision.activity_id, ()):
            plan.heads.append(revision)
        else:
            plan.history.append(revision)
    return plan, max_seq


def record_export(session: Session, plan: PackagePlan, max_seq: int, file_name: str, office: str | None) -> None:
    manifest = plan.manifest
    session.execute(EXPORTS.insert().values(
        seq=manifest.seq, package_id=manifest.package_id, mode=manifest.mode[:16], office_filter=office or "",
        max_revision_seq=max_seq, revisions=len(plan.heads) + len(plan.history) + len(plan.tombstones),
        file_name=file_name, created_at=manifest.created_at))
