"""The figures of a summary report, added up in SQL.

A summary of 100,000 activities must not load 100,000 activities into Python: four GROUP BY
queries over the current view (activities and its child tables, filtered by
:func:`cairo_desktop.store.queries.conditions`) return a few thousand small rows, and everything
the report shows (per status, domain, action, sex, age band, country, approach, currency) is summed
from those. Activities count under their primary action.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cairo_desktop.domain.catalogue import domain_of
from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.progress import Progress
from cairo_desktop.store.activities import ACTIVITIES, APPROACHES, COUNTRIES, PEOPLE
from cairo_desktop.store.queries import conditions


@dataclass
class SummaryData:
    """Grouped figures; every total in the report is a sum over these rows."""

    # (action, status, office, currency) -> [activities, budget, targeted_stated, reached_stated, with a budget]
    activity_rows: dict[tuple[str, str, str, str], list[float]] = field(default_factory=dict)
    # (action, group, sex, age) -> [targeted, reached]
    people_rows: dict[tuple[str, str, str, str], list[int]] = field(default_factory=dict)
    # (action, country, role) -> [activities, people reached in those activities]
    country_rows: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    # (domain, approach) -> activities
    approach_rows: dict[tuple[int, str], int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return int(sum(values[0] for values in self.activity_rows.values()))

    def activities_by(self, key: str) -> Counter:
        """Activities per "action", "status", "office", "currency" or "domain"."""
        index = {"action": 0, "status": 1, "office": 2, "currency": 3}
        counts: Counter = Counter()
        for group, values in self.activity_rows.items():
            name = domain_of(group[0]) if key == "domain" else group[index[key]]
            counts[name] += int(values[0])
        return counts

    def statuses_of(self, action: str | None = None, domain: int | None = None) -> Counter:
        counts: Counter = Counter()
        for (act, status, _office, _currency), values in self.activity_rows.items():
            if (action is None or act == action) and (domain is None or domain_of(act) == domain):
                counts[status] += int(values[0])
        return counts

    def budget(self) -> dict[str, tuple[int, float]]:
        """Currency -> (activities with a budget in it, total amount).

        Counted from the activities that state a budget: a currency may be recorded before the amount,
        and such an activity is not one "with a budget in EUR".
        """
        result: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
        for (_a, _s, _o, currency), values in self.activity_rows.items():
            if values[4]:
                result[currency][0] += values[4]
                result[currency][1] += values[1]
        return {currency: (int(n), amount) for currency, (n, amount) in result.items()}

    def stated_totals(self) -> tuple[int, int]:
        return (int(sum(v[2] for v in self.activity_rows.values())),
                int(sum(v[3] for v in self.activity_rows.values())))

    def people(self, kind: str, action: str | None = None, domain: int | None = None,
               by: tuple[str, ...] = ("sex", "age")) -> Counter:
        """People ``kind`` ("targeted"/"reached") summed by any of "group", "sex", "age"."""
        column = 0 if kind == "targeted" else 1
        positions = {"group": 1, "sex": 2, "age": 3}
        counts: Counter = Counter()
        for key, values in self.people_rows.items():
            if (action is None or key[0] == action) and (domain is None or domain_of(key[0]) == domain):
                counts[tuple(key[positions[name]] for name in by)] += values[column]
        return counts

    def people_total(self, kind: str, action: str | None = None) -> int:
        return sum(self.people(kind, action, by=()).values())

    def countries_of(self, action: str | None = None) -> list[str]:
        return sorted({country for (act, country, _role) in self.country_rows if action is None or act == action})

    def country_roles(self) -> dict[str, dict[str, list[int]]]:
        """Country -> role ("" when not stated) -> [activities, people reached]."""
        result: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for (_action, country, role), (count, reached) in self.country_rows.items():
            result[country][role][0] += count
            result[country][role][1] += reached
        return result

    def approaches(self, domain: int | None = None) -> Counter:
        counts: Counter = Counter()
        for (dom, approach), count in self.approach_rows.items():
            if domain is None or dom == domain:
                counts[approach] += count
        return counts


def summarise(session: Session, selection: ActivityFilter, progress: Progress | None = None) -> SummaryData:
    """Run the four grouped queries for ``selection``."""
    progress = progress or Progress()
    where = conditions(selection)
    a = ACTIVITIES.c
    data = SummaryData()

    progress.report(0, 4, "Counting activities")
    statement = select(
        a.action, a.status, a.office, a.currency, func.count(), func.coalesce(func.sum(a.budget_amount), 0),
        func.sum(func.coalesce(a.targeted_total, a.people_targeted)),
        func.sum(func.coalesce(a.reached_total, a.people_reached)), func.count(a.budget_amount),
    ).where(*where).group_by(a.action, a.status, a.office, a.currency)
    for action, status, office, currency, count, budget, targeted, reached, budgeted in session.execute(statement):
        data.activity_rows[(action, status, office, currency or "")] = [count, budget or 0.0, targeted or 0, reached or 0,
                                                                         budgeted]
    progress.check_cancelled()

    progress.report(1, 4, "Adding up people")
    people = PEOPLE.alias("report_people")
    p = people.c
    statement = select(
        a.action, p.population_group, p.sex, p.age, func.coalesce(func.sum(p.targeted), 0),
        func.coalesce(func.sum(p.reached), 0),
    ).select_from(people.join(ACTIVITIES, ACTIVITIES.c.id == p.activity_id)).where(*where).group_by(
        a.action, p.population_group, p.sex, p.age)
    for action, group, sex, age, targeted, reached in session.execute(statement):
        data.people_rows[(action, group, sex, age)] = [int(targeted), int(reached)]
    progress.check_cancelled()

    progress.report(2, 4, "Adding up countries")
    # Child tables are aliased: a country or approach filter is an EXISTS on the same table, which
    # would otherwise correlate with (and lose) the joined one.
    countries = COUNTRIES.alias("report_countries")
    c = countries.c
    statement = select(a.action, c.country, c.role, func.count(), func.coalesce(func.sum(a.people_reached), 0)).select_from(
        countries.join(ACTIVITIES, ACTIVITIES.c.id == c.activity_id)).where(*where).group_by(a.action, c.country, c.role)
    for action, country, role, count, reached in session.execute(statement):
        data.country_rows[(action, country, role or "")] = [int(count), int(reached)]
    progress.check_cancelled()

    progress.report(3, 4, "Adding up approaches")
    approaches = APPROACHES.alias("report_approaches")
    statement = select(a.domain, approaches.c.approach, func.count()).select_from(
        approaches.join(ACTIVITIES, ACTIVITIES.c.id == approaches.c.activity_id)).where(*where).group_by(
        a.domain, approaches.c.approach)
    for domain, approach, count in session.execute(statement):
        data.approach_rows[(int(domain), approach)] = int(count)
    progress.report(4, 4, "Figures ready")
    return data
