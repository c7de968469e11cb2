"""The activity list is ordered the same way on SQLite and on PostgreSQL.

A coordinator's PostgreSQL server usually sorts text by its language's rules (en_US, ICU) and puts
missing values first in a descending order; SQLite compares code points and counts a missing value
as the smallest. The list, its paging and the CLI must not depend on which server holds the data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.services import Services, open_services
from tests.conftest import sample_activity
from tests.postgres_cluster import PostgresCluster

TITLES = ("b title", "B title", "a title", "Z title", "é title", "_ title")


def _language_sorted_database(cluster: PostgresCluster, name: str) -> str:
    """A database whose default collation is ICU's English one, as on many real servers."""
    import psycopg

    assert cluster.folder is not None
    with psycopg.connect(host=str(cluster.folder), port=cluster.port, user="postgres", dbname="postgres",
                         autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 LOCALE_PROVIDER icu "
                           "ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'")
    return cluster.url(name)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Services]:
    if request.param == "sqlite":
        services = open_services(tmp_path / "store.db", author="amina")
    else:
        cluster = request.getfixturevalue("postgres_cluster")
        services = open_services(database_url=_language_sorted_database(cluster, "cairo_ordering"), author="amina")
    services.installation.initialise("ETH-ADD", "Addis Ababa field office", "field", "ETH")
    yield services
    services.close()


def _ordered_titles(backend: Services, column: str, descending: bool) -> list[str]:
    return [a.title for a in backend.activities.find(ActivityFilter(), order_by=column, descending=descending)]


def test_titles_are_ordered_by_code_point_on_every_database(backend: Services) -> None:
    for title in TITLES:
        backend.activities.add(sample_activity(title=title))
    assert _ordered_titles(backend, "title", descending=False) == sorted(TITLES)
    assert _ordered_titles(backend, "title", descending=True) == sorted(TITLES, reverse=True)


def test_missing_values_count_as_the_smallest_on_every_database(backend: Services) -> None:
    backend.activities.add(sample_activity(title="no budget", budget_amount=None, currency=""))
    backend.activities.add(sample_activity(title="small budget", budget_amount=10))
    backend.activities.add(sample_activity(title="large budget", budget_amount=1000))
    assert _ordered_titles(backend, "budget_amount", descending=True) == ["large budget", "small budget", "no budget"]
    assert _ordered_titles(backend, "budget_amount", descending=False) == ["no budget", "small budget", "large budget"]


def test_paging_through_a_sorted_list_sees_every_row_once(backend: Services) -> None:
    for number in range(12):
        budget = None if number % 3 == 0 else number * 100
        backend.activities.add(sample_activity(title=TITLES[number % len(TITLES)], budget_amount=budget,
                                               currency="" if budget is None else "EUR"))
    for column in ("title", "budget_amount"):
        whole = backend.activities.ids(ActivityFilter(), order_by=column, descending=True)
        paged = [aid for offset in range(0, 12, 5)
                 for aid in backend.activities.ids(ActivityFilter(), order_by=column, descending=True,
                                                   limit=5, offset=offset)]
        assert paged == whole and len(set(whole)) == 12


@pytest.mark.postgres
def test_the_default_order_is_answered_by_its_index_on_postgres(postgres_url: str) -> None:
    """Making the order match SQLite must not cost the list's first page a sort of every row."""
    from sqlalchemy import text

    from cairo_desktop.store import queries

    services = open_services(database_url=postgres_url, author="amina")
    try:
        with services.database.session() as session:
            session.execute(text("SET LOCAL enable_seqscan = off"))
            statement = queries.ids_statement(session, ActivityFilter(), "updated_at", True).limit(100)
            compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
            plan = "\n".join(row[0] for row in session.execute(text(f"EXPLAIN {compiled}")))
        assert "using ix_activities_updated_at" in plan and "Sort Key: ((updated_at" not in plan, plan
    finally:
        services.close()
