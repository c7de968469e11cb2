"""The annex as one flowable that draws its rows straight on the canvas, a page at a time.

A reportlab ``Table`` handles every cell as a general object (styles, spans, measuring, one text
object per string), which made the annex slower than a bare table. Annex rows are all alike: one
line, fixed height, cells already cut to their column (:mod:`annex_cells`). :class:`AnnexStream`
therefore pulls rows from an iterator only as pages need them (so a 100,000-row annex is never
in memory), splits itself at the page bottom, and draws each page's cells through one PDF text
object, switching fonts only between runs that need it. Every page repeats the header row.
"""

from __future__ import annotations

from itertools import islice
from typing import Any, Iterator, Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable

from cairo_desktop.reports.annex_cells import SIZE, Cell
from cairo_desktop.reports.styles import BAND, NAVY, RULE

PADDING = 3.0
HEADER_HEIGHT = SIZE * 1.3 + 6
ROW_HEIGHT = SIZE * 1.2 + 3
BASELINE = 3.0  # from a row's bottom; as a bottom-aligned one-line table cell with 1.5 pt padding
HEADER_BASELINE = 1.5 + SIZE * 1.3 - SIZE  # as the bottom-aligned header paragraph the table had
RULE_WIDTH = 0.25

Row = Sequence[Cell]


class AnnexLayout:
    """Column edges on the page (mirrored for Arabic) and where each cell's text starts."""

    def __init__(self, widths: Sequence[float], rtl: bool) -> None:
        self.widths = list(widths)
        self.total = sum(widths)
        self.rtl = rtl
        lefts, x = [], 0.0
        for width in widths:
            lefts.append(self.total - x - width if rtl else x)
            x += width
        self.lefts = lefts

    def text_x(self, column: int, cell: Cell) -> float:
        """Left end of the cell's text: after the left padding, or flush right in a right-to-left page."""
        if self.rtl:
            return self.lefts[column] + self.widths[column] - PADDING - cell.width
        return self.lefts[column] + PADDING


class AnnexStream(Flowable):
    """The rows of ``rows`` (an iterator, consumed lazily) as a table that continues over pages."""

    def __init__(self, layout: AnnexLayout, header: Row, rows: Iterator[Row], buffered: list[Row] | None = None,
                 final: bool = False) -> None:
        super().__init__()
        self.layout = layout
        self.header = header
        self._rows = rows
        self._buffer: list[Row] = buffered or []
        self._final = final  # True when this part holds all its rows in the buffer (a page's part)

    def _fill(self, wanted: int) -> None:
        """Read rows from the iterator until ``wanted`` are buffered (or the rows run out)."""
        if not self._final and len(self._buffer) < wanted:
            self._buffer.extend(islice(self._rows, wanted - len(self._buffer)))

    def _fitting(self, height: float) -> int:
        return max(int((height - HEADER_HEIGHT + 1e-6) // ROW_HEIGHT), 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        fitting = self._fitting(availHeight)
        self._fill(fitting + 1)  # one more row tells whether everything left fits here
        self.width = self.layout.total
        self.height = HEADER_HEIGHT + ROW_HEIGHT * len(self._buffer)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fitting = self._fitting(availHeight)
        if fitting == 0:
            return []  # not even one row under the header: start on the next page
        self._fill(fitting + 1)
        if len(self._buffer) <= fitting:
            return [self]
        page = AnnexStream(self.layout, self.header, iter(()), self._buffer[:fitting], final=True)
        rest = AnnexStream(self.layout, self.header, self._rows, self._buffer[fitting:], self._final)
        return [page, rest]

    def draw(self) -> None:
        canvas = self.canv
        layout = self.layout
        rows = self._buffer
        top = self.height - HEADER_HEIGHT
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, top, layout.total, HEADER_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(BAND)
        for index in range(1, len(rows), 2):  # every second row banded; the page is the white band
            canvas.rect(0, top - ROW_HEIGHT * (index + 1), layout.total, ROW_HEIGHT, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(RULE_WIDTH)
        canvas.lines([(0, y, layout.total, y) for y in (top - ROW_HEIGHT * (i + 1) for i in range(len(rows)))])
        self._draw_text(canvas, [(top + HEADER_BASELINE, self.header)], colors.white)
        self._draw_text(canvas, [(top - ROW_HEIGHT * (i + 1) + BASELINE, row) for i, row in enumerate(rows)],
                        colors.black)
        canvas.restoreState()

    def _draw_text(self, canvas: Any, lines: list[tuple[float, Row]], color: Any) -> None:
        """Every cell of ``lines`` in one text object; a font is set only where it changes."""
        text = canvas.beginText()
        text.setFillColor(color)
        font = ""
        text_x = self.layout.text_x
        for y, row in lines:
            for column, cell in enumerate(row):
                text.setTextOrigin(text_x(column, cell), y)
                for run in cell.runs:  # the runs follow each other: a PDF string advances the text position
                    if run.font != font:
                        font = run.font
                        text.setFont(font, SIZE)
                    text._textOut(run.text)
        canvas.drawText(text)
