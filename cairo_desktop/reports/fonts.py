"""The fonts every report embeds, and which of them draws each character.

reportlab draws a string with one font and has no fallback, while a report mixes Latin (DejaVu
Sans), Arabic (Noto Sans Arabic) and Amharic/Tigrinya in Ethiopic script (Noto Sans Ethiopic).
The TTFs ship under ``resources/fonts`` so a report looks the same on every machine and never
depends on the fonts of the system; they are registered once, embedded (subset) in every PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cairo_desktop import paths
from cairo_desktop.errors import UserError

LATIN = "CairoLatin"
ARABIC = "CairoArabic"
ETHIOPIC = "CairoEthiopic"

_FILES = {
    LATIN: ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ARABIC: ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ETHIOPIC: ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
}


@dataclass(frozen=True)
class FontSet:
    """Registered font names and the characters each family covers."""

    coverage: dict[str, frozenset[int]]

    @staticmethod
    def bold(family: str) -> str:
        return family + "-Bold"

    def covers(self, family: str, char: str) -> bool:
        return ord(char) in self.coverage[family]


def is_arabic(char: str) -> bool:
    code = ord(char)
    return 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF \
        or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def is_ethiopic(char: str) -> bool:
    code = ord(char)
    return 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF or 0xAB00 <= code <= 0xAB2F


@lru_cache(maxsize=1)
def register_fonts() -> FontSet:
    """Register the shipped fonts with reportlab (once per process)."""
    coverage: dict[str, frozenset[int]] = {}
    for family, (regular, bold) in _FILES.items():
        faces = []
        for name, filename in ((family, regular), (FontSet.bold(family), bold)):
            path = paths.resource("fonts", filename)
            if not path.is_file():
                raise UserError(
                    f"The report font {filename} is missing from {path.parent}. Reinstall Cairo Desktop "
                    "(the fonts ship with it) and try again."
                )
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            faces.append(font)
        addMapping(family, 0, 0, family)
        addMapping(family, 1, 0, FontSet.bold(family))
        addMapping(family, 0, 1, family)
        addMapping(family, 1, 1, FontSet.bold(family))
        coverage[family] = frozenset(faces[0].face.charToGlyph)
    return FontSet(coverage)


def base_family(lang: str) -> str:
    """The font of the report's own language: Arabic for an Arabic report, Latin otherwise."""
    return ARABIC if lang == "ar" else LATIN


def family_for(char: str, current: str, fonts: FontSet) -> str:
    """The family that should draw ``char``, staying in ``current`` when it can (spaces, digits)."""
    if is_arabic(char):
        return ARABIC
    if is_ethiopic(char):
        return ETHIOPIC
    if char.isalpha():
        return LATIN if fonts.covers(LATIN, char) or not fonts.covers(current, char) else current
    if fonts.covers(current, char):
        return current
    return LATIN


_CHOICES: dict[tuple[str, str], str] = {}


def font_runs(text: str, base: str, fonts: FontSet | None = None) -> list[tuple[str, str]]:
    """Split ``text`` into (family, piece) runs so each piece is drawn by a font that has it."""
    fonts = fonts or register_fonts()
    choices = _CHOICES  # (char, current family) -> family; an annex calls this for every title
    runs: list[tuple[str, str]] = []
    current, start = base, 0
    for index, char in enumerate(text):
        family = choices.get((char, current))
        if family is None:
            family = choices[(char, current)] = family_for(char, current, fonts)
        if family != current:
            if index > start:
                runs.append((current, text[start:index]))
            current, start = family, index
    if start < len(text):
        runs.append((current, text[start:]))
    return runs


def dominant_family(text: str, base: str) -> str:
    """One family for a whole short string (chart labels, table cells drawn as plain strings)."""
    for char in text:
        if is_arabic(char):
            return ARABIC
        if is_ethiopic(char):
            return ETHIOPIC
    return base if base != ARABIC or not any(c.isalpha() for c in text) else LATIN
