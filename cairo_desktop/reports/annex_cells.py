"""Annex cells as ready-to-draw font runs, cut to their column and remembered per distinct text.

An annex draws tens of thousands of rows, but few distinct strings: titles repeat, and actions,
statuses, offices, dates and small numbers repeat a lot. Each distinct (column, text) is therefore
shaped (Arabic), put in display order, split into font runs, measured and cut to its column once;
every later row with the same text reuses the result. The cache is per report and bounded.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reportlab.pdfbase.pdfmetrics import stringWidth

from cairo_desktop.reports.fonts import LATIN, FontSet, font_runs
from cairo_desktop.reports.shaping import reads_right_to_left, visual

SIZE = 7.5
ELLIPSIS = "…"
CACHE_LIMIT = 20_000  # distinct texts per column; a cache this size holds a few MB
# A saved title may hold tabs and line breaks; a one-line cell has no glyph for them (a box is printed).
_BREAKS = re.compile("[\t\n\r\x0b\x0c\x85\u2028\u2029]+")


class Run(NamedTuple):
    """One piece of a cell drawn by one font (display order); ``width`` in points at :data:`SIZE`."""

    font: str
    text: str
    width: float


class Cell(NamedTuple):
    """A cell's runs left to right on the page, and their total width."""

    runs: tuple[Run, ...]
    width: float


def fit(value: str, font: str, width: float) -> str:
    """``value`` cut with an ellipsis to fit ``width`` points in one font."""
    if len(value) * SIZE < width or stringWidth(value, font, SIZE) <= width:  # no glyph is wider than 1 em
        return value
    low, high = 0, len(value)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(value[:middle] + ELLIPSIS, font, SIZE) <= width:
            low = middle
        else:
            high = middle - 1
    return value[:low].rstrip() + ELLIPSIS


class CellMaker:
    """Turns cell texts into :class:`Cell` for one report language and a set of column widths."""

    def __init__(self, family: str, rtl: bool, rooms: list[float], own_direction: frozenset[int] = frozenset()) -> None:
        self.family = family
        self.rtl = rtl
        self.rooms = rooms
        self.own_direction = own_direction  # columns of people's texts, ordered in their own direction
        self._caches: list[dict[str, Cell]] = [{} for _ in rooms]
        self._bold_cache: dict[tuple[str, int], Cell] = {}

    def cell(self, column: int, value: str) -> Cell:
        """The body cell for ``value`` in ``column`` (cached)."""
        cache = self._caches[column]
        found = cache.get(value)
        if found is None:
            if len(cache) >= CACHE_LIMIT:
                cache.clear()
            found = cache[value] = self._make(value, self.rooms[column], False, column in self.own_direction)
        return found

    def header(self, column: int, value: str) -> Cell:
        """A header cell (bold); few and drawn once per page, so cached without a limit."""
        key = (value, column)
        found = self._bold_cache.get(key)
        if found is None:
            found = self._bold_cache[key] = self._make(value, self.rooms[column], True)
        return found

    def _make(self, value: str, room: float, bold: bool, own_direction: bool = False) -> Cell:
        value = _BREAKS.sub(" ", value).strip()
        if not value:
            return Cell((), 0.0)
        if value.isascii() and not bold and not self.rtl and self.family == LATIN:
            # The common case (Latin text on a left-to-right page): one run; the width is not needed
            # to place a left-aligned cell, so it is measured only when the text might not fit.
            text = fit(value, LATIN, room)
            return Cell((Run(LATIN, text, 0.0),), 0.0)
        rtl = reads_right_to_left(value, self.rtl) if own_direction else self.rtl
        cell = self._runs(value, bold, rtl)
        if cell.width <= room:
            return cell
        low, high = 0, len(value) - 1  # cut the logical text (binary search), then reorder and measure
        while low < high:
            middle = (low + high + 1) // 2
            if self._runs(value[:middle].rstrip() + ELLIPSIS, bold, rtl).width <= room:
                low = middle
            else:
                high = middle - 1
        return self._runs(value[:low].rstrip() + ELLIPSIS, bold, rtl)

    def _runs(self, value: str, bold: bool, rtl: bool) -> Cell:
        runs = []
        for family, piece in font_runs(visual(value, rtl), self.family):
            font = FontSet.bold(family) if bold else family
            runs.append(Run(font, piece, stringWidth(piece, font, SIZE)))
        return Cell(tuple(runs), sum(run.width for run in runs))
