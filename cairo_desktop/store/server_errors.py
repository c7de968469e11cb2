"""Database server failures told as plain sentences a coordinator can act on.

A coordinator who runs the store on a PostgreSQL server meets failures an SQLite file never
has: the server is down or unreachable, the password is wrong, the database was never created,
or the connection drops half-way through an import. psycopg reports these as ``OperationalError``
with libpq's technical text and no SQLSTATE, so the cases are told apart by that text; anything
not recognised still gets a plain sentence, with the server's own reason quoted at its end.
"""

from __future__ import annotations

import re

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError

_BACKGROUND = re.compile(r"\s*\(Background on this error at: [^)]*\)\s*$")


def server_reason(error: BaseException) -> str:
    """The driver's first line, without SQLAlchemy's class prefix and link, for quoting."""
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    text = _BACKGROUND.sub("", lines[0] if lines else type(original).__name__)
    return text.rstrip(".")


def _where(url: URL) -> str:
    host = url.host or url.query.get("host") or "this computer"
    if isinstance(host, tuple):
        host = host[0]
    return f"{host}:{url.port}" if url.port else str(host)


def cannot_connect(error: BaseException, url: URL) -> str:
    """Why opening a server database failed, and what to check."""
    reason = server_reason(error)
    lowered = reason.lower()
    server, database, user = _where(url), url.database or "", url.username or ""
    if 'database "' in lowered and "does not exist" in lowered:
        return (f"There is no database named '{database}' on the server at {server}. Check the name at the end of "
                "the database address, or ask the server's administrator to create an empty database with that "
                "name (Cairo Desktop sets it up itself).")
    refused_login = ("password authentication failed", "no password supplied", "role \"")
    if any(words in lowered for words in refused_login):
        return (f"The database server at {server} did not accept the user name or password ({user or 'none given'}). "
                "Check the user name and password in the database address, or ask the server's administrator.")
    if "resolve host" in lowered or "could not translate host name" in lowered:
        return (f"Cannot find the database server '{url.host}': the name is unknown to this computer. Check the "
                "server name in the database address, and that this computer is connected to the network.")
    unreachable = ("connection refused", "timeout", "timed out", "no route", "no such file or directory")
    if any(words in lowered for words in unreachable):
        return (f"Cannot reach the database server at {server}: it is not running, or not at that address and "
                f"port, or a network or firewall blocks the way ({reason}). Check that the server is running and "
                "the address is right, then try again.")
    return (f"Cannot open the database '{database}' on the server at {server} ({reason}). Check the database "
            "address and that the server is running, then try again.")


def is_server_failure(error: BaseException) -> bool:
    """A failure of the server or the connection, as opposed to a mistake in a statement."""
    return isinstance(error, OperationalError) or (isinstance(error, DBAPIError) and error.connection_invalidated)


def lost_connection(error: BaseException) -> str:
    """What a person is told when the server fails during an operation: nothing of it was kept."""
    return (f"The database server stopped the operation or could not be reached ({server_reason(error)}). "
            "Nothing of this operation was saved: the database is as it was before. Check that the server is "
            "running and reachable, then do it again.")
