"""What one package will hold, decided before any workbook is written.

Kept apart from the writer so that deciding an export (and everything that imports the sync
service) does not load openpyxl.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cairo_desktop.domain.revision import Revision
from cairo_desktop.sync.manifest import Manifest


@dataclass
class PackagePlan:
    """What goes into one package: revisions by sheet, dropdown lists, the unsigned manifest."""

    manifest: Manifest
    heads: list[Revision] = field(default_factory=list)  # Activities sheet
    history: list[Revision] = field(default_factory=list)  # _history sheet
    tombstones: list[tuple[Revision, str]] = field(default_factory=list)  # Deleted sheet, with a title
    lists: dict[str, list[str]] = field(default_factory=dict)
