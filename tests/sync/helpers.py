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
