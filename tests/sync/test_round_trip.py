"""Whatever an office can save, every recipient of its package imports unchanged.

A value that can be saved but not carried in a workbook (a date before 1900, a control character, a
sum's binary noise in a budget, a count beyond a spreadsheet's 15 digits) made every package of that
office fail verification at every recipient. Hypothesis looks for such values in the fields people
type or paste, and in the values a script may send through the CLI's JSON.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cairo_desktop.domain.activity import content_of
from cairo_desktop.domain.validation import MAX_PEOPLE
from tests.conftest import sample_activity

ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)  # controls and lone surrogates too
NAMED = ANY_TEXT.filter(lambda text: any(char.isalnum() for char in text))  # something left once cleaned
COUNT = st.none() | st.integers(min_value=0, max_value=MAX_PEOPLE)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=NAMED, notes=ANY_TEXT, place=ANY_TEXT, organisation=NAMED,
       budget=st.none() | st.floats(min_value=0, max_value=1e15), targeted=COUNT, reached=COUNT,
       start=st.dates(date(1900, 1, 1), date(2100, 12, 31)))
def test_what_an_office_saves_reaches_the_coordinator_unchanged(
        make_services, tmp_path: Path, title: str, notes: str, place: str, organisation: str, budget: float | None,
        targeted: int | None, reached: int | None, start: date) -> None:
    field, coordinator = make_services("ETH-ADD"), make_services("KP-SEC", "coordinator")
    saved = field.activities.add(sample_activity(
        title=title, notes=notes, place=place, budget_amount=budget, currency="EUR", planned_start=start.isoformat(),
        planned_end=None, organisations=[{"name": organisation, "role": "implementing", "type": ""}],
        people=[{"group": "REF", "sex": "f", "age": "adults", "targeted": targeted, "reached": reached}]))
    package = tmp_path / f"{saved.id}.xlsx"
    field.sync.export_package(package, full=True)
    report = coordinator.sync.import_packages([package])[0]
    assert report.ok, report.refused
    assert content_of(coordinator.activities.get(saved.id)) == content_of(saved)
