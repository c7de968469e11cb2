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
