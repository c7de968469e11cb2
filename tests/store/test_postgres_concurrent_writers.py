"""Two coordinators writing to one PostgreSQL database at the same time.

On SQLite one writer holds the file's lock until it commits. PostgreSQL lets transactions run side
by side, so without a lock of its own two writers read the same highest ``seq`` and number their
revisions alike (an incremental export then skips some for good), and two imports of one package
both see it as new.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from sqlalchemy import text

from cairo_desktop.domain.revision import make_revision
from cairo_desktop.services import Services, open_services
from cairo_desktop.store.activities import insert_revisions
from tests.conftest import sample_activity

pytestmark = pytest.mark.postgres


@pytest.fixture
def coordinators(postgres_url: str) -> Iterator[tuple[Services, Services]]:
    first = open_services(database_url=postgres_url, author="amina")
    first.installation.initialise("COORD", "Coordination", "coordinator", "EGY")
    second = open_services(database_url=postgres_url, author="tesfaye")
    yield first, second
    first.close()
    second.close()


class Worker(threading.Thread):
    """Runs one call on its own thread and keeps its result or its error."""

    def __init__(self, call: Callable[[], Any]) -> None:
        super().__init__(daemon=True)
        self.call, self.result, self.error = call, None, None

    def run(self) -> None:
        try:
            self.result = self.call()
        except BaseException as error:  # handed to the test
            self.error = error


def _sequence_numbers(services: Services) -> list[int]:
    with services.database.session() as session:
        return list(session.execute(text("SELECT seq FROM revisions ORDER BY seq")).scalars())


def test_a_save_during_another_writers_transaction_gets_the_next_number(
        coordinators: tuple[Services, Services]) -> None:
    first, second = coordinators
    with first.database.session() as session:
        revision = make_revision("00000000-0000-4000-8000-000000000001", [], {"title": "held"},
                                 author="amina", office="COORD", owner_office="COORD")
        insert_revisions(session, [revision])
        saving = Worker(lambda: second.activities.add(sample_activity()))
        saving.start()
        time.sleep(1.0)
        assert saving.is_alive(), "the second writer did not wait for the first to commit"
    saving.join(30)
    assert saving.error is None
    assert _sequence_numbers(first) == [1, 2]


def test_two_imports_of_one_package_at_the_same_time_bring_it_in_once(
        coordinators: tuple[Services, Services], tmp_path: Path) -> None:
    first, second = coordinators
    field = open_services(tmp_path / "field.db", author="yonas")
    field.installation.initialise("ETH-ADD", "Addis Ababa field office", "field", "ETH")
    field.demo.generate(50, seed=2)
    package = tmp_path / "field.xlsx"
    field.sync.export_package(package, full=True)
    field.close()
    with first.database.session(immediate=True):  # a third coordinator in the middle of an import
        imports = [Worker(lambda services=services: services.sync.import_packages([package]))
                   for services in (first, second)]
        for worker in imports:
            worker.start()
        time.sleep(1.0)
        assert all(worker.is_alive() for worker in imports), "an import did not wait for the one under way"
    for worker in imports:
        worker.join(60)
        assert worker.error is None, worker.error
    reports = [worker.result[0] for worker in imports]
    assert all(report.ok for report in reports)
    assert sorted(report.already_imported for report in reports) == [False, True]
    assert first.activities.count() == 50
    assert _sequence_numbers(first) == list(range(1, 51))


def test_several_first_starts_at_once_set_up_the_database_once(postgres_url: str) -> None:
    """Coordinators starting a new version together must not run the same migration side by side."""
    starting = threading.Barrier(4)

    def start() -> None:
        starting.wait()
        open_services(database_url=postgres_url, author="amina").close()

    starts = [Worker(start) for _ in range(4)]
    for worker in starts:
        worker.start()
    for worker in starts:
        worker.join(30)
    assert not any(worker.is_alive() for worker in starts), "a start is still waiting"
    assert [worker.error for worker in starts] == [None] * 4
