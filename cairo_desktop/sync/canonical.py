"""Canonical cell values and the per-sheet hash that the manifest signs.

The signature covers *values*, not file bytes: a workbook merely opened and saved again by Excel or
LibreOffice (which rewrites the XML, drops empty cells, turns 25000.0 into 25000) still verifies,
while changing any value does not. The writer hashes what it writes and the reader hashes what
python-calamine gives back; both pass through :func:`canonical_cell` so they agree.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, time
from typing import Any, Iterable


def canonical_cell(value: Any) -> str:
    """One spelling per value: numbers without a useless ``.0``, dates as ISO, no CR line ends."""
    kind = type(value)
    if kind is str:
        return value.replace("\r\n", "\n") if "\r" in value else value
    if kind is float and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    if kind is date:  # every dated cell of a package, before the slower checks below
        return value.isoformat()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return value.replace("\r\n", "\n")
    return str(value)


# canonical_cell of the whole numbers 0 to 4095 as floats, as python-calamine gives every number back:
# most numbers in a package are counts of people, and a dict lookup costs a fifth of the call.
WHOLE_NUMBER_TEXT: dict[float, str] = {float(number): str(number) for number in range(4096)}


def canonical_row(values: Iterable[Any]) -> list[str]:
    """Canonical cells with trailing empty cells dropped (editors disagree on where a row ends)."""
    cells = [canonical_cell(value) for value in values]
    while cells and cells[-1] == "":
        cells.pop()
    return cells


class SheetHasher:
    """sha256 over the canonical non-empty rows of one sheet, fed row by row."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self.rows = 0

    def add(self, values: Iterable[Any]) -> str:
        """Hash one row; returns its canonical text (cells joined by U+001F, "" for an empty row)."""
        cells = canonical_row(values)
        if not cells:
            return ""
        self.rows += 1
        text = "\x1f".join(cells)
        self._hash.update(text.encode("utf-8", "surrogatepass"))
        self._hash.update(b"\x1e")
        return text

    def add_text(self, text: str) -> None:
        """Add a row already joined by U+001F from canonical cells, except that CRLF may remain.

        Equivalent to :meth:`add` on the row's cells: CRLF cannot span the separator, so
        replacing it in the joined text is the same as replacing it in each cell.
        """
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        self.rows += 1
        self._hash.update(text.encode("utf-8", "surrogatepass"))
        self._hash.update(b"\x1e")

    def add_texts(self, texts: list[str]) -> None:
        """:meth:`add_text` for many rows at once (one encode and one update)."""
        if texts:
            self.add_text("\x1e".join(texts))
            self.rows += len(texts) - 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()
