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
from cairo_desktop.sync.guards import DEFAULT_LIMITS, LOOKAHEAD, CellPositions, PackageRefused, _row_numbers_up_to

PEOPLE_MAX_ROW = min(DEFAULT_LIMITS.max_rows, DEFAULT_LIMITS.max_cells_per_sheet // (len(C.HEADERS[C.PEOPLE]) + 8))


def _check(xml: bytes, sheet: str = C.PEOPLE) -> None:
    CellPositions("p.xlsx", sheet, DEFAULT_LIMITS).check(xml, len(xml))


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
    positions = CellPositions("p.xlsx", C.PEOPLE, DEFAULT_LIMITS)
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


# A part of a sheet read in parts: an opening, rows, and the closing this app's reader adds.
OPENING = b'<worksheet xmlns="x"><sheetData>'
CLOSING = b"</sheetData></worksheet>"
USUAL_ROWS = (b'<row r="2"><c r="A2" t="inlineStr"><is><t>a1</t></is></c><c r="F2" t="n"><v>55</v></c>'
              b'<c r="G2" s="1" t="n"/></row><row r="3" spans="1:7"><c r="A3" t="inlineStr"><is>'
              b'<t xml:space="preserve"> x </t></is></c><c r="B3" t="inlineStr"></c></row>')


def _check_part(rows: bytes, positions: CellPositions | None = None) -> None:
    positions = positions or CellPositions("p.xlsx", C.PEOPLE, DEFAULT_LIMITS)
    positions.check_part(OPENING + rows + CLOSING, len(OPENING), len(OPENING) + len(rows))


def test_rows_as_this_app_writes_them_are_recognised_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the bytes around them are then checked cell by cell, on the parsing thread, without the GIL."""
    positions = CellPositions("p.xlsx", C.PEOPLE, DEFAULT_LIMITS)
    assert positions.usual_rows.fullmatch(USUAL_ROWS) is not None
    checked: list[tuple[int, int]] = []
    monkeypatch.setattr(positions, "check", lambda data, end, prefixed=True, start=0: checked.append((start, end)))
    _check_part(USUAL_ROWS, positions)
    assert checked == [(0, len(OPENING)), (len(OPENING) + len(USUAL_ROWS), len(OPENING + USUAL_ROWS + CLOSING))]


@pytest.mark.parametrize("rows", [
    b'<row r="2"><c s="1" t="inlineStr" r="B2"><is><t>x</t></is></c></row>',  # r not first
    b'<row r="2"><c r="A0009"><v>1</v></c></row>',  # leading zeros
    b'<x:row r="5"><x:c r="A5"><x:v>1</x:v></x:c></x:row>',  # prefixed
    b'<row r="2" x14ac:dyDescent="0.25"><c r="A2"><v>1</v></c></row>',  # as Excel writes rows
])
def test_rows_written_otherwise_are_checked_cell_by_cell(rows: bytes) -> None:
    assert CellPositions("p.xlsx", C.PEOPLE, DEFAULT_LIMITS).usual_rows.fullmatch(rows) is None
    _check_part(USUAL_ROWS + rows)


@pytest.mark.parametrize("rows, kind", [
    (b'<row r="3"><c r="A%d"><v>1</v></c></row>' % (PEOPLE_MAX_ROW + 1), "too_many_rows"),
    (b'<row r="3"><c r="AA3"><v>1</v></c></row>', "too_many_columns"),
    (b'<row r="3"><c><v>1</v></c></row>', "cell_position"),
    (b'<row r="3"><c r="A3" r="A9000000"><v>1</v></c></row>', "too_many_rows"),
    (b'<row r="3"><x:c r="A9000000"><v>1</v></x:c></row>', "too_many_rows"),
    (b'<row r="3"><c r="A3"><v>1</v><c r="A9000000"/></c></row>', "too_many_rows"),  # a cell inside a cell
    (b'<row r="3" spans="<c r=A9000000>"><c r="A3"><v>1</v></c></row>', "cell_position"),  # a "<" in an attribute
])
def test_a_part_with_a_cell_out_of_bounds_or_without_position_is_refused(rows: bytes, kind: str) -> None:
    with pytest.raises(PackageRefused) as refused:
        _check_part(USUAL_ROWS + rows + USUAL_ROWS)
    assert refused.value.kind == kind and refused.value.sheet == C.PEOPLE


@pytest.mark.parametrize("before", [True, False])
def test_cells_before_or_after_the_rows_of_a_part_are_checked(before: bool) -> None:
    far = b'<c r="A9000000"/>'
    opening, closing = (OPENING + far, CLOSING) if before else (OPENING, far + CLOSING)
    with pytest.raises(PackageRefused, match="rows"):
        CellPositions("p.xlsx", C.PEOPLE, DEFAULT_LIMITS).check_part(
            opening + USUAL_ROWS + closing, len(opening), len(opening + USUAL_ROWS))


# Rows built from usual and unusual pieces: whatever the pattern of usual rows accepts, the cell-by-cell
# check must accept too, since the rows it accepts are not checked again.
_START_TAGS = st.sampled_from([
    b'<c r="A2"', b'<c r="G%d"' % PEOPLE_MAX_ROW, b'<c r="A9000000"', b'<c r="A%d"' % (PEOPLE_MAX_ROW + 1),
    b'<c r="AA2"', b"<c", b'<c r="A2" r="A9000000"', b'<c\nr="A2"', b'<c r="a2"', b'<x:c r="A9000000"',
])
_ATTRIBUTES = st.sampled_from([b"", b' t="n"', b' s="1" t="inlineStr"', b' s="123456"', b' t="n" r="A9000000"'])
_CONTENTS = st.sampled_from([
    b"/>", b"></c>", b"><v>1</v></c>", b"><is><t>x</t></is></c>", b'><is><t xml:space="preserve"> </t></is></c>',
    b">", b'><v><c r="A9000000"/></v></c>', b"><is><t>a<c r=A9000000>b</t></is></c>", b"><f>1</f></c>",
])
_ROW_TAGS = st.sampled_from([b'<row r="2">', b'<row r="2" spans="1:7">', b'<row r="2" a="<c r=A9000000>">', b"<row>"])
_CELLS = st.tuples(_START_TAGS, _ATTRIBUTES, _CONTENTS).map(b"".join)
_ROWS = st.lists(st.tuples(_ROW_TAGS, st.lists(_CELLS, max_size=4).map(b"".join), st.just(b"</row>")).map(b"".join),
                 max_size=4).map(b"".join)


@given(_ROWS)
def test_the_pattern_of_usual_rows_accepts_only_rows_the_cell_check_accepts(rows: bytes) -> None:
    positions = CellPositions("p.xlsx", C.PEOPLE, DEFAULT_LIMITS)
    if positions.usual_rows.fullmatch(rows) is not None:
        positions.check(rows, len(rows))
