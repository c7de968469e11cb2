"""The first page of the activity list read with the standard library alone, for a fast first paint.

Importing SQLAlchemy and the models takes several times longer than drawing the whole window, so
the desktop app draws the first page of its list from here and loads the services behind it. Only
a database that needs nothing done to it is read: an SQLite file already at this code's schema,
with an identity. Anything else gives ``None`` and the app takes the ordinary road (migrate, set
up, then show). The connection is read-only: nothing here can change the file.

What this reads must equal what ``store.queries`` reads for the unfiltered list; a test compares
the two on the same database.
"""

from __future__ import annotations

import sqlite3
from collections import namedtuple
from datetime import date
from pathlib import Path
from typing import Any, Sequence

from cairo_desktop.domain.filters import ORDERABLE_COLUMNS
from cairo_desktop.store.schema_version import SCHEMA_HEAD

# The columns the activity list shows, here because this module may not import SQLAlchemy;
# ``store.queries`` reads the same tuple.
LIST_COLUMNS = (
    "id", "title", "action", "status", "office", "start_date", "end_date", "place",
    "people_targeted", "people_reached", "deleted", "updated_at", "heads",
)
ListRow = namedtuple("ListRow", LIST_COLUMNS)  # type: ignore[misc]
_DATE_COLUMNS = ("start_date", "end_date")


class FirstPageReader:
    """Read-only access to the unfiltered activity list and the installation's identity."""

    def __init__(self, connection: sqlite3.Connection, identity: tuple[str, str, str], file: Path) -> None:
        self._connection = connection
        self.office_code, self.office_name, self.role = identity
        self.file = file

    @classmethod
    def open(cls, file: Path) -> FirstPageReader | None:
        """A reader, or None when the file is missing, not at this schema, or has no identity yet."""
        if not file.is_file():
            return None
        try:
            connection = sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error:
            return None
        try:
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            identity = connection.execute("SELECT office_code, office_name, role FROM installation").fetchone()
        except sqlite3.Error:  # not a database, or not ours
            connection.close()
            return None
        if version is None or version[0] != SCHEMA_HEAD or identity is None:
            connection.close()
            return None
        return cls(connection, (str(identity[0]), str(identity[1]), str(identity[2])), file)

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"

    def ids(self, order_by: str = "updated_at", descending: bool = True, limit: int = 1000, offset: int = 0) -> list[str]:
        """Ids of the live activities in the list's order (ties broken by id, as the full query does)."""
        if order_by not in ORDERABLE_COLUMNS:
            order_by = "updated_at"
        direction = "DESC" if descending else "ASC"
        # NULLs first ascending and last descending: SQLite's own rule, the same as the full query's.
        query = (f"SELECT id FROM activities WHERE deleted = 0 ORDER BY {order_by} {direction}, id "
                 "LIMIT ? OFFSET ?")
        return [row[0] for row in self._connection.execute(query, (limit, offset))]

    def rows(self, activity_ids: Sequence[str]) -> dict[str, Any]:
        """The list's columns for some ids, typed as the full query types them (dates, booleans)."""
        found: dict[str, Any] = {}
        columns = ", ".join(LIST_COLUMNS)
        for start in range(0, len(activity_ids), 500):
            chunk = list(activity_ids[start:start + 500])
            marks = ", ".join("?" * len(chunk))
            for values in self._connection.execute(f"SELECT {columns} FROM activities WHERE id IN ({marks})", chunk):
                row = ListRow(*values)
                found[row.id] = row._replace(
                    deleted=bool(row.deleted),
                    **{name: date.fromisoformat(getattr(row, name)) if getattr(row, name) else None
                       for name in _DATE_COLUMNS})
        return found

    def offices(self) -> list[tuple[str, str]]:
        return [(str(code), str(name)) for code, name in
                self._connection.execute("SELECT code, name FROM offices ORDER BY code")]

    def close(self) -> None:
        self._connection.close()
