"""Opening the database named by --db: files that are not ours are refused plainly and left untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cairo_desktop.cli.main import run


def _refused(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    code = run(["--db", str(db), *(args or ("activity", "list"))])
    captured = capsys.readouterr()
    assert code == 1, captured
    assert captured.err.startswith("error: ") and captured.err.count("\n") == 1, captured.err
    for jargon in ("sqlalche", "sqlite3", "DatabaseError", "Background on this error", "Errno"):
        assert jargon not in captured.err
    return captured.err


def _folder_listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.mark.parametrize("content", [b"just some notes\n", b"PK\x03\x04 a zip file" * 300,
                                     b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_file_that_is_not_a_database(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "notes.db"
    db.write_bytes(content)
    err = _refused(capsys, db)
    assert f"Cannot open the database {db}: it is not a Cairo Desktop database, or it is damaged." in err
    assert "Choose the right file, or restore a copy from the backups folder" in err  # what to do
    assert _folder_listing(tmp_path) == {"notes.db": content}  # untouched, nothing beside it


def test_another_programs_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "contacts.db"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.close()
    before = _folder_listing(tmp_path)
    err = _refused(capsys, db)
    assert f"Cannot open the database {db}: it is not a Cairo Desktop database" in err
    assert _folder_listing(tmp_path) == before
    with sqlite3.connect(db) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    connection.close()
    assert tables == ["contacts"]  # no Cairo Desktop table was added to it


def test_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    err = _refused(capsys, tmp_path)
    assert f"{tmp_path} is a folder" in err


def test_a_folder_the_user_may_not_write_gives_an_error_line_not_a_traceback(capsys, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A read-only data folder (found by the packaging audit): a plain line and status 1."""
    import cairo_desktop.services as services_package
    from cairo_desktop.cli.main import run

    db = tmp_path / "office.db"
    assert run(["--db", str(db), "init", "--office", "ETH-ADD", "--office-name", "Addis", "--role", "field"]) == 0
    capsys.readouterr()

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / "backups"))

    monkeypatch.setattr(services_package, "open_services", read_only)
    assert run(["--db", str(db), "activity", "list"]) == 1
    out, err = capsys.readouterr()
    assert not out and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"error: cannot use {tmp_path / 'backups'}: Permission denied.")


def test_a_damaged_database_is_said_in_one_line_and_check_lists_the_damage(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"database disk image is malformed" (found by the packaging audit) was a traceback, from `check` too."""
    import os

    from cairo_desktop.cli.main import run

    db = tmp_path / "office.db"
    assert run(["--db", str(db), "init", "--office", "ETH-ADD", "--office-name", "Addis", "--role", "field"]) == 0
    assert run(["--db", str(db), "demo", "--activities", "300"]) == 0
    size = db.stat().st_size
    with open(db, "r+b") as handle:  # the middle half of the file overwritten, as a failing disk would
        handle.seek(size // 4)
        handle.write(os.urandom(size // 2))
    capsys.readouterr()
    assert run(["--db", str(db), "activity", "list"]) == 1
    out, err = capsys.readouterr()
    assert not out and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"error: the database {db} is damaged (database disk image is malformed). Nothing was changed.")
    assert run(["--db", str(db), "check"]) == 1
    out, err = capsys.readouterr()
    assert "The database cannot be read through: database disk image is malformed." in out
