"""Sync situations the window tests start from, built with the real services and packages."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from tests.conftest import sample_activity


def two_fields_changed_apart(make_services: Callable[..., Any], tmp_path: Path) -> tuple[Any, str, Path]:
    """A coordinator, one activity, and the field office's package changing its place and description
    differently from the coordinator (not imported yet): (coordinator, activity id, package)."""
    field = make_services("ETH-ADD", "field")
    coordinator = make_services("KP-SEC", "coordinator", country="")
    added = field.activities.add(sample_activity())
    field.sync.export_package(tmp_path / "1.xlsx")
    coordinator.sync.import_packages([tmp_path / "1.xlsx"])
    field.activities.edit(added.id, {"place": "Gondar", "description": "Written at the field office."})
    coordinator.activities.edit(added.id, {"place": "Bahir Dar", "description": "Written at the secretariat."})
    field.sync.export_package(tmp_path / "2.xlsx")
    return coordinator, added.id, tmp_path / "2.xlsx"
