"""Where the database is, decided without importing SQLAlchemy (the desktop app's first paint needs it early).

The order is: an explicit server URL, an explicit file, ``CAIRO_DATABASE_URL``, the default file
in the user's data folder. ``store.engine.resolve_url`` builds its URL from the same answer.
"""

from __future__ import annotations

import os
from pathlib import Path

from cairo_desktop import paths

DATABASE_URL_ENV = "CAIRO_DATABASE_URL"


def database_file(db_path: str | os.PathLike[str] | None = None, database_url: str | None = None) -> Path | None:
    """The SQLite file that will be opened, or None when a URL (PostgreSQL, or any URL) decides instead."""
    if database_url:
        return None
    if db_path:
        return Path(db_path).expanduser().resolve()
    if os.environ.get(DATABASE_URL_ENV):
        return None
    return paths.default_database_path()
