"""Fixtures shared by the store's tests."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from cairo_desktop.services import Services, open_services


@pytest.fixture
def field_office(tmp_path: Path) -> Iterator[Services]:
    """A field office on its own SQLite file, whose packages the PostgreSQL tests import."""
    services = open_services(tmp_path / "field.db", author="yonas")
    services.installation.initialise("ETH-ADD", "Addis Ababa field office", "field", "ETH")
    yield services
    services.close()
