"""The quick content check never passes what the full validator refuses, and passes ordinary content."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cairo_desktop.domain.activity import Activity, CountryRole, OrganisationRole, PeopleCount, content_of
from cairo_desktop.domain.activity_json import from_canonical, from_content
from cairo_desktop.domain.content_check import ContentCheck
from cairo_desktop.domain.validation import MAX_TEXT, MAX_TITLE, validate
from tests.conftest import sample_activity

CHECK = ContentCheck()


dates = st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2027, 12, 31)).map(date.isoformat))
counts = st.one_of(st.none(), st.integers(0, 60))
people = st.lists(st.fixed_dictionaries({
    "group": st.sampled_from(["REF", "IDP", "MIT"]), "sex": st.sampled_from(["f", "m", "x"]),
    "age": st.sampled_from(["children", "adults", "older"]), "targeted": counts, "reached": counts,
}), max_size=4)
sound = st.fixed_dictionaries({
    "title": st.sampled_from(["Water points", "Border training"]), "action": st.sampled_from(["1.1", "3.2", "5.4"]),
    "status": st.sampled_from(["pipeline", "implementation", "closed", "cancelled"]),
    "description": st.sampled_from(["", "Some words."]), "text_lang": st.sampled_from(["", "en", "ar", "am"]),
    "secondary_actions": st.lists(st.sampled_from(["1.2", "4.4"]), max_size=2, unique=True),
    "approaches": st.lists(st.sampled_from(["human_rights", "whole_of_route"]), max_size=2, unique=True),
    "activity_type": st.sampled_from(["training", "other"]),
    "planned_start": dates, "planned_end": dates, "actual_start": dates, "actual_end": dates,
    "countries": st.lists(st.fixed_dictionaries({
        "country": st.sampled_from(["ETH", "SDN", "ITA"]),
        "role": st.sampled_from(["", "origin", "transit", "destination"])}), max_size=3),
    "admin_area": st.just(""), "place": st.sampled_from(["Metema", ""]),
    "organisations": st.lists(st.fixed_dictionaries({
        "name": st.sampled_from(["IOM", "UNHCR"]), "role": st.sampled_from(["funding", "implementing"]),
        "type": st.sampled_from(["", "40", "10"])}), max_size=2),
    "budget_amount": st.one_of(st.none(), st.floats(0, 1e6, allow_nan=False)),
    "currency": st.sampled_from(["EUR", "ETB"]),
    "people": people, "targeted_total": counts, "reached_total": counts, "notes": st.sampled_from(["", "ok"]),
})
# Values each of which alone breaks (or may break) a rule of the validator.
BAD: dict[str, list[Any]] = {
    "title": ["", "   ", "x" * (MAX_TITLE + 1), 7], "action": ["", "9.9", "3"], "status": ["dreaming"],
    "description": ["y" * (MAX_TEXT + 1)], "text_lang": ["xx"], "secondary_actions": [["7.1"]],
    "approaches": [["kindness"]], "activity_type": ["party"], "planned_end": ["2019-01-01"],
    "actual_start": ["2030-02-30"], "actual_end": ["2019-01-01"], "place": ["p" * (MAX_TEXT + 1)],
    "countries": [[{"country": "ZZZ", "role": ""}], [{"country": "ETH", "role": "upstream"}],
                  [{"country": "ETH", "role": ""}, {"country": "ETH", "role": "origin"}]],
    "organisations": [[{"name": " ", "role": "funding", "type": ""}], [{"name": "IOM", "role": "sponsor", "type": ""}],
                      [{"name": "IOM", "role": "funding", "type": "99999"}]],
    "budget_amount": [-5.0], "currency": ["XXQ", ""],
    "people": [[{"group": "aliens", "sex": "f", "age": "adults", "targeted": 1, "reached": 1}],
               [{"group": "REF", "sex": "q", "age": "adults", "targeted": 1, "reached": 1}],
               [{"group": "REF", "sex": "f", "age": "0-200", "targeted": 1, "reached": 1}],
               [{"group": "REF", "sex": "f", "age": "adults", "targeted": -2, "reached": None}],
               [{"group": "REF", "sex": "f", "age": "adults", "targeted": 1, "reached": 1}] * 2],
    "targeted_total": [-1, 0], "reached_total": [-1, 0], "notes": ["n" * (MAX_TEXT + 1)],
}
breaks = st.lists(st.sampled_from(sorted(BAD)).flatmap(
    lambda field: st.tuples(st.just(field), st.sampled_from(BAD[field]))), max_size=2)


@st.composite
def contents(draw: Any) -> dict[str, Any]:
    content = dict(draw(sound))
    for field, value in draw(breaks):
        content[field] = value
    return content


def _validates(content: dict[str, Any], canonical: bool = False) -> bool:
    """True when the content, read as stored content, validates (and, if asked, is in canonical form)."""
    try:
        activity = from_canonical(content, "x")
        return not validate(activity) and (not canonical or content == content_of(activity))
    except (TypeError, ValueError, AttributeError, KeyError):  # not even an activity
        return False


@settings(max_examples=400, deadline=None)
@given(contents())
def test_what_the_check_passes_the_validator_accepts(content: dict[str, Any]) -> None:
    if CHECK.passes(content):
        assert _validates(content)


@settings(max_examples=300, deadline=None)
@given(contents())
def test_what_the_validator_accepts_the_check_passes(content: dict[str, Any]) -> None:
    if _validates(content, canonical=True):
        assert CHECK.passes(content)  # conservative, but not uselessly so: sound content takes the fast road


def test_an_ordinary_activity_passes() -> None:
    assert CHECK.passes(content_of(from_content(sample_activity())))


def test_each_broken_rule_is_caught() -> None:
    broken = [
        Activity(title="", action="1.1"), Activity(title="t", action="9.9"), Activity(title="t", action="1.1", status="x"),
        Activity(title="t", action="1.1", status="closed"),
        Activity(title="t", action="1.1", planned_start=date(2025, 5, 1), planned_end=date(2025, 4, 1)),
        Activity(title="t", action="1.1", countries=[CountryRole("ETH"), CountryRole("ETH")]),
        Activity(title="t", action="1.1", organisations=[OrganisationRole(" ", "funding")]),
        Activity(title="t", action="1.1", budget_amount=10.0),
        Activity(title="t", action="1.1", people=[PeopleCount("MIG", "f", "adults", reached=-1)]),
        Activity(title="t", action="1.1", reached_total=1, people=[PeopleCount("MIG", "f", "adults", reached=5)]),
    ]
    for activity in broken:
        assert validate(activity), activity
        assert not CHECK.passes(content_of(activity)), activity
    assert not CHECK.passes({"title": "no other field"})
