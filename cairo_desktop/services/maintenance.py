"""Checking that a database is sound (``cairo-desktop check``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from cairo_desktop.domain.revision import verify_rev_id
from cairo_desktop.services.context import ServiceContext
from cairo_desktop.store import activities as store


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    activities: int = 0
    revisions: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


class MaintenanceService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def check(self, verify_hashes: bool = True) -> CheckReport:
        """SQLite's integrity and foreign-key checks, then the app's own: heads exist, hashes match.

        A database too damaged to read through is a finding too, not a failure of the check.
        """
        report = CheckReport()
        try:
            self._check(report, verify_hashes)
        except DatabaseError as error:
            report.problems.append(f"The database cannot be read through: {error.orig or error}.")
        return report

    def _check(self, report: CheckReport, verify_hashes: bool) -> None:
        database = self._context.database
        with database.session() as session:
            if database.is_sqlite:
                result = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
                if result != ["ok"]:
                    report.problems.extend(f"SQLite integrity: {line}" for line in result)
                for row in session.execute(text("PRAGMA foreign_key_check")):
                    report.problems.append(f"Broken link in table {row[0]} (row {row[1]}).")
            report.activities = session.execute(select(func.count()).select_from(store.ACTIVITIES)).scalar_one()
            report.revisions = session.execute(select(func.count()).select_from(store.REVISIONS)).scalar_one()
            known = set(session.execute(select(store.REVISIONS.c.rev_id)).scalars())
            for activity_id, heads in session.execute(select(store.ACTIVITIES.c.id, store.ACTIVITIES.c.heads)):
                for head in json.loads(heads):
                    if head not in known:
                        report.problems.append(f"Activity {activity_id}: its revision {head[:12]} is missing.")
            if verify_hashes:
                for row in session.execute(select(store.REVISIONS)):
                    if not verify_rev_id(store.revision_from_row(row)):
                        report.problems.append(f"Revision {row.rev_id[:12]} of activity {row.activity_id} does not match its content.")
