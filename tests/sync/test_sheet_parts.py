"""Large sheets are read a part at a time (``sync/sheet_parts.py``); the rows, their numbers, the
sheet hashes, the import and every refusal must be exactly those of reading each sheet whole.

The part size is made tiny here, so packages of a few activities are cut into many parts.
"""

from __future__ import annotations

import re
import threading
import zipfile
from pathlib import Path

import openpyxl
import pytest

from cairo_desktop.sync import columns as C
from cairo_desktop.sync import sheet_parts
from cairo_desktop.sync.guards import PackageRefused, WorkbookGuard, _sheet_paths
from cairo_desktop.sync.reader import _sheet_rows, read_package
from tests.conftest import sample_activity
from tests.sync.helpers import content_digest

UNSIGNED = "testing parts"
LAST_PEOPLE_ROW = 1 + 13 * 2  # the header, then two rows for each of the 13 activities below
SHARED_STRINGS_RELATION = (b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                           b'sharedStrings" Target="sharedStrings.xml" Id="rId99"/>')


@pytest.fixture
def package(make_services, tmp_path: Path) -> Path:
    """A field office's package with dates, Arabic and French text, empty cells and a deleted activity."""
    field = make_services("ETH-ADD", "field")
    for index in range(12):
        field.activities.add(sample_activity(
            title=f"تدريب {index} — formation à Metema", place="" if index % 3 else "Gondar",
            people=[{"group": "OFF", "sex": sex, "age": "adults", "targeted": 10 + index, "reached": index}
                    for sex in ("f", "m")]))
    gone = field.activities.add(sample_activity(title="Deleted"))
    field.activities.delete(gone.id)
    path = tmp_path / "field.xlsx"
    field.sync.export_package(path)
    return path


def _read_all(path: Path) -> tuple[dict[str, list], dict[str, str]]:
    raw = read_package(path, check_sheets=False)
    try:
        rows = {name: raw.rows(name) for name in C.DATA_SHEETS}
        raw.check_sheets()
        return rows, raw.hashes
    finally:
        raw.close()


def _parts_of(path: Path, name: str) -> int:
    guard = WorkbookGuard(path)
    try:
        return sum(1 for _ in sheet_parts.SheetInParts(guard, name))
    finally:
        guard.close()


@pytest.mark.parametrize("part_bytes", [300, 2000])  # smaller than a row, and a few rows
def test_rows_read_in_parts_are_the_rows_read_whole(package: Path, monkeypatch: pytest.MonkeyPatch,
                                                    part_bytes: int) -> None:
    whole_rows, whole_hashes = _read_all(package)
    monkeypatch.setattr(sheet_parts, "PART_BYTES", part_bytes)
    assert _parts_of(package, C.PEOPLE) > 3
    parted_rows, parted_hashes = _read_all(package)
    assert parted_rows == whole_rows
    assert parted_hashes == whole_hashes
    assert parted_rows[C.PEOPLE][-1][0] == LAST_PEOPLE_ROW  # the last row keeps its number in the sheet


def test_an_import_read_in_parts_stores_what_one_read_whole_stores(package: Path, make_services,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    whole = make_services("KP-SEC", "coordinator")
    assert whole.sync.import_packages([package])[0].ok
    monkeypatch.setattr(sheet_parts, "PART_BYTES", 1000)
    parted = make_services("KP-SEC", "coordinator")
    report = parted.sync.import_packages([package])[0]
    assert report.ok and report.counts["new"] == 13
    # The databases differ in when each revision was received; the revisions and their rows are the same.
    assert _activity_rows(parted) == _activity_rows(whole)


def _activity_rows(services) -> dict[str, list]:
    import sqlite3

    with sqlite3.connect(services.database.file) as connection:
        revisions = connection.execute("SELECT rev_id, activity_id, parents, content, deleted, author, office, "
                                       "owner_office, created_at FROM revisions").fetchall()
        return {"revisions": sorted(revisions),
                **{table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall())
                   for table in ("activity_people", "activity_organisations")}}


def _edited_sheet(package: Path, out: Path, sheet: str, edit) -> Path:
    with zipfile.ZipFile(package) as source:
        member = _sheet_paths(source, "x")[sheet]
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                data = source.read(info)
                target.writestr(info.filename, edit(data) if info.filename == member else data)
    return out


@pytest.mark.parametrize("edit, expected", [
    (lambda data: data.replace(f'<c r="F{LAST_PEOPLE_ROW}" t="n"><v>'.encode(),
                               f'<c r="F{LAST_PEOPLE_ROW}"><f>1+1</f><v>'.encode()),
     f"cell F{LAST_PEOPLE_ROW} holds a formula"),
    (lambda data: re.sub(f'<c r="G{LAST_PEOPLE_ROW}" t="n"><v>\\d+</v>'.encode(),
                         f'<c r="G{LAST_PEOPLE_ROW}" t="n"><v>-4</v>'.encode(), data),
     f"sheet '{C.PEOPLE}', row {LAST_PEOPLE_ROW},"),
    (lambda data: data.replace(f'<c r="G{LAST_PEOPLE_ROW}" t="n">'.encode(), b'<c r="G9000000" t="n">'),
     "the sheet uses 9,000,000 rows"),
    (lambda data: data.replace(f'<c r="G{LAST_PEOPLE_ROW}" t="n">'.encode(), b'<c t="n">'), "no position"),
], ids=["formula", "negative_count", "far_away_cell", "cell_without_position"])
def test_a_refusal_in_a_later_part_is_worded_as_read_whole_and_changes_nothing(
        package: Path, make_services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit, expected: str) -> None:
    monkeypatch.setattr(sheet_parts, "PART_BYTES", 1000)
    bad = _edited_sheet(package, tmp_path / "bad.xlsx", C.PEOPLE, edit)
    coordinator = make_services("KP-SEC", "coordinator")
    before = content_digest(coordinator.database.file)
    report = coordinator.sync.import_packages([bad], accept_unsigned_reason=UNSIGNED)[0]
    assert not report.ok and expected in " ".join([report.message, *report.refused]), report.refused
    assert content_digest(coordinator.database.file) == before


def test_a_sheet_of_shared_strings_is_read_whole(package: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel and LibreOffice save text as shared strings, which each part would parse again."""
    monkeypatch.setattr(sheet_parts, "PART_BYTES", 1000)
    saved = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(saved, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", SHARED_STRINGS_RELATION + b"</Relationships>")
            target.writestr(info.filename, data)
        target.writestr("xl/sharedStrings.xml", b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                                                b'main" count="0" uniqueCount="0"/>')
    guard = WorkbookGuard(saved)
    try:
        assert guard.frame.shared_strings
        assert not sheet_parts.can_read_in_parts(guard, C.PEOPLE)
    finally:
        guard.close()
    guard = WorkbookGuard(package)
    try:
        assert not guard.frame.shared_strings and sheet_parts.can_read_in_parts(guard, C.PEOPLE)
    finally:
        guard.close()


def test_a_sheet_not_written_as_usual_is_one_part(package: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a plain <worksheet> root and <sheetData>, no cut is made (its closing could not be written)."""
    monkeypatch.setattr(sheet_parts, "PART_BYTES", 1000)
    prefixed = _edited_sheet(package, tmp_path / "prefixed.xlsx", C.PEOPLE, _with_prefix)
    assert _parts_of(prefixed, C.PEOPLE) == 1
    assert _read_all(prefixed)[0][C.PEOPLE] == _read_all(package)[0][C.PEOPLE]


def _with_prefix(data: bytes) -> bytes:
    data = data.replace(b'<worksheet xmlns="', b'<x:worksheet xmlns:x="', 1).replace(b"</worksheet>", b"</x:worksheet>")
    return re.sub(rb"<(/?)(sheetData|sheetPr|outlinePr|pageSetUpPr|sheetViews|sheetView|pane|selection|sheetFormatPr|"
                  rb"cols|col|row|c|is|t|v|pageMargins|dimension)([\s/>])", rb"<\1x:\2\3", data)


def test_leaving_a_sheet_half_read_stops_its_parser(package: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet_parts, "PART_BYTES", 1000)
    raw = read_package(package, check_sheets=False)
    rows = raw.iter_rows(C.PEOPLE)
    next(rows)
    assert any(thread.name.startswith("sheet-parts") for thread in threading.enumerate())
    rows.close()
    raw.close()
    assert not any(thread.name.startswith("sheet-parts") for thread in threading.enumerate())


def test_a_sheet_starting_below_its_first_row_keeps_its_row_numbers(tmp_path: Path) -> None:
    """python-calamine gives such a sheet's rows from the first row of the sheet, empty ones included."""
    from python_calamine import CalamineWorkbook

    from cairo_desktop.sync.guards import DEFAULT_LIMITS

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = C.DELETED
    sheet.append([])
    sheet.append([])
    sheet.append(list(C.HEADERS[C.DELETED]))
    sheet.append(["a1", "ETH-ADD", "Title", "me", "2025-01-01", "rev"])
    workbook.save(tmp_path / "low.xlsx")
    book = CalamineWorkbook.from_path(str(tmp_path / "low.xlsx"))
    rows = list(_sheet_rows(lambda name: (book.get_sheet_by_name(name),), C.DELETED, "low.xlsx", DEFAULT_LIMITS,
                            C.HEADERS[C.DELETED], None))
    assert rows == [(4, ["a1", "ETH-ADD", "Title", "me", "2025-01-01", "rev"])]


def test_a_sheet_read_in_parts_is_still_scanned_whole_before_a_whole_parse(package: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts check their own cells as they are parsed: bytes read but never parsed as a part were not checked."""
    monkeypatch.setattr(sheet_parts, "PART_BYTES", 1000)
    far = _edited_sheet(package, tmp_path / "far.xlsx", C.PEOPLE,
                        lambda data: data.replace(f'<c r="G{LAST_PEOPLE_ROW}" t="n">'.encode(), b'<c r="G9000000" t="n">'))
    guard = WorkbookGuard(far)
    try:
        parts = sheet_parts.SheetInParts(guard, C.PEOPLE)
        assert sum(1 for _piece in parts._cut()) > 3  # every byte read, no part parsed
        with pytest.raises(PackageRefused) as refused:
            guard.scan_sheet(C.PEOPLE)
        assert refused.value.kind == "too_many_rows"
    finally:
        guard.close()
