"""A database the user may read but not write, and a message that must not fail while it is written (packaging
audit: both gave tracebacks)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from cairo_desktop import paths
from cairo_desktop.errors import UserError
from cairo_desktop.services import open_services
from cairo_desktop.store import engine as engine_module
from tests.conftest import sample_activity


def test_saving_in_a_read_only_database_file_is_refused_in_a_sentence_and_changes_nothing(tmp_path: Path) -> None:
    services = open_services(tmp_path / "office.db", author="amina")
    try:
        services.installation.initialise("ETH-ADD", "Addis Ababa field office", "field", "ETH")
        kept = services.activities.add(sample_activity(title="Kept"))
        # SQLite answers a file it may not write (its permissions, a read-only disk) as query_only does.
        event.listen(services.database.engine, "connect", lambda dbapi, _record: dbapi.execute("PRAGMA query_only=ON"))
        services.database.engine.dispose()
        with pytest.raises(UserError, match=r"office\.db: the file is read-only for you .* Nothing was changed\."):
            services.activities.add(sample_activity(title="Not kept"))
        with pytest.raises(UserError, match="read-only for you"):
            services.activities.edit(kept.id, {"title": "Not kept either"})
        assert services.activities.count() == 1 and services.activities.get(kept.id).title == "Kept"
    finally:
        services.close()


def test_a_database_in_a_read_only_folder_is_refused_as_such_not_as_damaged(tmp_path: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "office.db"
    database.write_bytes(b"SQLite format 3\x00" + bytes(100))

    def read_only_folder(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(engine_module.sqlite3, "connect", read_only_folder)
    with pytest.raises(UserError, match=f"its folder {tmp_path} is read-only for you") as refused:
        engine_module.check_sqlite_file(database)
    assert "damaged" not in str(refused.value)


def test_a_wal_database_on_a_read_only_disk_is_refused_as_such_not_as_unreadable(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """On a read-only disk (simulated: root writes anywhere), SQLite cannot make a WAL database's "-shm" file and
    says only "unable to open": the advice is the folder, not the file's permissions."""
    database = tmp_path / "office.db"
    database.write_bytes(b"SQLite format 3\x00" + bytes(100))

    def cannot_open(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(engine_module.sqlite3, "connect", cannot_open)
    monkeypatch.setattr(engine_module.os, "access", lambda path, mode: not (Path(path) == tmp_path and mode == engine_module.os.W_OK))
    with pytest.raises(UserError, match=f"its folder {tmp_path} is read-only for you") as refused:
        engine_module.check_sqlite_file(database)
    assert "file's permissions" not in str(refused.value)
    monkeypatch.setattr(engine_module.os, "access", lambda path, mode: True)  # a writable folder: the file itself
    with pytest.raises(UserError, match="you may not be allowed to read it"):
        engine_module.check_sqlite_file(database)


def test_the_damaged_file_message_is_given_even_where_the_backups_folder_cannot_be_made(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = tmp_path / "office.db"
    damaged.write_bytes(b"not a database at all" * 100)

    def cannot_make() -> Path:
        raise PermissionError(13, "Permission denied", str(tmp_path / "backups"))

    monkeypatch.setattr(paths, "backups_dir", cannot_make)
    with pytest.raises(UserError, match="restore a copy from the backups folder\\.$"):
        engine_module.check_sqlite_file(damaged)
