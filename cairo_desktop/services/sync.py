"""Export, import, conflicts and keys: the sync calls the GUI and the CLI make.

Each package is imported in its own ``BEGIN IMMEDIATE`` transaction, after one backup of the
database per call, and its log row is written in that same transaction: killing the process at any
moment leaves each package fully imported or not at all. A dry run decides everything and writes
nothing. On PostgreSQL, when pg_dump is missing or fails, the import goes on without a backup and the
first package's report says so (kind "no_backup").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Sequence

from sqlalchemy import func, select, update

from cairo_desktop.domain.activity import Activity
from cairo_desktop.domain.activity_json import from_content
from cairo_desktop.domain.merge import DELETED_FIELD, merged_view
from cairo_desktop.domain.revision import canonical_json, make_revision, utc_now
from cairo_desktop.domain.validation import validate
from cairo_desktop.errors import Cancelled, NotFound, PermissionRefused, UserError, ValidationFailed
from cairo_desktop.gc_pause import collector_paused
from cairo_desktop.output_files import check_output
from cairo_desktop.progress import Progress
from cairo_desktop.services.context import ServiceContext
from cairo_desktop.services.installation import checked_office_code
from cairo_desktop.store import activities as store
from cairo_desktop.store.backup import BackupNotMade, backup_database
from cairo_desktop.store.wal import checkpoint_after_batch
from cairo_desktop.store.installation import get_setting
from cairo_desktop.store.models import Installation
from cairo_desktop.store.sync_models import ImportedPackage, PinnedKey, SyncConflict
from cairo_desktop.sync import exporter, signing, trust
from cairo_desktop.sync.columns import PACKAGE_EXAMPLE
from cairo_desktop.sync.apply import CONFLICTS, apply_plan, load_revisions, new_revisions, plan_import, view_activity
from cairo_desktop.sync.guards import PackageRefused
from cairo_desktop.sync.parse import parse_package
from cairo_desktop.services.sync_read_ahead import open_package, read_ahead
from cairo_desktop.sync.reader import RawPackage
from cairo_desktop.sync.report import Conflict, ExportSummary, ImportReport, PinnedOffice
from cairo_desktop.sync.stream import NotStreamable, stream_import

MAX_LISTED_PROBLEMS = 200


class SyncService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        context.on_local_save(self._close_settled_conflicts)

    @property
    def _db(self):  # type: ignore[no-untyped-def]
        return self._context.database

    # --- keys ------------------------------------------------------------------------------

    def _private_key(self) -> str:
        self._context.require_identity()
        with self._db.session() as session:
            row = session.get(Installation, 1)
            if not row.signing_key:
                row.signing_key = signing.new_private_key_hex()
            return row.signing_key

    def key_fingerprint(self) -> str:
        return signing.fingerprint(signing.public_key_hex(self._private_key()))

    def pinned_keys(self) -> list[PinnedOffice]:
        with self._db.session() as session:
            return [PinnedOffice(k.office, k.fingerprint, k.role, k.pinned_at, not k.public_key)
                    for k in trust.pinned_offices(session)]

    def trust_key(self, office: str, fingerprint: str, role: str | None = None) -> PinnedOffice:
        """Trust ``fingerprint`` for ``office`` (read over the phone), replacing any key pinned before."""
        office = checked_office_code(office)  # a blank code was trusted as an office named ''
        if office == self._context.require_identity().office_code:
            raise UserError(f"{office} is this installation's own office: its key is made here and needs no trusting "
                            "(its fingerprint is shown under Sync, Keys, or by 'cairo-desktop keys show').")
        fp = signing.normalise_fingerprint(fingerprint)
        if len(fp) != 39:
            raise UserError(f"'{fingerprint}' is not a key fingerprint; it has 32 hexadecimal digits in 8 groups, "
                            "like 3F2A-91C0-....")
        with self._db.session() as session:
            pinned = session.get(PinnedKey, office)
            if pinned is None:
                pinned = PinnedKey(office=office, role=role or "field", pinned_at=utc_now(), pinned_from="manual")
                session.add(pinned)
            elif role:
                pinned.role = role
            if pinned.fingerprint != fp:
                pinned.public_key = ""
            pinned.fingerprint, pinned.pinned_at, pinned.pinned_from = fp, utc_now(), "manual"
            return PinnedOffice(office, fp, pinned.role, pinned.pinned_at, not pinned.public_key)

    def offices_sharing_key(self, office: str) -> list[str]:
        """The other offices trusted with the key trusted for ``office`` (a computer copied from theirs, or an
        impostor): each of them can sign for the others."""
        pinned = {key.office: key.fingerprint for key in self.pinned_keys()}
        fingerprint = pinned.get(office)
        return sorted(other for other, fp in pinned.items() if fp == fingerprint and other != office) \
            if fingerprint else []

    def forget_key(self, office: str) -> None:
        with self._db.session() as session:
            pinned = session.get(PinnedKey, office.strip().upper())
            if pinned is None:
                raise NotFound(f"No key is trusted for office {office}.")
            session.delete(pinned)

    # --- export ----------------------------------------------------------------------------

    def export_package(self, path: str | Path, full: bool = False, office: str | None = None,
                       progress: Progress | None = None, since_last: bool = False) -> ExportSummary:
        identity = self._context.require_identity()
        office = office.strip().upper() if office else None
        if office and not identity.is_coordinator and office != identity.office_code:
            raise PermissionRefused(f"A field office exports only its own activities (office {identity.office_code}).")
        private_hex = self._private_key()
        check_output(path, PACKAGE_EXAMPLE)  # a read-only or full USB stick is found out before the work, not after
        mode = "full" if full else ("since-last" if since_last else "incremental")
        from cairo_desktop.store.migrate import head_revision

        # The plan holds every revision's content until the file is written: millions of objects the
        # cyclic collector would otherwise walk again and again (about 2% of a 50,000-activity export).
        with self._db.session(immediate=True) as session, collector_paused():
            language = get_setting(session, "language", "en") or "en"
            plan, max_seq = exporter.build_plan(session, identity, mode, office, language, head_revision())
            from cairo_desktop.sync.writer import write_package  # openpyxl loads only when exporting

            written = write_package(Path(path), plan, private_hex, progress)
            exporter.record_export(session, plan, max_seq, written.name, office)
        # Counted by activity: an activity edited in two places has two heads, one deleted in two places two
        # deletion versions.
        live = {revision.activity_id for revision in plan.heads}
        deleted = {revision.activity_id for revision, _title in plan.tombstones} - live
        return ExportSummary(written, len(live), len(plan.heads) + len(plan.history) + len(plan.tombstones),
                             len(deleted), plan.manifest.seq, plan.manifest.package_id, mode,
                             signing.fingerprint(plan.manifest.public_key))

    # --- import ----------------------------------------------------------------------------

    def import_packages(self, paths: Sequence[str | Path], dry_run: bool = False,
                        accept_unsigned_reason: str | None = None, progress: Progress | None = None) -> list[ImportReport]:
        if accept_unsigned_reason is not None and not accept_unsigned_reason.strip():
            raise UserError("Say why the unsigned or changed package may be imported (--reason TEXT); it is recorded.")
        me = self._context.require_identity()
        with self._db.session() as session:
            key = session.get(Installation, 1).signing_key  # never made here: no package can be ours
        own_public = signing.public_key_hex(key) if key else ""
        progress = progress or Progress()
        reports = []
        backed_up = dry_run
        no_backup: BackupNotMade | None = None
        upcoming: RawPackage | UserError | None = None
        with checkpoint_after_batch(self._db.engine, enabled=not dry_run):
            try:
                for number, path in enumerate(paths, start=1):
                    progress.report(number - 1, len(paths), f"Reading {Path(path).name}")
                    report = ImportReport(file=str(path), dry_run=dry_run)
                    reports.append(report)
                    opened, upcoming = upcoming or open_package(path), None
                    if number < len(paths):
                        upcoming = read_ahead(paths[number])
                    if isinstance(opened, UserError):
                        _refuse(report, opened)
                        continue
                    if not backed_up:
                        no_backup, backed_up = self._backup_before_import(), True
                    reports[-1] = self._import_read(opened, report, me, own_public, dry_run, accept_unsigned_reason,
                                                    progress)
                    if no_backup is not None:  # told once, on the package the backup was for
                        _warn_no_backup(reports[-1], no_backup)
                        no_backup = None
            except Cancelled as cancelled:
                cancelled.finished = reports[:-1]  # each committed (or refused) before the one cancelled
                raise
            finally:
                if isinstance(upcoming, RawPackage):
                    upcoming.close()
        progress.report(len(paths), len(paths), "Import finished")
        return reports

    def _backup_before_import(self) -> BackupNotMade | None:
        """Back up the database before the first package of an import; returns why none was made on PostgreSQL.

        A missing or failing pg_dump must not block the import (a coordinator's computer often has no
        PostgreSQL client programs): the caller goes on and warns. An SQLite copy that fails stops the import.
        """
        try:
            backup_database(self._db.engine, "before-import")
        except BackupNotMade as error:
            return error
        return None

    def _import_read(self, raw: RawPackage, report: ImportReport, me, own_public: str,  # type: ignore[no-untyped-def]
                     dry_run: bool, reason: str | None, progress: Progress) -> ImportReport:
        """Import a package read by :func:`read_package`: streamed when it can be, else the plain way."""
        try:
            try:
                self._import_one(raw, report, me, own_public, dry_run, reason, progress, True)
                return report
            except NotStreamable:  # rolled back; the plain import words any refusal
                pass
            # Out of the except block, so the streamed attempt's rows (its traceback holds them) are freed first.
            report = ImportReport(file=report.file, dry_run=dry_run)
            try:
                raw.check_sheets()
            except UserError as error:
                _refuse(report, error)
                return report
            self._import_one(raw, report, me, own_public, dry_run, reason, progress, False)
            return report
        finally:
            raw.close()

    def _import_one(self, raw, report: ImportReport, me, own_public: str, dry_run: bool,  # type: ignore[no-untyped-def]
                    reason: str | None, progress: Progress, stream: bool) -> None:
        manifest = raw.manifest
        report.package_id, report.office, report.seq = manifest.package_id, manifest.office, manifest.seq
        report.fingerprint = signing.fingerprint(manifest.public_key) if len(manifest.public_key) == 64 else ""
        label = raw.label
        if stream and not manifest.signature_valid():
            raise NotStreamable
        with self._db.session(immediate=not dry_run) as session:
            # Streaming checks the sheets against the signed manifest as it reads them, before commit.
            decision = trust.decide(session, raw, me, own_public, reason, sheets_checked_later=stream)
            if stream and (decision.already_imported or decision.refusals or not decision.verified):
                raise NotStreamable  # the plain import checks the sheets first and words it as always
            report.signed, report.warnings = decision.verified, list(decision.warnings)
            report.warning_data = list(decision.warning_data)
            if decision.already_imported:
                report.ok, report.already_imported = True, True
                report.message = (f"{label}: already imported on {decision.already_imported[:19].replace('T', ' ')}; "
                                  "nothing changed.")
                return
            if decision.refusals:
                report.refused = [f"{label}: {text}" for text in decision.refusals]
                report.unsigned, report.refusal = bool(decision.unsigned), dict(decision.refusal)
                report.message = f"Refused: {report.refused[0]} Nothing was imported from it."
                return
            if stream and decision.verified:
                streamed = stream_import(session, raw, decision.role, manifest.package_id, not dry_run, progress)
                counts, report.open_conflicts = streamed.counts, streamed.open_conflicts
            else:
                parsed = parse_package(raw, decision.verified)
                problems = list(parsed.problems)
                changes = new_revisions(session, parsed.revisions)  # what is here already changes nothing
                for revision, message in trust.ownership_problems(changes, manifest.office, decision.role,
                                                                  decision.verified):
                    sheet, row = parsed.rows.get(revision.rev_id, ("", None))
                    problems.append(PackageRefused(label, message, sheet, row, "Activity ID" if sheet else ""))
                plan = plan_import(session, parsed.revisions, parsed.new_by_hand, progress) if not problems else None
                if plan is not None:
                    problems += [PackageRefused(label, message) for _, message in plan.problems]
                if problems or plan is None:
                    listed = problems[:MAX_LISTED_PROBLEMS]
                    report.refused = [str(p) for p in listed]
                    more = len(problems) - len(listed)
                    report.message = (f"Refused: {label} has {len(problems)} problem{'' if len(problems) == 1 else 's'}"
                                      f"{f' ({more} not listed)' if more else ''}; "
                                      "nothing was imported. Correct the rows listed and import the file again.")
                    report.refusal = {"kind": "problems", "count": len(problems), "listed": len(listed),
                                      "rows": [{"sheet": p.sheet, "row": p.row, "field": p.field, "message": p.reason}
                                               for p in listed]}
                    return
                counts, report.open_conflicts = plan.counts, plan.open_conflicts
                if not dry_run:
                    apply_plan(session, plan, manifest.package_id, progress)
                counts = dict(counts, hand_made=len(parsed.hand_made))
            report.counts = dict(counts)
            report.counts.setdefault("hand_made", 0)
            if dry_run:
                report.ok = True
                report.message = f"{label}: would import from office {manifest.office} (package {manifest.seq}): {_summary(counts)}."
                return
            trust.record_trust(session, raw, decision, me, signing.fingerprint(own_public) if own_public else "")
            report.warnings = trust.warnings_after_import(decision)
            session.add(ImportedPackage(
                package_id=trust.log_id(raw, decision.verified), office=manifest.office, seq=manifest.seq,
                file_name=label, file_hash=raw.file_hash, counts=json.dumps(report.counts, sort_keys=True),
                signed=decision.verified, unsigned_reason=reason or "" if not decision.verified else "",
                imported_by=self._context.author, imported_at=utc_now(),
                key_fingerprint=report.fingerprint if decision.verified else "", mode=manifest.mode[:32]))
        report.ok = True
        report.message = f"{label}: imported from office {manifest.office} (package {manifest.seq}): {_summary(counts)}."

    # --- conflicts -------------------------------------------------------------------------

    def _open_rows(self, session, activity_id: str | None = None):  # type: ignore[no-untyped-def]
        query = (select(CONFLICTS, store.ACTIVITIES.c.title, store.ACTIVITIES.c.office)
                 .join(store.ACTIVITIES, store.ACTIVITIES.c.id == CONFLICTS.c.activity_id)
                 .where(CONFLICTS.c.status == "open", CONFLICTS.c.heads == store.ACTIVITIES.c.heads)
                 .order_by(CONFLICTS.c.id))
        if activity_id:
            query = query.where(CONFLICTS.c.activity_id == activity_id)
        return list(session.execute(query))

    def open_conflicts(self, activity_id: str | None = None) -> list[Conflict]:
        with self._db.session() as session:
            conflicts = []
            for row in self._open_rows(session, activity_id):
                local, incoming = json.loads(row.local_value), json.loads(row.incoming_value)
                conflicts.append(Conflict(row.id, row.activity_id, row.field, local, incoming, row.shown, row.title,
                                          row.office, row.created_at, others=_other_values(row, (local, incoming))))
            return conflicts

    def count_open_conflicts(self) -> int:
        with self._db.session() as session:
            return session.execute(
                select(func.count()).select_from(CONFLICTS.join(store.ACTIVITIES, store.ACTIVITIES.c.id == CONFLICTS.c.activity_id))
                .where(CONFLICTS.c.status == "open", CONFLICTS.c.heads == store.ACTIVITIES.c.heads)).scalar() or 0

    def resolve_conflict(self, conflict_id: int, keep: str | dict[str, str]) -> Activity:
        """Settle a conflict (and the other open conflicts of its activity) with a new revision.

        ``keep`` is "local" or "incoming" for every open field of the activity, or a mapping
        field -> "local"/"incoming"; fields not named keep the value shown now.
        """
        identity = self._context.require_identity()
        with self._db.session(immediate=True) as session:
            row = session.get(SyncConflict, int(conflict_id))
            if row is None or row.status != "open":
                raise NotFound(f"No open conflict with id {conflict_id}.")
            rows = self._open_rows(session, row.activity_id)
            if not any(r.id == row.id for r in rows):
                raise UserError(f"Conflict {conflict_id} was already settled by a later change.")
            if not identity.is_coordinator and rows[0].office != identity.office_code:
                raise PermissionRefused(f"Activity {row.activity_id} belongs to office {rows[0].office}; only that office "
                                        "or a coordinator can settle its conflicts.")
            choices = _choices(keep, [r.field for r in rows])
            revisions = load_revisions(session, [row.activity_id])[row.activity_id]
            view = merged_view(revisions)
            content, delete = dict(view.content or {}), False
            for r in rows:
                choice = choices.get(r.field, r.shown)
                value = json.loads(r.local_value if choice == "local" else r.incoming_value)
                if r.field == DELETED_FIELD:
                    delete = bool(value)
                else:
                    content[r.field] = value
            if not delete:
                issues = validate(from_content(content))
                if issues:
                    raise ValidationFailed(issues)
            revision = make_revision(row.activity_id, view.heads, None if delete else content,
                                     author=self._context.author, office=identity.office_code,
                                     owner_office=rows[0].office, deleted=delete)
            store.insert_revisions(session, [revision])
            revisions[revision.rev_id] = revision
            activity = view_activity(row.activity_id, merged_view(revisions), revisions)
            store.write_view(session, activity)
            session.execute(update(CONFLICTS).where(CONFLICTS.c.id.in_([r.id for r in rows])).values(
                status="resolved", resolved_at=utc_now(), resolved_by=self._context.author))
            return activity

    def _close_settled_conflicts(self, session: Any, saved: Activity, _previous: Activity | None) -> None:
        session.execute(update(CONFLICTS).where(
            CONFLICTS.c.activity_id == saved.id, CONFLICTS.c.status == "open",
            CONFLICTS.c.heads != canonical_json(sorted(saved.heads))).values(
            status="resolved", resolved_at=utc_now(), resolved_by=f"{self._context.author} (edited)"))


def _choices(keep: str | dict[str, str], fields: list[str]) -> dict[str, str]:
    if isinstance(keep, str):
        if keep not in ("local", "incoming"):
            raise UserError(f"Keep '{keep}'? Say 'local' or 'incoming' (or FIELD=local|incoming).")
        return {name: keep for name in fields}
    for name, choice in keep.items():
        if name not in fields:
            raise UserError(f"Field '{name}' has no open conflict here; open fields: {', '.join(fields)}.")
        if choice not in ("local", "incoming"):
            raise UserError(f"For field '{name}' say 'local' or 'incoming', not '{choice}'.")
    return dict(keep)


def _warn_no_backup(report: ImportReport, error: BackupNotMade) -> None:
    """Say first on the report that no backup was made, why, and what to do (kind "no_backup", data
    ``reason``: "not_found" or "failed", and ``detail``: pg_dump's error), for a person who is not a programmer."""
    if error.reason == "not_found":
        why = "the PostgreSQL backup program (pg_dump) was not found on this computer"
        advice = ("Ask whoever runs the database server to confirm that it is backed up, or install the PostgreSQL "
                  "client tools on this computer so that the next imports are backed up.")
    else:
        why = f"the PostgreSQL backup program (pg_dump) failed ({error.detail})"
        advice = ("Ask whoever runs the database server to confirm that it is backed up. If the message speaks of a "
                  "version mismatch, install PostgreSQL client tools of the server's version or newer.")
    report.warnings.insert(0, f"No backup of the database was made before this import: {why}. {advice}")
    report.warning_data.insert(0, {"kind": "no_backup", "reason": error.reason, "detail": error.detail})


def _other_values(row: Any, sides: tuple[Any, Any]) -> list[Any]:
    """The values of the conflict's heads beyond the two it shows, once each, in the order of its heads."""
    by_head = json.loads(row.values or "{}")
    others: list[Any] = []
    for head in json.loads(row.heads):
        value = by_head.get(head)
        if head in by_head and value not in sides and value not in others:
            others.append(value)
    return others


def _refuse(report: ImportReport, error: UserError) -> None:
    """A file refused before any of it was read as activities: the sentence, and the same as data."""
    report.refused, report.message = [str(error)], f"Refused: {error} Nothing was imported from it."
    report.refusal = error.as_data() if isinstance(error, PackageRefused) else {}


_OUTCOME_WORDS = {"stale": "older than here (nothing to do)", "conflicts": "in conflict",
                  "merged": "merged with changes made here"}


def _summary(counts: dict[str, int]) -> str:
    parts = [f"{value} {_OUTCOME_WORDS.get(name, name)}" for name, value in counts.items() if value and name != "hand_made"]
    return ", ".join(parts) or "nothing new"


__all__ = ["SyncService", "ImportReport", "Conflict", "ExportSummary"]
