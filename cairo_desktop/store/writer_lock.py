"""One writer at a time on PostgreSQL, as SQLite's file lock gives for free.

Revisions are numbered ``max(seq) + 1`` and incremental exports send what lies above the last
number sent. On SQLite one transaction writes at a time, so numbers are unique and are committed
in order. PostgreSQL runs transactions side by side: two writers would read the same maximum and
number their revisions alike, or commit out of order, and an export would then skip revisions
for good; two imports of one package would both find it new. A transaction-level advisory lock,
released by commit or rollback (even when the connection drops), restores one writer at a time.
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

# Any fixed 64-bit number; it names this app's writer lock among the server's advisory locks.
WRITER_LOCK_KEY = 0x43414952_4F574C4B  # "CAIROWLK"


def take_writer_lock(session: Session) -> None:
    """Wait until no other transaction writes, then hold the lock until this one ends (PostgreSQL only)."""
    lock_writers(session.connection())


def lock_writers(connection: Connection) -> None:
    """:func:`take_writer_lock` for a plain connection in a transaction (migrations run on one)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})
