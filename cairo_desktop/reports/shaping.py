"""Arabic shaping, right-to-left order and font runs for text reportlab will draw.

reportlab draws glyphs in the order given and does not join Arabic letters, so Arabic text is
reshaped (arabic-reshaper: contextual letter forms) and reordered for display (python-bidi), line
by line: lines are broken on the *logical* text first and reordered afterwards, otherwise a
wrapped right-to-left paragraph would start with its last words. :func:`paragraph` gives a
flowable that does this for the width it is finally laid out in.
"""

from __future__ import annotations

import re
from typing import Any
from unicodedata import bidirectional
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display as fast_display
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from cairo_desktop.reports.bidi_brackets import display as bracket_display
from cairo_desktop.reports.fonts import ARABIC, FontSet, font_runs, register_fonts


_MIRRORED = frozenset("()[]{}<>«»‹›")
# reportlab's Paragraph breaks lines at a narrow no-break space (the French thousands separator), which
# would print "4 824" at the end of a line and "675" on the next; a no-break space it keeps together.
_UNBREAKABLE = str.maketrans({"\u202f": "\u00a0"})
# Where a line may break: spaces and tabs, but not the no-break spaces of "4 824 675".
_SPACES = re.compile("[ \t\r\x0b\x0c]+")
# Direction marks steer the order and have no glyph to draw.
_NO_MARKS = str.maketrans("", "", "\u200e\u200f")


# The ranges of fonts.is_arabic as one pattern: a regex scan is many times faster than a loop per character,
# and every annex title goes through here.
_ARABIC = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def has_rtl(text: str) -> bool:
    return _ARABIC.search(text) is not None


def reads_right_to_left(text: str, page_rtl: bool) -> bool:
    """The direction of a person's own text: that of its first letter (UAX #9, rules P2-P3), else the page's.

    An Arabic description on an English page laid out left to right puts its Arabic runs in the
    wrong order around a Latin name ("... من IOM و UNHCR في ..." would be read from its end).
    """
    for char in text:
        kind = bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return page_rtl


def shaped(text: str) -> str:
    """Arabic letters in their joined (presentation) forms; other text unchanged."""
    return arabic_reshaper.reshape(text) if has_rtl(text) else text


def visual(text: str, rtl: bool) -> str:
    """One line of logical text in display order (shaped), for a right-to-left or left-to-right page."""
    if not has_rtl(text):
        return text  # a code, a path or a Latin name stays as written, even on an Arabic page
    base_dir = "R" if rtl else "L"
    if any(char in _MIRRORED for char in text):  # the Rust algorithm places brackets but does not mirror them
        line = bracket_display(shaped(text), base_dir)
    else:
        line = fast_display(shaped(text), base_dir=base_dir)
    return line.translate(_NO_MARKS)


def _family(style: ParagraphStyle) -> str:
    return style.fontName.removesuffix("-Bold")


def _font(family: str, bold: bool) -> str:
    return FontSet.bold(family) if bold else family


def unbreakable(text: str) -> str:
    """``text`` as a paragraph prints it: narrow no-break spaces become no-break spaces."""
    return text.translate(_UNBREAKABLE)


def markup(text: str, base: str, bold: bool = False) -> str:
    """Paragraph markup drawing each run of ``text`` (already in display order) with a font that has it."""
    return "".join(
        f'<font name="{_font(family, bold)}">{escape(unbreakable(piece))}</font>'
        for family, piece in font_runs(text, base)
    )


def text_width(text: str, base: str, size: float, bold: bool = False) -> float:
    return sum(stringWidth(piece, _font(family, bold), size) for family, piece in font_runs(text, base))


def break_lines(text: str, width: float, base: str, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap of logical (shaped) text to ``width`` points; explicit newlines are kept."""
    lines: list[str] = []
    for source_line in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for word in _SPACES.split(source_line):  # not at no-break spaces
            if not word:
                continue
            if current:
                # A space is drawn in the font of the run it follows (Latin spaces are wider than Arabic
                # ones), so it is measured with the previous character, as the paragraph will draw it.
                previous = current[-1][-1]
                step = text_width(previous + " " + word, base, size, bold) - text_width(previous, base, size, bold)
            else:
                step = text_width(word, base, size, bold)
            if current and used + step > width:
                lines.append(" ".join(current))
                current, used = [], 0.0
                step = text_width(word, base, size, bold)
            used += step
            current.append(word)
        lines.append(" ".join(current))
    return lines


class BidiParagraph(Flowable):
    """A paragraph with right-to-left (or mixed) text, wrapped to the width it is given."""

    def __init__(self, text: str, style: ParagraphStyle, rtl: bool, bold: bool = False,
                 own_direction: bool = False) -> None:
        super().__init__()
        self.text = shaped(text)
        self.style = style
        self.rtl = rtl
        self.order_rtl = reads_right_to_left(text, rtl) if own_direction else rtl
        self.bold = bold
        self._inner: Paragraph | None = None

    def _build(self, width: float) -> Paragraph:
        base = ARABIC if self.rtl or has_rtl(self.text) else _family(self.style)
        lines = break_lines(self.text, max(width - 1.0, 10.0), base, self.style.fontSize, self.bold)
        body = "<br/>".join(markup(visual(line, self.order_rtl), base, self.bold) for line in lines)
        return Paragraph(body, self.style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._inner = self._build(availWidth)
        return self._inner.wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        inner = self._inner or self._build(availWidth)
        return inner.split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._inner is not None
        self._inner.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter


def paragraph(text: str, style: ParagraphStyle, rtl: bool = False, bold: bool = False,
              own_direction: bool = False) -> Flowable:
    """A flowable for ``text``: a plain Paragraph for left-to-right text, else a :class:`BidiParagraph`.

    ``style.fontName`` must be a registered family (see fonts); its alignment is used as given
    (the report styles are already mirrored for Arabic, see :func:`aligned`).
    """
    register_fonts()
    if rtl or has_rtl(text):
        return BidiParagraph(text, style, rtl, bold, own_direction)
    lines = text.split("\n")
    return Paragraph("<br/>".join(markup(line, _family(style), bold) for line in lines), style)


def aligned(alignment: int, rtl: bool) -> int:
    """Mirror a left/right alignment for a right-to-left page (centre stays centre)."""
    if not rtl or alignment == TA_CENTER:
        return alignment
    return TA_RIGHT if alignment == TA_LEFT else TA_LEFT
