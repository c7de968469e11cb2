"""Which activities a list, a dashboard or a report is about.

One plain description of a selection, shared by the GUI's filter bar, the CLI's options and the
report dialog; the store turns it into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ActivityFilter:
    actions: tuple[str, ...] = ()
    domains: tuple[int, ...] = ()
    statuses: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    offices: tuple[str, ...] = ()
    approaches: tuple[str, ...] = ()
    text: str = ""
    date_from: date | None = None  # activities running on or after this day
    date_to: date | None = None  # activities running on or before this day
    deleted: str = "live"  # live / deleted / all

    def describe(self) -> list[tuple[str, str]]:
        """(label, value) pairs naming every active criterion, for report covers and status lines."""
        parts: list[tuple[str, str]] = []
        for label, values in (
            ("domains", self.domains),
            ("actions", self.actions),
            ("statuses", self.statuses),
            ("countries", self.countries),
            ("offices", self.offices),
            ("approaches", self.approaches),
        ):
            if values:
                parts.append((label, ", ".join(str(v) for v in values)))
        if self.text:
            parts.append(("text", self.text))
        if self.date_from:
            parts.append(("from", self.date_from.isoformat()))
        if self.date_to:
            parts.append(("to", self.date_to.isoformat()))
        if self.deleted != "live":
            parts.append(("deleted", self.deleted))
        return parts


ORDERABLE_COLUMNS: tuple[str, ...] = (
    "title", "action", "status", "office", "start_date", "end_date", "updated_at", "people_reached",
    "people_targeted", "place", "budget_amount",
)
