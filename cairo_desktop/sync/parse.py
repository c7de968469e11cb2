"""Turning the rows of a read package into revisions, or into precise reasons for refusing rows.

A row whose cells still hash to the revision id recorded in ``_sync`` is that revision, exactly.
A row without a recorded version was added by hand (a partner without the app): it becomes a new
activity of the package's office. A recorded row whose values no longer match was edited by hand:
it becomes a new revision on top of the recorded one. Hand-made revisions take the package's
creation time and a name derived from the package id, so every site importing the same file makes
the same revisions and still converges.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from cairo_desktop.domain.activity import Activity, content_of, normalised
from cairo_desktop.domain.activity_json import apply_changes, parse_count
from cairo_desktop.domain.catalogue import load_plan
from cairo_desktop.domain.revision import Revision, compute_rev_id
from cairo_desktop.domain.validation import validate_content
from cairo_desktop.domain.vocabularies import load_vocabularies
from cairo_desktop.errors import UserError
from cairo_desktop.sync import columns as C
from cairo_desktop.sync.canonical import SheetHasher
from cairo_desktop.sync.guards import PackageRefused
from cairo_desktop.sync.reader import RawPackage

HAND_NAMESPACE = uuid.UUID("6f0d3c1e-8a53-4f1e-9b7a-2c0e5d4b9a10")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIELD_HEADERS = {c.field: c.header for c in C.ACTIVITY_COLUMNS}
FIELD_HEADERS.update({"people": "People sheet", "organisations": "Organisations sheet"})


@dataclass(slots=True)
class SyncMeta:
    row: int
    activity_id: str
    parents: tuple[str, ...]
    sheet: str
    deleted: bool
    author: str
    office: str
    owner: str
    created_at: str


@dataclass
class ParsedPackage:
    revisions: list[Revision] = field(default_factory=list)
    problems: list[PackageRefused] = field(default_factory=list)
    hand_made: list[str] = field(default_factory=list)  # rev ids of rows added or changed by hand
    new_by_hand: set[str] = field(default_factory=set)  # activity ids created by hand rows


class _Parser:
    def __init__(self, raw: RawPackage, verified: bool) -> None:
        self.raw = raw
        self.verified = verified
        self.manifest = raw.manifest
        self.result = ParsedPackage()
        self.plan = load_plan()
        self.vocab = load_vocabularies()

    def problem(self, sheet: str, row: int | None, field_name: str, message: str) -> None:
        self.result.problems.append(PackageRefused(self.raw.label, message, sheet, row, field_name))

    # --- _sync ------------------------------------------------------------------------------

    def sync_meta(self, hasher: SheetHasher | None = None) -> dict[str, SyncMeta]:
        metas: dict[str, SyncMeta] = {}
        for number, cells in self.raw.iter_rows(C.SYNC, hasher):
            aid, rev, parents, sheet, deleted, author, office, owner, created = [
                v.strip() if type(v) is str else str(v).strip() for v in cells]
            if rev in metas:
                self.problem(C.SYNC, number, "rev_id", f"version {rev[:12]} is listed twice (duplicated rows). "
                             "Ask the sender to export the package again.")
                continue
            if sheet not in (C.ACTIVITIES, C.HISTORY, C.DELETED) or not aid or len(rev) != 64:
                self.problem(C.SYNC, number, "sheet", "the hidden bookkeeping row is damaged. Ask the sender to "
                             "export the package again.")
                continue
            metas[rev] = SyncMeta(number, aid, tuple(parents.split()), sheet, deleted == "yes", author, office,
                                  owner, created)
        return metas

    # --- child sheets -----------------------------------------------------------------------

    def children(self) -> dict[str, dict[str, list[dict[str, Any]]]]:
        """Key (version, or the activity reference of a hand row) -> {"people": [...], "organisations": [...]}."""
        found: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for number, cells in self.raw.iter_rows(C.PEOPLE):
            key, item = self.person(number, cells)
            if item is not None:
                found.setdefault(key, {}).setdefault("people", []).append(item)
        for _number, cells in self.raw.iter_rows(C.ORGANISATIONS):
            key, item = self.organisation(cells)
            found.setdefault(key, {}).setdefault("organisations", []).append(item)
        return found

    def person(self, number: int, cells: list[Any]) -> tuple[str, dict[str, Any] | None]:
        """The key and people count of one People row (None, with problems noted, when it is wrong)."""
        aid, rev, group, sex, age, targeted, reached = cells
        item = {"group": str(group).strip(), "sex": str(sex).strip(), "age": str(age).strip()}
        ok = True
        for name, value in (("targeted", targeted), ("reached", reached)):
            try:
                item[name] = parse_count(name, value)
            except UserError:
                ok = False
                self.problem(C.PEOPLE, number, name.capitalize(), f"'{value}' is not a whole number of people.")
                continue
            if item[name] is not None and item[name] < 0:
                ok = False
                self.problem(C.PEOPLE, number, name.capitalize(), f"{item[name]} is negative; a number of "
                             "people cannot be below zero.")
        return str(rev).strip() or f"ref:{str(aid).strip()}", item if ok else None

    @staticmethod
    def organisation(cells: list[Any]) -> tuple[str, dict[str, Any]]:
        """The key and organisation role of one Organisations row."""
        aid, rev, name, role, org_type = (str(v).strip() for v in cells)
        if isinstance(cells[4], float) and cells[4].is_integer():
            org_type = str(int(cells[4]))
        return rev or f"ref:{aid}", {"name": name, "role": role, "type": org_type}

    # --- activity rows ----------------------------------------------------------------------

    def content(self, sheet: str, number: int, cells: list[Any], kids: dict[str, list[Any]]) -> dict[str, Any] | None:
        data: dict[str, Any] = {}
        for column, value in zip(C.ACTIVITY_COLUMNS, cells):
            if column.field in ("id", "office", "rev"):
                continue
            if column.kind == "date" and isinstance(value, str) and value.strip() and not ISO_DATE.match(value.strip()):
                self.problem(sheet, number, column.header, f"'{value}' is text, not a date. Type the date so the "
                             "spreadsheet recognises it, or write it as YYYY-MM-DD (e.g. 2025-04-09).")
                return None
            if column.kind == "number" and isinstance(value, float) and column.field != "budget_amount" and not value.is_integer():
                self.problem(sheet, number, column.header, f"{value} is not a whole number of people.")
                return None
            if column.kind == "countries" and isinstance(value, str):
                value = [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
            data[column.field] = value
        data["people"] = kids.get("people", [])
        data["organisations"] = kids.get("organisations", [])
        try:
            activity = apply_changes(Activity(title="", action=""), data)
        except UserError:
            for name, value in data.items():
                try:
                    apply_changes(Activity(title="", action=""), {name: value})
                except UserError as error:
                    message = str(error).split(": ", 1)[-1]
                    self.problem(sheet, number, FIELD_HEADERS.get(name, name), message)
            return None
        content = content_of(normalised(activity), is_normalised=True)
        issues = validate_content(content, self.plan, self.vocab)
        for issue in issues:
            self.problem(sheet, number, FIELD_HEADERS.get(issue.field, issue.field), issue.message)
        return None if issues else content

    def revisions(self) -> ParsedPackage:
        metas = self.sync_meta()
        kids = self.children()
        used: set[str] = set()
        for sheet in (C.ACTIVITIES, C.HISTORY):
            for number, cells in self.raw.iter_rows(sheet):
                self.activity_row(sheet, number, cells, metas, kids, used)
        for number, cells in self.raw.iter_rows(C.DELETED):
            aid, _office, _title, _author, _created, rev = (str(v).strip() for v in cells)
            meta = metas.get(rev)
            if meta is None or not meta.deleted or meta.activity_id != aid:
                self.problem(C.DELETED, number, "Version", "this row was not exported as a deletion. Rows cannot be "
                             "added to the 'Deleted' sheet by hand; delete activities in Cairo Desktop instead.")
                continue
            used.add(rev)
            self.add(rev, meta, None)
        for rev, meta in metas.items():
            if rev not in used and not (meta.sheet == C.DELETED and meta.deleted):
                self.problem(meta.sheet, None, "Version", f"the row of activity {meta.activity_id} (version "
                             f"{rev[:12]}) is missing; rows must not be deleted from a package. Ask the sender for "
                             "the original file.")
        return self.result

    def activity_row(self, sheet: str, number: int, cells: list[Any], metas: dict[str, SyncMeta],
                     kids: dict[str, Any], used: set[str]) -> None:
        aid, rev = str(cells[0]).strip(), str(cells[-1]).strip()
        meta = metas.get(rev) if rev else None
        if meta is not None and (meta.sheet != sheet or meta.activity_id != aid or meta.deleted):
            meta = None
        if meta is not None and rev in used:
            self.problem(sheet, number, "Version", f"version {rev[:12]} appears on two rows (a duplicated row). "
                         "Delete the copy and save again.")
            return
        content = self.content(sheet, number, cells, kids.get(rev if meta else rev or f"ref:{aid}") or {})
        if content is None:
            return
        if meta is not None:
            used.add(rev)
            if compute_rev_id(aid, meta.parents, content, False, meta.author, meta.office, meta.created_at,
                              meta.owner) == rev:
                self.add(rev, meta, content)
                return
            if self.verified:
                self.problem(sheet, number, "Version", "the row does not match the version recorded for it, although "
                             "the package signature is valid. Ask the sender to export the package again.")
                return
            self.hand_revision(aid, [rev], meta.owner, content)
            return
        activity_id = _hand_activity_id(aid or f"{sheet} row {number}", self.manifest.package_id)
        if activity_id in self.result.new_by_hand:
            self.problem(sheet, number, "Activity ID", f"'{aid}' is used by another new row as well; give each new "
                         "activity its own reference (or leave it empty).")
            return
        self.result.new_by_hand.add(activity_id)
        self.hand_revision(activity_id, [], self.manifest.office, content)

    def add(self, rev: str, meta: SyncMeta, content: dict[str, Any] | None) -> None:
        self.result.revisions.append(Revision(rev, meta.activity_id, meta.parents, content, meta.deleted, meta.author,
                                              meta.office, meta.created_at, meta.owner))

    def hand_revision(self, activity_id: str, parents: list[str], owner: str, content: dict[str, Any]) -> None:
        author = f"{self.manifest.office} (filled in by hand)"
        parents_t = tuple(sorted(parents))
        rev = compute_rev_id(activity_id, parents_t, content, False, author, self.manifest.office,
                             self.manifest.created_at, owner)
        self.result.revisions.append(Revision(rev, activity_id, parents_t, content, False, author,
                                              self.manifest.office, self.manifest.created_at, owner))
        self.result.hand_made.append(rev)


def _hand_activity_id(reference: str, package_id: str) -> str:
    try:
        return str(uuid.UUID(reference))
    except ValueError:
        return str(uuid.uuid5(HAND_NAMESPACE, f"{package_id}/{reference}"))


def parse_package(raw: RawPackage, verified: bool) -> ParsedPackage:
    """Every revision the package carries (or makes by hand), and every row it must refuse."""
    return _Parser(raw, verified).revisions()

