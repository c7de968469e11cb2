"""Workbooks filled in or changed by hand (a partner without the app): what is meant is imported, and every
refused row is named at its own sheet, row and column, all in one pass, with the database left unchanged."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

import openpyxl
import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.sync import columns as C
from tests.conftest import sample_activity
from tests.sync.helpers import content_digest

REASON = "partner workbook"
ACTIVITY_HEADERS = [column.header for column in C.ACTIVITY_COLUMNS]


@pytest.fixture
def package(make_services, tmp_path: Path) -> Path:
    field = make_services("ETH-ADD")
    field.activities.add(sample_activity(title="First"))
    field.activities.add(sample_activity(title="Second"))
    path = tmp_path / "exported.xlsx"
    field.sync.export_package(path)
    return path


def _edited(package: Path, change: Callable[[openpyxl.Workbook], Any], name: str = "edited.xlsx") -> Path:
    workbook = openpyxl.load_workbook(package)
    change(workbook)
    out = package.with_name(name)
    workbook.save(out)
    return out


def _set(workbook: openpyxl.Workbook, row: int, header: str, value: object) -> None:
    workbook[C.ACTIVITIES].cell(row, ACTIVITY_HEADERS.index(header) + 1).value = value  # None empties it


def _new_row(workbook: openpyxl.Workbook, reference: str = "new-1", **by_header: object) -> int:
    """A row a partner adds to the Activities sheet; returns its row number."""
    values: dict[str, object] = {"Activity ID": reference, "Office": "ETH-ADD", "Title": "Partner training",
                                 "Action": "2.2", "Status": "pipeline", "Type": "training",
                                 "Planned start": datetime(2025, 11, 1), "Language": "en"}
    values.update(by_header)
    sheet = workbook[C.ACTIVITIES]
    row = sheet.max_row + 1
    for header, value in values.items():
        sheet.cell(row, ACTIVITY_HEADERS.index(header) + 1, value)
    return row


def _refused(coordinator, path: Path) -> list[tuple[str, int | None, str, str]]:  # type: ignore[no-untyped-def]
    """(sheet, row, column, message) of every refused row, after checking that nothing changed."""
    before = content_digest(coordinator.database.file)
    (report,) = coordinator.sync.import_packages([path], accept_unsigned_reason=REASON)
    assert not report.ok and report.refusal["kind"] == "problems", report.message
    assert content_digest(coordinator.database.file) == before
    return [(row["sheet"], row["row"], row["field"], row["message"]) for row in report.refusal["rows"]]


def _title_row(package: Path, title: str) -> int:
    sheet = openpyxl.load_workbook(package)[C.ACTIVITIES]
    return next(cells[0].row for cells in sheet.iter_rows(min_row=2) if cells[2].value == title)


# --- a date typed with a time of day -----------------------------------------------------------------


def test_a_new_row_dated_with_a_time_of_day_is_imported_as_that_day(package: Path, make_services) -> None:
    path = _edited(package, lambda wb: _new_row(wb, **{"Planned start": datetime(2025, 11, 1, 9, 0),
                                                       "Planned end": datetime(2025, 12, 31, 17, 30)}))
    coordinator = make_services("KP-SEC", "coordinator")
    (report,) = coordinator.sync.import_packages([path], accept_unsigned_reason=REASON)
    assert report.ok, report.refused
    (made,) = coordinator.activities.find(ActivityFilter(text="Partner training"))
    assert (made.planned_start, made.planned_end) == (date(2025, 11, 1), date(2025, 12, 31))
    # Everything that reads the dates back still works (it crashed on '2025-11-01T09:00:00').
    assert len(coordinator.activities.find(ActivityFilter())) == 3
    assert coordinator.activities.get(made.id).planned_start == date(2025, 11, 1)
    coordinator.sync.export_package(path.with_name("again.xlsx"), full=True)


def test_an_exported_row_dated_with_a_time_of_day_is_imported_as_that_day(package: Path, make_services) -> None:
    row = _title_row(package, "First")
    path = _edited(package, lambda wb: _set(wb, row, "Planned end", datetime(2025, 12, 31, 15, 30)))
    coordinator = make_services("KP-SEC", "coordinator")
    (dry,) = coordinator.sync.import_packages([path], dry_run=True, accept_unsigned_reason=REASON)
    assert dry.ok and dry.counts["new"] == 2, dry.refused
    (report,) = coordinator.sync.import_packages([path], accept_unsigned_reason=REASON)
    assert report.ok and report.counts["hand_made"] == 1, report.refused
    (first,) = coordinator.activities.find(ActivityFilter(text="First"))
    assert coordinator.activities.get(first.id).planned_end == date(2025, 12, 31)


# --- every problem in one pass -----------------------------------------------------------------------


def test_the_trusted_fast_path_leaves_a_date_with_a_time_of_day_to_the_parser() -> None:
    """Rows rebuilt straight from their cells take only the exporter's own shape: a real date; anything else
    (a date and time here) goes to the parser, which takes the day."""
    from cairo_desktop.sync.trusted_rows import activity_content

    cells = ["id", "ETH-ADD", "Title", "4.1", "", "", "pipeline", "training", date(2025, 1, 1), "", "", "", "ETH",
             "", "", "", "", "", "", "", "", "en", "rev"]
    assert activity_content(cells, [], [])["planned_start"] == "2025-01-01"
    cells[8] = datetime(2025, 1, 1, 9, 0)
    assert activity_content(cells, [], []) is None
