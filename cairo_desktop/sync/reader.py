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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from python_calamine import CalamineError, CalamineWorkbook

from cairo_desktop.sync import columns as C
from cairo_desktop.sync.canonical import WHOLE_NUMBER_TEXT, SheetHasher, canonical_cell
from cairo_desktop.sync.guards import DEFAULT_LIMITS, Limits, PackageRefused, WorkbookGuard
from cairo_desktop.sync.manifest import Manifest, manifest_from_rows
from cairo_desktop.sync.prefetch import SheetPrefetcher
from cairo_desktop.sync.sheet_parts import SheetInParts, can_read_in_parts

# Every sheet the exporter writes with data: a package without one of them is not what was exported (a
# missing People sheet would empty the people counts of every activity, a missing _history would make
# its versions look new), even when a reason lets an unsigned package in.
REQUIRED_SHEETS = C.DATA_SHEETS + (C.MANIFEST,)
STREAM_ORDER = (C.SYNC, C.PEOPLE, C.ORGANISATIONS, C.ACTIVITIES, C.HISTORY, C.DELETED)  # as sync/stream.py reads


@dataclass
class RawPackage:
    label: str
    file_hash: str
    manifest: Manifest
    workbook: CalamineWorkbook | None = None
    present: frozenset[str] = frozenset()  # data sheets the workbook has
    limits: Limits = DEFAULT_LIMITS
    guard: WorkbookGuard | None = None  # scans each data sheet before python-calamine parses it
    _hashes: dict[str, str] | None = None
    _counts: dict[str, int] | None = None
    _prefetcher: SheetPrefetcher | None = None
    _in_parts: list[SheetInParts] = field(default_factory=list)  # sheets whose parts may still be parsing

    def prefetch(self, order: tuple[str, ...] = STREAM_ORDER, ahead: int = 1) -> None:
        """Load these sheets ``ahead`` at a time in the background, for a pass reading them in this order
        (a prefetch already started for the same order goes on, at least as far ahead as asked now)."""
        wanted = [name for name in order if name in self.present]
        if self._prefetcher is not None and self._prefetcher.order == tuple(wanted):
            self._prefetcher.widen(ahead)
            return
        self.stop_prefetch()
        if self.workbook is not None:
            self._prefetcher = SheetPrefetcher(self._open_sheet, wanted, ahead, self._scan)

    def stop_prefetch(self) -> None:
        if self._prefetcher is not None:
            self._prefetcher.close()
            self._prefetcher = None
        while self._in_parts:
            self._in_parts.pop().close()

    def _in_parts_wanted(self, name: str) -> bool:
        return self.guard is not None and can_read_in_parts(self.guard, name)

    def _scan(self, name: str) -> None:
        """The hostile-file scan of a sheet about to be parsed whole (one read in parts is scanned as read)."""
        if self.guard is not None and not self._in_parts_wanted(name):
            self.guard.scan_sheet(name)

    def _open_sheet(self, name: str) -> Iterable[Any]:
        """The parsed parts of the sheet ``name``: a large one a part at a time (:mod:`sheet_parts`), else whole."""
        if self._in_parts_wanted(name):
            parts = SheetInParts(self.guard, name)  # type: ignore[arg-type]
            self._in_parts.append(parts)
            return parts
        return (self.workbook.get_sheet_by_name(name),)  # type: ignore[union-attr]

    def _load(self, name: str) -> Iterable[Any]:
        if self._prefetcher is not None:
            return self._prefetcher.take(name)  # type: ignore[no-any-return]
        self._scan(name)
        return self._open_sheet(name)

    @property
    def hashes(self) -> dict[str, str]:
        """Canonical hash of each data sheet (a full checking pass over the workbook on first use)."""
        if self._hashes is None:
            self.check_sheets()
        return self._hashes  # type: ignore[return-value]

    @property
    def counts(self) -> dict[str, int]:
        if self._counts is None:
            self.check_sheets()
        return self._counts  # type: ignore[return-value]

    def check_sheets(self) -> None:
        """Check and hash every data sheet without keeping its rows; refuses like :func:`read_package`."""
        hashers = {name: SheetHasher() for name in C.DATA_SHEETS}
        for name, hasher in hashers.items():
            for _ in self.iter_rows(name, hasher):
                pass
        self.record_hashes(hashers)

    def record_hashes(self, hashers: dict[str, SheetHasher]) -> None:
        """Keep the hashes of a pass that read every data sheet (absent sheets hash to "")."""
        self._hashes = {name: hasher.hexdigest() if name in self.present else "" for name, hasher in hashers.items()}
        self._counts = {name: hasher.rows if name in self.present else 0 for name, hasher in hashers.items()}

    def iter_rows(self, name: str, hasher: SheetHasher | None = None) -> Iterator[tuple[int, list[Any]]]:
        """(Excel row number, cells by column) of each non-empty row below the header, checked.

        ``hasher`` is fed every non-empty row (the header too), so one pass can check, hash and use
        a sheet.
        """
        if self.workbook is None or name not in self.present:
            return iter(())
        return _sheet_rows(self._load, name, self.label, self.limits, C.HEADERS[name], hasher)

    def rows(self, name: str) -> list[tuple[int, list[Any]]]:
        return list(self.iter_rows(name))

    def close(self) -> None:
        self.stop_prefetch()
        if self.workbook is not None:
            self.workbook.close()
            self.workbook = None
        if self.guard is not None:
            self.guard.close()
            self.guard = None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_package(path: Path, limits: Limits = DEFAULT_LIMITS, check_sheets: bool = True) -> RawPackage:
    """Guard, open and read the manifest of a package; with ``check_sheets``, also check and hash
    every data sheet now (otherwise on first use of ``hashes``, or by a pass that feeds hashers)."""
    path = Path(path)
    label = path.name
    guard = WorkbookGuard(path, limits)  # the structure and small parts now, each data sheet before its parse
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, Exception) as error:  # calamine raises several unrelated types
        guard.close()
        detail = f"{type(error).__name__}: {str(error)[:200]}"
        raise PackageRefused(label, f"the workbook cannot be read ({detail}); it is damaged. Copy the file again, or "
                                    "ask the sender to export it again.", kind="unreadable",
                             values={"detail": detail}) from None
    try:
        names = set(workbook.sheet_names)
        missing = [name for name in REQUIRED_SHEETS if name not in names]
        if missing:
            raise PackageRefused(label, f"the sheet(s) {', '.join(repr(m) for m in missing)} are missing, so this is "
                                        "not a complete Cairo Desktop package (or a sheet was renamed or deleted). Ask "
                                        "the sender to export the package again.", kind="missing_sheets",
                                 values={"sheets": ", ".join(missing)})
        manifest_rows = [cells for _, cells in _sheet_rows(lambda name: (workbook.get_sheet_by_name(name),),
                                                           C.MANIFEST, label, limits, None, None)]
        manifest = manifest_from_rows(manifest_rows, label)
        raw = RawPackage(label, file_sha256(path), manifest, workbook,
                         frozenset(name for name in C.DATA_SHEETS if name in names), limits, guard)
        if check_sheets:
            raw.check_sheets()
    except BaseException:
        workbook.close()
        guard.close()
        raise
    return raw


def _sheet_rows(load: Callable[[str], Iterable[Any]], name: str, label: str, limits: Limits,
                headers: tuple[str, ...] | None, hasher: SheetHasher | None) -> Iterator[tuple[int, list[Any]]]:
    """Check and yield the rows of one sheet below its header, feeding ``hasher`` when given.

    Each row is turned into its canonical text once (:mod:`canonical`); that text serves the
    emptiness test, the cell-length guard (a row shorter than the limit cannot hold a longer
    cell) and the sheet hash, so no per-cell Python loop runs for an ordinary row.
    """
    count = 0
    header_seen = headers is None
    width = len(headers) if headers else 2
    max_chars = limits.max_cell_chars
    max_rows = limits.max_rows
    hashing, texts = hasher is not None, []  # rows are hashed a batch at a time
    whole = WHOLE_NUMBER_TEXT  # only floats are looked up: True == 1.0, but its text is "TRUE"
    for start_row, start_col, iterator in _parts(load, name, label):
        for offset, cells in enumerate(iterator):
            if start_col:
                cells = [""] * start_col + list(cells)
            canon = [value if type(value) is str else (whole.get(value) if type(value) is float else None)
                     or canonical_cell(value) for value in cells]
            while canon and not canon[-1]:
                canon.pop()
            if not canon:
                continue
            number = start_row + offset + 1
            text = "\x1f".join(canon)
            if len(text) > max_chars:
                _check_cell_lengths(cells, label, name, number, headers, max_chars)
            if hashing:
                texts.append(text)
                if len(texts) >= 1024:
                    hasher.add_texts(texts)  # type: ignore[union-attr]
                    texts.clear()
            if not header_seen:
                _check_headers(label, name, [str(v).strip() for v in cells], headers, number)  # type: ignore[arg-type]
                header_seen = True
                continue
            if len(canon) > width:
                index = next(i for i in range(width, len(canon)) if canon[i])
                raise PackageRefused(label, "there is a value to the right of the last column; remove it (packages "
                                            "only carry the listed columns).", sheet=name, row=number,
                                     field=f"column {index + 1}", kind="value_right", values={"column": index + 1})
            if len(cells) != width:
                cells = list(cells[:width])
                cells.extend([""] * (width - len(cells)))
            count += 1
            if count > max_rows:
                raise PackageRefused(label, "the sheet has more rows than a package may hold. Split the export.", sheet=name,
                                     kind="too_many_rows")
            yield number, cells
    if hashing:
        hasher.add_texts(texts)  # type: ignore[union-attr]
    if not header_seen:
        raise PackageRefused(label, "the sheet is empty; its header row is missing. Ask the sender to export the "
                                    "package again.", sheet=name, kind="empty_sheet")


def _parts(load: Callable[[str], Iterable[Any]], name: str, label: str) -> Iterator[tuple[int, int, Iterable[Any]]]:
    """(index of the first row given, first column, rows) of each parsed part of the sheet ``name`` (a
    sheet parsed whole is one part); a part that cannot be read is refused with the sheet named.

    python-calamine's ``iter_rows`` gives every row from the sheet's first (empty ones too) and the
    columns from the first used one; ``to_python`` gives both from the first used ones. A sheet
    starting on its first row is read row by row, as it may be large; a part further down (or a
    sheet whose first rows are empty) at once, as its empty rows above would all be given one by one.
    """
    try:
        for sheet in load(name):
            start_row, start_col = sheet.start or (0, 0)
            if start_row:
                yield start_row, start_col, sheet.to_python()
            else:
                yield 0, start_col, sheet.iter_rows()
    except PackageRefused:  # the sheet's scan, before its parse, refused it
        raise
    except Exception as error:
        detail = str(error)[:200]
        raise PackageRefused(label, f"the sheet cannot be read ({detail}); the file is damaged. Copy the file again, "
                                    "or ask the sender to export it again.", sheet=name, kind="sheet_unreadable",
                             values={"detail": detail}) from None


def _check_cell_lengths(cells: list[Any], label: str, name: str, number: int, headers: tuple[str, ...] | None,
                        max_chars: int) -> None:
    for index, value in enumerate(cells):
        if isinstance(value, str) and len(value) > max_chars:
            raise PackageRefused(label, f"a cell holds {len(value):,} characters; a cell may hold at most "
                                        f"{max_chars:,}. Shorten it and save again.",
                                 sheet=name, row=number, field=_header(headers, index), kind="huge_cell",
                                 values={"length": len(value), "limit": max_chars})


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
        kind = "columns_changed"
    else:
        message = "the columns are in a different order than exported. Put them back in the original order."
        kind = "columns_order"
    raise PackageRefused(label, message, sheet=sheet, row=row, kind=kind,
                         values={"missing": ", ".join(missing) or "—", "unknown": ", ".join(extra) or "—"})
