"""Copies of the database file taken before anything risky (migrations, imports).

Uses SQLite's online backup API, so a copy is consistent even while the database is open. On
PostgreSQL backups are the server administrator's job and this does nothing.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from cairo_desktop import paths

KEEP_BACKUPS = 20


def backup_sqlite_file(source: Path, reason: str, folder: Path | None = None) -> Path:
    """Write a consistent copy of ``source`` into the backups folder and return its path."""
    folder = folder or paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{source.stem}-{stamp}-{reason}.db"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    _prune(folder, source.stem)
    return target


def _prune(folder: Path, stem: str) -> None:
    backups = sorted(folder.glob(f"{stem}-*.db"))
    for old in backups[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
