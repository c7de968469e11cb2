"""Late WAL checkpoints during a batch of imports, and their safety beside other threads."""

from __future__ import annotations

from pathlib import Path

from cairo_desktop.store import wal
from cairo_desktop.store.engine import make_engine


def _autocheckpoint(engine) -> int:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        return int(connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar())


def test_connections_checkpoint_late_only_within_a_batch(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'batch.db'}")
    assert _autocheckpoint(engine) == wal.DEFAULT_PAGES
    with wal.checkpoint_after_batch(engine):
        assert wal.batches_open(engine) == 1 and _autocheckpoint(engine) == wal.BATCH_PAGES
    assert wal.batches_open(engine) == 0 and _autocheckpoint(engine) == wal.DEFAULT_PAGES
    with wal.checkpoint_after_batch(engine, enabled=False):  # a dry run writes nothing to checkpoint
        assert _autocheckpoint(engine) == wal.DEFAULT_PAGES
    engine.dispose()


def test_a_batch_adds_and_removes_no_listener_on_the_engine(tmp_path: Path) -> None:
    """The window checks out connections (its status line) while a worker imports. SQLAlchemy walks an
    engine's listeners without a lock, so a batch that added or removed listeners made the window's
    checkout fail now and then with "deque mutated during iteration"."""
    engine = make_engine(f"sqlite:///{tmp_path / 'threads.db'}")
    dispatch = engine.pool.dispatch

    def listeners() -> list[int]:
        return [len(dispatch.checkout), len(dispatch.checkin), len(dispatch.connect)]

    before = listeners()
    with wal.checkpoint_after_batch(engine):
        assert listeners() == before
        with engine.connect():
            assert listeners() == before
    assert listeners() == before
    engine.dispose()
