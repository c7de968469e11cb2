"""Rules an activity must meet before it is saved, each broken rule a plain sentence by field.

The GUI shows the messages next to the fields, the CLI prints them, and sync refuses package rows
with them. Codes are checked against the plan catalogue and the vocabularies.

The rules read an activity's *content* (the dict of :func:`~cairo_desktop.domain.activity.content_of`,
dates as ISO text), so a large import validates the content it rebuilt from a package without first
building an :class:`Activity` and its hundreds of thousands of people counts. ISO dates compare as
text in the same order as the dates.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from cairo_desktop.domain.activity import DATE_FIELDS, Activity, content_of
from cairo_desktop.domain.catalogue import Plan, load_plan
from cairo_desktop.domain.vocabularies import Vocabularies, load_vocabularies

MAX_TITLE = 300
MAX_TEXT = 32_000  # below Excel's 32,767 characters per cell, so packages can carry any field
STARTED_STATUSES = ("implementation", "finalisation", "closed")
MAX_PEOPLE = 10_000_000_000  # a typing slip; spreadsheets also round numbers beyond 15 digits
# Spreadsheets hold no dates before 1900 (a package carrying one could never verify), and a year
# beyond 2100 is a typing slip. As ISO text, which compares like the dates.
FIRST_DATE, LAST_DATE = "1900-01-01", "2100-12-31"
# A budget beyond this is a typing slip (and above 15 digits a spreadsheet or a report no longer
# shows the amount that was typed).
MAX_BUDGET = 1e15
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").fullmatch
_SEEN_DATES: set[str] = set()  # days already checked: a large import checks the same few thousand again and again


@dataclass(frozen=True)
class ValidationIssue:
    field: str
    message: str
    # For a problem with one people count or organisation: its place in ``content[field]`` and which of its
    # values is wrong (group, sex, age, targeted, reached, or cell for a count given twice; name, role, type).
    index: int | None = None
    part: str = ""


def is_iso_date(value: Any) -> bool:
    """True when ``value`` is a real day written exactly YYYY-MM-DD (what content holds for a date)."""
    if type(value) is not str:
        return False
    if value in _SEEN_DATES:
        return True
    if _ISO_DATE(value) is None:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:  # 2025-02-30
        return False
    if FIRST_DATE <= value <= LAST_DATE:  # at most the 73,000 days of 1900-2100
        _SEEN_DATES.add(value)
    return True


def validate(activity: Activity, plan: Plan | None = None, vocab: Vocabularies | None = None) -> list[ValidationIssue]:
    """Every problem with ``activity``; an empty list means it may be saved."""
    return validate_content(content_of(activity, is_normalised=True), plan, vocab)


def validate_content(content: Mapping[str, Any], plan: Plan | None = None,
                     vocab: Vocabularies | None = None) -> list[ValidationIssue]:
    """Every problem with an activity's content (as :func:`content_of` gives it); empty when it may be saved."""
    plan = plan or load_plan()
    vocab = vocab or load_vocabularies()
    issues: list[ValidationIssue] = []

    def problem(field: str, message: str) -> None:
        issues.append(ValidationIssue(field, message))

    def entry(field: str, item: Mapping[str, Any], part: str, message: str) -> None:
        """A problem with one people count or organisation, with its place in the list (looked for only then)."""
        index = next((i for i, other in enumerate(content[field]) if other is item), None)
        issues.append(ValidationIssue(field, message, index, part))

    title = content["title"]
    if not title.strip():
        problem("title", "A title is required.")
    elif len(title) > MAX_TITLE:
        problem("title", f"The title is too long ({len(title)} characters; at most {MAX_TITLE}).")
    for name in ("description", "notes", "place", "admin_area"):
        if len(content[name]) > MAX_TEXT:
            problem(name, f"The text is too long (at most {MAX_TEXT} characters).")
    action_codes = plan.action_codes
    action = content["action"]
    if not action:
        problem("action", "Choose the action of the plan this activity serves (for example 3.2).")
    elif action not in action_codes:
        problem("action", f"'{action}' is not an action of the Cairo Action Plan (1.1 to 5.4).")
    for code in content["secondary_actions"]:
        if code not in action_codes:
            problem("secondary_actions", f"'{code}' is not an action of the Cairo Action Plan (1.1 to 5.4).")
    for code in content["approaches"]:
        if code not in plan.approach_codes:
            problem("approaches", f"'{code}' is not a cross-cutting approach; use one of {', '.join(plan.approach_codes)}.")
    status, activity_type, text_lang = content["status"], content["activity_type"], content["text_lang"]
    if status not in vocab.statuses:
        if status:
            problem("status", f"'{status}' is not a status; use one of {', '.join(vocab.statuses.codes)}.")
        else:
            problem("status", f"A status is required; use one of {', '.join(vocab.statuses.codes)}.")
    if activity_type not in vocab.activity_types:
        if activity_type:
            problem("activity_type", f"'{activity_type}' is not an activity type; use one of "
                                     f"{', '.join(vocab.activity_types.codes)}.")
        else:
            problem("activity_type", f"An activity type is required; use one of {', '.join(vocab.activity_types.codes)}.")
    if text_lang and text_lang not in vocab.languages:
        problem("text_lang", f"'{text_lang}' is not a known language code.")

    malformed: tuple[str, ...] = ()
    for name in DATE_FIELDS:
        value = content[name]
        if not value:
            continue
        # Nothing but a day may be saved: lists, reports and packages read every date back as one.
        if type(value) is not str or value not in _SEEN_DATES and not is_iso_date(value):
            problem(name, f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-04-09.")
            malformed += (name,)
        elif not FIRST_DATE <= value <= LAST_DATE:
            problem(name, f"The date {value} is not between 1900 and 2100; check the year.")
    for start, end in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
        start_value, end_value = content[start], content[end]
        if start_value and end_value and start not in malformed and end not in malformed and end_value < start_value:
            problem(end, f"The end ({end_value}) is before the start ({start_value}).")
    if status in STARTED_STATUSES and not (content["actual_start"] or content["planned_start"]):
        problem("planned_start", "A start date is required once an activity has started.")

    seen_countries = set()
    for item in content["countries"]:
        country, role = item["country"], item["role"]
        if country not in vocab.countries:
            problem("countries", f"'{country}' is not an ISO 3166 alpha-3 country code (for example ETH, SDN, ITA).")
        if role and role not in vocab.route_roles:
            problem("countries", f"'{role}' is not a route role; use origin, transit or destination.")
        if country in seen_countries:
            problem("countries", f"{country} is listed twice.")
        seen_countries.add(country)

    for org in content["organisations"]:
        if not org["name"].strip():
            entry("organisations", org, "name", "Every organisation needs a name.")
        if org["role"] not in vocab.organisation_roles:
            entry("organisations", org, "role", f"'{org['role']}' is not an organisation role; use one of "
                                                f"{', '.join(vocab.organisation_roles.codes)}.")
        if org["type"] and org["type"] not in vocab.organisation_types:
            entry("organisations", org, "type", f"'{org['type']}' is not an organisation type code.")

    budget = content["budget_amount"]
    currency = content["currency"]
    if budget is not None:
        if not math.isfinite(budget):
            problem("budget_amount", "The budget must be an amount of money, for example 25000.")
        elif budget < 0:
            problem("budget_amount", "The budget cannot be negative.")
        elif budget > MAX_BUDGET:
            problem("budget_amount", f"{budget:,.0f} is more than any budget; check the amount.")
        if not currency:
            problem("currency", "Say in which currency the budget is (for example EUR).")
    if currency and currency not in vocab.currencies:
        problem("currency", f"'{currency}' is not an ISO 4217 currency code (for example EUR, USD, ETB).")

    groups, sexes, age_bands = vocab.population_groups.by_code, vocab.sexes.by_code, vocab.all_age_band_codes
    seen_cells = set()
    targeted_sum = reached_sum = 0
    for count in content["people"]:
        group, sex, age, targeted, reached = count["group"], count["sex"], count["age"], count["targeted"], count["reached"]
        if group not in groups:
            entry("people", count, "group", f"'{group}' is not a population group.")
        if sex not in sexes:
            entry("people", count, "sex", f"'{sex}' is not a sex category; use f, m or x.")
        if age not in age_bands:
            entry("people", count, "age", f"'{age}' is not an age band.")
        # Both counts checked in line: this loop runs for every people cell of a large import.
        if targeted is not None:
            if targeted < 0 or targeted > MAX_PEOPLE:
                entry("people", count, "targeted", _people_count_problem("targeted", group, sex, age, targeted))
            targeted_sum += targeted
        if reached is not None:
            if reached < 0 or reached > MAX_PEOPLE:
                entry("people", count, "reached", _people_count_problem("reached", group, sex, age, reached))
            reached_sum += reached
        cell = (group, sex, age)
        if cell in seen_cells:
            entry("people", count, "cell", f"The cell {group}/{sex}/{age} appears twice.")
        seen_cells.add(cell)
    sums = {"targeted": targeted_sum, "reached": reached_sum}
    for kind in ("targeted", "reached"):
        stated = content[f"{kind}_total"]
        if stated is None:
            continue
        if stated < 0:
            problem(f"{kind}_total", f"The total of people {kind} cannot be negative.")
        elif stated > MAX_PEOPLE:
            problem(f"{kind}_total", f"{stated:,} is more people than live on Earth; check the number.")
        elif sums[kind] > stated:
            problem(
                f"{kind}_total",
                f"The people {kind} by group, sex and age add up to {sums[kind]}, "
                f"more than the stated total of {stated}.",
            )
    return issues


def _people_count_problem(kind: str, group: str, sex: str, age: str, value: int) -> str:
    if value < 0:
        return f"People {kind} cannot be negative ({group}/{sex}/{age}: {value})."
    return f"{value:,} is more people than live on Earth; check the number."
