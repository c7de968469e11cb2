"""The first-paint reader reads exactly what the full list query reads, and nothing it should not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.store.first_page import LIST_COLUMNS, FirstPageReader
from cairo_desktop.store.schema_version import SCHEMA_HEAD


def test_it_lists_the_same_ids_and_rows_as_the_full_query(make_services) -> None:
    services = make_services("ETH-ADD", "coordinator")
    services.demo.generate(260, offices=3, seed=5)
    gone = services.activities.ids(ActivityFilter(), limit=3)
    for activity_id in gone:  # deleted activities are not in the unfiltered list
        services.activities.delete(activity_id)
    reader = FirstPageReader.open(services.database.file)
    assert reader is not None
    try:
        assert (reader.office_code, reader.role, reader.is_coordinator) == ("ETH-ADD", "coordinator", True)
        for order_by in ("updated_at", "title", "start_date", "end_date", "people_reached", "status", "no-such-column"):
            for descending in (True, False):
                expected = services.activities.ids(ActivityFilter(), order_by, descending, limit=120, offset=40)
                assert reader.ids(order_by, descending, limit=120, offset=40) == expected, (order_by, descending)
        page = services.activities.ids(ActivityFilter(), limit=200)
        assert not set(gone) & set(reader.ids(limit=1000))
        full = services.activities.rows(page)
        quick = reader.rows(page)
        assert quick.keys() == full.keys()
        for activity_id, row in full.items():
            assert tuple(quick[activity_id]) == tuple(getattr(row, name) for name in LIST_COLUMNS)
        assert reader.offices() == services.installation.offices()
    finally:
        reader.close()


def test_it_declines_what_needs_the_ordinary_start(tmp_path: Path, make_services) -> None:
    assert FirstPageReader.open(tmp_path / "missing.db") is None
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("shopping list", encoding="utf-8")
    assert FirstPageReader.open(not_a_database) is None
    never_set_up = make_services(office="")  # migrated, but no identity: the set-up dialog comes first
    assert FirstPageReader.open(never_set_up.database.file) is None
    older = make_services("ETH-ADD", "field")
    with sqlite3.connect(older.database.file) as connection:  # as if made by an older release
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert FirstPageReader.open(older.database.file) is None
    with sqlite3.connect(older.database.file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (SCHEMA_HEAD,))
    assert FirstPageReader.open(older.database.file) is not None


def test_it_cannot_change_the_database(make_services) -> None:
    services = make_services("ETH-ADD", "field")
    reader = FirstPageReader.open(services.database.file)
    assert reader is not None
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader._connection.execute("DELETE FROM activities")
    reader.close()
