"""The fonts shipped in ``resources/fonts``, made known to Qt for the window too.

The PDFs embed them, but the window draws with the system's fonts: on a computer without an Ethiopic
or Arabic font, an Amharic or Tigrinya title shows as boxes. Registering the shipped fonts gives Qt's
fallback a face for those scripts. It is done after the list's first paint (reading the files takes a
few milliseconds), and the list is refreshed when the services attach just after.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFontDatabase

from cairo_desktop import paths


@lru_cache(maxsize=1)
def register_bundled_fonts() -> tuple[str, ...]:
    """The families Qt now knows from the shipped fonts (once per process); a file Qt refuses is skipped."""
    families: list[str] = []
    for file in sorted(paths.resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(file))
        if font_id >= 0:
            families += [family for family in QFontDatabase.applicationFontFamilies(font_id) if family not in families]
    return tuple(families)
