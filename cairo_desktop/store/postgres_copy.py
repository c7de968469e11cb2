"""Bulk inserts on PostgreSQL with ``COPY ... FROM STDIN`` instead of one INSERT per row.

psycopg's ``executemany`` (which SQLAlchemy uses for a list of rows) sends every row as its own
statement: at 50,000 activities that is over a million statements for the view's tables alone,
and about half of the import's time went there. ``COPY`` streams all rows of a table in one
statement. It runs on the session's own connection, so it is part of the same transaction and
is rolled back with it.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError


def can_copy(connection: Connection) -> bool:
    """Whether the connection is PostgreSQL through psycopg 3, the driver whose COPY this uses."""
    return connection.dialect.name == "postgresql" and connection.dialect.driver == "psycopg"


def copy_rows(connection: Connection, table: str, names: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write ``rows`` (tuples in the order of ``names``) into ``table`` in one ``COPY``.

    Values are sent in COPY's text format, so dates may be ``date`` objects or ISO text alike.
    A failure is raised as SQLAlchemy raises those of the statements it runs (a lost connection
    marked invalidated), so callers meet one kind of database error whichever way rows were sent.
    """
    import psycopg
    from psycopg import sql

    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(sql.Identifier(name) for name in names))
    driver = connection.connection.driver_connection
    try:
        with driver.cursor() as cursor:
            with cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)
    except psycopg.Error as error:
        lost = driver.broken or driver.closed
        if lost:
            connection.invalidate(error)
        raise DBAPIError.instance(f"COPY {table}", None, error, psycopg.Error, connection_invalidated=lost) from None
