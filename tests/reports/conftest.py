"""A shared database for the report tests: demo activities plus a few hand-made ones in Arabic and Amharic."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterator

import pytest

from cairo_desktop.services import Services, open_services
from tests.conftest import sample_activity

ARABIC_TITLE = "ورشة عمل حول حماية اللاجئين في الخرطوم"
AMHARIC_TITLE = "በአዲስ አበባ ስለ ደህንነቱ የተጠበቀ ፍልሰት ስልጠና"


@pytest.fixture(scope="module")
def report_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder = tmp_path_factory.mktemp("reports")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CAIRO_HOME", str(folder / "home"))
        services = open_services(folder / "reports.db", author="Report Tester")
        services.installation.initialise("KP-SEC", "Khartoum Process Secretariat", "coordinator", "")
        services.demo.generate(400, offices=5, seed=7)
        services.activities.add(sample_activity(title=ARABIC_TITLE, text_lang="ar", action="3.1", place="الخرطوم",
                                                countries=[{"country": "SDN", "role": "transit"}]))
        services.activities.add(sample_activity(title=AMHARIC_TITLE, text_lang="am", action="2.2", place="አዲስ አበባ"))
        yield services
        services.close()


LONG_OFFICE_NAME = "Khartoum Process Secretariat, Regional Coordination Unit for the Horn of Africa and North Africa"


@pytest.fixture(scope="module")
def big_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """Two activities, one with people in the billions, and an office with a long name."""
    folder = tmp_path_factory.mktemp("big")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CAIRO_HOME", str(folder / "home"))
        services = open_services(folder / "big.db", author="Report Tester")
        services.installation.initialise("KP-SEC", LONG_OFFICE_NAME, "coordinator", "")
        people = [{"group": group, "sex": sex, "age": "adults", "targeted": 1_234_567_890, "reached": 987_654_321}
                  for group in ("REF", "ASY", "IDP") for sex in ("f", "m")]
        services.activities.add(sample_activity(title="Nationwide registration campaign", people=people,
                                                budget_amount=1_234_567_890_123, currency="EUR"))
        services.activities.add(sample_activity(title="Small workshop", action="2.1"))
        yield services
        services.close()


def raw(services: Services) -> sqlite3.Connection:
    """A plain sqlite3 connection, so expected figures do not come from the code under test."""
    file = services.database.file
    assert isinstance(file, Path)
    return sqlite3.connect(file)
