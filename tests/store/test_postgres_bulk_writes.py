"""Bulk writes on PostgreSQL: one statement per table, not one per row, and every value kept exactly.

psycopg's ``executemany`` sends each row as its own statement; at 50,000 activities that made
the import about half database round trips. The store writes a batch with ``COPY`` instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import Engine, event

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.services import Services, open_services
from tests.conftest import sample_activity
from tests.sync.helpers import send, views

pytestmark = pytest.mark.postgres


class RowsSent:
    """Counts the parameter sets the app hands the driver: one per row under ``executemany``."""

    def __init__(self, engine: Engine) -> None:
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, _statement, parameters, _context, executemany) -> None:  # type: ignore[no-untyped-def]
        self.count += len(parameters) if executemany else 1


@pytest.fixture
def coordinator(postgres_url: str) -> Iterator[Services]:
    services = open_services(database_url=postgres_url, author="amina")
    services.installation.initialise("COORD", "Coordination", "coordinator", "EGY")
    yield services
    services.close()


def test_demo_data_is_written_in_a_few_statements(coordinator: Services) -> None:
    sent = RowsSent(coordinator.database.engine)
    coordinator.demo.generate(400, seed=5)
    assert coordinator.activities.count() == 400
    assert sent.count < 100, f"{sent.count} statements for 400 activities: rows are sent one by one"


def test_an_imported_package_is_written_in_a_few_statements_and_arrives_whole(
        coordinator: Services, field_office: Services, tmp_path: Path) -> None:
    field_office.demo.generate(400, seed=6)
    sent = RowsSent(coordinator.database.engine)
    [report] = send(field_office, coordinator, tmp_path, full=True)
    assert report.ok, report
    assert sent.count < 200, f"{sent.count} statements for 400 activities: rows are sent one by one"
    assert views(coordinator) == views(field_office)


def test_awkward_text_and_numbers_are_stored_exactly(coordinator: Services) -> None:
    """COPY has its own escapes (backslash, tab, newline, \\N for NULL); none may leak into the data."""
    title = "Back\\slash \\N tab\there «réfugiés» تدريب"
    added = coordinator.activities.add(sample_activity(
        title=title, description="line one\nline two\\n", place="\\N", notes="", budget_amount=0.1 + 0.2,
        planned_end=None, admin_area="Tab\tarea"), office="ETH-ADD")
    loaded = coordinator.activities.get(added.id)
    assert (loaded.title, loaded.description, loaded.place, loaded.admin_area) == (
        title, "line one\nline two\\n", "\\N", "Tab\tarea")
    assert loaded.budget_amount == added.budget_amount and loaded.planned_end is None and loaded.notes == ""
    assert [a.id for a in coordinator.activities.find(ActivityFilter(text="\\n"))] == [added.id]
