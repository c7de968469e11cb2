"""What a partner without the app reads in a package: step-by-step instructions in ``About`` and the meaning
of every code in ``Codes``, in the exporter's language; following the instructions gives an importable file,
and the sheets written for people are not part of what is signed."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.domain.vocabularies import load_vocabularies
from cairo_desktop.sync import columns as C
from cairo_desktop.sync.about import TEXTS
from tests.conftest import sample_activity

LANGUAGES = ("en", "fr", "ar")


def _blank_package(make_services, tmp_path: Path, language: str = "en") -> Path:  # type: ignore[no-untyped-def]
    office = make_services("ETH-ADD")
    office.installation.set_setting("language", language)
    path = tmp_path / f"blank-{language}.xlsx"
    office.sync.export_package(path)
    return path


def _rows(path: Path, sheet: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def _about_lines(path: Path) -> list[str]:
    return [str(value) for row in _rows(path, C.ABOUT) for value in row if value]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_code_a_dropdown_offers_has_its_meaning_in_the_exporters_language(make_services, tmp_path: Path,
                                                                               language: str) -> None:
    path = _blank_package(make_services, tmp_path, language)
    lists = _rows(path, C.LISTS)
    offered = {str(value) for row in lists[1:] for value in row if value != ""}
    codes = _rows(path, C.CODES)[1:]
    meanings = {str(code): str(meaning) for _where, code, meaning in codes}
    assert offered <= set(meanings), sorted(offered - set(meanings))[:5]
    assert all(meanings[code].strip() for code in offered)
    # The countries have no dropdown (a cell may name several), so the list of their codes is here.
    assert {"ETH", "SDN", "ITA"} <= set(meanings)
    vocab = load_vocabularies()
    assert meanings["22"] == vocab.organisation_types.label("22", language)
    assert meanings["ETH"] == vocab.countries.label("ETH", language)
    for where in {str(row[0]) for row in codes}:  # each code is said to go in a column the package has
        sheet, headers = where.split(": ", 1)
        assert set(headers.split(", ")) <= set(C.HEADERS[sheet]), where


def test_the_organisation_type_column_offers_the_iati_codes_as_a_dropdown(make_services, tmp_path: Path) -> None:
    path = _blank_package(make_services, tmp_path)
    workbook = openpyxl.load_workbook(path)
    lists_header = [cell.value for cell in workbook[C.LISTS][1]]
    column = openpyxl.utils.get_column_letter(lists_header.index("organisation_types") + 1)
    type_column = openpyxl.utils.get_column_letter(
        [column.header for column in C.ORGANISATION_COLUMNS].index("Type (IATI)") + 1)
    validations = workbook[C.ORGANISATIONS].data_validations.dataValidation
    formulas = {str(v.formula1) for v in validations if str(v.sqref).startswith(f"{type_column}2")}
    assert formulas == {f"{C.LISTS}!${column}$2:${column}${len(load_vocabularies().organisation_types) + 1}"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sheet_and_column_the_instructions_name_is_in_the_package(make_services, tmp_path: Path,
                                                                      language: str) -> None:
    path = _blank_package(make_services, tmp_path, language)
    lines = _about_lines(path)
    steps = [line for line in lines if line in TEXTS[language]["partner"]]
    assert len(steps) == len(TEXTS[language]["partner"]) >= 5
    named = set(re.findall(r"'([^']+)'", " ".join(steps)))
    sheets = set(CalamineWorkbook.from_path(str(path)).sheet_names)
    headers = {header for name in (C.ACTIVITIES, C.PEOPLE, C.ORGANISATIONS) for header in C.HEADERS[name]}
    assert {"Activities", "People", "Organisations", "Codes", "Activity ID", "Version"} <= named
    assert named <= sheets | headers, named - sheets - headers


def test_a_workbook_filled_in_as_the_instructions_say_is_imported_with_its_people_and_organisations(
        make_services, tmp_path: Path) -> None:
    blank = _blank_package(make_services, tmp_path)
    workbook = openpyxl.load_workbook(blank)

    def add(sheet: str, **values: object) -> None:
        headers = C.HEADERS[sheet]
        workbook[sheet].append([values.get(header) for header in headers])

    # Only what the steps ask for: a reference, an empty Version, the required fields, dates as YYYY-MM-DD.
    add(C.ACTIVITIES, **{"Activity ID": "new-1", "Title": "Community dialogue on safe migration", "Action": "2.2",
                         "Status": "implementation", "Type": "dialogue", "Actual start": "2026-10-03"})
    add(C.PEOPLE, **{"Activity ID": "new-1", "Population group": "HST", "Sex": "f", "Age band": "adults",
                     "Targeted": 40, "Reached": 35})
    add(C.ORGANISATIONS, **{"Activity ID": "new-1", "Organisation": "Ethiopian Red Cross", "Role": "implementing",
                            "Type (IATI)": "22"})
    filled = tmp_path / "filled.xlsx"
    workbook.save(filled)
    coordinator = make_services("KP-SEC", "coordinator")
    (report,) = coordinator.sync.import_packages([filled], accept_unsigned_reason="partner workbook")
    assert report.ok and report.counts["new"] == 1, report.refused
    (made,) = coordinator.activities.find(ActivityFilter(text="Community dialogue"))
    assert [(p.group, p.sex, p.age, p.targeted, p.reached) for p in made.people] == [("HST", "f", "adults", 40, 35)]
    assert [(o.name, o.role, o.type) for o in made.organisations] == [("Ethiopian Red Cross", "implementing", "22")]


def test_the_sheets_written_for_people_are_not_signed(make_services, tmp_path: Path) -> None:
    """About, Lists and Codes may change between versions without a new format: a package without them
    still imports as signed."""
    office = make_services("ETH-ADD")
    office.activities.add(sample_activity(title="Signed without its readable sheets"))
    path = tmp_path / "package.xlsx"
    office.sync.export_package(path)
    workbook = openpyxl.load_workbook(path)
    for name in (C.ABOUT, C.LISTS, C.CODES):
        del workbook[name]
    stripped = tmp_path / "stripped.xlsx"
    workbook.save(stripped)
    coordinator = make_services("KP-SEC", "coordinator")
    (report,) = coordinator.sync.import_packages([stripped])
    assert report.ok and report.signed and report.counts["new"] == 1, report.message


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_instructions_wrap_in_rows_tall_enough_and_read_right_to_left_in_arabic(make_services, tmp_path: Path,
                                                                                  language: str) -> None:
    """A spreadsheet does not size the rows of a written file: without a height a wrapped sentence shows one line."""
    path = _blank_package(make_services, tmp_path, language)
    workbook = openpyxl.load_workbook(path)
    about = workbook[C.ABOUT]
    width = about.column_dimensions["B"].width
    long_cells = [cell for row in about.iter_rows() for cell in row
                  if isinstance(cell.value, str) and len(cell.value) > width]
    assert len(long_cells) >= 3
    for cell in long_cells:
        assert cell.alignment.wrap_text
        lines = -(-len(cell.value) // int(width))
        assert about.row_dimensions[cell.row].height >= 15 * lines
    right_to_left = language == "ar"
    assert bool(about.sheet_view.rightToLeft) is right_to_left
    assert bool(workbook[C.CODES].sheet_view.rightToLeft) is right_to_left
    assert not workbook[C.ACTIVITIES].sheet_view.rightToLeft  # the data keep their column order
