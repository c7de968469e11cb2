"""Opening the packages of one import call, the next one while the current one is written.

A coordinator imports many office packages at once. Each is imported in its own transaction, one
after the other; while SQLite writes one (without the GIL), python-calamine can parse the next one
(also without the GIL). Only small packages are read ahead, so two large ones are never in memory
together.
"""

from __future__ import annotations

from pathlib import Path

from cairo_desktop.errors import UserError
from cairo_desktop.sync.reader import STREAM_ORDER, RawPackage, read_package

READ_AHEAD_BYTES = 4 * 2**20  # about 5,000 activities


def open_package(path: str | Path) -> RawPackage | UserError:
    """The package guarded and opened, its sheets not read yet; or why it is refused."""
    try:
        raw = read_package(Path(path), check_sheets=False)  # the streamed import checks them as it reads
    except UserError as error:
        return error
    raw.prefetch(STREAM_ORDER)  # the first sheet parses while trust is decided
    return raw


def read_ahead(path: str | Path) -> RawPackage | UserError | None:
    """Open a small next package now and parse its sheets in the background while this one is written
    (SQLite and python-calamine both work without the GIL). Large packages wait their turn: two of them
    parsed at once would double the memory an import needs."""
    try:
        if Path(path).stat().st_size > READ_AHEAD_BYTES:
            return None
    except OSError:
        return None
    opened = open_package(path)
    if isinstance(opened, RawPackage):
        opened.prefetch(STREAM_ORDER, ahead=len(STREAM_ORDER))
    return opened
