"""Checkpointing the SQLite write-ahead log once after a batch of imports, not after each package.

Every import commits its own transaction (all or nothing per package). SQLite then copies the
pages it wrote from the WAL back into the database file once the WAL passes 1,000 pages. In a
database that already holds tens of thousands of activities, each package touches thousands of
index pages scattered by their random ids, and the following packages touch mostly the same pages
again: checkpointing after every package copies them over and over. During the batch the WAL may
grow to :data:`BATCH_PAGES` before a checkpoint; the batch ends with one checkpoint. Commits stay
exactly as durable (the WAL is synced at each commit with ``synchronous=FULL``).

The setting is applied by one checkout listener installed with the engine (:func:`install`), which
reads whether a batch is open. Adding and removing listeners around each batch instead raced with
other threads checking out connections meanwhile (the window refreshing its status line during an
import): SQLAlchemy iterates its listeners without a lock ("deque mutated during iteration").
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Any, Iterator
from weakref import WeakKeyDictionary

from sqlalchemy import event
from sqlalchemy.engine import Engine

BATCH_PAGES = 50_000  # about 200 MB of WAL at most between checkpoints
DEFAULT_PAGES = 1_000  # SQLite's default
_SETTING = "cairo_wal_autocheckpoint"  # the value set on a pooled connection, in its record's info


class _Batches:
    """How many batches are open on one engine (imports may run on a worker thread)."""

    def __init__(self) -> None:
        self.open = 0
        self._lock = threading.Lock()

    def change(self, by: int) -> None:
        with self._lock:
            self.open += by


_ENGINES: WeakKeyDictionary[Engine, _Batches] = WeakKeyDictionary()


def install(engine: Engine) -> None:
    """Let :func:`checkpoint_after_batch` work on this SQLite engine (once, when it is made)."""
    batches = _ENGINES.setdefault(engine, _Batches())

    def on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        wanted = BATCH_PAGES if batches.open else DEFAULT_PAGES
        if record.info.get(_SETTING) != wanted:
            dbapi_connection.execute(f"PRAGMA wal_autocheckpoint={wanted}")
            record.info[_SETTING] = wanted

    event.listen(engine, "checkout", on_checkout)


def batches_open(engine: Engine) -> int:
    batches = _ENGINES.get(engine)
    return batches.open if batches else 0


@contextmanager
def checkpoint_after_batch(engine: Engine, enabled: bool = True) -> Iterator[None]:
    """Connections of ``engine`` checked out within the block checkpoint late; at its end, once (SQLite only)."""
    batches = _ENGINES.get(engine)
    if not enabled or engine.dialect.name != "sqlite" or batches is None:
        yield
        return
    batches.change(+1)
    try:
        yield
    finally:
        batches.change(-1)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
