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


# --- amounts -----------------------------------------------------------------------------------------


def test_a_budget_with_a_decimal_comma_is_refused_at_its_cell(package: Path, make_services) -> None:
    row = _title_row(package, "First")
    path = _edited(package, lambda wb: _set(wb, row, "Budget", "1,5"))
    assert _refused(make_services("KP-SEC", "coordinator"), path) == [
        (C.ACTIVITIES, row, "Budget", "'1,5' cannot be read as one amount of money: a comma may only group thousands "
                                      "(as in 1,500). Write the amount with a point as decimal separator, e.g. 1500.50.")]


def test_a_budget_with_thousands_separators_is_read(package: Path, make_services) -> None:
    row = _title_row(package, "First")
    path = _edited(package, lambda wb: _set(wb, row, "Budget", "1,500.50"))
    coordinator = make_services("KP-SEC", "coordinator")
    assert coordinator.sync.import_packages([path], accept_unsigned_reason=REASON)[0].ok
    (first,) = coordinator.activities.find(ActivityFilter(text="First"))
    assert first.budget_amount == 1500.5


def test_a_budget_beyond_any_real_one_is_refused(package: Path, make_services) -> None:
    row = _title_row(package, "First")
    path = _edited(package, lambda wb: _set(wb, row, "Budget", 1e20))
    assert _refused(make_services("KP-SEC", "coordinator"), path) == [
        (C.ACTIVITIES, row, "Budget", "100,000,000,000,000,000,000 is more than any budget; check the amount.")]


# --- People and Organisations rows -------------------------------------------------------------------


def test_people_and_organisation_rows_of_no_activity_are_refused(package: Path, make_services) -> None:
    """They were dropped without a word."""
    def change(workbook: openpyxl.Workbook) -> None:
        _new_row(workbook, "new-1")
        workbook[C.PEOPLE].append(["new-99", "", "REF", "f", "adults", 10, 5])
        workbook[C.ORGANISATIONS].append(["new-98", "", "IOM", "implementing", "40"])
        workbook[C.PEOPLE].append(["", "", "REF", "m", "adults", 1, 1])
    path = _edited(package, change)
    people, organisations = openpyxl.load_workbook(path)[C.PEOPLE].max_row, \
        openpyxl.load_workbook(path)[C.ORGANISATIONS].max_row
    rows = _refused(make_services("KP-SEC", "coordinator"), path)
    lost = ("this row belongs to activity '{}', but no row of the 'Activities' sheet has that Activity ID and Version, "
            "so it would be lost. Write the Activity ID and Version of its activity exactly as on the 'Activities' "
            "sheet (for a new activity, its reference, such as new-1, and an empty Version), or delete this row.")
    assert sorted(rows) == sorted([
        (C.PEOPLE, people, "Activity ID", "the Activity ID is empty, so this row belongs to no activity. Write the "
                                          "Activity ID of its activity as on the 'Activities' sheet (for a new "
                                          "activity, the reference you gave it there, such as new-1)."),
        (C.PEOPLE, people - 1, "Activity ID", lost.format("new-99")),
        (C.ORGANISATIONS, organisations, "Activity ID", lost.format("new-98"))])


def test_a_people_row_added_to_an_exported_activity_without_its_version_is_refused(package: Path,
                                                                                  make_services) -> None:
    activity_id = openpyxl.load_workbook(package)[C.ACTIVITIES].cell(2, 1).value
    path = _edited(package, lambda wb: wb[C.PEOPLE].append([activity_id, "", "REF", "f", "children", 3, 3]))
    ((sheet, row, column, message),) = _refused(make_services("KP-SEC", "coordinator"), path)
    assert (sheet, column) == (C.PEOPLE, "Activity ID") and f"activity '{activity_id}'" in message


def test_problems_of_a_people_row_are_named_at_that_row(package: Path, make_services) -> None:
    def change(workbook: openpyxl.Workbook) -> None:
        _new_row(workbook, "new-1")
        workbook[C.PEOPLE].append(["new-1", "", "refugees", "female", "adults", 10, 5])
        workbook[C.PEOPLE].append(["new-1", "", "REF", "f", "adults", 1, 1])
        workbook[C.PEOPLE].append(["new-1", "", "REF", "f", "adults", 2, 2])
        workbook[C.ORGANISATIONS].append(["new-1", "", "IOM", "sponsor", "40"])
    path = _edited(package, change)
    last_person, last_organisation = (openpyxl.load_workbook(path)[name].max_row for name in (C.PEOPLE,
                                                                                             C.ORGANISATIONS))
    assert sorted(_refused(make_services("KP-SEC", "coordinator"), path)) == sorted([
        (C.PEOPLE, last_person - 2, "Population group", "'refugees' is not a population group."),
        (C.PEOPLE, last_person - 2, "Sex", "'female' is not a sex category; use f, m or x."),
        (C.PEOPLE, last_person, "Population group", "The cell REF/f/adults appears twice."),
        (C.ORGANISATIONS, last_organisation, "Role", "'sponsor' is not an organisation role; use one of funding, "
                                                     "accountable, extending, implementing.")])


def test_an_organisation_without_a_name_is_refused_at_its_row(package: Path, make_services) -> None:
    def change(workbook: openpyxl.Workbook) -> None:
        _new_row(workbook, "new-1")
        workbook[C.ORGANISATIONS].append(["new-1", "", "", "implementing", "40"])
    path = _edited(package, change)
    row = openpyxl.load_workbook(path)[C.ORGANISATIONS].max_row
    assert _refused(make_services("KP-SEC", "coordinator"), path) == [
        (C.ORGANISATIONS, row, "Organisation", "Every organisation needs a name.")]


# --- exported rows changed ---------------------------------------------------------------------------


def test_an_exported_row_refused_for_a_value_is_not_also_said_to_be_missing(package: Path, make_services) -> None:
    row = _title_row(package, "First")
    path = _edited(package, lambda wb: _set(wb, row, "Title", None))
    assert _refused(make_services("KP-SEC", "coordinator"), path) == [
        (C.ACTIVITIES, row, "Title", "A title is required.")]


def test_a_changed_version_cell_is_named_as_such(package: Path, make_services) -> None:
    row = _title_row(package, "First")
    path = _edited(package, lambda wb: _set(wb, row, "Version", "abc"))
    assert _refused(make_services("KP-SEC", "coordinator"), path) == [
        (C.ACTIVITIES, row, "Version", "the Version cell holds 'abc', which is not the version this row was exported "
                                       "with. Copy the Version back from the original file (it must stay exactly as "
                                       "exported), or leave it empty for a new activity.")]


def test_an_emptied_version_cell_is_named_as_such(package: Path, make_services) -> None:
    row = _title_row(package, "First")
    activity_id = openpyxl.load_workbook(package)[C.ACTIVITIES].cell(row, 1).value
    path = _edited(package, lambda wb: _set(wb, row, "Version", None))
    assert _refused(make_services("KP-SEC", "coordinator"), path) == [
        (C.ACTIVITIES, row, "Version", f"the Version cell is empty, but activity {activity_id} was exported with a "
                                       "version. Copy the Version back from the original file; only a new activity "
                                       "has an empty Version.")]


def test_a_changed_activity_id_is_named_as_such(package: Path, make_services) -> None:
    row = _title_row(package, "First")
    activity_id = openpyxl.load_workbook(package)[C.ACTIVITIES].cell(row, 1).value
    path = _edited(package, lambda wb: _set(wb, row, "Activity ID", "new-7"))
    assert _refused(make_services("KP-SEC", "coordinator"), path) == [
        (C.ACTIVITIES, row, "Activity ID", f"the Activity ID was changed: the Version of this row belongs to activity "
                                           f"{activity_id}. Copy the Activity ID back from the original file; a new "
                                           "activity needs a row of its own with an empty Version.")]


def test_a_deleted_row_is_still_said_to_be_missing(package: Path, make_services) -> None:
    row = _title_row(package, "First")
    path = _edited(package, lambda wb: wb[C.ACTIVITIES].delete_rows(row))
    ((sheet, number, column, message),) = _refused(make_services("KP-SEC", "coordinator"), path)
    assert (sheet, number, column) == (C.ACTIVITIES, None, "Version") and "is missing" in message


# --- every problem in one pass -----------------------------------------------------------------------


def test_every_problem_of_every_row_is_listed_at_once(package: Path, make_services) -> None:
    """A value that cannot be read no longer hides the rules the row's other values break."""
    vocab_statuses = "pipeline, implementation, finalisation, closed, cancelled, suspended"
    bad: dict[str, int] = {}

    def change(workbook: openpyxl.Workbook) -> None:
        bad["row"] = _new_row(workbook, "new-2", Action="9.9", Status="", **{"Planned start": "next month",
                                                                              "Budget": "about 5000",
                                                                              "Currency": "EUR"})
        workbook[C.PEOPLE].append(["new-2", "", "refugees", "f", "adults", "ten", 5])
        bad["person"] = workbook[C.PEOPLE].max_row
    path = _edited(package, change)
    row = bad["row"]
    assert sorted(_refused(make_services("KP-SEC", "coordinator"), path)) == sorted([
        (C.ACTIVITIES, row, "Planned start", "'next month' is text, not a date. Type the date so the spreadsheet "
                                             "recognises it, or write it as YYYY-MM-DD (e.g. 2025-04-09)."),
        (C.ACTIVITIES, row, "Budget", "'about 5000' is not an amount of money; write digits only, e.g. 25000."),
        (C.ACTIVITIES, row, "Action", "'9.9' is not an action of the Cairo Action Plan (1.1 to 5.4)."),
        (C.ACTIVITIES, row, "Status", f"A status is required; use one of {vocab_statuses}."),
        (C.PEOPLE, bad["person"], "Targeted", "'ten' is not a whole number of people."),
        (C.PEOPLE, bad["person"], "Population group", "'refugees' is not a population group."),
    ])


def test_the_trusted_fast_path_leaves_a_date_with_a_time_of_day_to_the_parser() -> None:
    """Rows rebuilt straight from their cells take only the exporter's own shape: a real date; anything else
    (a date and time here) goes to the parser, which takes the day."""
    from cairo_desktop.sync.trusted_rows import activity_content

    cells = ["id", "ETH-ADD", "Title", "4.1", "", "", "pipeline", "training", date(2025, 1, 1), "", "", "", "ETH",
             "", "", "", "", "", "", "", "", "en", "rev"]
    assert activity_content(cells, [], [])["planned_start"] == "2025-01-01"
    cells[8] = datetime(2025, 1, 1, 9, 0)
    assert activity_content(cells, [], []) is None
