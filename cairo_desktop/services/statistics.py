"""Figures about a selection of activities, computed in SQL, for the plan browser and the dashboard.

The desktop shows counts per action, per domain and status, people reached by sex and age band and
the coverage of the cross-cutting approaches for whatever filter is active. Doing the sums in the
database keeps those views instant on 100,000 activities; nothing here loads activities into Python.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.services.context import ServiceContext
from cairo_desktop.store import queries
from cairo_desktop.store.activities import ACTIVITIES, APPROACHES, PEOPLE


@dataclass(frozen=True)
class ActionFigures:
    activities: int
    people_reached: int


@dataclass(frozen=True)
class Overview:
    """Everything the dashboard draws for one selection."""

    total: int
    by_domain_status: dict[tuple[int, str], int]
    reached_by_sex_age: dict[tuple[str, str], int]
    targeted_by_sex_age: dict[tuple[str, str], int]
    approach_coverage: dict[str, int]


class StatisticsService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def per_action(self, selection: ActivityFilter | None = None) -> dict[str, ActionFigures]:
        """Activities and people reached per primary action code."""
        statement = queries.filtered(
            select(ACTIVITIES.c.action, func.count(), func.coalesce(func.sum(ACTIVITIES.c.people_reached), 0)),
            selection or ActivityFilter(),
        ).group_by(ACTIVITIES.c.action)
        with self._context.database.session() as session:
            return {action: ActionFigures(int(count), int(reached)) for action, count, reached in session.execute(statement)}

    def by_domain_status(self, selection: ActivityFilter | None = None) -> dict[tuple[int, str], int]:
        statement = queries.filtered(
            select(ACTIVITIES.c.domain, ACTIVITIES.c.status, func.count()), selection or ActivityFilter()
        ).group_by(ACTIVITIES.c.domain, ACTIVITIES.c.status)
        with self._context.database.session() as session:
            return {(int(domain), status): int(count) for domain, status, count in session.execute(statement)}

    def people_by_sex_age(self, selection: ActivityFilter | None = None, kind: str = "reached") -> dict[tuple[str, str], int]:
        """Sum of the disaggregated counts (``kind`` "reached" or "targeted") per (sex, age band)."""
        if kind not in ("reached", "targeted"):
            raise ValueError(kind)
        value = PEOPLE.c[kind]
        statement = queries.filtered(
            select(PEOPLE.c.sex, PEOPLE.c.age, func.coalesce(func.sum(value), 0))
            .select_from(PEOPLE.join(ACTIVITIES, PEOPLE.c.activity_id == ACTIVITIES.c.id)),
            selection or ActivityFilter(),
        ).group_by(PEOPLE.c.sex, PEOPLE.c.age)
        with self._context.database.session() as session:
            return {(sex, age): int(total) for sex, age, total in session.execute(statement)}

    def approach_coverage(self, selection: ActivityFilter | None = None) -> dict[str, int]:
        """How many of the selected activities apply each cross-cutting approach."""
        # Aliased: an approach filter is an EXISTS on the same table, which would otherwise correlate with
        # (and lose) the joined one.
        counted = APPROACHES.alias("counted_approaches")
        statement = queries.filtered(
            select(counted.c.approach, func.count())
            .select_from(counted.join(ACTIVITIES, counted.c.activity_id == ACTIVITIES.c.id)),
            selection or ActivityFilter(),
        ).group_by(counted.c.approach)
        with self._context.database.session() as session:
            return {approach: int(count) for approach, count in session.execute(statement)}

    def overview(self, selection: ActivityFilter | None = None) -> Overview:
        selection = selection or ActivityFilter()
        with self._context.database.session() as session:
            total = queries.count(session, selection)
        return Overview(
            total=total,
            by_domain_status=self.by_domain_status(selection),
            reached_by_sex_age=self.people_by_sex_age(selection, "reached"),
            targeted_by_sex_age=self.people_by_sex_age(selection, "targeted"),
            approach_coverage=self.approach_coverage(selection),
        )

    def years(self) -> list[int]:
        """Calendar years from the earliest to the latest start of a live activity, for the period filter."""
        start = ACTIVITIES.c.start_date
        base = select(start).where(start.is_not(None), ACTIVITIES.c.deleted.is_(False)).limit(1)
        # Two ordered look-ups walk the start-date index; min()/max() with a WHERE would read every row.
        with self._context.database.session() as session:
            first = session.execute(base.order_by(start)).scalar()
            last = session.execute(base.order_by(start.desc())).scalar()
        if first is None or last is None:
            return []
        return list(range(first.year, last.year + 1))
