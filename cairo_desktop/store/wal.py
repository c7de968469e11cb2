"""Checkpointing the SQLite write-ahead log once after a batch of imports, not after each package.

Every import commits its own transaction (all or nothing per package). SQLite then copies the
pages it wrote from the WAL back into the database file once the WAL passes 1,000 pages. In a
database that already holds tens of thousands of activities, each package touches thousands of
index pages scattered by their random ids, and the following packages touch mostly the same pages
again: checkpointing after every package copies them over and over. During the batch the WAL may
grow to :data:`BATCH_PAGES` before a checkpoint; the batch ends with one checkpoint. Commits stay
exactly as durable (the WAL is synced at each commit with ``synchronous=FULL``).
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine

BATCH_PAGES = 50_000  # about 200 MB of WAL at most between checkpoints
DEFAULT_PAGES = 1_000  # SQLite's default


def _batch(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={BATCH_PAGES}")


def _default(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={DEFAULT_PAGES}")


@contextmanager
def checkpoint_after_batch(engine: Engine, enabled: bool = True) -> Iterator[None]:
    """Within the block, connections of ``engine`` checkpoint late; at its end, once (SQLite only)."""
    if not enabled or engine.dialect.name != "sqlite":
        yield
        return
    event.listen(engine, "checkout", _batch)
    event.listen(engine, "checkin", _default)
    try:
        yield
    finally:
        event.remove(engine, "checkout", _batch)
        event.remove(engine, "checkin", _default)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
