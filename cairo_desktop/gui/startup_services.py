"""What the list, the plan browser and the filter bar need before the real services have loaded.

The main window is built on this for its first paint (see ``store.first_page``): the plan and the
vocabularies come from the domain as usual, the unfiltered list from a read-only SQLite reader, and
what needs a real query (counts, years) waits. :meth:`MainWindow.attach` then hands every part the
real services. Only the unfiltered list can be served: the filter widgets are not live until then.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.domain.vocabularies import load_vocabularies
from cairo_desktop.store.first_page import FirstPageReader


class _Activities:
    def __init__(self, reader: FirstPageReader) -> None:
        self._reader = reader

    def ids(self, selection: ActivityFilter, order_by: str = "updated_at", descending: bool = True,
            limit: int | None = None, offset: int = 0) -> list[str]:
        if selection != ActivityFilter():
            return []  # unreachable in practice: nothing can set a filter before the services arrive
        return self._reader.ids(order_by, descending, limit if limit is not None else -1, offset)

    def rows(self, activity_ids: list[str]) -> dict[str, Any]:
        return self._reader.rows(activity_ids)


class _Installation:
    def __init__(self, reader: FirstPageReader) -> None:
        self._reader = reader

    def offices(self) -> list[tuple[str, str]]:
        return self._reader.offices()


class _Statistics:
    def years(self) -> list[int]:
        return []  # the period filter is filled when the services arrive


class StartupServices:
    """The read-only subset of ``Services`` the first paint uses."""

    def __init__(self, reader: FirstPageReader) -> None:
        self.reader = reader
        self.vocabularies = load_vocabularies()
        self.activities = _Activities(reader)
        self.installation = _Installation(reader)
        self.statistics = _Statistics()

    @cached_property
    def plan(self) -> Any:
        """Only a tooltip needs the plan before the services arrive: loaded then."""
        from cairo_desktop.domain.catalogue import load_plan

        return load_plan()
