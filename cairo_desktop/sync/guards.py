"""Checks on a workbook file *before* any spreadsheet parser sees it.

A package comes from a USB stick or an email and is hostile until proven otherwise. A tiny file can
claim a billion cells, hide a gigabyte of zeros, define entities that expand without end, or carry
formulas whose cached values a reader would silently return as empty. This module opens the zip
itself, checks declared and real sizes, and scans the XML parts with cheap byte patterns (plus
defusedxml for the few parts it parses) so that python-calamine only ever reads bounded, plain data.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import re2
from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from cairo_desktop.errors import UserError
from cairo_desktop.sync import columns as C


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 512 * 1024 * 1024
    max_total_uncompressed: int = 1536 * 1024 * 1024
    max_member_uncompressed: int = 768 * 1024 * 1024
    max_ratio: int = 200  # compression ratio above which a big member is treated as a zip bomb
    max_rows: int = 1_048_576
    # With the 8 spare columns allowed, 1,048,576 rows (as many as Excel holds) of the People sheet.
    max_cells_per_sheet: int = 16_000_000
    max_cell_chars: int = 32_767


DEFAULT_LIMITS = Limits()
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")
_CELL_REF_BEFORE = re.compile(rb'r="([A-Z]{1,3})(\d{1,7})"')
_DIMENSION = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*?\bref="[A-Z]*\d*:?([A-Z]+)(\d+)"')
_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DECLARATION = re.compile(rb"(?:\xef\xbb\xbf)?\s*<\?xml[^>]*\?>")
# Patterns starting with a literal are searched many times faster than those above, which are tried at
# every "<". They only decide when the exact patterns must run, so the checks stay exactly as strict.
_FORMULA_HINT = re.compile(rb"<f[\s/>]")
# A formula or cell element with a namespace prefix (<x:f>, <x:c ...>), which the cell pattern of a sheet
# does not see; looked for only in data holding a ":" (the People sheet, the largest, holds none).
_PREFIXED_HINT = re.compile(rb":[cf][\s/>]")
_PREFIXED_CELL = re.compile(rb"<[A-Za-z_][\w.-]*:c(?=[\s/>])")
# Every attribute named r (with or without a prefix, in either quotes) of one cell's start tag.
_POSITION_ATTRIBUTE = re.compile(rb"""(?<![\w.:-])(?:[A-Za-z_][\w.-]*:)?r\s*=\s*(["'])(.*?)\1""", re.DOTALL)
_POSITION = re.compile(rb"([A-Z]{1,3})(\d{1,7})")
# How far past a cell's start its position is looked for: a start tag longer than this is not one
# that Excel, LibreOffice or this app writes.
LOOKAHEAD = 256
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
CHUNK = 1 << 20


class PackageRefused(UserError):
    """A package (or a row of it) cannot be imported; the message says where and what to do.

    The common refusals also carry a ``kind`` and their ``values``, so a window can word them in its
    own language (:meth:`as_data`); the message stays the English of the command line.
    """

    def __init__(self, file: str, message: str, sheet: str = "", row: int | None = None, field: str = "",
                 kind: str = "", values: dict[str, Any] | None = None) -> None:
        self.file, self.sheet, self.row, self.field, self.reason = file, sheet, row, field, message
        self.kind, self.values = kind, dict(values or {})
        where = [f"sheet '{sheet}'"] if sheet else []
        if row is not None:
            where.append(f"row {row}")
        if field:
            where.append(f"column '{field}'")
        super().__init__(f"{file}: {', '.join(where) + ': ' if where else ''}{message}")

    def as_data(self) -> dict[str, Any]:
        """The refusal as data: its kind, where, and its values; empty for a refusal without a kind."""
        if not self.kind:
            return {}
        return {"kind": self.kind, "file": self.file, "sheet": self.sheet, "row": self.row, "field": self.field,
                **self.values}


def column_number(letters: bytes | str) -> int:
    number = 0
    for char in letters if isinstance(letters, str) else letters.decode():
        number = number * 26 + ord(char) - 64
    return number


@dataclass(frozen=True)
class WorkbookFrame:
    """What a sheet needs around it to be read on its own, as in :mod:`sheet_parts`: the styles part (a
    cell's style makes a number a date), the date system, and whether cells refer to shared strings."""

    styles: str | None
    date1904: bool
    shared_strings: bool


def _sheet_paths(archive: zipfile.ZipFile, label: str) -> dict[str, str]:
    """Sheet name -> zip member, from workbook.xml and its relationships (parsed with defusedxml)."""
    return _structure(archive, label)[0]


def _structure(archive: zipfile.ZipFile, label: str) -> tuple[dict[str, str], WorkbookFrame]:
    """The sheets' zip members by name, and the workbook's frame."""
    try:
        workbook = SafeET.fromstring(archive.read("xl/workbook.xml"))
        rels = SafeET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        raise PackageRefused(label, "the workbook has no sheet list; it is not a complete Excel file. "
                                    "Ask the sender for the file again.", kind="damaged") from None
    except (DefusedXmlException, SafeET.ParseError):
        raise PackageRefused(label, "the workbook's structure contains forbidden XML (entity definitions) or "
                                    "is not well-formed; it was refused unread. Ask the sender to export it again.",
                             kind="entities") from None
    targets = {rel.get("Id"): _member_path(rel.get("Target", "")) for rel in rels}
    by_type = {rel.get("Type", "").rsplit("/", 1)[-1]: _member_path(rel.get("Target", "")) for rel in rels}
    result, date1904 = {}, False
    for element in workbook.iter():
        if element.tag.endswith("}sheet"):
            result[element.get("name", "")] = targets.get(element.get(_REL_NS), "xl/")
        elif element.tag.endswith("}workbookPr"):
            date1904 = element.get("date1904", "").lower() in ("1", "true")
    return result, WorkbookFrame(by_type.get("styles"), date1904, "sharedStrings" in by_type)


def _member_path(target: str) -> str:
    target = target.lstrip("/")
    return target if target.startswith("xl/") else f"xl/{target}"


def inspect_workbook(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse, with a reason a person understands, any file that is not a safe, bounded .xlsx."""
    guard = WorkbookGuard(path, limits)
    try:
        guard.scan_all()
    finally:
        guard.close()


class WorkbookGuard:
    """The checks of one workbook: the structure and every small part at once, each data sheet later.

    Scanning the data sheets is most of the checking (about 1.3 s for a 50,000-activity package).
    Each is scanned just before python-calamine parses it (:meth:`scan_sheet`), so the scan of one
    sheet overlaps the parse of another instead of coming before all parsing; a large sheet read in
    parts is scanned as its bytes are read (:meth:`sheet_bytes`), each part before its parse. Nothing
    that failed its scan is parsed. The zip stays open, so the sheets scanned are the bytes first checked.
    """

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
        self.label, self.limits = path.name, limits
        self._deferred: dict[str, zipfile.ZipInfo] = {}
        self.sheet_members: dict[str, zipfile.ZipInfo] = {}
        self.frame = WorkbookFrame(None, False, False)
        self._refused: dict[str, PackageRefused] = {}
        label = self.label
        if not path.is_file():
            raise PackageRefused(label, "the file does not exist or is not a file.", kind="missing_file")
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise PackageRefused(label, f"the file is {size // 2**20} MB, larger than any package should be "
                                        f"({limits.max_file_bytes // 2**20} MB). Ask the sender to split the export.",
                                 kind="too_big", values={"size": size // 2**20, "limit": limits.max_file_bytes // 2**20})
        if not zipfile.is_zipfile(path):
            raise PackageRefused(label, "this is not an Excel workbook (.xlsx), or it was cut short while copying. "
                                        "Copy the file again from the USB stick or email and retry.", kind="not_xlsx")
        with _as_refusal(label):
            self._archive = zipfile.ZipFile(path)
        try:
            with _as_refusal(label):
                self._check_structure()
        except BaseException:
            self.close()
            raise

    def _check_structure(self) -> None:
        archive, label = self._archive, self.label
        members = archive.infolist()
        _check_sizes(label, members, self.limits)
        by_path = {member.filename: member for member in members}
        if "[Content_Types].xml" not in by_path or "xl/workbook.xml" not in by_path:
            raise PackageRefused(label, "this zip file is not an Excel workbook (.xlsx). Choose the package file itself.",
                                 kind="not_xlsx")
        sheet_paths, self.frame = _structure(archive, label)
        # Each data sheet by name, whatever its part is called: python-calamine reads a sheet's part
        # through the relationships, so a sheet stored as "sheet3.dat" is XML all the same.
        self._deferred = {name: by_path[path] for name, path in sheet_paths.items()
                          if name in C.DATA_SHEETS and path in by_path}
        self.sheet_members = dict(self._deferred)
        now = {path for name, path in sheet_paths.items() if name not in self._deferred}  # e.g. _manifest
        later = {member.filename for member in self._deferred.values()} - now
        data_members = {member: name for name, member in sheet_paths.items() if name in C.COLUMNS or name == C.MANIFEST}
        # Every other part now, whatever it is called: the shared strings or styles may be named anything.
        for member in members:
            if member.filename not in later:
                _scan_member(archive, member, label, data_members.get(member.filename), self.limits)

    def scan_sheet(self, name: str) -> None:
        """Check the data sheet ``name`` once; a sheet that failed is refused again each time it is asked for."""
        if name in self._refused:
            raise self._refused[name]
        member = self._deferred.get(name)
        if member is None:
            return
        try:
            with _as_refusal(self.label):
                _scan_member(self._archive, member, self.label, name, self.limits)
        except PackageRefused as refusal:
            self._refused[name] = refusal
            raise
        del self._deferred[name]

    def sheet_bytes(self, name: str, cells_checked_by_caller: bool = False) -> Iterator[bytes | memoryview]:
        """The bytes of the data sheet ``name`` in order, each piece given out once it passed the checks
        :meth:`scan_sheet` makes (none again for a sheet already scanned).

        With ``cells_checked_by_caller`` the cells' positions are left out, and the caller checks each
        piece it makes with :meth:`cell_positions` before python-calamine parses it; the sheet is then
        not taken as scanned, since the caller may stop before checking every cell.
        """
        if name in self._refused:
            raise self._refused[name]
        member = self.sheet_members[name]
        if name not in self._deferred:
            with self._archive.open(member) as stream:
                yield from iter(lambda: stream.read(CHUNK), b"")
            return
        try:
            with _as_refusal(self.label):
                yield from checked_bytes(self._archive, member, self.label, name, self.limits,
                                         check_cells=not cells_checked_by_caller)
        except PackageRefused as refusal:
            self._refused[name] = refusal
            raise
        if not cells_checked_by_caller:
            self._deferred.pop(name, None)

    def cell_positions(self, name: str) -> CellPositions:
        """The check of the cells of the data sheet ``name``, for a caller reading it in parts."""
        return CellPositions(self.label, name, self.limits)

    def read_member(self, path: str) -> bytes | None:
        """A small part (the styles) as checked when the guard was made; None when the workbook lacks it."""
        try:
            return self._archive.read(path)
        except KeyError:
            return None

    def scan_all(self) -> None:
        for name in list(self._deferred):
            self.scan_sheet(name)

    def close(self) -> None:
        archive = getattr(self, "_archive", None)
        if archive is not None:
            archive.close()


@contextmanager
def _as_refusal(label: str) -> Iterator[None]:
    """Zip and decompression errors, worded for the person importing."""
    try:
        yield
    except zipfile.BadZipFile as error:
        raise PackageRefused(label, f"the workbook is damaged ({error}); perhaps the copy was interrupted. "
                                    "Copy the file again and retry.", kind="damaged") from None
    except (zlib.error, EOFError, OSError) as error:
        raise PackageRefused(label, f"the workbook cannot be decompressed ({error}); it is damaged. "
                                    "Copy the file again and retry.", kind="damaged") from None


def _check_sizes(label: str, members: list[zipfile.ZipInfo], limits: Limits) -> None:
    total = sum(member.file_size for member in members)
    if total > limits.max_total_uncompressed:
        raise PackageRefused(label, f"the workbook declares {total // 2**20} MB of content once unpacked, more than "
                                    f"the {limits.max_total_uncompressed // 2**20} MB allowed; it was refused unread "
                                    "(this is how 'zip bombs' look). Ask the sender to split the export.", kind="zip_bomb")
    for member in members:
        ratio = member.file_size / max(1, member.compress_size)
        if member.file_size > limits.max_member_uncompressed or (member.file_size > 8 * 2**20 and ratio > limits.max_ratio):
            raise PackageRefused(label, f"the part '{member.filename}' unpacks to {member.file_size // 2**20} MB from "
                                        f"{member.compress_size // 1024} KB; it was refused unread as a likely zip bomb. "
                                        "Ask the sender for a normally exported package.", kind="zip_bomb")


def _scan_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, label: str, sheet: str | None, limits: Limits) -> None:
    """Stream one XML part: real size, entity definitions, and for data sheets formulas and extent."""
    for _checked in checked_bytes(archive, member, label, sheet, limits):
        pass


def checked_bytes(archive: zipfile.ZipFile, member: zipfile.ZipInfo, label: str, sheet: str | None,
                  limits: Limits, check_cells: bool = True) -> Iterator[bytes | memoryview]:
    """The bytes of one XML part, in order, each piece only once every check that can see it passed
    (the cells' positions only with ``check_cells``).

    A cell is checked with the bytes after it at hand, so the last ``LOOKAHEAD`` bytes read wait for
    the next read before they are given out.
    """
    seen = 0
    tail = b""
    cells = CellPositions(label, sheet, limits) if sheet is not None else None
    in_preamble = True
    declaration_end = 0  # the XML declaration may open the part; it is the one processing instruction allowed
    with archive.open(member) as stream:
        while True:
            chunk = stream.read(CHUNK)
            seen += len(chunk)
            if seen > member.file_size or seen > limits.max_member_uncompressed:
                raise PackageRefused(label, f"the part '{member.filename}' unpacks to more than it declares; refused "
                                            "as a likely zip bomb. Ask the sender for a normally exported package.",
                                     kind="zip_bomb")
            data = tail + chunk
            if cells is None:
                if _DOCTYPE.search(data):
                    _refuse_entities(label, member)
            else:
                if seen == len(chunk):
                    declared = _DECLARATION.match(data)
                    declaration_end = declared.end() if declared else 0
                _check_markup(label, member, cells.sheet, data, max(0, declaration_end - (seen - len(data))))
                prefixed = _may_hold_prefixed(data, 0, len(data))
                formula = _FORMULA.search(data) if prefixed or _FORMULA_HINT.search(data) else None
                if formula:
                    _refuse_formula(label, cells.sheet, data[:formula.start()])
                if in_preamble:  # python-calamine reads <dimension> only before <sheetData>
                    dimension = _DIMENSION.search(data) if b"dimension" in data else None
                    if dimension:
                        _check_extent(label, cells.sheet, int(dimension.group(2)), column_number(dimension.group(1)),
                                      limits, "claims")
                    in_preamble = b"sheetData" not in data
                # Each cell start is checked once: in the data that will not be the next tail (all of it at the
                # end), so that LOOKAHEAD bytes past it are always at hand.
                if check_cells:
                    cells.check(data, len(data) - LOOKAHEAD if chunk else len(data), prefixed)
            if not chunk:
                if data:
                    yield data
                break
            tail = data[-LOOKAHEAD:]
            if len(data) > LOOKAHEAD:
                yield memoryview(data)[:-LOOKAHEAD]  # not a copy: the reader copies what it keeps


def _may_hold_prefixed(data: bytes, start: int, end: int) -> bool:
    """Whether ``data[start:end]`` may hold a formula or cell element with a namespace prefix (the colon
    is looked for first: most data holds none)."""
    return data.find(b":", start, end) >= 0 and _PREFIXED_HINT.search(data, start, end) is not None


def _refuse_entities(label: str, member: zipfile.ZipInfo) -> None:
    raise PackageRefused(label, f"the part '{member.filename}' defines XML entities (a known attack, "
                                "'billion laughs'); it was refused unread. Do not open this file; ask the sender.",
                         kind="entities")


def _check_markup(label: str, member: zipfile.ZipInfo, sheet: str, data: bytes, declaration_end: int) -> None:
    """A data sheet holds elements and text only: no entity definitions, comments, CDATA sections or
    processing instructions but the XML declaration (which ends at ``declaration_end`` in ``data``).
    Excel and LibreOffice write none, and without them every ``</row>`` in the bytes ends a row, so a
    sheet can be cut into parts there."""
    markup = _tag_starting_with(data, b"!")
    if markup >= 0:
        if _DOCTYPE.match(data, markup):
            _refuse_entities(label, member)
        _refuse_markup(label, sheet)
    if _tag_starting_with(data, b"?", declaration_end) >= 0:
        _refuse_markup(label, sheet)


def _tag_starting_with(data: bytes, mark: bytes, start: int = 0) -> int:
    """Where ``<`` + ``mark`` first occurs in ``data`` from ``start``, or -1. The mark is looked for
    first: a single rare byte is found many times faster than a pair starting with the common ``<``."""
    found = data.find(mark, start + 1)
    while found >= 0:
        if data[found - 1] == 0x3C:  # "<"
            return found - 1
        found = data.find(mark, found + 1)
    return -1


def _refuse_markup(label: str, sheet: str) -> None:
    raise PackageRefused(label, "the sheet holds XML comments, CDATA sections or processing instructions, which Excel "
                                "and LibreOffice never write, so the file was changed by another program. It was "
                                "refused unread. Open it in Excel or LibreOffice, save it, and import it again; or ask "
                                "the sender to export it again.", sheet=sheet, kind="xml_markup")


class CellPositions:
    """Where python-calamine will put each cell of a data sheet, checked against the sheet's limits.

    python-calamine places a cell at its ``r`` attribute when it has one, else one column right of
    the cell before it (a row's ``r`` only counts for cells without one), and sizes the sheet it
    returns to the farthest cell. So one cell with a far position, or a row of cells without any,
    makes it allocate without bound. Every cell must therefore carry a position within the sheet's
    limits. The cells Excel, LibreOffice and this app write (``<c r="B7" s="1" t="n">``: a single
    column letter, a row within the limit, then only a style and a type) are recognised by one
    pattern; anything else is examined whole.

    A part of a sheet read in parts (:mod:`sheet_parts`) is checked on the thread that parses it
    (:meth:`check_part`): rows exactly as this app writes them are recognised whole by RE2, which
    matches without holding the GIL, so the reading thread goes on meanwhile. Rows written otherwise
    get the same check as a sheet read whole.
    """

    def __init__(self, label: str, sheet: str, limits: Limits) -> None:
        self.label, self.sheet, self.limits = label, sheet, limits
        self.width = len(C.HEADERS.get(sheet, ("key", "value"))) + 8
        self.max_row = min(limits.max_rows, limits.max_cells_per_sheet // self.width)
        row_numbers = _row_numbers_up_to(self.max_row)
        # The whole start tag: python-calamine takes the last of two r attributes.
        self.unusual = re.compile(rb'<c(?! r="[A-Z]' + row_numbers + rb'"' + _USUAL_ATTRIBUTES
                                  + rb'/?>)(?=[\s/>])')
        self.usual_rows = _usual_rows(row_numbers) if row_numbers != _NO_ROW_NUMBER else None

    def check(self, data: bytes, end: int, prefixed: bool = True, start: int = 0) -> None:
        """Check the cells starting in ``data[start:end]``; ``prefixed`` False says that part holds no
        element with a namespace prefix."""
        for match in self.unusual.finditer(data, start, end):
            self._check_cell(data, match.start())
        if prefixed:
            for match in _PREFIXED_CELL.finditer(data, start, end):
                self._check_cell(data, match.start())

    def check_part(self, xml: bytes, rows_start: int, rows_end: int) -> None:
        """Check every cell of one part of a sheet, whose rows are ``xml[rows_start:rows_end]``.

        Rows exactly as this app writes them hold only cells with a position the pattern of
        :attr:`unusual` accepts, so only the bytes around them are checked cell by cell.
        """
        usual = self.usual_rows is not None and self.usual_rows.fullmatch(xml, rows_start, rows_end) is not None
        for start, end in ((0, rows_start), (rows_end, len(xml))) if usual else ((0, len(xml)),):
            self.check(xml, end, _may_hold_prefixed(xml, start, end), start)

    def _check_cell(self, data: bytes, start: int) -> None:
        close = data.find(b">", start, start + LOOKAHEAD)
        positions = _POSITION_ATTRIBUTE.findall(data, start, close) if close >= 0 else []
        if not positions:
            self._refuse_position()
        for _quote, position in positions:
            found = _POSITION.fullmatch(position)
            if found is None:
                self._refuse_position()
            letters, row = found.groups()
            _check_extent(self.label, self.sheet, int(row), column_number(letters), self.limits, "uses")

    def _refuse_position(self) -> None:
        raise PackageRefused(self.label, "a cell of this sheet has no position, or a damaged one; Excel and LibreOffice "
                                         "always write one, so the file was changed by another program. It was refused "
                                         "unread. Open it in Excel or LibreOffice, save it, and import it again; or ask "
                                         "the sender to export it again.", sheet=self.sheet, kind="cell_position")


# The attributes that may follow the position in a cell's start tag as Excel, LibreOffice and this app write it.
_USUAL_ATTRIBUTES = rb'(?: s="\d{1,5}")?(?: t="[a-zA-Z]{1,9}")?'
_NO_ROW_NUMBER = b"(?!)"
_LATIN1 = re2.Options()
_LATIN1.encoding = re2.Options.Encoding.LATIN1  # one byte, one character: any bytes can be matched


def _usual_rows(row_numbers: bytes) -> Any:
    """RE2 for a run of whole rows as this app writes them: plain row tags, and cells with a usual
    start tag (:attr:`CellPositions.unusual` accepts it) holding a value or an inline text.

    Every ``<`` in such rows opens one of these tags (values, texts and attributes hold none), so a
    run it matches holds no other cell start, with or without a namespace prefix."""
    cell = (rb'<c r="[A-Z]' + row_numbers + rb'"' + _USUAL_ATTRIBUTES
            + rb'(?:/>|>(?:<v>[^<]*</v>|<is><t(?: xml:space="preserve")?>[^<]*</t></is>)?</c>)')
    row = rb'<row r="\d{1,7}"(?: [a-zA-Z]{1,20}="[^"<]*")*>(?:' + cell + rb')*</row>'
    return re2.compile(b"(?:" + row + b")*", options=_LATIN1)


def _row_numbers_up_to(limit: int) -> bytes:
    """A pattern for the row numbers 1 to about ``limit`` that needs no arithmetic: fewer digits than
    ``limit`` has, or as many with a smaller first digit. Rows above that are checked one by one."""
    digits, first = len(str(limit)), int(str(limit)[0])
    alternatives = [rb"[1-9]\d{0,%d}" % (digits - 2)] if digits > 1 else []
    if first > 1:
        alternatives.append(rb"[1-%d]\d{%d}" % (first - 1, digits - 1))
    return b"(?:" + b"|".join(alternatives) + b")" if alternatives else _NO_ROW_NUMBER


def _check_extent(label: str, sheet: str, rows: int, cols: int, limits: Limits, verb: str) -> None:
    width = len(C.HEADERS.get(sheet, ("key", "value"))) + 8
    if cols > width:
        raise PackageRefused(label, f"the sheet {verb} {cols} columns; a package sheet has at most {width}. Remove the "
                                    "extra columns (or cells far to the right) and save again.", sheet=sheet,
                             kind="too_many_columns", values={"count": cols, "limit": width})
    if rows > limits.max_rows or rows * width > limits.max_cells_per_sheet:
        raise PackageRefused(label, f"the sheet {verb} {rows:,} rows, more than a package may hold; it was refused "
                                    "unread. Split the export into smaller packages.", sheet=sheet, kind="too_many_rows")


def _refuse_formula(label: str, sheet: str, before: bytes) -> None:
    refs = _CELL_REF_BEFORE.findall(before[-4096:])
    if refs:
        letters, row = refs[-1]
        headers = C.HEADERS.get(sheet, ())
        index = column_number(letters) - 1
        field = headers[index] if 0 <= index < len(headers) else letters.decode()
        raise PackageRefused(label, f"cell {letters.decode()}{row.decode()} holds a formula; packages carry values "
                                    "only. Replace the formula by its value (copy, paste as values) and save again.",
                             sheet=sheet, row=int(row), field=field, kind="formula",
                             values={"cell": f"{letters.decode()}{row.decode()}"})
    raise PackageRefused(label, "a cell holds a formula; packages carry values only. Replace formulas by their "
                                "values and save again.", sheet=sheet, kind="formula", values={"cell": ""})
