"""Turning the rows of a read package into revisions, or into precise reasons for refusing rows.

A row whose cells still hash to the revision id recorded in ``_sync`` is that revision, exactly.
A row without a recorded version was added by hand (a partner without the app): it becomes a new
activity of the package's office. A recorded row whose values no longer match was edited by hand:
it becomes a new revision on top of the recorded one. Hand-made revisions take the package's
creation time and a name derived from the package id, so every site importing the same file makes
the same revisions and still converges.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from cairo_desktop.domain.activity import Activity, content_of, normalised, stored_text
from cairo_desktop.domain.activity_json import ISO_DATE, apply_changes, parse_count
from cairo_desktop.domain.catalogue import load_plan
from cairo_desktop.domain.revision import Revision, compute_rev_id
from cairo_desktop.domain.validation import ValidationIssue, validate_content
from cairo_desktop.domain.vocabularies import load_vocabularies
from cairo_desktop.errors import UserError
from cairo_desktop.gil_handoff import quick_gil_handoff
from cairo_desktop.sync import columns as C
from cairo_desktop.sync.apply import HAND_AUTHOR_SUFFIX
from cairo_desktop.sync.canonical import SheetHasher
from cairo_desktop.sync.guards import PackageRefused
from cairo_desktop.sync.reader import RawPackage

HAND_NAMESPACE = uuid.UUID("6f0d3c1e-8a53-4f1e-9b7a-2c0e5d4b9a10")
FIELD_HEADERS = {c.field: c.header for c in C.ACTIVITY_COLUMNS}
FIELD_HEADERS.update({"people": "People sheet", "organisations": "Organisations sheet"})
# The column of a People or Organisations row that a problem with one of its values is about.
PEOPLE_HEADERS = {c.field: c.header for c in C.PEOPLE_COLUMNS}
PEOPLE_HEADERS["cell"] = PEOPLE_HEADERS["group"]  # the same group, sex and age twice
ORGANISATION_HEADERS = {c.field: c.header for c in C.ORGANISATION_COLUMNS}


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
    rows: dict[str, tuple[str, int]] = field(default_factory=dict)  # rev id -> (sheet, row) it was read from


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

    def children(self) -> dict[str, dict[str, list[Any]]]:
        """Key (version, or the activity reference of a hand row) -> {"people": [...], "organisations": [...]},
        and beside them the (row number, Activity ID) of each in "people_rows" and "organisation_rows", and the
        People rows whose numbers cannot be read (noted as problems) in "people_unread"."""
        found: dict[str, dict[str, list[Any]]] = {}
        for number, cells in self.raw.iter_rows(C.PEOPLE):
            if not self.belongs(C.PEOPLE, number, cells):
                continue
            key, item, ok = self.read_person(number, cells)
            kids = found.setdefault(key, {})
            kids.setdefault("people", []).append(item)
            kids.setdefault("people_rows", []).append((number, str(cells[0]).strip()))
            if not ok:
                kids.setdefault("people_unread", []).append(number)  # its activity is refused, its codes checked
        for number, cells in self.raw.iter_rows(C.ORGANISATIONS):
            if not self.belongs(C.ORGANISATIONS, number, cells):
                continue
            key, item = self.organisation(cells)
            if not item["name"]:
                self.problem(C.ORGANISATIONS, number, ORGANISATION_HEADERS["name"], "Every organisation needs a name.")
                continue
            kids = found.setdefault(key, {})
            kids.setdefault("organisations", []).append(item)
            kids.setdefault("organisation_rows", []).append((number, str(cells[0]).strip()))
        return found

    def belongs(self, sheet: str, number: int, cells: list[Any]) -> bool:
        """False (with the problem noted) for a People or Organisations row that names no activity at all."""
        if str(cells[0]).strip() or str(cells[1]).strip():
            return True
        self.problem(sheet, number, "Activity ID", "the Activity ID is empty, so this row belongs to no activity. "
                     "Write the Activity ID of its activity as on the 'Activities' sheet (for a new activity, the "
                     "reference you gave it there, such as new-1).")
        return False

    def person(self, number: int, cells: list[Any]) -> tuple[str, dict[str, Any] | None]:
        """The key and people count of one People row (None, with problems noted, when it is wrong)."""
        key, item, ok = self.read_person(number, cells)
        return key, item if ok else None

    def read_person(self, number: int, cells: list[Any]) -> tuple[str, dict[str, Any], bool]:
        """The key and people count of one People row, and whether its numbers could be read (a number that
        cannot be is noted as a problem and left empty, so the row's codes can still be checked)."""
        aid, rev, group, sex, age, targeted, reached = cells
        item = {"group": str(group).strip(), "sex": str(sex).strip(), "age": str(age).strip()}
        ok = True
        for name, value in (("targeted", targeted), ("reached", reached)):
            try:
                item[name] = parse_count(name, value)
            except UserError:
                ok, item[name] = False, None
                self.problem(C.PEOPLE, number, name.capitalize(), f"'{value}' is not a whole number of people.")
                continue
            if item[name] is not None and item[name] < 0:
                self.problem(C.PEOPLE, number, name.capitalize(), f"{item[name]} is negative; a number of "
                             "people cannot be below zero.")
                ok, item[name] = False, None
        return str(rev).strip() or f"ref:{str(aid).strip()}", item, ok

    @staticmethod
    def organisation(cells: list[Any]) -> tuple[str, dict[str, Any]]:
        """The key and organisation role of one Organisations row."""
        aid, rev, name, role, org_type = (str(v).strip() for v in cells)
        if isinstance(cells[4], float) and cells[4].is_integer():
            org_type = str(int(cells[4]))
        return rev or f"ref:{aid}", {"name": name, "role": role, "type": org_type}

    # --- activity rows ----------------------------------------------------------------------

    def content(self, sheet: str, number: int, cells: list[Any], kids: dict[str, list[Any]]) -> dict[str, Any] | None:
        """The validated content of an Activities/_history row with its children; None, with every problem of the
        row noted (a value that cannot be read does not hide the rules the other values break), when it is wrong."""
        data: dict[str, Any] = {}
        unread: set[str] = set()  # fields whose cell cannot be read
        for column, value in zip(C.ACTIVITY_COLUMNS, cells):
            if column.field in ("id", "office", "rev"):
                continue
            if column.kind == "date" and isinstance(value, str) and value.strip() and not ISO_DATE.fullmatch(value.strip()):
                self.problem(sheet, number, column.header, f"'{value}' is text, not a date. Type the date so the "
                             "spreadsheet recognises it, or write it as YYYY-MM-DD (e.g. 2025-04-09).")
                unread.add(column.field)
                continue
            if column.kind == "number" and isinstance(value, float) and column.field != "budget_amount" and not value.is_integer():
                self.problem(sheet, number, column.header, f"{value} is not a whole number of people.")
                unread.add(column.field)
                continue
            if column.kind == "countries" and isinstance(value, str):
                value = [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
            data[column.field] = value
        data["people"] = kids.get("people", [])
        data["organisations"] = kids.get("organisations", [])
        try:
            activity = apply_changes(Activity(title="", action=""), data)
        except UserError:
            for name, value in list(data.items()):
                try:
                    apply_changes(Activity(title="", action=""), {name: value})
                except UserError as error:
                    message = str(error).split(": ", 1)[-1]
                    self.problem(sheet, number, FIELD_HEADERS.get(name, name), message)
                    unread.add(name)
                    del data[name]
            activity = apply_changes(Activity(title="", action=""), data)
        content = content_of(normalised(activity), is_normalised=True)
        issues = validate_content(content, self.plan, self.vocab)
        for issue in issues:
            if issue.field in unread or (issue.field == "planned_start" and "actual_start" in unread
                                         and issue.message.startswith("A start date is required")):
                continue  # already refused for what the cell holds; a rule about an empty value would only confuse
            if not self.child_problem(issue, content, kids):
                self.problem(sheet, number, FIELD_HEADERS.get(issue.field, issue.field), issue.message)
        return None if issues or unread or kids.get("people_unread") else content

    def child_problem(self, issue: ValidationIssue, content: dict[str, Any], kids: dict[str, list[Any]]) -> bool:
        """Note a problem with one people count or organisation at its row of the People or Organisations sheet;
        False when that row is not known (the caller then notes it at the activity's row)."""
        if issue.index is None:
            return False
        if issue.field == "people" and kids.get("people_rows"):
            people, rows = kids["people"], kids["people_rows"]
            # content_of sorts the counts by group, sex and age, keeping the order of equal ones (a stable sort).
            order = sorted(range(len(people)), key=lambda i: (people[i]["group"], people[i]["sex"], people[i]["age"]))
            if len(order) != len(content["people"]) or issue.index >= len(order):
                return False
            item, (row, _) = people[order[issue.index]], rows[order[issue.index]]
            shown = content["people"][issue.index]
            if (item["group"], item["sex"], item["age"]) != (shown["group"], shown["sex"], shown["age"]):
                return False
            self.problem(C.PEOPLE, row, PEOPLE_HEADERS.get(issue.part, PEOPLE_HEADERS["group"]), issue.message)
            return True
        if issue.field == "organisations" and kids.get("organisation_rows") and issue.index < len(content["organisations"]):
            # Organisations are sorted and an exact copy kept once: every row holding the one meant is named.
            shown = content["organisations"][issue.index]
            rows = [row for item, (row, _) in zip(kids["organisations"], kids["organisation_rows"])
                    if (stored_text(item["name"]), item["role"], item["type"]) == (shown["name"], shown["role"], shown["type"])]
            for row in rows:
                self.problem(C.ORGANISATIONS, row, ORGANISATION_HEADERS.get(issue.part, ORGANISATION_HEADERS["name"]),
                             issue.message)
            return bool(rows)
        return False

    def revisions(self) -> ParsedPackage:
        metas = self.sync_meta()
        kids = self.children()
        used: set[str] = set()  # versions whose row is there (taken, or refused for what it holds)
        self.taken: set[str] = set()  # keys of children an activity row asked for
        self.moved: dict[tuple[str, str], int] = {}  # (sheet, Activity ID) -> rows whose Version was changed
        self.unversioned: dict[tuple[str, str], int] = {}  # (sheet, Activity ID) -> row, of rows without a Version
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
            if rev in used or (meta.sheet == C.DELETED and meta.deleted):
                continue
            if self.moved.get((meta.sheet, meta.activity_id)):  # its row is there, with its Version changed
                self.moved[(meta.sheet, meta.activity_id)] -= 1
                continue
            row = self.unversioned.get((meta.sheet, meta.activity_id))
            if row is not None:
                self.problem(meta.sheet, row, "Version", f"the Version cell is empty, but activity {meta.activity_id} "
                             "was exported with a version. Copy the Version back from the original file; only a new "
                             "activity has an empty Version.")
                continue
            self.problem(meta.sheet, None, "Version", f"the row of activity {meta.activity_id} (version "
                         f"{rev[:12]}) is missing; rows must not be deleted from a package. Ask the sender for "
                         "the original file.")
        self.orphans(kids, metas, used)
        return self.result

    def orphans(self, kids: dict[str, dict[str, list[Any]]], metas: dict[str, SyncMeta], used: set[str]) -> None:
        """Refuse the People and Organisations rows that no activity row took: their values would be lost."""
        for key, found in kids.items():
            if key in self.taken or (key in metas and key not in used):
                continue  # taken, or the rows of an activity whose own row is missing (refused above)
            for sheet, rows in ((C.PEOPLE, found.get("people_rows", ())),
                                (C.ORGANISATIONS, found.get("organisation_rows", ()))):
                for number, aid in rows:
                    reference = aid or key[:12]
                    self.problem(sheet, number, "Activity ID", f"this row belongs to activity '{reference}', but no row "
                                 "of the 'Activities' sheet has that Activity ID and Version, so it would be lost. Write "
                                 "the Activity ID and Version of its activity exactly as on the 'Activities' sheet (for "
                                 "a new activity, its reference, such as new-1, and an empty Version), or delete this row.")

    def activity_row(self, sheet: str, number: int, cells: list[Any], metas: dict[str, SyncMeta],
                     kids: dict[str, Any], used: set[str]) -> None:
        aid, rev = str(cells[0]).strip(), str(cells[-1]).strip()
        meta = metas.get(rev) if rev else None
        if meta is not None and (meta.sheet != sheet or meta.deleted):
            meta = None
        if meta is not None and meta.activity_id != aid:
            self.problem(sheet, number, "Activity ID", f"the Activity ID was changed: the Version of this row belongs to "
                         f"activity {meta.activity_id}. Copy the Activity ID back from the original file; a new activity "
                         "needs a row of its own with an empty Version.")
            used.add(rev)
            self.taken.add(rev)
            self.content(sheet, number, cells, kids.get(rev) or {})  # its other problems, all in one go
            return
        if meta is None and rev:
            self.problem(sheet, number, "Version", f"the Version cell holds '{rev[:70]}', which is not the version "
                         "this row was exported with. Copy the Version back from the original file (it must stay "
                         "exactly as exported), or leave it empty for a new activity.")
            self.moved[(sheet, aid)] = self.moved.get((sheet, aid), 0) + 1
            self.taken.add(rev)
            self.content(sheet, number, cells, kids.get(rev) or {})
            return
        if meta is not None:
            if rev in used:
                self.problem(sheet, number, "Version", f"version {rev[:12]} appears on two rows (a duplicated row). "
                             "Delete the copy and save again.")
                return
            used.add(rev)  # the row is there, even if refused below: not a missing row
            self.taken.add(rev)
            office = str(cells[1]).strip()
            if office and office != meta.owner:
                self.problem(sheet, number, "Office", f"the Office was changed to '{office[:40]}', but an activity always "
                             f"belongs to the office that created it ({meta.owner}). Put back {meta.owner}.")
            content = self.content(sheet, number, cells, kids.get(rev) or {})
            if content is None:
                return
            if compute_rev_id(aid, meta.parents, content, False, meta.author, meta.office, meta.created_at,
                              meta.owner) == rev:
                self.add(rev, meta, content)
                self.result.rows[rev] = (sheet, number)
                return
            if self.verified:
                self.problem(sheet, number, "Version", "the row does not match the version recorded for it, although "
                             "the package signature is valid. Ask the sender to export the package again.")
                return
            if sheet == C.HISTORY:
                self.problem(sheet, number, "Version", "this row of the hidden '_history' sheet was changed, but it "
                             "holds an older version, which cannot be changed. Undo the change, or ask the sender "
                             "for the original file; change the activity's row on the 'Activities' sheet instead.")
                return
            self.result.rows[self.hand_revision(aid, [rev], meta.owner, content)] = (sheet, number)
            return
        # A row added by hand: a new activity of the package's office.
        self.unversioned.setdefault((sheet, aid), number)
        activity_id = _hand_activity_id(aid or f"{sheet} row {number}", self.manifest.package_id)
        duplicate = activity_id in self.result.new_by_hand
        if duplicate:
            self.problem(sheet, number, "Activity ID", f"'{aid}' is used by another new row as well; give each new "
                         "activity its own reference (or leave it empty).")
        self.result.new_by_hand.add(activity_id)
        mine = {}
        if aid:  # a row without a reference has no People or Organisations rows (they would name no activity)
            self.taken.add(f"ref:{aid}")
            mine = kids.get(f"ref:{aid}") or {}
        office = str(cells[1]).strip()
        if office and office != self.manifest.office:
            self.problem(sheet, number, "Office", f"a new activity in this workbook belongs to office "
                         f"{self.manifest.office}, the office the workbook comes from, not '{office[:40]}'. Leave the "
                         f"Office cell empty or write {self.manifest.office}.")
        content = self.content(sheet, number, cells, mine)
        if content is not None and not duplicate:
            self.result.rows[self.hand_revision(activity_id, [], self.manifest.office, content)] = (sheet, number)

    def add(self, rev: str, meta: SyncMeta, content: dict[str, Any] | None) -> None:
        self.result.revisions.append(Revision(rev, meta.activity_id, meta.parents, content, meta.deleted, meta.author,
                                              meta.office, meta.created_at, meta.owner))

    def hand_revision(self, activity_id: str, parents: list[str], owner: str, content: dict[str, Any]) -> str:
        """Record the revision a row filled in by hand makes; returns its id."""
        author = self.manifest.office + HAND_AUTHOR_SUFFIX
        parents_t = tuple(sorted(parents))
        rev = compute_rev_id(activity_id, parents_t, content, False, author, self.manifest.office,
                             self.manifest.created_at, owner)
        self.result.revisions.append(Revision(rev, activity_id, parents_t, content, False, author,
                                              self.manifest.office, self.manifest.created_at, owner))
        self.result.hand_made.append(rev)
        return rev


def _hand_activity_id(reference: str, package_id: str) -> str:
    try:
        return str(uuid.UUID(reference))
    except ValueError:
        return str(uuid.uuid5(HAND_NAMESPACE, f"{package_id}/{reference}"))


def parse_package(raw: RawPackage, verified: bool) -> ParsedPackage:
    """Every revision the package carries (or makes by hand), and every row it must refuse."""
    with quick_gil_handoff():  # large sheets are parsed on background threads meanwhile
        return _Parser(raw, verified).revisions()

