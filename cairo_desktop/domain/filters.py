"""Which activities a list, a dashboard or a report is about.

One plain description of a selection, shared by the GUI's filter bar, the CLI's options and the
report dialog; the store turns it into SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Collection

if TYPE_CHECKING:
    from cairo_desktop.domain.catalogue import Plan
    from cairo_desktop.domain.vocabularies import Vocabularies


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


def unknown_codes(selection: ActivityFilter, plan: "Plan", vocabularies: "Vocabularies",
                  offices: Collection[str] | None = None) -> list[str]:
    """A sentence for each code of ``selection`` that names nothing, worded as validation words it.

    A filter with a mistyped code selects nothing, which looks like "no activities"; callers that take
    codes typed by a person refuse them instead. ``offices`` are the office codes known here (None: not checked).
    """
    problems: list[str] = []
    numbers = [domain.number for domain in plan.domains]
    for number in selection.domains:
        if number not in numbers:
            problems.append(f"'{number}' is not a domain of the plan; use a number from {min(numbers)} to {max(numbers)}.")
    for code in selection.actions:
        if code not in plan.action_codes:
            problems.append(f"'{code}' is not an action of the Cairo Action Plan "
                            f"({plan.action_codes[0]} to {plan.action_codes[-1]}).")
    for code in selection.statuses:
        if code not in vocabularies.statuses:
            problems.append(f"'{code}' is not a status; use one of {', '.join(vocabularies.statuses.codes)}.")
    for code in selection.countries:
        if code not in vocabularies.countries:
            problems.append(f"'{code}' is not an ISO 3166 alpha-3 country code (for example ETH, SDN, ITA).")
    for code in selection.approaches:
        if code not in plan.approach_codes:
            problems.append(f"'{code}' is not a cross-cutting approach; use one of {', '.join(plan.approach_codes)}.")
    if offices is not None:
        for code in selection.offices:
            if code not in offices:
                known = f"the offices known are {', '.join(sorted(offices))}" if offices else "no office is known yet"
                problems.append(f"'{code}' is not an office of this database; {known}.")
    return problems
