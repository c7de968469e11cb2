"""Importing a signed, untouched package a few thousand activities at a time, in bounded memory.

Parsing a whole 50,000-activity package before planning keeps every row, content dict and
revision alive at once (over a gigabyte). Almost every package is exactly as exported: signed, each
row matching the version recorded for it in ``_sync``. Such a package is read here one row at a time
and planned and applied per group of *complete* activities (all their revisions known, counted from
``_sync``), inside the caller's single transaction: planning an activity never depends on another,
so the groups add up to exactly what planning the whole package at once decides.

Each sheet is read once: the same pass checks its rows, feeds the sheet hash and uses them. The
caller checked only the manifest's signature; the sheets are compared with it at the end, before
anything is committed, so a package changed after signing is rolled back here.

Anything unusual (a changed sheet, a hand-edited or refused row, a plan problem, any unexpected
value) raises :class:`NotStreamable`; the caller rolls the transaction back and imports the package
the plain way (:mod:`parse` then :mod:`apply`), which words every refusal exactly. Rows of a package
from the same app and plan version are rebuilt from their cells (see :mod:`trusted_rows`) and validated
as activities, without parsing the cells again; others go through the parser.

On SQLite, when there is more than one group, a group's rows are inserted by a background writer
(:mod:`cairo_desktop.store.deferred_inserts`) while the next group is read; the writer is closed (its
inserts done, or their error raised) before this returns, so the caller's commit or rollback sees the
connection idle.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from cairo_desktop import __version__
from cairo_desktop.domain.catalogue import load_plan
from cairo_desktop.domain.revision import Revision
from cairo_desktop.domain.validation import validate_content
from cairo_desktop.domain.vocabularies import load_vocabularies
from cairo_desktop.errors import Cancelled, UserError
from cairo_desktop.gc_pause import collector_paused
from cairo_desktop.gil_handoff import quick_gil_handoff
from cairo_desktop.memory_reuse import freed_memory_reused
from cairo_desktop.progress import Progress
from cairo_desktop.store.deferred_inserts import DeferredInserts
from cairo_desktop.store.search import DeferredSearchIndex
from cairo_desktop.sync import columns as C
from cairo_desktop.sync.apply import OUTCOMES, apply_plan, known_beforehand, plan_import
from cairo_desktop.sync.canonical import SheetHasher
from cairo_desktop.sync.parse import _Parser
from cairo_desktop.sync.reader import STREAM_ORDER, RawPackage
from cairo_desktop.sync.trust import ownership_problems, sheet_mismatch
from cairo_desktop.sync.trusted_rows import activity_content, count, revision_json

GROUP_REVISIONS = 2000
BULK_INDEX_FROM = 500  # activities; below this, the per-row search trigger is cheaper than rebuilding it
PEOPLE_KEYS = ("group", "sex", "age", "targeted", "reached")
ORGANISATION_KEYS = ("name", "role", "type")


class NotStreamable(Exception):
    """The package needs the plain import (which also explains any refusal)."""


@dataclass
class StreamResult:
    counts: dict[str, int] = field(default_factory=lambda: {name: 0 for name in OUTCOMES})
    open_conflicts: int = 0


class _Children:
    """People and organisations by version, as compact tuples until their activity row is read."""

    def __init__(self, parser: _Parser, raw: RawPackage, hashers: dict[str, SheetHasher]) -> None:
        self.people: dict[str, list[tuple[Any, ...]]] = {}
        self.organisations: dict[str, list[tuple[Any, ...]]] = {}
        intern = sys.intern  # a few codes repeated on 400,000 rows: keep one copy of each
        for number, cells in raw.iter_rows(C.PEOPLE, hashers[C.PEOPLE]):
            _aid, rev, group, sex, age, targeted, reached = cells
            targeted, reached = count(targeted), count(reached)
            if type(rev) is str and type(group) is str and type(sex) is str and type(age) is str \
                    and targeted is not False and reached is not False and len(group) + len(sex) + len(age) < 100:
                item = (intern(group.strip()), intern(sex.strip()), intern(age.strip()), targeted, reached)
                key = rev.strip() or f"ref:{str(_aid).strip()}"
            else:
                key, parsed = parser.person(number, cells)
                if parsed is None:
                    raise NotStreamable
                item = tuple(_shared(parsed[k]) for k in PEOPLE_KEYS)
            self.people.setdefault(key, []).append(item)
        for _number, cells in raw.iter_rows(C.ORGANISATIONS, hashers[C.ORGANISATIONS]):
            _aid, rev, name, role, kind = cells
            if type(rev) is str and type(name) is str and type(role) is str and type(kind) is str:
                # What parser.organisation makes of a row of texts, without its dict: 100,000 rows.
                organisation = (_shared(name.strip()), _shared(role.strip()), _shared(kind.strip()))
                key = rev.strip() or f"ref:{str(_aid).strip()}"
            else:
                key, org = parser.organisation(cells)
                organisation = tuple(_shared(org[k]) for k in ORGANISATION_KEYS)
            self.organisations.setdefault(key, []).append(organisation)

    def take(self, rev: str) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """The people and organisations of ``rev``; each version is read once only."""
        return self.people.pop(rev, None) or [], self.organisations.pop(rev, None) or []


def _shared(value: Any) -> Any:
    return sys.intern(value) if type(value) is str and len(value) <= 40 else value


def _as_dicts(people: list[tuple[Any, ...]], organisations: list[tuple[Any, ...]]) -> dict[str, list[dict[str, Any]]]:
    kids: dict[str, list[dict[str, Any]]] = {}
    if people:
        kids["people"] = [dict(zip(PEOPLE_KEYS, item)) for item in people]
    if organisations:
        kids["organisations"] = [dict(zip(ORGANISATION_KEYS, item)) for item in organisations]
    return kids


def same_release(raw: RawPackage) -> bool:
    """True when the package was exported by this app version with this plan version (same rules)."""
    manifest = raw.manifest
    return manifest.app_version == __version__ and manifest.plan_version == load_plan().version


class _Stream:
    def __init__(self, session: Session, raw: RawPackage, role: str, source: str, apply: bool,
                 progress: Progress) -> None:
        self.session, self.raw, self.role, self.source = session, raw, role, source
        self.apply, self.progress = apply, progress
        self.result = StreamResult()
        self.hashers = {name: SheetHasher() for name in C.DATA_SHEETS}
        self.trusted = same_release(raw)
        self.plan, self.vocabularies = load_plan(), load_vocabularies()
        self.parser = _Parser(raw, True)
        self.metas = self.parser.sync_meta(self.hashers[C.SYNC])
        if self.parser.result.problems:
            raise NotStreamable
        # The People sheet is the largest; its compact tuples are the peak of the import.
        self.children = _Children(self.parser, raw, self.hashers)
        self.expected = Counter(meta.activity_id for meta in self.metas.values())
        self.known = known_beforehand(session, self.expected)
        self.pending: dict[str, list[Revision]] = {}
        self.ready: list[Revision] = []
        self.content_json: dict[str, str] = {}
        self.used: set[str] = set()
        self.done = 0
        self.search = DeferredSearchIndex(session)
        if apply and len(self.expected) >= BULK_INDEX_FROM:
            self.search.start()

    def run(self) -> StreamResult:
        for sheet in (C.ACTIVITIES, C.HISTORY):
            for number, cells in self.raw.iter_rows(sheet, self.hashers[sheet]):
                self.activity_row(sheet, number, cells, self.children)
        if self.children.people or self.children.organisations:
            raise NotStreamable  # rows of no activity: the plain import refuses them, naming each row
        for _number, cells in self.raw.iter_rows(C.DELETED, self.hashers[C.DELETED]):
            aid, _office, _title, _author, _created, rev = (str(v).strip() for v in cells)
            meta = self.metas.get(rev)
            if meta is None or not meta.deleted or meta.activity_id != aid or rev in self.used:
                raise NotStreamable
            self.collect(Revision(rev, aid, meta.parents, None, True, meta.author, meta.office, meta.created_at,
                                  meta.owner))
        for rev, meta in self.metas.items():
            if rev not in self.used and not (meta.sheet == C.DELETED and meta.deleted):
                raise NotStreamable
        # Every sheet has been read whole: compare it with the signed manifest before anything commits.
        self.raw.record_hashes(self.hashers)
        if sheet_mismatch(self.raw, self.raw.hashes, self.raw.counts):
            raise NotStreamable
        for revisions in self.pending.values():
            self.ready.extend(revisions)
        self.pending.clear()
        self.flush()
        self.search.finish()
        return self.result

    def activity_row(self, sheet: str, number: int, cells: list[Any], children: _Children) -> None:
        aid, rev = str(cells[0]).strip(), str(cells[-1]).strip()
        meta = self.metas.get(rev) if rev else None
        if meta is None or meta.sheet != sheet or meta.activity_id != aid or meta.deleted or rev in self.used:
            raise NotStreamable
        people, organisations = children.take(rev)
        content = activity_content(cells, people, organisations) if self.trusted else None
        if content is not None and validate_content(content, self.plan, self.vocabularies):
            content = None  # a signature says who sent it, not that it is sound: the validating parser words why
        if content is None:
            content = self.parser.content(sheet, number, cells, _as_dicts(people, organisations))
        if content is None:
            raise NotStreamable
        rev_id, content_json = revision_json(aid, meta.parents, content, False, meta.author, meta.office,
                                             meta.created_at, meta.owner)
        if rev_id != rev:
            raise NotStreamable
        self.content_json[rev] = content_json  # type: ignore[assignment]
        self.collect(Revision(rev, aid, meta.parents, content, False, meta.author, meta.office, meta.created_at,
                              meta.owner))

    def collect(self, revision: Revision) -> None:
        self.used.add(revision.rev_id)
        aid = revision.activity_id
        revisions = self.pending.setdefault(aid, [])
        revisions.append(revision)
        if len(revisions) == self.expected[aid]:
            self.ready.extend(self.pending.pop(aid))
            if len(self.ready) >= GROUP_REVISIONS:
                self.flush()

    def flush(self) -> None:
        """Plan (and unless this is a dry run, apply) one group of complete activities."""
        group, self.ready = self.ready, []
        if not group:
            return
        if ownership_problems(group, self.raw.manifest.office, self.role):
            raise NotStreamable
        self.progress.check_cancelled()
        plan = plan_import(self.session, group, set(), known=self.known)
        if plan.problems:
            raise NotStreamable
        for name, number in plan.counts.items():
            self.result.counts[name] += number
        self.result.open_conflicts += plan.open_conflicts
        if self.apply:
            apply_plan(self.session, plan, self.source, content_json=self.content_json, known=self.known)
            self.search.written(plan.views)
        for revision in group:
            self.content_json.pop(revision.rev_id, None)
        self.done += len(group)
        total = max(self.done, len(self.metas))
        if self.apply:
            self.progress.report(self.done, total, "Importing the activities")
        else:  # a dry run (the window's preview) writes nothing
            self.progress.report(self.done, total, "Checking the activities")


def stream_import(session: Session, raw: RawPackage, role: str, source: str, apply: bool,
                  progress: Progress) -> StreamResult:
    """Plan and (when ``apply``) write a signed package group by group; raises :class:`NotStreamable`.

    Any problem with the package's content (including a row the plain import would refuse, or a
    value of an unexpected type) ends in :class:`NotStreamable`; cancelling raises ``Cancelled``.
    """
    raw.prefetch(STREAM_ORDER)
    try:
        # Hundreds of thousands of small tuples and dicts stay alive until their activity is written, and
        # blocks of megabytes are freed and taken again for every part of a sheet.
        with collector_paused(), quick_gil_handoff(), freed_memory_reused():
            return _stream(session, raw, role, source, apply, progress)
    finally:
        raw.stop_prefetch()


def _stream(session: Session, raw: RawPackage, role: str, source: str, apply: bool,
            progress: Progress) -> StreamResult:
    writer = None
    try:
        connection = session.connection()
        stream = _Stream(session, raw, role, source, apply, progress)
        # With more than one group, a group's rows are written on a background thread while the next
        # group is read (SQLite only); one group has nothing to overlap, only the thread to pay for.
        if apply and connection.dialect.name == "sqlite" and len(stream.metas) > GROUP_REVISIONS:
            writer = DeferredInserts(connection)
        result = stream.run()
        if writer is not None:
            closing, writer = writer, None
            closing.close()  # raises the error of a failed insert, if any
        return result
    except (NotStreamable, Cancelled):
        raise
    except (UserError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise NotStreamable from error
    finally:
        if writer is not None:
            writer.close(raise_errors=False)  # failing already; the caller rolls back
