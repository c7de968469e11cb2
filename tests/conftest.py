"""Fixtures shared by every test: isolated user folders, fresh databases, a PostgreSQL cluster."""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Callable, Iterator

import pytest
from hypothesis import settings

from cairo_desktop.services import Services, open_services
from tests.postgres_cluster import PostgresCluster

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Under CI, property tests run a fixed set of examples (a red build must mean a change broke something,
# not that a new example was drawn); everywhere, a failure prints the blob that reproduces it.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("dev", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, config and log folders, never the developer's real ones."""
    home = tmp_path / "cairo-home"
    monkeypatch.setenv("CAIRO_HOME", str(home))
    monkeypatch.delenv("CAIRO_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def make_services(tmp_path: Path) -> Iterator[Callable[..., Services]]:
    """Factory: ``make_services(office="ETH-ADD", role="field", name=None)`` opens a new SQLite database."""
    opened: list[Services] = []
    counter = itertools.count(1)

    def factory(office: str = "ETH-ADD", role: str = "field", name: str | None = None,
                country: str = "ETH", author: str = "tester") -> Services:
        path = tmp_path / (name or f"db{next(counter)}-{office}.db")
        services = open_services(path, author=author)
        if office:
            services.installation.initialise(office, f"{office} office", role, country)
        opened.append(services)
        return services

    yield factory
    for services in opened:
        services.close()


@pytest.fixture
def field_services(make_services: Callable[..., Services]) -> Services:
    return make_services("ETH-ADD", "field")


@pytest.fixture
def coordinator_services(make_services: Callable[..., Services]) -> Services:
    return make_services("KP-SEC", "coordinator", country="")


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster()
    if not cluster.available:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL (initdb, pg_ctl) is not installed, and CI must run the PostgreSQL tests.")
        pytest.skip("PostgreSQL is not installed here (no initdb/pg_ctl): the PostgreSQL store tests did not run.")
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster, request: pytest.FixtureRequest) -> str:
    """A new, empty database on the throwaway cluster."""
    name = "cairo_" + "".join(ch if ch.isalnum() else "_" for ch in request.node.name.lower())[:50]
    return postgres_cluster.create_database(name)


def sample_activity(**overrides: object) -> dict:
    """A valid activity as the CLI's JSON, for tests to vary."""
    data: dict = {
        "title": "Training of border officials on victim identification",
        "action": "4.1",
        "status": "implementation",
        "activity_type": "training",
        "planned_start": "2025-05-01",
        "planned_end": "2025-06-30",
        "countries": [{"country": "ETH", "role": "origin"}, {"country": "SDN", "role": "transit"}],
        "approaches": ["human_rights", "gender_vulnerable"],
        "organisations": [{"name": "IOM", "role": "implementing", "type": "40"}],
        "budget_amount": 25000,
        "currency": "EUR",
        "people": [
            {"group": "OFF", "sex": "f", "age": "adults", "targeted": 20, "reached": 18},
            {"group": "OFF", "sex": "m", "age": "adults", "targeted": 30, "reached": 25},
        ],
        "place": "Metema",
    }
    data.update(overrides)
    return data
