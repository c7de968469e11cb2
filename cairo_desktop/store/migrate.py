"""Bringing a database to the newest schema with Alembic, safely.

Called at every start-up. An existing database that needs an upgrade is backed up first (an SQLite
file copied, a PostgreSQL database dumped by pg_dump when it can be: without pg_dump the upgrade goes on
and a warning is logged); a database written by a newer version of the app is refused rather than
damaged.
"""

from __future__ import annotations

import logging

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from cairo_desktop import paths
from cairo_desktop.errors import UserError
from cairo_desktop.store.backup import BackupNotMade, backup_database
from cairo_desktop.store.writer_lock import lock_writers

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> str | None:
    """Upgrade the schema; returns the path of the backup taken, if one was."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    try:
        current = current_revision(engine)
    except Exception as error:  # a file that is not a database at all
        raise UserError(f"Cannot open the database {engine.url.database or engine.url}: {error}.") from None
    if current == head:
        return None
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise UserError(
            "This database was written by a newer version of Cairo Desktop "
            f"(schema {current}). Install the newer version to open it."
        )
    backup = _backup_before_migration(engine) if current is not None else None
    config = alembic_config()
    with engine.begin() as connection:
        # Several coordinators may start a new version on one server at once: the first to get the lock
        # migrates, the others then find the schema at head and Alembic does nothing.
        lock_writers(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def _backup_before_migration(engine: Engine) -> str | None:
    """Back up a database about to be upgraded; returns the backup's path, or None when none was made.

    On PostgreSQL a missing or failing pg_dump does not stop the upgrade (a coordinator's computer
    often has no PostgreSQL client programs, and the app could not start at all otherwise): it is logged.
    """
    try:
        made = backup_database(engine, "before-migration")
    except BackupNotMade as error:
        log.warning("No backup of the PostgreSQL database %s was made before upgrading its schema: %s. Ask "
                    "whoever runs the server to confirm it is backed up, or install the PostgreSQL client tools.",
                    engine.url.database, _why(error))
        return None
    return str(made) if made is not None else None


def _why(error: BackupNotMade) -> str:
    """Why pg_dump made no backup, for the log."""
    return "pg_dump was not found" if error.reason == "not_found" else f"pg_dump failed ({error.detail})"
