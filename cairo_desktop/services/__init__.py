"""The facade the GUI and the CLI both call: one object per open database.

Build it with :func:`open_services`; each service method is one transaction. Sync and report
services hang off the same context; the report service is built on first use, since reportlab is
not needed to show the window's first page.
"""

from __future__ import annotations

import os
from functools import cached_property
from typing import TYPE_CHECKING

from cairo_desktop.domain.catalogue import Plan, load_plan
from cairo_desktop.domain.vocabularies import Vocabularies, load_vocabularies
from cairo_desktop.services.activities import ActivityService
from cairo_desktop.services.context import ServiceContext
from cairo_desktop.services.demo import DemoService
from cairo_desktop.services.installation import InstallationService
from cairo_desktop.services.maintenance import MaintenanceService
from cairo_desktop.services.statistics import StatisticsService
from cairo_desktop.services.sync import SyncService
from cairo_desktop.store.engine import Database, open_database

if TYPE_CHECKING:
    from cairo_desktop.services.reports import ReportService


class Services:
    def __init__(self, database: Database, author: str | None = None) -> None:
        self.context = ServiceContext(database, author)
        self.database = database
        self.installation = InstallationService(self.context)
        self.activities = ActivityService(self.context)
        self.demo = DemoService(self.context)
        self.maintenance = MaintenanceService(self.context)
        self.statistics = StatisticsService(self.context)
        self.sync = SyncService(self.context)  # eager: it hooks local saves to close settled conflicts

    @cached_property
    def reports(self) -> "ReportService":
        from cairo_desktop.services.reports import ReportService

        return ReportService(self.context)

    @property
    def plan(self) -> Plan:
        return load_plan()

    @property
    def vocabularies(self) -> Vocabularies:
        return load_vocabularies()

    def close(self) -> None:
        self.database.close()


def open_services(db_path: str | os.PathLike[str] | None = None, database_url: str | None = None,
                  author: str | None = None) -> Services:
    """Open (create, migrate) the database and build the services over it."""
    return Services(open_database(db_path, database_url), author)
