"""Validation rules of the domain layer: each rule refuses what it should, with a plain message."""

from __future__ import annotations

from datetime import date

import pytest

from cairo_desktop.domain.activity import Activity, CountryRole, OrganisationRole, PeopleCount
from cairo_desktop.domain.activity_json import from_content, parse_amount
from cairo_desktop.domain.validation import validate
from cairo_desktop.errors import UserError
from tests.conftest import sample_activity


def fields_with_issues(activity: Activity) -> dict[str, str]:
    return {issue.field: issue.message for issue in validate(activity)}


def valid() -> Activity:
    return from_content(sample_activity())


def test_the_sample_activity_is_valid() -> None:
    assert validate(valid()) == []


def test_title_and_action_are_required() -> None:
    activity = valid()
    activity.title = "   "
    activity.action = ""
    issues = fields_with_issues(activity)
    assert issues["title"] == "A title is required."
    assert "Choose the action" in issues["action"]


def test_unknown_action_and_approach_are_refused() -> None:
    activity = valid()
    activity.action = "6.1"
    activity.approaches = ["whole_of_route", "nonsense"]
    issues = fields_with_issues(activity)
    assert "'6.1' is not an action" in issues["action"]
    assert "'nonsense' is not a cross-cutting approach" in issues["approaches"]


def test_end_before_start_is_refused() -> None:
    activity = valid()
    activity.planned_start, activity.planned_end = date(2025, 6, 1), date(2025, 5, 1)
    assert "before the start" in fields_with_issues(activity)["planned_end"]


def test_dates_must_fall_between_1900_and_2100() -> None:
    """A spreadsheet holds no date before 1900, so a package carrying one could never be verified."""
    activity = valid()
    activity.planned_start, activity.planned_end = date(1899, 12, 31), date(2101, 1, 1)
    issues = fields_with_issues(activity)
    assert issues["planned_start"] == "The date 1899-12-31 is not between 1900 and 2100; check the year."
    assert issues["planned_end"] == "The date 2101-01-01 is not between 1900 and 2100; check the year."
    activity.planned_start, activity.planned_end = date(1900, 1, 1), date(2100, 12, 31)
    assert "planned_start" not in fields_with_issues(activity) and "planned_end" not in fields_with_issues(activity)


def test_started_activity_needs_a_start_date() -> None:
    activity = valid()
    activity.planned_start = activity.planned_end = None
    activity.status = "closed"
    assert "start date is required" in fields_with_issues(activity)["planned_start"]
    activity.status = "pipeline"
    assert "planned_start" not in fields_with_issues(activity)


def test_negative_counts_are_refused() -> None:
    activity = valid()
    activity.people = [PeopleCount("REF", "f", "children", targeted=-1, reached=0)]
    assert "cannot be negative" in fields_with_issues(activity)["people"]


def test_parts_above_the_stated_total_are_refused() -> None:
    activity = valid()  # 18 + 25 = 43 reached
    activity.reached_total = 40
    message = fields_with_issues(activity)["reached_total"]
    assert "add up to 43" in message and "stated total of 40" in message
    activity.reached_total = 43
    assert "reached_total" not in fields_with_issues(activity)


def test_budget_needs_a_currency_and_a_known_one() -> None:
    activity = valid()
    activity.currency = ""
    assert "currency" in fields_with_issues(activity)
    activity.currency = "XYZ"
    assert "ISO 4217" in fields_with_issues(activity)["currency"]
    activity.budget_amount = -5
    activity.currency = "EUR"
    assert "negative" in fields_with_issues(activity)["budget_amount"]
    for not_a_number in (float("nan"), float("inf")):
        activity.budget_amount = not_a_number
        assert fields_with_issues(activity)["budget_amount"] == "The budget must be an amount of money, for example 25000."


@pytest.mark.parametrize("typed", ["nan", "inf", "-Infinity", "1e999", float("nan"), float("inf")])
def test_an_amount_must_be_a_finite_number(typed: object) -> None:
    """float() reads these, but none is an amount of money a spreadsheet or report can hold."""
    with pytest.raises(UserError, match="is not an amount of money"):
        parse_amount("budget_amount", typed)


def test_unknown_codes_are_refused() -> None:
    activity = valid()
    activity.countries = [CountryRole("XXX", "origin"), CountryRole("ETH", "sideways")]
    activity.organisations = [OrganisationRole("IOM", "sponsor", "99")]
    activity.people = [PeopleCount("ALIENS", "q", "teen", 1, 1)]
    activity.status = "finished"
    activity.activity_type = "party"
    issues = validate(activity)
    messages = " ".join(issue.message for issue in issues)
    for expected in ("'XXX' is not an ISO 3166", "'sideways' is not a route role", "'sponsor' is not an organisation role",
                     "'99' is not an organisation type", "'ALIENS' is not a population group", "'q' is not a sex",
                     "'teen' is not an age band", "'finished' is not a status", "'party' is not an activity type"):
        assert expected in messages


def test_duplicate_cells_and_countries_are_refused() -> None:
    activity = valid()
    activity.people = activity.people + [PeopleCount("OFF", "f", "adults", 1, 1)]
    activity.countries = [CountryRole("ETH", "origin"), CountryRole("ETH", "transit")]
    messages = " ".join(issue.message for issue in validate(activity))
    assert "appears twice" in messages and "listed twice" in messages


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("planned_start", "01/05/2025", "is not a date"),
        ("budget_amount", "lots", "is not an amount"),
        ("targeted_total", "many", "is not a whole number"),
        ("countries", [{"role": "origin"}], "needs a 'country'"),
        ("organisations", [{"role": "funding"}], "needs a 'name'"),
        ("colour", "blue", "is not a field of an activity"),
    ],
)
def test_wrong_types_name_the_field(field: str, value: object, fragment: str) -> None:
    with pytest.raises(UserError) as caught:
        from_content(sample_activity(**{field: value}))
    assert fragment in str(caught.value)
    assert field in str(caught.value)


def test_content_is_validated_as_the_activity_it_stands_for() -> None:
    """Imports validate content dicts (ISO dates as text) with the same rules and words as activities."""
    from cairo_desktop.domain.activity import content_of
    from cairo_desktop.domain.validation import validate_content

    activity = valid()
    activity.planned_start, activity.planned_end = date(2025, 6, 1), date(2025, 5, 1)
    activity.people = activity.people + [activity.people[0]]
    activity.reached_total = 1
    content = content_of(activity, is_normalised=True)
    assert isinstance(content["planned_end"], str)
    issues = {issue.field: issue.message for issue in validate_content(content)}
    assert issues == fields_with_issues(activity)
    assert issues["planned_end"] == "The end (2025-05-01) is before the start (2025-06-01)."
    assert "appears twice" in issues["people"]
    assert "more than the stated total of 1" in issues["reached_total"]


@pytest.mark.parametrize("field, value, message", [
    ("countries", 3, "Field 'countries': expected a list of countries."),
    ("organisations", True, "Field 'organisations': expected a list of organisations."),
    ("people", {"group": "REF"}, "Field 'people': expected a list of people counts."),
])
def test_list_fields_refuse_anything_but_a_list_by_name(field: str, value: object, message: str) -> None:
    """JSON from a script or a partner's tool: a wrong shape is named, never a crash."""
    with pytest.raises(UserError) as refused:
        from_content(sample_activity(**{field: value}))
    assert str(refused.value) == message


def test_countries_may_be_written_as_in_a_package_column() -> None:
    activity = from_content(sample_activity(countries="ETH:origin; sdn:Transit, ITA"))
    assert [(c.country, c.role) for c in activity.countries] == [("ETH", "origin"), ("SDN", "transit"), ("ITA", "")]
