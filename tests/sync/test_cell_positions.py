"""The scan's checks of a data sheet's XML that a large sheet's reading in parts relies on: where
python-calamine will put each cell, and no markup (comments, CDATA, instructions) that could hide a
``</row>``.

python-calamine sizes a sheet to its farthest cell, so a single cell placed far away (by its ``r``,
or by a row of cells without one) would make it allocate without bound. Every cell must carry a
position within the sheet's limits; the common form is recognised by one pattern, the rest is
examined cell by cell, and both must agree.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairo_desktop.sync import columns as C
from cairo_desktop.sync.guards import DEFAULT_LIMITS, LOOKAHEAD, PackageRefused, _CellPositions, _row_numbers_up_to

PEOPLE_MAX_ROW = min(DEFAULT_LIMITS.max_rows, DEFAULT_LIMITS.max_cells_per_sheet // (len(C.HEADERS[C.PEOPLE]) + 8))


def _check(xml: bytes, sheet: str = C.PEOPLE) -> None:
    _CellPositions("p.xlsx", sheet, DEFAULT_LIMITS).check(xml, len(xml))


@pytest.mark.parametrize("xml", [
    b'<row r="7"><c r="A7" t="n"><v>1</v></c><c r="G7"/></row>',
    b'<row r="2"><c s="1" t="inlineStr" r="B2"><is><t>x</t></is></c></row>',  # r not first
    b"<row r='3'><c r = 'C3'><v>2</v></c></row>",  # other quotes, spaces
    b'<x:row r="5"><x:c r="A5"><x:v>1</x:v></x:c></x:row>',  # prefixed
    b'<row r="9"><c r="A0009"><v>1</v></c></row>',  # leading zeros
    b'<cols><col min="1" max="7"/></cols><colBreaks count="0"/>',  # not cells
    b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (PEOPLE_MAX_ROW, PEOPLE_MAX_ROW),  # the last row allowed
])
def test_cells_within_the_limits_pass(xml: bytes) -> None:
    _check(xml)


@pytest.mark.parametrize("xml, kind", [
    (b'<row r="3"><c r="A%d"><v>1</v></c></row>' % (PEOPLE_MAX_ROW + 1), "too_many_rows"),
    (b'<row r="3"><c r="A9000000"><v>1</v></c></row>', "too_many_rows"),
    (b'<row r="3"><c t="n" r="XFD3"><v>1</v></c></row>', "too_many_columns"),
    (b'<row r="3"><c r="AA3"><v>1</v></c></row>', "too_many_columns"),  # People has at most 15 columns
    (b'<row r="3"><c><v>1</v></c></row>', "cell_position"),
    (b'<row r="3"><c t="n"><v>1</v></c></row>', "cell_position"),
    (b'<row r="3"><c r="A123456789"><v>1</v></c></row>', "cell_position"),
    (b'<row r="3"><c r="3A"><v>1</v></c></row>', "cell_position"),
    (b'<row r="3"><c r="a3"><v>1</v></c></row>', "cell_position"),
    (b'<row r="3"><c r="A3" r="A9000000"><v>1</v></c></row>', "too_many_rows"),  # calamine takes the last
    (b'<row r="3"><c r="A3" t="n" r="A9000000"><v>1</v></c></row>', "too_many_rows"),
    (b'<row r="3"><c' + b" " * LOOKAHEAD + b'r="A3"><v>1</v></c></row>', "cell_position"),  # an endless start tag
    (b'<row r="3"><x:c r="A9000000"><v>1</v></x:c></row>', "too_many_rows"),
])
def test_a_cell_out_of_bounds_or_without_position_is_refused(xml: bytes, kind: str) -> None:
    with pytest.raises(PackageRefused) as refused:
        _check(xml)
    assert refused.value.kind == kind and refused.value.sheet == C.PEOPLE


def test_the_limit_depends_on_the_sheet_width() -> None:
    """The Activities sheet is wider than People, so it may hold fewer rows."""
    activities_max = min(DEFAULT_LIMITS.max_rows,
                         DEFAULT_LIMITS.max_cells_per_sheet // (len(C.HEADERS[C.ACTIVITIES]) + 8))
    row = b'<row r="2"><c r="A%d"><v>1</v></c></row>' % (activities_max + 1)
    _check(row, C.PEOPLE)
    with pytest.raises(PackageRefused, match="rows"):
        _check(row, C.ACTIVITIES)


def test_a_cell_is_checked_once_across_chunks_with_its_lookahead() -> None:
    """Only the cells starting before ``end`` are checked, so the scan can leave the rest to the next chunk."""
    xml = b'<row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="A9000000"><v>1</v></c></row>'
    positions = _CellPositions("p.xlsx", C.PEOPLE, DEFAULT_LIMITS)
    positions.check(xml, xml.index(b'<row r="3">'))
    with pytest.raises(PackageRefused):
        positions.check(xml, len(xml))


@given(limit=st.integers(min_value=1, max_value=10**7), number=st.integers(min_value=0, max_value=10**8))
def test_the_row_pattern_accepts_no_number_above_its_limit(limit: int, number: int) -> None:
    """Numbers the pattern takes are never checked again, so it must take none above the limit."""
    if re.fullmatch(_row_numbers_up_to(limit), str(number).encode()):
        assert 1 <= number <= limit


def _scan(xml: bytes) -> None:
    import io
    import zipfile

    from cairo_desktop.sync.guards import _scan_member

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", xml)
    with zipfile.ZipFile(buffer) as archive:
        _scan_member(archive, archive.getinfo("xl/worksheets/sheet1.xml"), "p.xlsx", C.DELETED, DEFAULT_LIMITS)


SMALL_SHEET = b'<worksheet xmlns="x"><sheetData><row r="1"><c r="A1" t="n"><v>1</v></c></row></sheetData></worksheet>'


@pytest.mark.parametrize("declaration", [b"", b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
                                         b'\xef\xbb\xbf<?xml version="1.0"?>'])
def test_a_sheet_may_open_with_the_xml_declaration(declaration: bytes) -> None:
    """Even a sheet shorter than the scan's look-ahead, whose declaration is seen again at the end."""
    _scan(declaration + SMALL_SHEET)
    _scan(declaration + SMALL_SHEET.replace(b"</sheetData>", b"</sheetData>" + b" " * 3 * LOOKAHEAD))


@pytest.mark.parametrize("markup", [b"<!-- a note -->", b"<![CDATA[</row>]]>", b"<?step?>"])
def test_comments_cdata_and_instructions_are_refused_in_a_data_sheet(markup: bytes) -> None:
    for xml in (b'<?xml version="1.0"?>' + markup + SMALL_SHEET,
                SMALL_SHEET.replace(b"</sheetData>", markup + b"</sheetData>")):
        with pytest.raises(PackageRefused) as refused:
            _scan(xml)
        assert refused.value.kind == "xml_markup" and refused.value.sheet == C.DELETED
