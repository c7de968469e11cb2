"""Reading a large data sheet a part at a time, the next parts parsed by python-calamine while the
one before them is used.

python-calamine parses a whole sheet in one call. For the People sheet of a 50,000-activity
package that is 177 MB of XML and 170 MB of parsed cells held at once, and nothing of the sheet can
be used until the whole of it is parsed. Here the sheet's bytes are read once, checked by the guard
as they come (:meth:`guards.WorkbookGuard.sheet_bytes`), and cut after a ``</row>`` into parts of
about ``PART_BYTES``. Each part becomes a small workbook of its own (the sheet's opening up to
``<sheetData>``, its rows, and the workbook's styles, so a dated cell stays a date) that
python-calamine parses on background threads, without the GIL, while the caller reads the rows
of a part before. The positions of a part's cells are checked on its parsing thread, just before
the parse (:meth:`guards.CellPositions.check_part`, mostly without the GIL too). Cells carry their
positions (the guard refuses a cell without one), so each part keeps the row numbers of the whole
sheet, and a cut can fall only between rows: the guard also refuses comments, CDATA sections and
processing instructions, so every ``</row>`` ends a row.

A sheet whose cells refer to shared strings is parsed whole as before (each part would parse the
whole table of strings again): such a package was saved by a spreadsheet program, not exported.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Iterator

from python_calamine import CalamineWorkbook

from cairo_desktop.sync.guards import CellPositions, WorkbookGuard

PART_BYTES = 4 * 2**20
# Two parts are parsed at once, beside the one in use: while the People sheet is read, one parse of a
# part takes longer than the reading thread takes to use a part, and the reading thread then waited.
# (With one parser and one part ahead, 50,000 activities imported in 7.4-7.5 s; with two, in 7.2-7.3 s.)
PARSERS = 2
AHEAD = 2
_SHEET_DATA = b"<sheetData>"
_ROW_END = b"</row>"
_CLOSING = b"</sheetData></worksheet>"
_PLAIN_ROOT = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>)?\s*<worksheet[\s>]")  # closed by _CLOSING
_PART_NAME = "part"
_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELATIONSHIPS = b"http://schemas.openxmlformats.org/package/2006/relationships"


def can_read_in_parts(guard: WorkbookGuard, name: str) -> bool:
    """Worth it for a sheet of more than two parts whose cells hold their own values."""
    member = guard.sheet_members.get(name)
    return member is not None and member.file_size > 2 * PART_BYTES and not guard.frame.shared_strings


class SheetInParts:
    """The parsed parts of one sheet, in order.

    The parts are cut on the reading thread, as it asks for them, and checked and parsed on ``PARSERS``
    threads of their own, ``AHEAD`` ahead of the part in use: cutting runs the guard's byte checks, which
    need the GIL, so on another thread it would keep taking the GIL back and forth with the reading
    thread, which costs more than it overlaps. The memory held is a few parts, not the sheet. An error
    (a refusal by the guard, a part python-calamine cannot read) is raised where that part would be read.
    """

    def __init__(self, guard: WorkbookGuard, name: str) -> None:
        self.name = name
        self._guard = guard
        self._frame: dict[str, bytes] | None = None
        self._pending: deque[Future[Any]] = deque()
        self._parser: ThreadPoolExecutor | None = None
        self._cells = guard.cell_positions(name)

    def __iter__(self) -> Iterator[Any]:
        self._frame = _frame_parts(self._guard)
        self._parser = ThreadPoolExecutor(max_workers=PARSERS, thread_name_prefix=f"sheet-parts-{self.name}")
        pieces = self._cut()
        try:
            self._submit(pieces)
            while self._pending:
                future = self._pending.popleft()
                self._submit(pieces)  # before waiting: the next parse overlaps this part's use
                yield future.result()
        finally:
            self.close()

    def _submit(self, pieces: Iterator[tuple[bytes, int, int]]) -> None:
        while len(self._pending) < AHEAD:
            piece = next(pieces, None)
            if piece is None:
                return
            xml, rows_start, rows_end = piece
            self._pending.append(self._parser.submit(  # type: ignore[union-attr]
                _parse, self._frame, self._cells, xml, rows_start, rows_end))  # type: ignore[arg-type]

    def close(self) -> None:
        """Drop the parts not read yet and stop the parsing threads."""
        for future in self._pending:
            future.cancel()
        self._pending.clear()
        if self._parser is not None:
            self._parser.shutdown(wait=True)
            self._parser = None

    def _cut(self) -> Iterator[tuple[bytes, int, int]]:
        """The sheet's XML as whole-sheet documents, each holding a run of its rows, with where those
        rows start and end in it.

        Until the opening up to ``<sheetData>`` is found (as this app, Excel and LibreOffice write
        it), nothing is cut: a sheet written otherwise becomes one part, as if parsed whole.
        """
        opening = b""
        pending = bytearray()
        for piece in self._guard.sheet_bytes(self.name, cells_checked_by_caller=True):
            pending += piece
            if not opening:
                found = pending.find(_SHEET_DATA)
                if found < 0 or not _PLAIN_ROOT.match(pending):
                    continue
                opening = bytes(pending[:found + len(_SHEET_DATA)])
                del pending[:found + len(_SHEET_DATA)]
            while len(pending) >= PART_BYTES:
                end = pending.rfind(_ROW_END, 0, PART_BYTES)
                if end < 0:
                    end = pending.find(_ROW_END, PART_BYTES)  # a row longer than a part
                    if end < 0:
                        break
                cut = end + len(_ROW_END)
                yield _joined(opening, pending, cut, _CLOSING), len(opening), len(opening) + cut
                del pending[:cut]
        # The rest, with the sheet's own ending after its last row (none when nothing was cut).
        last_row = pending.rfind(_ROW_END) if opening else -1
        rows_end = len(opening) + (last_row + len(_ROW_END) if last_row >= 0 else 0)
        yield _joined(opening, pending, len(pending), b""), len(opening), rows_end


def _joined(opening: bytes, pending: bytearray, end: int, closing: bytes) -> bytes:
    """``opening + pending[:end] + closing`` copied once (the parts add up to the whole sheet), with
    ``pending`` free to be resized again on return."""
    with memoryview(pending) as view, view[:end] as rows:
        return b"".join((opening, rows, closing))


def _frame_parts(guard: WorkbookGuard) -> dict[str, bytes]:
    """Every part of a one-sheet workbook but the sheet itself, with this workbook's styles and dates."""
    frame = guard.frame
    date1904 = b' date1904="1"' if frame.date1904 else b""
    parts = {
        "[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               b'<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
                               b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>',
        "_rels/.rels": b'<Relationships xmlns="' + _PACKAGE_RELATIONSHIPS + b'"><Relationship Id="rId1" Type="'
                       + _RELATIONSHIPS + b'/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<workbook xmlns="' + _MAIN + b'" xmlns:r="' + _RELATIONSHIPS + b'"><workbookPr'
                           + date1904 + b'/><sheets><sheet name="' + _PART_NAME.encode()
                           + b'" sheetId="1" r:id="rId1"/></sheets></workbook>',
    }
    relations = b'<Relationship Id="rId1" Type="' + _RELATIONSHIPS + b'/worksheet" Target="worksheets/part.xml"/>'
    styles = guard.read_member(frame.styles) if frame.styles is not None else None
    if styles is not None:
        parts["xl/styles.xml"] = styles
        relations += b'<Relationship Id="rId2" Type="' + _RELATIONSHIPS + b'/styles" Target="styles.xml"/>'
    parts["xl/_rels/workbook.xml.rels"] = b'<Relationships xmlns="' + _PACKAGE_RELATIONSHIPS + b'">' + relations \
        + b"</Relationships>"
    return parts


def _parse(frame: dict[str, bytes], cells: CellPositions, sheet_xml: bytes, rows_start: int, rows_end: int) -> Any:
    """python-calamine's parse of one part, as a sheet of a workbook made for it (stored, not compressed),
    once the positions of its cells passed the guard's check."""
    cells.check_part(sheet_xml, rows_start, rows_end)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as workbook:
        for path, data in frame.items():
            workbook.writestr(path, data)
        workbook.writestr("xl/worksheets/part.xml", sheet_xml)
    buffer.seek(0)
    return CalamineWorkbook.from_filelike(buffer).get_sheet_by_name(_PART_NAME)
