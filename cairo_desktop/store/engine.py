"""Opening a database: SQLite file (the default) or a PostgreSQL URL.

SQLite connections get WAL, ``synchronous=FULL``, foreign keys and a busy timeout on every
connect. :func:`open_database` also brings the schema to the current migration (after a backup
of an existing file), so everything above this module can assume an up-to-date schema.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from cairo_desktop import paths
from cairo_desktop.errors import UserError
from cairo_desktop.store import wal
from cairo_desktop.store.location import DATABASE_URL_ENV, database_file
from cairo_desktop.store.schema_version import SCHEMA_HEAD
from cairo_desktop.store.server_errors import cannot_connect, is_server_failure, lost_connection
from cairo_desktop.store.writer_lock import take_writer_lock

# Seconds to wait for a database server before saying it cannot be reached; without a limit, a
# server behind a firewall that drops packets leaves the app waiting for minutes.
CONNECT_TIMEOUT_SECONDS = 10


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # pysqlite's own transaction handling would defer BEGIN; we issue BEGIN ourselves (see below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    mode = conn.info.pop("begin_mode", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def resolve_url(db_path: str | os.PathLike[str] | None = None, database_url: str | None = None) -> str:
    """The URL to open: explicit URL, then explicit file, then ``CAIRO_DATABASE_URL``, then the default file."""
    if database_url:
        return database_url
    file = database_file(db_path)
    return f"sqlite:///{file}" if file is not None else os.environ[DATABASE_URL_ENV]


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            folder = Path(database).parent
            if not folder.is_dir():
                raise UserError(f"The folder for the database does not exist: {folder}. Create it or choose another path.")
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        wal.install(engine)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    connect_args = {}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    try:
        return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    except ModuleNotFoundError as error:
        raise UserError(
            f"Cannot use {parsed.get_backend_name()}: its driver is not installed ({error.name}). "
            "Install the app with the 'postgres' extra."
        ) from None


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_file(engine: Engine) -> Path | None:
    if not is_sqlite(engine):
        return None
    database = engine.url.database
    return Path(database) if database and database != ":memory:" else None


@dataclass
class Database:
    """An open database: the engine and a session factory. Close it when done."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.engine)

    @contextmanager
    def session(self, immediate: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        ``immediate`` takes SQLite's write lock at BEGIN, so two writers queue instead of failing
        half-way (imports use it); on PostgreSQL it takes :mod:`writer_lock`'s lock for the same end. A database server that fails or goes away meanwhile is told as
        a :class:`UserError`: the transaction was not committed, so nothing of it was kept.
        """
        try:
            with self.engine.connect() as connection:
                if immediate and self.is_sqlite:
                    connection.info["begin_mode"] = "IMMEDIATE"
                session = Session(bind=connection, expire_on_commit=False)
                try:
                    if immediate:
                        take_writer_lock(session)
                    yield session
                    session.commit()
                except BaseException:
                    _roll_back(session)
                    raise
                finally:
                    session.close()
                    if not connection.invalidated:  # asking a lost connection would reconnect
                        connection.info.pop("begin_mode", None)  # unused if the block ran no statement
        except DBAPIError as error:
            if self.is_sqlite and _read_only(error):
                raise UserError(f"Cannot save in the database {self.file}: the file is read-only for you (its "
                                "permissions, or a read-only disk). Nothing was changed. Make it writable, or copy it "
                                "to a folder where you may write and open that copy.") from None
            if self.is_sqlite or not is_server_failure(error):
                raise
            raise UserError(lost_connection(error)) from error

    def close(self) -> None:
        self.engine.dispose()


def _roll_back(session: Session) -> None:
    """Roll back after a failure, keeping the failure that matters.

    When the server or the connection is gone, the rollback fails too; the server discards a
    transaction whose connection dropped, so there is nothing left to undo and the first error
    is the one to report.
    """
    try:
        session.rollback()
    except DBAPIError as error:
        if not is_server_failure(error):
            raise


def check_server(engine: Engine) -> None:
    """Connect once, so a server that cannot be reached or refuses us is told in a plain sentence."""
    try:
        with engine.connect():
            pass
    except DBAPIError as error:
        raise UserError(cannot_connect(error, engine.url)) from None


# SCHEMA_HEAD (schema_version.py) lets a start-up on an up-to-date database skip loading Alembic.


def _at_expected_schema(engine: Engine) -> bool:
    try:
        with engine.connect() as connection:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
    except DBAPIError:  # no such table yet, or not a database at all: the migration step says which
        return False


def check_sqlite_file(file: Path) -> None:
    """Refuse, in one plain sentence, a file that cannot be or should not be opened as our database.

    Read with the standard library, read-only, so a file that is not ours is left exactly as it was:
    no tables added, no write-ahead log beside it. A missing or empty file is a new database.
    """
    if file.is_dir():
        raise UserError(f"{file} is a folder, not a database file. Give the path of a database file, "
                        f"for example {file / 'cairo.db'}.")
    if not file.exists() or file.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            connection.close()
    except sqlite3.Error as error:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise UserError(f"The database {file} is in use by another program that is changing it; "
                            "wait for it to finish (or close it) and try again.") from None
        # A database in WAL mode cannot be opened even read-only where SQLite may not create its "-shm" file
        # beside it (a read-only disk or share): SQLite then says only "unable to open".
        if "readonly" in text or "read-only" in text or ("unable to open" in text and not os.access(file.parent, os.W_OK)):
            raise UserError(f"Cannot open the database {file}: its folder {file.parent} is read-only for you, and "
                            "SQLite must write its journal beside the file. Check the folder's permissions, or copy "
                            "the database to a folder where you may write.") from None
        if "unable to open" in text:
            raise UserError(f"Cannot open the database {file}: you may not be allowed to read it. "
                            "Check the file's permissions, or choose another file.") from None
        raise UserError(f"Cannot open the database {file}: it is not a Cairo Desktop database, or it is damaged. "
                        f"Choose the right file, or restore a copy from the backups folder"
                        f"{_in_brackets(paths.backups_dir_if_any())}.") from None
    if tables and "alembic_version" not in tables:
        raise UserError(f"Cannot open the database {file}: it is not a Cairo Desktop database (it holds another "
                        "program's data, left as it was). Choose a Cairo Desktop database, or a new file name to start one.")


def open_database(
    db_path: str | os.PathLike[str] | None = None,
    database_url: str | None = None,
    migrate: bool = True,
) -> Database:
    """Open (creating if needed) and migrate the database named by the arguments or the environment."""
    url = resolve_url(db_path, database_url)
    engine = make_engine(url)
    file = sqlite_file(engine)
    if file is not None:
        try:  # before the engine's first connection, which would switch another program's file to WAL
            check_sqlite_file(file)
        except UserError:
            engine.dispose()
            raise
    elif not is_sqlite(engine):
        try:
            check_server(engine)
        except UserError:
            engine.dispose()
            raise
    if migrate and not _at_expected_schema(engine):
        from cairo_desktop.store.migrate import upgrade_to_head

        try:
            upgrade_to_head(engine)
        except UserError:
            engine.dispose()
            raise
    return Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def _read_only(error: DBAPIError) -> bool:
    """SQLite's "attempt to write a readonly database": a file, or a disk, the user may not write."""
    return "readonly database" in str(error.orig)


def _in_brackets(folder: Path | None) -> str:
    return f" ({folder})" if folder is not None else ""
