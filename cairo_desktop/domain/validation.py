"""Rules an activity must meet before it is saved, each broken rule a plain sentence by field.

The GUI shows the messages next to the fields, the CLI prints them, and sync refuses package rows
with them. Codes are checked against the plan catalogue and the vocabularies.
"""

from __future__ import annotations

from dataclasses import dataclass

from cairo_desktop.domain.activity import Activity
from cairo_desktop.domain.catalogue import Plan, load_plan
from cairo_desktop.domain.vocabularies import Vocabularies, load_vocabularies

MAX_TITLE = 300
MAX_TEXT = 32_000  # below Excel's 32,767 characters per cell, so packages can carry any field


@dataclass(frozen=True)
class ValidationIssue:
    field: str
    message: str


def validate(activity: Activity, plan: Plan | None = None, vocab: Vocabularies | None = None) -> list[ValidationIssue]:
    """Every problem with ``activity``; an empty list means it may be saved."""
    plan = plan or load_plan()
    vocab = vocab or load_vocabularies()
    issues: list[ValidationIssue] = []

    def problem(field: str, message: str) -> None:
        issues.append(ValidationIssue(field, message))

    if not activity.title.strip():
        problem("title", "A title is required.")
    elif len(activity.title) > MAX_TITLE:
        problem("title", f"The title is too long ({len(activity.title)} characters; at most {MAX_TITLE}).")
    for name in ("description", "notes", "place", "admin_area"):
        if len(getattr(activity, name)) > MAX_TEXT:
            problem(name, f"The text is too long (at most {MAX_TEXT} characters).")
    if not activity.action:
        problem("action", "Choose the action of the plan this activity serves (for example 3.2).")
    elif activity.action not in plan.action_codes:
        problem("action", f"'{activity.action}' is not an action of the Cairo Action Plan (1.1 to 5.4).")
    for code in activity.secondary_actions:
        if code not in plan.action_codes:
            problem("secondary_actions", f"'{code}' is not an action of the Cairo Action Plan (1.1 to 5.4).")
    for code in activity.approaches:
        if code not in plan.approach_codes:
            problem("approaches", f"'{code}' is not a cross-cutting approach; use one of {', '.join(plan.approach_codes)}.")
    if activity.status not in vocab.statuses:
        problem("status", f"'{activity.status}' is not a status; use one of {', '.join(vocab.statuses.codes)}.")
    if activity.activity_type not in vocab.activity_types:
        problem("activity_type", f"'{activity.activity_type}' is not an activity type; use one of {', '.join(vocab.activity_types.codes)}.")
    if activity.text_lang and activity.text_lang not in vocab.languages:
        problem("text_lang", f"'{activity.text_lang}' is not a known language code.")

    for start, end in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
        start_value, end_value = getattr(activity, start), getattr(activity, end)
        if start_value and end_value and end_value < start_value:
            problem(end, f"The end ({end_value.isoformat()}) is before the start ({start_value.isoformat()}).")
    if activity.status in ("implementation", "finalisation", "closed") and not activity.start_date:
        problem("planned_start", "A start date is required once an activity has started.")

    seen_countries = set()
    for item in activity.countries:
        if item.country not in vocab.countries:
            problem("countries", f"'{item.country}' is not an ISO 3166 alpha-3 country code (for example ETH, SDN, ITA).")
        if item.role and item.role not in vocab.route_roles:
            problem("countries", f"'{item.role}' is not a route role; use origin, transit or destination.")
        if item.country in seen_countries:
            problem("countries", f"{item.country} is listed twice.")
        seen_countries.add(item.country)

    for org in activity.organisations:
        if not org.name.strip():
            problem("organisations", "Every organisation needs a name.")
        if org.role not in vocab.organisation_roles:
            problem("organisations", f"'{org.role}' is not an organisation role; use one of {', '.join(vocab.organisation_roles.codes)}.")
        if org.type and org.type not in vocab.organisation_types:
            problem("organisations", f"'{org.type}' is not an organisation type code.")

    if activity.budget_amount is not None:
        if activity.budget_amount < 0:
            problem("budget_amount", "The budget cannot be negative.")
        if not activity.currency:
            problem("currency", "Say in which currency the budget is (for example EUR).")
    if activity.currency and activity.currency not in vocab.currencies:
        problem("currency", f"'{activity.currency}' is not an ISO 4217 currency code (for example EUR, USD, ETB).")

    age_bands = vocab.all_age_band_codes
    seen_cells = set()
    for count in activity.people:
        label = f"{count.group}/{count.sex}/{count.age}"
        if count.group not in vocab.population_groups:
            problem("people", f"'{count.group}' is not a population group.")
        if count.sex not in vocab.sexes:
            problem("people", f"'{count.sex}' is not a sex category; use f, m or x.")
        if count.age not in age_bands:
            problem("people", f"'{count.age}' is not an age band.")
        for kind in ("targeted", "reached"):
            value = getattr(count, kind)
            if value is not None and value < 0:
                problem("people", f"People {kind} cannot be negative ({label}: {value}).")
        if (count.group, count.sex, count.age) in seen_cells:
            problem("people", f"The cell {label} appears twice.")
        seen_cells.add((count.group, count.sex, count.age))
    for kind in ("targeted", "reached"):
        stated = getattr(activity, f"{kind}_total")
        if stated is None:
            continue
        if stated < 0:
            problem(f"{kind}_total", f"The total of people {kind} cannot be negative.")
        elif activity.people_total(kind) > stated:
            problem(
                f"{kind}_total",
                f"The people {kind} by group, sex and age add up to {activity.people_total(kind)}, "
                f"more than the stated total of {stated}.",
            )
    return issues
