"""Writing a package workbook with openpyxl's write-only mode.

The file is written next to its destination under a temporary name and renamed at the end, so a
USB stick pulled out mid-way leaves either nothing or a complete package. Every text value is
written as text (never a formula, never an error code), and texts that a spreadsheet would treat
as a formula get the quote-prefix style as well.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.datavalidation import DataValidation

from cairo_desktop.domain.i18n import RIGHT_TO_LEFT
from cairo_desktop.domain.revision import Revision
from cairo_desktop.errors import UserError
from cairo_desktop.output_files import write_atomically
from cairo_desktop.progress import Progress
from cairo_desktop.sync import columns as C
from cairo_desktop.sync.about import about_rows
from cairo_desktop.sync.canonical import SheetHasher
from cairo_desktop.sync.codes_sheet import WIDTHS, code_rows
from cairo_desktop.sync.guards import DEFAULT_LIMITS
from cairo_desktop.sync.package_plan import PackagePlan
from cairo_desktop.sync.signing import fingerprint

RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")
ABOUT_WIDTHS = (34, 90)
WRAPPED = Alignment(wrap_text=True, vertical="top")
LINE_HEIGHT = 15  # points: one line of the default 11-point font
MAX_DROPDOWN_ROW = 1_048_576


_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1e]")  # what XML 1.0 cannot hold, but U+001F


class _SheetWriter:
    """Appends rows to one write-only sheet, hashing the canonical values as it goes."""

    def __init__(self, workbook: Workbook, name: str, headers: Iterable[str] | None, widths: Iterable[int] = (),
                 hidden: bool = False, right_to_left: bool = False, wrap_beyond: int = 0) -> None:
        """``wrap_beyond`` (a column width) wraps longer texts within their cell, in a row made tall enough for
        them: spreadsheets do not size the rows of a written file by themselves."""
        self.sheet = workbook.create_sheet(name)
        self.wrap_beyond = wrap_beyond
        self.sheet.sheet_view.rightToLeft = right_to_left
        self.name = name
        self.written = 0  # rows appended, the header included
        self.hasher = SheetHasher()
        if hidden:
            self.sheet.sheet_state = "hidden"
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        if headers is not None:
            self.sheet.freeze_panes = "A2"
            bold = Font(bold=True)
            cells = []
            for header in headers:
                cell = WriteOnlyCell(self.sheet, header)
                cell.font = bold
                cells.append(cell)
            self.sheet.append(cells)
            self.written += 1
            self.hasher.add(headers)

    def append(self, values: list[Any]) -> None:
        text = self.hasher.add(values)
        # Refused here, before openpyxl: its own refusal comes from inside its sheet writer and leaves
        # that writer broken (it prints lxml errors when collected). The cells are joined by U+001F.
        # People rows hold validated codes and numbers only: not checking their 400,000 rows saves 0.2 s.
        if text and self.name != C.PEOPLE and (_UNSTORABLE.search(text) or text.count("\x1f") >= len(values)):
            raise IllegalCharacterError(f"a control character in sheet {self.name}")
        row: list[Any] = values
        for index, value in enumerate(values):
            if isinstance(value, str) and value and (value[0] in RISKY_START or value in ERROR_CODES):
                if row is values:
                    row = list(values)
                cell = WriteOnlyCell(self.sheet, value)
                cell.data_type = "s"
                cell.quotePrefix = True
                row[index] = cell
            elif self.wrap_beyond and isinstance(value, str) and len(value) > self.wrap_beyond:
                if row is values:
                    row = list(values)
                cell = WriteOnlyCell(self.sheet, value)
                cell.alignment = WRAPPED
                row[index] = cell
                lines = -(-len(value) // self.wrap_beyond)
                self.sheet.row_dimensions[self.written + 1].height = LINE_HEIGHT * lines
        self.sheet.append(row)
        self.written += 1


def _dropdowns(writer: _SheetWriter, cols: tuple[C.Column, ...], list_names: list[str], lists: dict[str, list[str]]) -> None:
    for index, column in enumerate(cols, start=1):
        if not column.choices or column.choices not in lists:
            continue
        list_column = get_column_letter(list_names.index(column.choices) + 1)
        last = len(lists[column.choices]) + 1
        validation = DataValidation(type="list", formula1=f"{C.LISTS}!${list_column}$2:${list_column}${last}",
                                    allow_blank=True)
        letter = get_column_letter(index)
        validation.add(f"{letter}2:{letter}{MAX_DROPDOWN_ROW}")
        writer.sheet.data_validations.append(validation)


def _data_sheet(workbook: Workbook, name: str, plan: PackagePlan, hidden: bool = False) -> _SheetWriter:
    cols = C.COLUMNS[name]
    writer = _SheetWriter(workbook, name, [c.header for c in cols], [c.width for c in cols], hidden)
    if not hidden:
        _dropdowns(writer, cols, list(plan.lists), plan.lists)
    return writer


def write_package(path: Path, plan: PackagePlan, private_hex: str, progress: Progress | None = None) -> Path:
    """Write, sign and atomically put the package at ``path``."""
    progress = progress or Progress()
    total = len(plan.heads) + len(plan.history) + len(plan.tombstones)
    _check_sheet_sizes(plan)
    written = write_atomically(path, lambda temporary: _write_workbook(temporary, plan, private_hex, progress),
                               C.PACKAGE_EXAMPLE)
    progress.report(total, total, "Package written")
    return written


def _check_sheet_sizes(plan: PackagePlan) -> None:
    """Refuse, before writing anything, a package with a sheet longer than a spreadsheet holds: no
    spreadsheet program could open it and every import would refuse it."""
    revisions = [revision.content or {} for revision in (*plan.heads, *plan.history)]
    rows = {C.PEOPLE: sum(len(content.get("people") or ()) for content in revisions),
            C.ORGANISATIONS: sum(len(content.get("organisations") or ()) for content in revisions),
            C.SYNC: len(plan.heads) + len(plan.history) + len(plan.tombstones)}
    limit = DEFAULT_LIMITS.max_rows - 1  # below the header
    for sheet, count in rows.items():
        if count > limit:
            raise UserError(f"This package would hold {count:,} rows on its sheet '{sheet}', more than a spreadsheet "
                            f"holds ({limit:,} below the header). Export one office at a time (--office), or only "
                            "what changed since the last export.")


def _write_workbook(temporary: Path, plan: PackagePlan, private_hex: str, progress: Progress) -> None:
    """The signed workbook at ``temporary``; on failure openpyxl's own per-sheet files are removed too."""
    workbook = Workbook(write_only=True)
    try:
        _write_sheets(workbook, plan, private_hex, progress)
        progress.check_cancelled()
        workbook.save(temporary)
    except BaseException:
        _discard(workbook)
        raise


def _write_sheets(workbook: Workbook, plan: PackagePlan, private_hex: str, progress: Progress) -> None:
    """Every sheet of the package, the manifest signed over the data sheets' hashes."""
    manifest = plan.manifest
    total = len(plan.heads) + len(plan.history) + len(plan.tombstones)
    about = _SheetWriter(workbook, C.ABOUT, None, ABOUT_WIDTHS, right_to_left=manifest.language in RIGHT_TO_LEFT,
                         wrap_beyond=ABOUT_WIDTHS[1])
    sheets = {name: _data_sheet(workbook, name, plan) for name in (C.ACTIVITIES, C.PEOPLE, C.ORGANISATIONS, C.DELETED)}
    lists = _SheetWriter(workbook, C.LISTS, list(plan.lists), [16] * len(plan.lists))
    _codes_sheet(workbook, manifest.language)
    sheets[C.HISTORY] = _data_sheet(workbook, C.HISTORY, plan, hidden=True)
    sheets[C.SYNC] = _data_sheet(workbook, C.SYNC, plan, hidden=True)
    done = 0
    try:
        for sheet_name, revisions in ((C.ACTIVITIES, plan.heads), (C.HISTORY, plan.history)):
            for revision in revisions:
                content = revision.content or {}
                aid, rev = revision.activity_id, revision.rev_id
                sheets[sheet_name].append(C.activity_cells(aid, revision.owner_office, rev, content))
                for row in C.people_cells(aid, rev, content):
                    sheets[C.PEOPLE].append(row)
                for row in C.organisation_cells(aid, rev, content):
                    sheets[C.ORGANISATIONS].append(row)
                sheets[C.SYNC].append(_sync_row(revision, sheet_name))
                done += 1
                if done % 2000 == 0:
                    progress.check_cancelled()
                    progress.report(done, total, "Writing the package")
        for revision, title in plan.tombstones:
            sheets[C.DELETED].append([revision.activity_id, revision.owner_office, title, revision.author,
                                      revision.created_at, revision.rev_id])
            sheets[C.SYNC].append(_sync_row(revision, C.DELETED))
    except IllegalCharacterError:
        raise UserError(
            f"Activity {revision.activity_id} contains an invisible control character that Excel cannot store. "
            "Edit the activity (retype its texts) and export again.") from None
    width = max(len(values) for values in plan.lists.values()) if plan.lists else 0
    for index in range(width):
        lists.append([values[index] if index < len(values) else None for values in plan.lists.values()])
    manifest.row_counts = {name: sheets[name].hasher.rows for name in C.DATA_SHEETS}
    manifest.sheet_hashes = {name: sheets[name].hasher.hexdigest() for name in C.DATA_SHEETS}
    manifest.sign(private_hex)
    for row in about_rows(manifest, len(plan.heads), len(plan.tombstones), total, fingerprint(manifest.public_key)):
        about.append(row)
    manifest_sheet = _SheetWriter(workbook, C.MANIFEST, None, (20, 80), hidden=True)
    for row in manifest.rows():
        manifest_sheet.append(row)


def _codes_sheet(workbook: Workbook, language: str) -> None:
    header, *rows = code_rows(language)
    codes = _SheetWriter(workbook, C.CODES, header, WIDTHS, right_to_left=language in RIGHT_TO_LEFT)
    for row in rows:
        codes.append(row)


def _discard(workbook: Workbook) -> None:
    """Finish and delete the temporary files openpyxl writes each sheet to, for an export that failed or
    was cancelled: otherwise they stay (hundreds of MB for a large package) until the program exits, and
    each unfinished sheet writer prints lxml errors when it is collected."""
    for sheet in workbook.worksheets:
        try:
            if not sheet.closed:
                sheet.close()
            if sheet._writer is not None:
                sheet._writer.cleanup()
        except Exception:  # noqa: BLE001 - already failing; openpyxl removes what is left when the program exits
            pass


def _sync_row(revision: Revision, sheet: str) -> list[Any]:
    return [revision.activity_id, revision.rev_id, " ".join(revision.parents), sheet,
            "yes" if revision.deleted else "no", revision.author, revision.office, revision.owner_office,
            revision.created_at]
