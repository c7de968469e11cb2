"""A corpus of broken and hostile package files: each is refused with a precise message, and the
database content is exactly as before."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path
from typing import Callable

import openpyxl
import pytest

from cairo_desktop.sync import columns as C
from cairo_desktop.sync.guards import _sheet_paths
from tests.conftest import sample_activity
from tests.sync.helpers import content_digest


@pytest.fixture(scope="module")
def base_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cairo_desktop.services import open_services

    folder = tmp_path_factory.mktemp("base")
    services = open_services(folder / "field.db", author="maker")
    services.installation.initialise("ETH-ADD", "Addis", "field", "ETH")
    services.activities.add(sample_activity(title="First"))
    services.activities.add(sample_activity(title="Second"))
    gone = services.activities.add(sample_activity(title="Deleted one"))
    services.activities.delete(gone.id)
    services.sync.export_package(folder / "base.xlsx")
    services.close()
    return folder / "base.xlsx"


def _with_openpyxl(change: Callable[[openpyxl.Workbook], None]) -> Callable[[Path, Path], None]:
    def build(base: Path, out: Path) -> None:
        workbook = openpyxl.load_workbook(base)
        change(workbook)
        workbook.save(out)
    return build


def _rezip(change: Callable[[str, bytes, dict], bytes | None], extra: dict[str, bytes] | None = None,
           compression: int = zipfile.ZIP_DEFLATED) -> Callable[[Path, Path], None]:
    def build(base: Path, out: Path) -> None:
        with zipfile.ZipFile(base) as source:
            paths = {sheet: member for sheet, member in _sheet_paths(source, "x").items()}
            with zipfile.ZipFile(out, "w", compression) as target:
                for info in source.infolist():
                    data = change(info.filename, source.read(info), paths)
                    if data is not None:
                        target.writestr(info.filename, data)
                for name, data in (extra or {}).items():
                    target.writestr(name, data)
    return build


def _in_sheet(sheet: str, edit: Callable[[bytes], bytes]) -> Callable[[Path, Path], None]:
    return _rezip(lambda name, data, paths: edit(data) if name == paths[sheet] else data)


def _appended(sheet: str, xml: bytes) -> Callable[[Path, Path], None]:
    """``xml`` (rows, or anything else) added after the last row of the sheet."""
    return _in_sheet(sheet, lambda d: d.replace(b"</sheetData>", xml + b"</sheetData>"))


def _set(sheet: str, row: int, column: int, value) -> Callable[[Path, Path], None]:
    return _with_openpyxl(lambda wb: wb[sheet].cell(row=row, column=column, value=value))


def _manifest(key: str, value: str) -> Callable[[Path, Path], None]:
    def change(workbook: openpyxl.Workbook) -> None:
        for row in workbook[C.MANIFEST].iter_rows():
            if row[0].value == key:
                row[1].value = value
    return _with_openpyxl(change)


def _part_renamed(sheet: str, suffix: str, edit: Callable[[bytes], bytes]) -> Callable[[Path, Path], None]:
    """The sheet's part stored under another name ending (the relationships follow it), then edited."""
    def change(name: str, data: bytes, paths: dict) -> bytes | None:
        old = paths[sheet]
        if name == old:
            return None
        if name.endswith(".rels") or name == "[Content_Types].xml":
            return data.replace(old.removeprefix("xl/").encode(), old.removeprefix("xl/").encode() + suffix.encode())
        return data

    def build(base: Path, out: Path) -> None:
        with zipfile.ZipFile(base) as source:
            old = _sheet_paths(source, "x")[sheet]
            part = edit(source.read(old))
        _rezip(change, {old + suffix: part})(base, out)
    return build


def _formula_in_first_number(data: bytes) -> bytes:
    return re.sub(rb'<c r="([A-Z]+\d+)" t="n"><v>', rb'<c r="\1"><f>1+1</f><v>', data, count=1)


def _raw(data: bytes) -> Callable[[Path, Path], None]:
    return lambda base, out: out.write_bytes(data)


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
          b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>')
SHARED_BIN = (b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
              b'Target="sharedStrings.bin" Id="rId99" /></Relationships>')
UNSIGNED = "testing a hostile file"

# name -> (builder, import with --accept-unsigned?, expected words in the refusal)
CORPUS: dict[str, tuple[Callable[[Path, Path], None], bool, str]] = {
    "not_xlsx": (_raw(b"Just some text, not a workbook\n"), False, "not an Excel workbook"),
    "empty_file": (_raw(b""), False, "not an Excel workbook"),
    "pdf_renamed": (_raw(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), False, "not an Excel workbook"),
    "truncated": (lambda base, out: out.write_bytes(base.read_bytes()[: base.stat().st_size // 2]), False,
                  "not an Excel workbook"),
    "zip_not_workbook": (lambda base, out: zipfile.ZipFile(out, "w").writestr("notes.txt", "hello"), False,
                         "not an Excel workbook"),
    "missing_sync_sheet": (_with_openpyxl(lambda wb: wb.remove(wb[C.SYNC])), False, "'_sync'"),
    "missing_activities_sheet": (_with_openpyxl(lambda wb: wb.remove(wb[C.ACTIVITIES])), False, "'Activities'"),
    "missing_manifest": (_with_openpyxl(lambda wb: wb.remove(wb[C.MANIFEST])), False, "'_manifest'"),
    # Even with a reason: without People every activity would lose its counts, without _history its old
    # versions would be read as new edits.
    "missing_people_sheet": (_with_openpyxl(lambda wb: wb.remove(wb[C.PEOPLE])), True, "'People'"),
    "missing_organisations_sheet": (_with_openpyxl(lambda wb: wb.remove(wb[C.ORGANISATIONS])), True, "'Organisations'"),
    "missing_deleted_sheet": (_with_openpyxl(lambda wb: wb.remove(wb[C.DELETED])), True, "'Deleted'"),
    "missing_history_sheet": (_with_openpyxl(lambda wb: wb.remove(wb[C.HISTORY])), True, "'_history'"),
    "renamed_column": (_set(C.ACTIVITIES, 1, 3, "Name"), True, "unknown column(s) 'Name'"),
    "extra_column": (_set(C.ACTIVITIES, 1, len(C.ACTIVITY_COLUMNS) + 1, "Comments"), True, "unknown column(s) 'Comments'"),
    "stray_value_right": (_set(C.PEOPLE, 2, len(C.PEOPLE_COLUMNS) + 2, "oops"), True, "right of the last column"),
    "columns_reordered": (_with_openpyxl(lambda wb: (wb[C.PEOPLE].cell(1, 6, "Reached"), wb[C.PEOPLE].cell(1, 7, "Targeted"))),
                          True, "different order"),
    "wrong_type_count": (_set(C.PEOPLE, 2, 6, "many"), True, "not a whole number"),
    "negative_count": (_set(C.PEOPLE, 2, 7, -5), True, "negative"),
    "fractional_total": (_set(C.ACTIVITIES, 2, 18, 12.5), True, "not a whole number"),
    "date_as_text": (_set(C.ACTIVITIES, 2, 9, "05/01/2025"), True, "is text, not a date"),
    "unknown_action": (_set(C.ACTIVITIES, 2, 4, "9.9"), True, "not an action of the Cairo Action Plan"),
    "unknown_country": (_set(C.ACTIVITIES, 2, 13, "XXX:origin"), True, "ISO 3166"),
    "unknown_status": (_set(C.ACTIVITIES, 2, 7, "finished"), True, "not a status"),
    "unknown_group": (_set(C.PEOPLE, 2, 3, "ALIENS"), True, "not a population group"),
    "empty_status": (_with_openpyxl(lambda wb: setattr(wb[C.ACTIVITIES].cell(2, 7), "value", None)), True,
                     "A status is required"),
    "budget_decimal_comma": (_set(C.ACTIVITIES, 2, 16, "1,5"), True, "with a point as decimal separator"),
    "budget_too_big": (_set(C.ACTIVITIES, 2, 16, 1e20), True, "more than any budget"),
    "people_row_of_no_activity": (_with_openpyxl(lambda wb: wb[C.PEOPLE].append(["new-99", "", "REF", "f", "adults", 1, 1])),
                                  True, "no row of the 'Activities' sheet"),
    "people_row_without_activity_id": (_with_openpyxl(lambda wb: wb[C.PEOPLE].append(["", "", "REF", "f", "adults", 1, 1])),
                                       True, "belongs to no activity"),
    "version_cell_changed": (_set(C.ACTIVITIES, 2, 23, "abc"), True, "not the version this row was exported with"),
    "version_cell_emptied": (_with_openpyxl(lambda wb: setattr(wb[C.ACTIVITIES].cell(2, 23), "value", None)), True,
                             "the Version cell is empty"),
    "activity_id_changed": (_set(C.ACTIVITIES, 2, 1, "new-7"), True, "the Activity ID was changed"),
    "office_changed": (_set(C.ACTIVITIES, 2, 2, "SDN-KRT"), True, "the Office was changed to 'SDN-KRT'"),
    "new_row_of_another_office": (_with_openpyxl(lambda wb: wb[C.ACTIVITIES].append(
        ["new-1", "SDN-KRT", "Partner row", "2.1", "", "", "pipeline", "dialogue"])), True, "belongs to office ETH-ADD"),
    "formula_in_activities": (_set(C.ACTIVITIES, 2, 3, "=1+1"), True, "holds a formula"),
    "formula_in_people": (_set(C.PEOPLE, 2, 6, "=SUM(1,2)"), True, "holds a formula"),
    "huge_cell": (_appended(C.ACTIVITIES, b'<row r="9"><c r="T9" t="inlineStr"><is><t>' + b"x" * 40_000
                            + b"</t></is></c></row>"),
                  True, "at most 32,767"),
    "forged_dimension": (_in_sheet(C.ACTIVITIES, lambda d: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', d)
                                   if b"<dimension" in d else d.replace(b"<sheetData", b'<dimension ref="A1:XFD1048576"/><sheetData', 1)),
                         True, "columns"),
    "far_away_cell": (_appended(C.PEOPLE, b'<row r="3"><c r="XFD3" t="inlineStr"><is><t>x</t></is></c></row>'),
                      True, "columns"),
    "far_away_row": (_appended(C.PEOPLE, b'<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row>'),
                     True, "rows"),
    "cell_far_below_its_row": (_appended(C.PEOPLE, b'<row r="3"><c r="A9000000" t="n"><v>1</v></c></row>'),
                               True, "9,000,000 rows"),
    "cells_without_position": (_appended(C.PEOPLE, b'<row r="3">' + b'<c t="n"><v>1</v></c>' * 50 + b"</row>"),
                               True, "has no position"),
    "cell_position_damaged": (_appended(C.ORGANISATIONS, b'<row r="3"><c t="n" r="A123456789"><v>1</v></c></row>'),
                              True, "has no position, or a damaged one"),
    "prefixed_cell_far_away": (_appended(C.PEOPLE, b'<row r="3"><x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="A9000000" t="n"><v>1</v></x:c></row>'),
                               True, "9,000,000 rows"),
    "comment_in_sheet": (_appended(C.PEOPLE, b"<!-- </row> -->"),
                         True, "XML comments, CDATA sections or processing instructions"),
    "cdata_in_sheet": (_in_sheet(C.ACTIVITIES, lambda d: d.replace(b"<sheetData>", b"<sheetData><![CDATA[</row>]]>", 1)),
                       True, "XML comments, CDATA sections or processing instructions"),
    "instruction_in_sheet": (_in_sheet(C.SYNC, lambda d: d.replace(b"<sheetData>", b"<sheetData><?step </row>?>", 1)),
                             True, "XML comments, CDATA sections or processing instructions"),
    "zip_bomb": (_rezip(lambda name, data, paths: data, {"xl/media/padding.xml": b"\0" * (60 * 2**20)}), False, "zip bomb"),
    "billion_laughs_shared_strings": (_rezip(lambda name, data, paths: data, {"xl/sharedStrings.xml": LAUGHS}), False, "entities"),
    "billion_laughs_sheet": (_in_sheet(C.PEOPLE, lambda d: LAUGHS[:LAUGHS.index(b"<sst")] + d.split(b"?>", 1)[-1]), False, "entities"),
    "billion_laughs_workbook": (_rezip(lambda name, data, paths: b'<!DOCTYPE x [<!ENTITY a "b">]>' + data.split(b"?>", 1)[-1]
                                       if name == "xl/workbook.xml" else data), False, "entit"),
    "duplicated_row": (_with_openpyxl(lambda wb: wb[C.ACTIVITIES].append([c.value for c in wb[C.ACTIVITIES][2]])),
                       True, "appears on two rows"),
    "duplicated_sync_row": (_with_openpyxl(lambda wb: wb[C.SYNC].append([c.value for c in wb[C.SYNC][2]])), True, "listed twice"),
    "deleted_row_removed": (_with_openpyxl(lambda wb: wb[C.ACTIVITIES].delete_rows(3)), True, "is missing"),
    "hand_row_in_deleted": (_with_openpyxl(lambda wb: wb[C.DELETED].append(["abc", "ETH-ADD", "x", "me", "now", ""])),
                            True, "Deleted"),
    "future_format_version": (_manifest("format_version", "2"), True, "sync format version 2"),
    "unknown_format": (_manifest("format", "somebody-else"), True, "does not describe a Cairo Desktop sync package"),
    "damaged_sequence": (_manifest("seq", "abc"), True, "damaged"),
    "bad_signature": (_manifest("signature", "00" * 64), False, "signature does not match"),
    "wrong_office": (_manifest("office", "SDN-KRT"), False, "signature does not match"),
    "value_changed": (_set(C.ACTIVITIES, 2, 3, "Quietly changed"), False, "were changed after the package was signed"),
    "damaged_sync_rev": (_set(C.SYNC, 2, 2, "not-a-revision"), True, "damaged"),
    "formula_in_a_part_not_named_xml": (_part_renamed(C.PEOPLE, ".dat", _formula_in_first_number), True,
                                        "holds a formula"),
    "entities_in_a_part_not_named_xml": (_part_renamed(C.ABOUT, ".bin", lambda d: LAUGHS[:LAUGHS.index(b"<sst")]
                                                       + d.split(b"?>", 1)[-1]), False, "entities"),
    "styles_cut_short": (_rezip(lambda name, data, paths: data[: len(data) // 2] if name == "xl/styles.xml" else data),
                         False, "the workbook cannot be read"),
    "people_sheet_cut_short": (_in_sheet(C.PEOPLE, lambda d: d[: len(d) // 2]), True, "the sheet cannot be read"),
    "entities_in_shared_strings_named_bin": (_rezip(lambda name, data, paths: data.replace(b"</Relationships>", SHARED_BIN)
                                                   if name == "xl/_rels/workbook.xml.rels" else data,
                                                   {"xl/sharedStrings.bin": LAUGHS}), False, "entities"),
}


# The refusals a window words in its own language carry their kind (ImportReport.refusal).
KINDS = {
    "not_xlsx": "not_xlsx", "empty_file": "not_xlsx", "pdf_renamed": "not_xlsx", "truncated": "not_xlsx",
    "zip_not_workbook": "not_xlsx", "missing_sync_sheet": "missing_sheets", "missing_activities_sheet": "missing_sheets",
    "missing_manifest": "missing_sheets", "missing_people_sheet": "missing_sheets",
    "missing_organisations_sheet": "missing_sheets", "missing_deleted_sheet": "missing_sheets",
    "missing_history_sheet": "missing_sheets", "formula_in_activities": "formula", "formula_in_people": "formula",
    "formula_in_a_part_not_named_xml": "formula", "future_format_version": "newer_format", "bad_signature": "unsigned",
    "wrong_office": "unsigned", "value_changed": "unsigned", "renamed_column": "columns_changed",
    "extra_column": "columns_changed", "columns_reordered": "columns_order", "stray_value_right": "value_right",
    "zip_bomb": "zip_bomb", "billion_laughs_shared_strings": "entities", "billion_laughs_sheet": "entities",
    "billion_laughs_workbook": "entities", "entities_in_a_part_not_named_xml": "entities",
    "entities_in_shared_strings_named_bin": "entities", "forged_dimension": "too_many_columns",
    "far_away_cell": "too_many_columns", "far_away_row": "too_many_rows", "cell_far_below_its_row": "too_many_rows",
    "cells_without_position": "cell_position", "cell_position_damaged": "cell_position",
    "prefixed_cell_far_away": "too_many_rows", "comment_in_sheet": "xml_markup", "cdata_in_sheet": "xml_markup",
    "instruction_in_sheet": "xml_markup", "huge_cell": "huge_cell",
    "styles_cut_short": "unreadable", "people_sheet_cut_short": "sheet_unreadable", "unknown_format": "not_a_package",
    "damaged_sequence": "manifest_damaged", "wrong_type_count": "problems", "negative_count": "problems",
    "fractional_total": "problems", "date_as_text": "problems", "unknown_action": "problems",
    "unknown_country": "problems", "unknown_status": "problems", "unknown_group": "problems",
    "duplicated_row": "problems", "duplicated_sync_row": "problems", "deleted_row_removed": "problems",
    "hand_row_in_deleted": "problems", "damaged_sync_rev": "problems", "empty_status": "problems",
    "budget_decimal_comma": "problems", "budget_too_big": "problems", "people_row_of_no_activity": "problems",
    "people_row_without_activity_id": "problems", "version_cell_changed": "problems",
    "version_cell_emptied": "problems", "activity_id_changed": "problems", "office_changed": "problems",
    "new_row_of_another_office": "problems",
}


def test_every_refusal_in_the_corpus_has_a_kind() -> None:
    """A window words a refusal in its own language only when it has a kind."""
    assert sorted(KINDS) == sorted(CORPUS)


def test_corpus_is_big_enough() -> None:
    assert len(CORPUS) >= 30


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_file_is_refused_and_database_unchanged(name: str, base_package: Path, make_services, tmp_path: Path) -> None:
    build, unsigned, expected = CORPUS[name]
    path = tmp_path / f"{name}.xlsx"
    build(base_package, path)
    coordinator = make_services("KP-SEC", "coordinator")
    before = content_digest(coordinator.database.file)
    reports = coordinator.sync.import_packages([path], accept_unsigned_reason=UNSIGNED if unsigned else None)
    (report,) = reports
    assert not report.ok, f"{name} was accepted"
    text = " ".join(report.refused)
    assert expected in text, text
    assert f"{name}.xlsx" in report.message
    assert report.refusal["kind"] == KINDS[name], report.refusal
    assert content_digest(coordinator.database.file) == before


def test_the_unmodified_base_package_imports(base_package: Path, make_services, tmp_path: Path) -> None:
    """The corpus refusals come from the damage, not from the base file."""
    shutil.copy(base_package, tmp_path / "copy.xlsx")
    report = make_services("KP-SEC", "coordinator").sync.import_packages([tmp_path / "copy.xlsx"])[0]
    assert report.ok and report.counts["new"] == 3, report.refused
