"""Dates are read one way only, and nothing else than a day is ever saved.

Each case here was once accepted and stored as something else than what was meant: a date with a time of
day (which then broke every list, report and export), "2025-05-01garbage".
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cairo_desktop.domain.activity import content_of
from cairo_desktop.domain.activity_json import from_canonical, from_content, parse_date
from cairo_desktop.domain.validation import validate_content
from cairo_desktop.domain.vocabularies import load_vocabularies
from cairo_desktop.errors import UserError
from tests.conftest import sample_activity


def _content(**overrides: object) -> dict:
    return content_of(from_content(sample_activity(**overrides)))


def _messages(content: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for issue in validate_content(content):
        found.setdefault(issue.field, []).append(issue.message)
    return found


# --- dates -----------------------------------------------------------------------------------------


def test_a_date_with_a_time_of_day_is_taken_as_its_day() -> None:
    """What a spreadsheet gives for a cell typed "1/11/2025 9:00"."""
    assert parse_date("planned_start", datetime(2025, 11, 1, 9, 0)) == date(2025, 11, 1)
    content = _content(planned_start=datetime(2025, 11, 1, 9, 0), planned_end=datetime(2025, 12, 31, 23, 59))
    assert (content["planned_start"], content["planned_end"]) == ("2025-11-01", "2025-12-31")
    assert validate_content(content) == []
    assert from_canonical(content, "x").planned_start == date(2025, 11, 1)


@pytest.mark.parametrize("typed", ["2025-05-01garbage", "20250501", "2025-W18-4", "2025-02-30", "2025-5-1",
                                   "01/05/2025", "2025-05-01T09:00:00", "\u0662\u0660\u0662\u0665-05-01"])
def test_only_a_real_day_written_yyyy_mm_dd_is_read_as_a_date(typed: str) -> None:
    with pytest.raises(UserError, match=f"'{typed}' is not a date; write it as YYYY-MM-DD"):
        parse_date("planned_start", typed)


@pytest.mark.parametrize("typed, day", [("2025-05-01", date(2025, 5, 1)), (" 2025-05-01 ", date(2025, 5, 1)),
                                        (date(2024, 2, 29), date(2024, 2, 29)), ("", None), (None, None)])
def test_days_written_as_exported_are_read(typed: object, day: date | None) -> None:
    assert parse_date("planned_start", typed) == day


@pytest.mark.parametrize("stored", ["2025-11-01T09:00:00", "2025-11-01 09:00", "20251101", "2025-02-30",
                                    "2025-11-01x", "1/11/2025"])
def test_validation_refuses_any_date_that_is_not_exactly_a_day(stored: str) -> None:
    """Defence in depth: whatever path built the content, a malformed date cannot be saved."""
    content = _content(planned_start=None, planned_end=None)
    content["planned_start"] = stored
    content["planned_end"] = "2025-12-31"
    messages = _messages(content)
    assert messages == {"planned_start": [f"'{stored}' is not a date; write it as YYYY-MM-DD, e.g. 2025-04-09."]}


def test_validation_refuses_a_date_that_is_not_text() -> None:
    content = _content()
    content["actual_end"] = datetime(2025, 11, 1, 9, 0)
    assert list(_messages(content)) == ["actual_end"]


# --- required codes --------------------------------------------------------------------------------


def test_an_empty_status_or_type_is_said_to_be_required() -> None:
    vocab = load_vocabularies()
    messages = _messages(_content(status="", activity_type="", planned_start=None, planned_end=None))
    assert messages == {
        "status": [f"A status is required; use one of {', '.join(vocab.statuses.codes)}."],
        "activity_type": [f"An activity type is required; use one of {', '.join(vocab.activity_types.codes)}."]}


def test_a_problem_with_one_people_count_or_organisation_says_which() -> None:
    """The import names the People or Organisations row of such a problem, not the activity's row."""
    activity = from_content(sample_activity(
        people=[{"group": "REF", "sex": "f", "age": "adults", "targeted": 1, "reached": 1},
                {"group": "aliens", "sex": "f", "age": "adults", "targeted": 1, "reached": 1},
                {"group": "REF", "sex": "q", "age": "adults", "targeted": 1, "reached": 1},
                {"group": "REF", "sex": "f", "age": "adults", "targeted": 2, "reached": 2}],
        organisations=[{"name": "IOM", "role": "implementing", "type": "40"},
                       {"name": "UNHCR", "role": "sponsor", "type": ""}]))
    content = content_of(activity)
    issues = validate_content(content)
    people = [(issue.index, issue.part) for issue in issues if issue.field == "people"]
    assert [(part, content["people"][index]) for index, part in people] == [
        ("cell", {"group": "REF", "sex": "f", "age": "adults", "targeted": 2, "reached": 2}),
        ("sex", {"group": "REF", "sex": "q", "age": "adults", "targeted": 1, "reached": 1}),
        ("group", {"group": "aliens", "sex": "f", "age": "adults", "targeted": 1, "reached": 1})]
    organisations = [(issue.index, issue.part) for issue in issues if issue.field == "organisations"]
    assert organisations == [(1, "role")] and content["organisations"][1]["name"] == "UNHCR"
