"""Shared test helpers for sync: moving packages between sites and snapshotting a database's content."""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
from pathlib import Path

from cairo_desktop.services import Services

_counter = itertools.count(1)


def send(source: Services, target: Services, folder: Path, full: bool = False, **import_options) -> list:
    """Export from ``source`` and import into ``target``; returns the import reports."""
    path = folder / f"pkg-{next(_counter)}.xlsx"
    source.sync.export_package(path, full=full)
    return target.sync.import_packages([path], **import_options)


def views(services: Services) -> dict[str, tuple]:
    """Every activity's visible state: heads, deleted flag and content, for convergence checks."""
    from cairo_desktop.domain.activity import content_of
    from cairo_desktop.domain.filters import ActivityFilter

    result = {}
    for activity in services.activities.find(ActivityFilter(deleted="all")):
        result[activity.id] = (tuple(sorted(activity.heads)), activity.deleted, repr(content_of(activity)),
                               activity.office)
    return result


def content_digest(db_file: Path) -> str:
    """A hash of every row of every table (not the file bytes, which WAL and page reuse change)."""
    digest = hashlib.sha256()
    with sqlite3.connect(db_file) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"')):
                digest.update(row.encode())
    connection.close()
    return digest.hexdigest()


def three_edits_apart(make_services, folder: Path, activity_id: str) -> Services:  # type: ignore[no-untyped-def]
    """A secretariat whose activity was retitled apart by its office, by itself and by a second coordinator,
    once it has imported the other two: one conflict on the title with three values."""
    from tests.conftest import sample_activity

    field = make_services("ETH-ADD", name="field-three.db")
    coord = make_services("KP-SEC", "coordinator", name="coord-three.db")
    region = make_services("KP-REG", "coordinator", name="region-three.db")
    field.activities.add(sample_activity(id=activity_id, title="Base"))
    for number, target in enumerate((coord, region)):
        field.sync.export_package(folder / f"base-{number}.xlsx", full=True)
        assert target.sync.import_packages([folder / f"base-{number}.xlsx"])[0].ok
    for services, title in ((field, "By Addis"), (coord, "By the secretariat"), (region, "By the region")):
        services.activities.edit(activity_id, {"title": title})
    field.sync.export_package(folder / "addis.xlsx")
    region.sync.export_package(folder / "region.xlsx")
    assert all(report.ok for report in coord.sync.import_packages([folder / "addis.xlsx", folder / "region.xlsx"]))
    return coord
