"""Dates and amounts are read one way only, and nothing else than a day or a sane amount is ever saved.

Each case here was once accepted and stored as something else than what was meant: a date with a time of
day (which then broke every list, report and export), "2025-05-01garbage", "1,5" read as 15.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from cairo_desktop.cli.main import run
from cairo_desktop.domain.activity import content_of
from cairo_desktop.domain.activity_json import from_canonical, from_content, parse_amount, parse_date
from cairo_desktop.domain.validation import MAX_BUDGET, validate_content
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


# --- amounts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed, amount", [
    ("1500", 1500.0), ("1500.50", 1500.5), ("1,500", 1500.0), ("1,500.50", 1500.5), ("1,234,567.8", 1234567.8),
    ("1 500", 1500.0), ("1\u00a0500.25", 1500.25), ("1\u202f500", 1500.0), (" 25000 ", 25000.0), (".5", 0.5),
    ("1.5e6", 1500000.0), ("-5", -5.0), (25000, 25000.0), (12.5, 12.5), ("1'500", 1500.0), ("1’500.25", 1500.25),
    ("١٥٠٠", 1500.0), ("١٬٥٠٠٫٥", 1500.5)])  # as an Arabic keyboard types
def test_amounts_written_one_way_only_are_read(typed: object, amount: float) -> None:
    assert parse_amount("budget_amount", typed) == amount


@pytest.mark.parametrize("typed", ["1,5", "1.500,50", "1 500,50", "12,34,567", "1,50", "1,5000", "1.500.000",
                                   "1,500 000"])
def test_a_comma_that_may_be_a_decimal_separator_is_refused(typed: str) -> None:
    """Before, "1,5" was saved as 15 and "1.500,50" as 1.5005."""
    with pytest.raises(UserError) as refused:
        parse_amount("budget_amount", typed)
    assert str(refused.value) == (
        f"Field 'budget_amount': '{typed}' cannot be read as one amount of money: a comma may only group thousands "
        "(as in 1,500). Write the amount with a point as decimal separator, e.g. 1500.50.")


@pytest.mark.parametrize("typed", ["$1000", "about 5000", "1  500", True, 10**400])
def test_what_is_no_amount_at_all_is_refused(typed: object) -> None:
    with pytest.raises(UserError, match="is not an amount of money; write digits only"):
        parse_amount("budget_amount", typed)


def test_a_budget_beyond_any_real_one_is_refused() -> None:
    """1e20 was saved and printed as 100,000,000,000,000,016,384 in the PDF reports."""
    assert _messages(_content(budget_amount="1e20")) == {
        "budget_amount": ["100,000,000,000,000,000,000 is more than any budget; check the amount."]}
    assert _messages(_content(budget_amount=MAX_BUDGET)) == {}
    assert "budget_amount" in _messages(_content(budget_amount=MAX_BUDGET * 1.01))


def test_the_command_line_refuses_an_ambiguous_budget(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "office.db")]
    assert run(db + ["init", "--office", "ETH-ADD", "--office-name", "Addis", "--role", "field", "--country",
                     "ETH"]) == 0
    common = ["activity", "add", "--title", "Training", "--action", "1.1", "--start", "2025-01-01", "--currency", "EUR"]
    capsys.readouterr()
    assert run(db + common + ["--budget", "1,5"]) == 1
    assert "with a point as decimal separator, e.g. 1500.50" in capsys.readouterr().err
    assert run(db + common + ["--budget", "1e20"]) == 1
    assert "is more than any budget" in capsys.readouterr().err
    assert run(db + common + ["--budget", "1,500.50", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["budget_amount"] == 1500.5


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
