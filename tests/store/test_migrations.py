"""Migrations: an empty database migrated to head has exactly the models' schema; upgrades back up first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from cairo_desktop import paths
from cairo_desktop.errors import UserError
from cairo_desktop.store.engine import make_engine, open_database
from cairo_desktop.store.migrate import current_revision, head_revision, upgrade_to_head
from cairo_desktop.store.models import Base
from cairo_desktop.store.search import is_search_table


def schema_differences(url: str) -> list:
    engine = make_engine(url)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True,
            "include_name": lambda name, kind, parent: not (kind == "table" and is_search_table(name)),
        })
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    return differences


def test_migrations_equal_the_models_on_sqlite(tmp_path: Path) -> None:
    assert schema_differences(f"sqlite:///{tmp_path / 'empty.db'}") == []


@pytest.mark.postgres
def test_migrations_equal_the_models_on_postgres(postgres_url: str) -> None:
    assert schema_differences(postgres_url) == []


def test_new_database_is_at_head_and_uses_wal(tmp_path: Path) -> None:
    database = open_database(tmp_path / "new.db")
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.close()


def test_an_old_database_is_backed_up_before_upgrading(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    from alembic import command

    from cairo_desktop.store.migrate import alembic_config

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('marker', 'kept')")
    engine.dispose()
    if head_revision() == "0001":
        pytest.skip("Only one migration exists, so there is no upgrade to back up before.")
    database = open_database(path)
    database.close()
    backups = list(paths.backups_dir().glob("old-*-before-migration.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT value FROM settings WHERE key='marker'").fetchone() == ("kept",)


def test_a_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(UserError, match="newer version of Cairo Desktop"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(UserError, match="Cannot open the database"):
        open_database(path)
    assert path.read_text().startswith("these are my notes")


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="folder for the database does not exist"):
        open_database(tmp_path / "nowhere" / "x.db")


def test_plain_engine_sees_the_same_tables(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    open_database(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    engine.dispose()
    assert {"activities", "revisions", "installation", "activity_people"} <= tables


def test_the_schema_head_known_to_the_engine_is_alembics_head() -> None:
    from cairo_desktop.store.engine import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


def _at_revision(path: Path, revision: str) -> None:
    """Leave the database at ``path`` (made at head) at an older ``revision``, as an older app left it."""
    from alembic import command

    from cairo_desktop.store.migrate import alembic_config

    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def test_upgrading_to_0004_credits_imported_packages_to_the_pinned_key(tmp_path: Path) -> None:
    path = tmp_path / "logs.db"
    open_database(path).close()
    _at_revision(path, "0003")
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO sync_pinned_keys (office, public_key, fingerprint, role, pinned_at, pinned_from) "
                           "VALUES ('ETH-ADD', 'ab', 'AAAA-BBBB', 'field', '2026-01-01', 'p1')")
        for package, signed in (("p1", 1), ("p2", 0)):
            connection.execute("INSERT INTO sync_imported_packages (package_id, office, seq, file_name, file_hash, "
                               "counts, signed, unsigned_reason, imported_by, imported_at) VALUES "
                               f"('{package}', 'ETH-ADD', 1, 'f.xlsx', 'h', '{{}}', {signed}, '', 'me', '2026-01-02')")
    connection.close()
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT package_id, key_fingerprint, mode FROM sync_imported_packages "
                                  "ORDER BY package_id").fetchall()
    connection.close()
    assert rows == [("p1", "AAAA-BBBB", ""), ("p2", "", "")]  # an unsigned file was never the key's


def test_upgrading_to_0005_lets_the_search_ignore_accents(tmp_path: Path) -> None:
    from cairo_desktop.domain.filters import ActivityFilter
    from cairo_desktop.services import open_services
    from tests.conftest import sample_activity

    path = tmp_path / "search.db"
    services = open_services(path, author="amina")
    services.installation.initialise("ETH-ADD", "Addis", "field", "ETH")
    services.activities.add(sample_activity(title="Dialogue avec les réfugiés à Kassala"))
    services.close()
    _at_revision(path, "0004")
    with sqlite3.connect(path) as connection:  # as the older app wrote it: only case-folded
        connection.execute("UPDATE activities SET search_text = lower(title)")
    connection.close()
    services = open_services(path, author="amina")
    try:
        assert [a.title for a in services.activities.find(ActivityFilter(text="refugies a kassala"))] == \
            ["Dialogue avec les réfugiés à Kassala"]
        assert len(services.activities.find(ActivityFilter(text="RÉFUGIÉS"))) == 1
    finally:
        services.close()
