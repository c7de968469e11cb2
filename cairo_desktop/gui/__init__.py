"""The desktop window (PySide6). The only package that imports Qt.

Importing it protects ``None`` from a PySide6 reference-count bug first (see ``none_refcount``),
because any Qt call made afterwards could otherwise contribute to an abort hours later.
"""

from cairo_desktop.gui.none_refcount import protect_none

protect_none()
