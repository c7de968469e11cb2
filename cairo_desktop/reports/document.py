"""The page frame shared by every report: paper size, margins, running header and footer.

"Page 3 of 12" needs the page count before it is known; rather than keeping every page in memory
for a second pass (costly with a long annex), each footer draws a PDF form named ``page-total``
that the canvas defines once, when the document is saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Sequence

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from cairo_desktop.errors import UserError
from cairo_desktop.reports.fonts import FontSet, font_runs
from cairo_desktop.reports.shaping import text_width, visual
from cairo_desktop.reports.styles import GREY, NAVY, RULE, TEAL, Styles
from cairo_desktop.reports.texts import text

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm
TOTAL_FORM = "page-total"
TOTAL_BOX = 22.0  # points reserved for the page total
FOOTER_SIZE = 8.0
FOOTER_GAP = 8.0  # points between the footer text and "Page n of"
WIDEST_PAGE = 9999  # the footer leaves room for "Page 9999 of" on every page, so it is cut once, the same way
# On an Arabic page a right-to-left mark each side of the dot ends a Latin office name, so the day
# that follows stays with its month ("29 نوفمبر 2026") instead of joining the Latin run.
SEPARATOR = {False: " · ", True: "\u200f · \u200f"}


def page_size(name: str) -> tuple[float, float]:
    try:
        return PAGE_SIZES[name.strip().lower()]
    except KeyError:
        raise UserError(f"Unknown page size '{name}': use A4 or Letter.") from None


def draw_text(canvas: Any, x: float, y: float, value: str, base: str, size: float, anchor: str = "start",
              rtl: bool = False, bold: bool = False, color: Any = None) -> float:
    """Draw one line with the right font for each script; ``anchor`` is "start", "end" or "middle".

    "start" means the left edge on a left-to-right page and the right edge on an Arabic one.
    Returns the drawn width.
    """
    line = visual(value, rtl)
    width = text_width(line, base, size, bold)
    if anchor == "middle":
        left = x - width / 2
    elif (anchor == "start") != rtl:
        left = x
    else:
        left = x - width
    if color is not None:
        canvas.setFillColor(color)
    for family, piece in font_runs(line, base):
        font = FontSet.bold(family) if bold else family
        canvas.setFont(font, size)
        canvas.drawString(left, y, piece)
        left += canvas.stringWidth(piece, font, size)
    return width


class _TotalCanvas(Canvas):
    """Defines the page-total form (drawn in every footer) when the document is saved."""

    report_font = "CairoLatin"
    right_to_left = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Start every page in an embedded font, so no unembedded Helvetica is referenced.
        kwargs["initialFontName"] = self.report_font
        super().__init__(*args, **kwargs)

    def save(self) -> None:
        self.beginForm(TOTAL_FORM)
        self.setFont(self.report_font, 8)
        self.setFillColor(GREY)
        total = str(self._pageNumber - 1)
        if self.right_to_left:  # sits left of "صفحة 3 من", so it hugs the text from the left side
            self.drawRightString(TOTAL_BOX, 0, total)
        else:
            self.drawString(0, 0, total)
        self.endForm()
        super().save()


class ReportDocument(BaseDocTemplate):
    """A4/Letter document with a plain cover page and running header/footer on every other page."""

    def __init__(self, path: Path, styles: Styles, size: str, header: str, footer: Sequence[str],
                 progress: Callable[[int], None] | None = None, cover: bool = True) -> None:
        self.styles = styles
        self.header_text = header
        self.footer_parts = list(footer)
        self._footer_line: str | None = None
        self._progress = progress
        width, height = page_size(size)
        super().__init__(str(path), pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 6 * mm, bottomMargin=MARGIN + 4 * mm, title=header,
                         author=" · ".join(footer), creator="Cairo Desktop", lang=styles.lang)
        pads = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", **pads)
        first = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="cover", **pads)
        templates = [PageTemplate("cover", [first], onPage=self._cover_page),
                     PageTemplate("body", [frame], onPage=self._body_page)]
        self.addPageTemplates(templates if cover else templates[::-1])

    def _cover_page(self, canvas: Any, doc: Any) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canvas.setFillColor(TEAL)
        canvas.rect(0, height - 16 * mm, width, 2 * mm, stroke=0, fill=1)
        self._footer(canvas)
        canvas.restoreState()

    def _body_page(self, canvas: Any, doc: Any) -> None:
        width, height = self.pagesize
        styles = self.styles
        canvas.saveState()
        top = height - MARGIN + 2 * mm
        start, end = (width - MARGIN, MARGIN) if styles.rtl else (MARGIN, width - MARGIN)
        draw_text(canvas, start, top, self.header_text, styles.family, 8, "start", styles.rtl, True, NAVY)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
        self._footer(canvas)
        canvas.restoreState()
        if self._progress:
            self._progress(canvas.getPageNumber())

    def _footer(self, canvas: Any) -> None:
        width, _height = self.pagesize
        styles = self.styles
        y = MARGIN - 2 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y + 4 * mm, width - MARGIN, y + 4 * mm)
        page = text("page_of", styles.lang, page=canvas.getPageNumber())
        widest = visual(text("page_of", styles.lang, page=WIDEST_PAGE), styles.rtl)
        room = width - 2 * MARGIN - TOTAL_BOX - 3 - text_width(widest, styles.family, FOOTER_SIZE)
        footer = self._footer_text(room - FOOTER_GAP)
        if styles.rtl:
            # Arabic reads right to left: "صفحة 3 من" then the total, which therefore sits on the left.
            draw_text(canvas, MARGIN + TOTAL_BOX + 3, y, page, styles.family, FOOTER_SIZE, "end", True, color=GREY)
            self._total(canvas, MARGIN, y)
            draw_text(canvas, width - MARGIN, y, footer, styles.family, FOOTER_SIZE, "start", True, color=GREY)
        else:
            right = width - MARGIN - TOTAL_BOX
            draw_text(canvas, right - 3, y, page, styles.family, FOOTER_SIZE, "end", color=GREY)
            self._total(canvas, right, y)
            draw_text(canvas, MARGIN, y, footer, styles.family, FOOTER_SIZE, "start", color=GREY)

    def _footer_text(self, room: float) -> str:
        """The footer parts on one line that leaves room for the page number; the longest part is cut.

        A long office name otherwise ran over "Page n of N". Worked out once, for the widest page number.
        """
        if self._footer_line is None:
            parts, separator = self.footer_parts, SEPARATOR[self.styles.rtl]
            longest = max(range(len(parts)), key=lambda index: len(parts[index]))
            whole = parts[longest]

            def line(keep: int) -> str:
                cut = whole if keep >= len(whole) else whole[:keep].rstrip() + "…"
                return separator.join(parts[:longest] + [cut] + parts[longest + 1:])

            def fits(keep: int) -> bool:
                return text_width(visual(line(keep), self.styles.rtl), self.styles.family, FOOTER_SIZE) <= room

            low, high = 0, len(whole)
            while low < high:
                middle = (low + high + 1) // 2
                low, high = (middle, high) if fits(middle) else (low, middle - 1)
            self._footer_line = line(low)
        return self._footer_line

    @staticmethod
    def _total(canvas: Any, x: float, y: float) -> None:
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()

    def build_story(self, story: list[Any]) -> None:
        family, rtl = self.styles.family, self.styles.rtl

        class _Canvas(_TotalCanvas):
            report_font = family
            right_to_left = rtl

        self.build(story, canvasmaker=_Canvas)
