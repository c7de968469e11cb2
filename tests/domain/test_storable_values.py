"""What people type is kept in a form every workbook, database and report can hold.

Each rule here once let a value be saved that no package could carry to another office (the
round trip itself is tested in tests/sync/test_round_trip.py).
"""

from __future__ import annotations

import pytest

from cairo_desktop.domain.activity import content_of
from cairo_desktop.domain.activity_json import from_content, parse_amount
from cairo_desktop.domain.validation import MAX_PEOPLE, validate
from tests.conftest import sample_activity


def test_control_characters_and_broken_unicode_are_cleaned_from_texts() -> None:
    content = content_of(from_content(sample_activity(
        title="Line\x0bbreak from Word\x01", notes="tab\tkept\x00", place="broken \ud800 paste",
        organisations=[{"name": "IOM\x1f", "role": "implementing", "type": ""}])))
    assert content["title"] == "Line\nbreak from Word"
    assert content["notes"] == "tab\tkept"
    assert content["place"] == "broken \ufffd paste"
    assert content["organisations"][0]["name"] == "IOM"


@pytest.mark.parametrize("typed, kept", [(0.1 + 0.2, 0.3), ("1,234.56", 1234.56), (25000, 25000.0),
                                         (123456789012345.6, 123456789012346.0)])
def test_amounts_keep_the_fifteen_digits_a_spreadsheet_keeps(typed: object, kept: float) -> None:
    assert parse_amount("budget_amount", typed) == kept


def test_counts_beyond_the_worlds_population_are_refused() -> None:
    activity = from_content(sample_activity(targeted_total=MAX_PEOPLE + 1, people=[
        {"group": "REF", "sex": "f", "age": "adults", "targeted": MAX_PEOPLE, "reached": MAX_PEOPLE + 1}]))
    issues = {(issue.field, issue.message) for issue in validate(activity)}
    assert ("targeted_total", "10,000,000,001 is more people than live on Earth; check the number.") in issues
    assert ("people", "10,000,000,001 is more people than live on Earth; check the number.") in issues
    assert not any(field == "people" and "10,000,000,000 " in message for field, message in issues)
