"""Each data sheet is scanned for hostile content just before python-calamine parses it, never after.

The scan of one sheet overlaps the parse of another (see ``guards.WorkbookGuard``); these tests hold
the order that makes that safe: no sheet is parsed before its scan passed, a sheet whose scan fails
is never parsed, and its refusal comes when the sheet is asked for, naming it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from cairo_desktop.sync import columns as C
from cairo_desktop.sync.guards import PackageRefused
from cairo_desktop.sync.reader import STREAM_ORDER, RawPackage, read_package
from tests.conftest import sample_activity
from tests.sync.helpers import content_digest


class _RecordingWorkbook:
    """A python-calamine workbook that notes each sheet it parses in a shared event list."""

    def __init__(self, workbook: Any, events: list[str]) -> None:
        self._workbook, self._events = workbook, events

    def get_sheet_by_name(self, name: str) -> Any:
        self._events.append(f"parse {name}")
        return self._workbook.get_sheet_by_name(name)

    def close(self) -> None:
        self._workbook.close()


def _recording(raw: RawPackage) -> list[str]:
    events: list[str] = []
    guard = raw.guard
    assert guard is not None
    scan = guard.scan_sheet

    def recorded_scan(name: str) -> None:
        scan(name)
        events.append(f"scan {name}")

    guard.scan_sheet = recorded_scan  # type: ignore[method-assign]
    raw.workbook = _RecordingWorkbook(raw.workbook, events)  # type: ignore[assignment]
    return events


def _package(make_services, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    field = make_services("ETH-ADD")
    for number in range(3):
        field.activities.add(sample_activity(title=f"Training {number}"))
    package = tmp_path / "field.xlsx"
    field.sync.export_package(package)
    return package


def test_every_data_sheet_is_scanned_before_it_is_parsed(make_services, tmp_path: Path) -> None:
    raw = read_package(_package(make_services, tmp_path), check_sheets=False)
    try:
        events = _recording(raw)
        raw.prefetch(STREAM_ORDER)
        for name in STREAM_ORDER:
            raw.rows(name)
    finally:
        raw.close()
    parsed = [event.split(" ", 1)[1] for event in events if event.startswith("parse ")]
    assert sorted(parsed) == sorted(name for name in STREAM_ORDER if name in raw.present)
    for name in parsed:
        assert events.index(f"scan {name}") < events.index(f"parse {name}"), events


def test_a_sheet_failing_its_scan_is_never_parsed_and_is_refused_when_asked_for(make_services,
                                                                                   tmp_path: Path) -> None:
    package = _package(make_services, tmp_path)
    workbook = openpyxl.load_workbook(package)
    workbook[C.PEOPLE].cell(2, 6, "=2+2")
    hostile = tmp_path / "formula.xlsx"
    workbook.save(hostile)
    raw = read_package(hostile, check_sheets=False)  # the structure and small parts are fine
    try:
        events = _recording(raw)
        raw.prefetch(STREAM_ORDER)
        assert raw.rows(C.SYNC)  # the sheet before it reads normally: nothing is refused early
        with pytest.raises(PackageRefused) as refused:
            raw.rows(C.PEOPLE)
        assert refused.value.sheet == C.PEOPLE and "formula" in refused.value.reason
        assert refused.value.row == 2
        with pytest.raises(PackageRefused):  # asked again, refused again
            raw.rows(C.PEOPLE)
    finally:
        raw.close()
    assert f"parse {C.PEOPLE}" not in events and f"scan {C.PEOPLE}" not in events


def test_importing_it_refuses_the_package_and_changes_nothing(make_services, tmp_path: Path) -> None:
    package = _package(make_services, tmp_path)
    workbook = openpyxl.load_workbook(package)
    workbook[C.ORGANISATIONS].cell(1, 9, "=1")  # far to the right of the header, scanned after People
    hostile = tmp_path / "formula.xlsx"
    workbook.save(hostile)
    coordinator = make_services("KP-SEC", "coordinator")
    before = content_digest(coordinator.database.file)
    report = coordinator.sync.import_packages([hostile])[0]
    assert not report.ok
    assert "sheet 'Organisations'" in report.refused[0] and "formula" in report.refused[0]
    assert content_digest(coordinator.database.file) == before
