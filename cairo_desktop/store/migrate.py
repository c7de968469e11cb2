"""Bringing a database to the newest schema with Alembic, safely.

Called at every start-up. An existing SQLite file that needs an upgrade is backed up first; a
database written by a newer version of the app is refused rather than damaged.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from cairo_desktop import paths
from cairo_desktop.errors import UserError
from cairo_desktop.store.backup import backup_sqlite_file
from cairo_desktop.store.engine import sqlite_file
from cairo_desktop.store.writer_lock import lock_writers


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
    backup = None
    database_file = sqlite_file(engine)
    if current is not None and database_file is not None and database_file.exists():
        backup = str(backup_sqlite_file(database_file, "before-migration"))
    config = alembic_config()
    with engine.begin() as connection:
        # Several coordinators may start a new version on one server at once: the first to get the lock
        # migrates, the others then find the schema at head and Alembic does nothing.
        lock_writers(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
