"""Reading a package workbook with python-calamine, after the guards in :mod:`guards` passed.

Returns the manifest and the canonical hash of each sheet as read, for the signature check, and
gives each data sheet's rows (cell values with their Excel row numbers) again on demand. Headers are
checked by name: a missing, renamed or unknown column is refused with the sheet and the column named.

Rows are not kept after the first pass: a 50,000-activity package holds millions of cells, and an
old laptop cannot hold them all as Python objects. The workbook stays open (python-calamine keeps
its file handle), so a second pass reads the very bytes the first pass checked and hashed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from python_calamine import CalamineError, CalamineWorkbook

from cairo_desktop.sync import columns as C
from cairo_desktop.sync.canonical import SheetHasher
from cairo_desktop.sync.guards import DEFAULT_LIMITS, Limits, PackageRefused, inspect_workbook
from cairo_desktop.sync.manifest import Manifest, manifest_from_rows

REQUIRED_SHEETS = (C.ACTIVITIES, C.SYNC, C.MANIFEST)


@dataclass
class RawPackage:
    label: str
    file_hash: str
    manifest: Manifest
    hashes: dict[str, str]
    counts: dict[str, int]
    workbook: CalamineWorkbook | None = None
    present: frozenset[str] = frozenset()  # data sheets the workbook has
    limits: Limits = DEFAULT_LIMITS

    def iter_rows(self, name: str) -> Iterator[tuple[int, list[Any]]]:
        """(Excel row number, cells by column) of each non-empty row below the header, read again."""
        if self.workbook is None or name not in self.present:
            return iter(())
        return _sheet_rows(self.workbook, name, self.label, self.limits, C.HEADERS[name], None)

    def rows(self, name: str) -> list[tuple[int, list[Any]]]:
        return list(self.iter_rows(name))

    def close(self) -> None:
        if self.workbook is not None:
            self.workbook.close()
            self.workbook = None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_package(path: Path, limits: Limits = DEFAULT_LIMITS) -> RawPackage:
    path = Path(path)
    label = path.name
    inspect_workbook(path, limits)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, Exception) as error:  # calamine raises several unrelated types
        raise PackageRefused(label, f"the workbook cannot be read ({type(error).__name__}: {str(error)[:200]}). "
                                    "Ask the sender to export it again.") from None
    try:
        names = set(workbook.sheet_names)
        missing = [name for name in REQUIRED_SHEETS if name not in names]
        if missing:
            raise PackageRefused(label, f"the sheet(s) {', '.join(repr(m) for m in missing)} are missing, so this is "
                                        "not a complete Cairo Desktop package (or a sheet was renamed or deleted). Ask "
                                        "the sender to export the package again.")
        manifest_rows = [cells for _, cells in _sheet_rows(workbook, C.MANIFEST, label, limits, None, None)]
        manifest = manifest_from_rows(manifest_rows, label)
        hashes: dict[str, str] = {}
        counts: dict[str, int] = {}
        present = set()
        for name in C.DATA_SHEETS:
            if name not in names:
                if name in (C.HISTORY, C.DELETED, C.PEOPLE, C.ORGANISATIONS):
                    hashes[name], counts[name] = "", 0
                    continue
            hasher = SheetHasher()
            for _ in _sheet_rows(workbook, name, label, limits, C.HEADERS[name], hasher):
                pass
            hashes[name], counts[name] = hasher.hexdigest(), hasher.rows
            present.add(name)
        file_hash = file_sha256(path)
    except BaseException:
        workbook.close()
        raise
    return RawPackage(label, file_hash, manifest, hashes, counts, workbook, frozenset(present), limits)


def _sheet_rows(workbook: CalamineWorkbook, name: str, label: str, limits: Limits, headers: tuple[str, ...] | None,
                hasher: SheetHasher | None) -> Iterator[tuple[int, list[Any]]]:
    """Check and yield the rows of one sheet below its header, feeding ``hasher`` when given."""
    try:
        sheet = workbook.get_sheet_by_name(name)
        start_row, start_col = sheet.start or (0, 0)
        iterator = sheet.iter_rows()
    except Exception as error:
        raise PackageRefused(label, f"the sheet cannot be read ({str(error)[:200]}).", sheet=name) from None
    count = 0
    header_seen = headers is None
    width = len(headers) if headers else 2
    for offset, cells in enumerate(iterator):
        number = start_row + offset + 1
        if start_col:
            cells = [""] * start_col + list(cells)
        for index, value in enumerate(cells):
            if isinstance(value, str) and len(value) > limits.max_cell_chars:
                raise PackageRefused(label, f"a cell holds {len(value):,} characters; a cell may hold at most "
                                            f"{limits.max_cell_chars:,}. Shorten it and save again.",
                                     sheet=name, row=number, field=_header(headers, index))
        if not any(value not in (None, "") for value in cells):
            continue
        if hasher is not None:
            hasher.add(cells)
        if not header_seen:
            _check_headers(label, name, [str(v).strip() for v in cells], headers, number)  # type: ignore[arg-type]
            header_seen = True
            continue
        for index in range(width, len(cells)):
            if cells[index] not in (None, ""):
                raise PackageRefused(label, "there is a value to the right of the last column; remove it (packages "
                                            "only carry the listed columns).", sheet=name, row=number,
                                     field=f"column {index + 1}")
        row = list(cells[:width])
        row.extend([""] * (width - len(row)))
        count += 1
        if count > limits.max_rows:
            raise PackageRefused(label, "the sheet has more rows than a package may hold. Split the export.", sheet=name)
        yield number, row
    if not header_seen:
        raise PackageRefused(label, "the sheet is empty; its header row is missing. Ask the sender to export the "
                                    "package again.", sheet=name)


def _header(headers: tuple[str, ...] | None, index: int) -> str:
    return headers[index] if headers and index < len(headers) else f"column {index + 1}"


def _check_headers(label: str, sheet: str, found: list[str], expected: tuple[str, ...], row: int) -> None:
    while found and found[-1] == "":
        found.pop()
    if found == list(expected):
        return
    missing = [h for h in expected if h not in found]
    extra = [h for h in found if h not in expected]
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"missing column(s) {', '.join(repr(h) for h in missing)}")
        if extra:
            parts.append(f"unknown column(s) {', '.join(repr(h) for h in extra)}")
        message = "; ".join(parts) + ". Keep the header row exactly as exported (do not rename, add or delete columns)."
    else:
        message = "the columns are in a different order than exported. Put them back in the original order."
    raise PackageRefused(label, message, sheet=sheet, row=row)
