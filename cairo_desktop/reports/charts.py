"""Charts of the summary, drawn with reportlab.graphics shapes.

A horizontal bar chart, stacked by series, is all the summary needs (activities per domain by
status, people reached per age band by sex, approach coverage). Drawing it from shapes rather than
with reportlab's chart classes lets every label use the font of its script and lets an Arabic
chart be the mirror image of an English one: labels on the right, bars growing to the left.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from cairo_desktop.reports import formatting
from cairo_desktop.reports.fonts import FontSet, font_runs
from cairo_desktop.reports.shaping import text_width, visual
from cairo_desktop.reports.styles import BAND, GREY, INK, RULE, SERIES, Styles


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float]


class _Canvas:
    """Places text runs into a Drawing, mirrored for right-to-left charts."""

    def __init__(self, drawing: Drawing, width: float, styles: Styles) -> None:
        self.drawing = drawing
        self.width = width
        self.styles = styles

    def x(self, left: float, span: float = 0.0) -> float:
        return self.width - left - span if self.styles.rtl else left

    def text(self, left: float, y: float, value: str, size: float, anchor: str = "start", color: Any = INK,
             bold: bool = False, max_width: float | None = None) -> None:
        """``left`` is measured from the chart's reading start; ``anchor`` as in the reading direction."""
        base = self.styles.family
        if max_width is not None:
            value = _ellipsis(value, base, size, bold, max_width)
        line = visual(value, self.styles.rtl)
        width = text_width(line, base, size, bold)
        start = {"start": left, "end": left - width, "middle": left - width / 2}[anchor]
        x = self.x(start, width)
        for family, piece in font_runs(line, base):
            font = FontSet.bold(family) if bold else family
            self.drawing.add(String(x, y, piece, fontName=font, fontSize=size, fillColor=color))
            x += text_width(piece, family, size, bold)

    def rect(self, left: float, y: float, width: float, height: float, color: Any) -> None:
        self.drawing.add(Rect(self.x(left, width), y, width, height, fillColor=color, strokeColor=None))


def _ellipsis(value: str, base: str, size: float, bold: bool, max_width: float) -> str:
    if text_width(visual(value, False), base, size, bold) <= max_width:
        return value
    while value and text_width(visual(value + "…", False), base, size, bold) > max_width:
        value = value[:-1]
    return value.rstrip() + "…"


def bar_chart(styles: Styles, title: str, categories: Sequence[str], series: Sequence[Series], width: float,
              percent: bool = False, value_text: Sequence[str] | None = None) -> Drawing:
    """Horizontal bars, one per category, stacked by series, with a legend when there are several series.

    ``value_text`` (one per category) is written at the end of each bar; by default the bar's total.
    """
    bar, gap, label_width = 13.0, 7.0, min(170.0, width * 0.36)
    legend_rows = 0 if len(series) < 2 else 1 + len(series) // 5
    head = 22.0 if title else 6.0
    height = head + len(categories) * (bar + gap) + legend_rows * 14 + 6
    drawing = Drawing(width, height, initialFontName=styles.family)  # no stray Helvetica
    canvas = _Canvas(drawing, width, styles)
    if title:
        canvas.text(0, height - 12, title, 10, bold=True, color=INK)
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    scale_max = 100.0 if percent else max(totals + [1])
    plot_left, plot_width = label_width + 8, width - label_width - 8 - 46
    top = height - head - 4
    for index, category in enumerate(categories):
        y = top - index * (bar + gap) - bar
        canvas.text(label_width, y + 3.5, category, 8, anchor="end", max_width=label_width)
        canvas.rect(plot_left, y, plot_width, bar, BAND)
        left = plot_left
        for number, one in enumerate(series):
            span = plot_width * one.values[index] / scale_max if scale_max else 0
            if span > 0:
                canvas.rect(left, y, span, bar, SERIES[number % len(SERIES)])
            left += span
        label = value_text[index] if value_text else formatting.number(totals[index], styles.lang)
        canvas.text(left + 4, y + 3.5, label, 8, color=GREY)
    drawing.add(Line(canvas.x(plot_left), top + 2, canvas.x(plot_left), top - len(categories) * (bar + gap) + gap,
                     strokeColor=RULE, strokeWidth=0.8))
    if legend_rows:
        y, left = 6 + (legend_rows - 1) * 14, plot_left
        for number, one in enumerate(series):
            size = text_width(visual(one.label, styles.rtl), styles.family, 7.5) + 24
            if left + size > width:
                y, left = y - 14, plot_left
            canvas.rect(left, y, 9, 9, SERIES[number % len(SERIES)])
            canvas.text(left + 13, y + 1.5, one.label, 7.5)
            left += size
    return drawing
