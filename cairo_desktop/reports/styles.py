"""The look of every report: colours, paragraph styles and tables that mirror for Arabic.

One place decides sizes and colours so the summary and the activity sheet look like one family of
documents, and so a right-to-left report is the mirror image of a left-to-right one (columns
from the right, text aligned right) rather than an afterthought.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from cairo_desktop.reports.fonts import FontSet, base_family, register_fonts
from cairo_desktop.reports.shaping import aligned, paragraph, text_width, visual

NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2A7F8E")
GOLD = colors.HexColor("#C8963E")
RED = colors.HexColor("#B23A3A")
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#6B7280")
RULE = colors.HexColor("#C9D1DB")
BAND = colors.HexColor("#F2F5F8")
GAP = colors.HexColor("#FBEDEC")
CELL_PADDING = 6.0  # reportlab's default left and right cell padding
CELL_SIZE = 8.5
MIN_HEADER_SIZE = 6.0
SERIES = [colors.HexColor(c) for c in ("#1F3A5F", "#2A7F8E", "#C8963E", "#7A9E5B", "#B23A3A", "#8C6BB1", "#6B7280")]


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for one report language."""

    lang: str
    rtl: bool
    family: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    note: ParagraphStyle
    gap: ParagraphStyle

    def p(self, text: str, style: ParagraphStyle | None = None, bold: bool = False) -> Flowable:
        """A paragraph of ``text`` in this report's direction."""
        return paragraph(text, style or self.body, self.rtl, bold)

    def content(self, text: str, style: ParagraphStyle | None = None) -> Flowable:
        """A paragraph of a person's own text (a title, a description), ordered in its own direction."""
        return paragraph(text, style or self.body, self.rtl, own_direction=True)


def make_styles(lang: str) -> Styles:
    register_fonts()
    rtl = lang == "ar"
    family = base_family(lang)
    start = aligned(TA_LEFT, rtl)
    # Arabic glyphs are taller than Latin ones at the same size; give lines more room.
    lead = 1.45 if rtl else 1.3

    def style(name: str, size: float, color: Any = INK, bold: bool = False, align: int = start,
              before: float = 0, after: float = 4, heading: bool = False) -> ParagraphStyle:
        # A heading goes to the next page with what it heads rather than stay alone at a page's foot.
        return ParagraphStyle(name, fontName=FontSet.bold(family) if bold else family, fontSize=size,
                              leading=size * lead, textColor=color, alignment=align, spaceBefore=before,
                              spaceAfter=after, keepWithNext=int(heading))

    return Styles(
        lang=lang, rtl=rtl, family=family,
        title=style("title", 26, NAVY, True, after=10),
        subtitle=style("subtitle", 14, TEAL, after=18),
        h1=style("h1", 16, NAVY, True, before=10, after=8, heading=True),
        h2=style("h2", 11.5, NAVY, True, before=8, after=3, heading=True),
        body=style("body", 9.5),
        small=style("small", 8, GREY),
        cell=style("cell", 8.5, after=0),
        cell_bold=style("cell_bold", 8.5, bold=True, after=0),
        figure=style("figure", 16, NAVY, True, TA_CENTER, after=0),
        figure_label=style("figure_label", 8, GREY, align=TA_CENTER, after=0),
        note=style("note", 8, GREY, before=2, after=6),
        gap=style("gap", 9, RED, True, after=2),
    )


def data_table(styles: Styles, header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
               numeric: Sequence[int] = (), total_row: bool = False, highlight: Sequence[int] = ()) -> Table:
    """A banded table with a header; columns in ``numeric`` align to the end; mirrored for Arabic.

    Text cells become paragraphs (so long and Arabic text wraps and shapes); numbers stay strings.
    ``highlight`` lists body row indexes to tint as gaps.
    """
    rtl = styles.rtl
    end = "LEFT" if rtl else "RIGHT"
    start = "RIGHT" if rtl else "LEFT"

    fonts = register_fonts()
    number_style = ParagraphStyle("num", parent=styles.cell, alignment=end_align(rtl))

    def cell(value: Any, column: int, bold: bool) -> Any:
        if column in numeric and all(fonts.covers(styles.family, char) for char in str(value)):
            return value
        style = number_style if column in numeric else (styles.cell_bold if bold else styles.cell)
        return styles.p(str(value), style, bold)

    data: list[list[Any]] = [list(header)]
    for index, row in enumerate(rows):
        bold = total_row and index == len(rows) - 1
        data.append([cell(v, i, bold) for i, v in enumerate(row)])
    count = len(header)
    columns = list(range(count))
    if rtl:
        data = [list(reversed(row)) for row in data]
        widths = list(reversed(widths))
        columns = list(reversed(columns))
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.family, 8.5),
        ("FONT", (0, 0), (-1, 0), FontSet.bold(styles.family), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, -1), start),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, BAND]),
    ]
    for position, column in enumerate(columns):
        if column in numeric:
            commands.append(("ALIGN", (position, 0), (position, -1), end))
    header_style = ParagraphStyle("th", parent=styles.cell_bold, textColor=colors.white)
    header_end = ParagraphStyle("th-end", parent=header_style, alignment=end_align(rtl))
    for position, column in enumerate(columns):
        style = header_end if column in numeric else header_style
        label = str(header[column])
        data[0][position] = styles.p(label, _whole_words(style, label, widths[position] - 2 * CELL_PADDING, rtl), True)
    if total_row and rows:
        commands += [("FONT", (0, -1), (-1, -1), FontSet.bold(styles.family), 8.5),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY), ("BACKGROUND", (0, -1), (-1, -1), BAND)]
    for index in highlight:
        commands.append(("BACKGROUND", (0, index + 1), (-1, index + 1), GAP))
    for position, column in enumerate(columns):
        if column in numeric:
            values = [str(row[column]) for row in rows]
            size = _number_size(styles.family, values, widths[position] - 2 * CELL_PADDING, total_row)
            if size < CELL_SIZE:
                commands.append(("FONTSIZE", (position, 1), (position, -1), size))
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="RIGHT" if rtl else "LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _number_size(family: str, values: list[str], room: float, total_row: bool) -> float:
    """The size at which every figure of a numeric column fits it (the total row is bold).

    Figures are drawn as plain strings, which do not wrap: a total in the billions ran into the next
    column ("7,407,407,3905,925,925,969").
    """
    widest = max((stringWidth(value, FontSet.bold(family) if total_row and index == len(values) - 1 else family,
                              CELL_SIZE) for index, value in enumerate(values)), default=0.0)
    return CELL_SIZE if widest <= room else max(CELL_SIZE * room / widest, MIN_HEADER_SIZE)


def _whole_words(style: ParagraphStyle, label: str, room: float, rtl: bool) -> ParagraphStyle:
    """``style``, smaller if needed so that no word of ``label`` is wider than its column.

    reportlab breaks a word that does not fit inside it ("Destinati" over "on") in a narrow column.
    """
    family = style.fontName.removesuffix("-Bold")
    widest = max((text_width(visual(word, rtl), family, style.fontSize, True) for word in label.split()), default=0.0)
    if widest <= room - 1:
        return style
    size = max(style.fontSize * (room - 1) / widest, MIN_HEADER_SIZE)
    return ParagraphStyle(style.name + "-fit", parent=style, fontSize=size, leading=style.leading * size / style.fontSize)


def end_align(rtl: bool) -> int:
    return TA_LEFT if rtl else TA_RIGHT


def table_style(styles: Styles, commands: list[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells start in the report's (embedded) font, not reportlab's Helvetica."""
    return TableStyle([("FONT", (0, 0), (-1, -1), styles.family, 8.5)] + commands)


def label_value_table(styles: Styles, rows: Sequence[tuple[str, str | Flowable]], width: float, label_share: float,
                      padding: float, rule: float) -> Table:
    """Two columns, a bold label and its value, one ruled row each (mirrored for right-to-left).

    A value may be a ready flowable (a person's text in its own direction).
    """
    data = [[styles.p(label, styles.cell_bold, True), value if isinstance(value, Flowable) else styles.p(value, styles.cell)]
            for label, value in rows]
    widths = [width * label_share, width * (1 - label_share)]
    if styles.rtl:
        data = [row[::-1] for row in data]
        widths.reverse()
    table = Table(data, colWidths=widths, hAlign="RIGHT" if styles.rtl else "LEFT")
    table.setStyle(table_style(styles, [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), rule, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), padding), ("BOTTOMPADDING", (0, 0), (-1, -1), padding)]))
    return table
