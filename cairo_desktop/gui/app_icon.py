"""The application icon, in its own small module: the window needs it before anything else is loaded."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from cairo_desktop import paths


def app_icon() -> QIcon:
    """The application icon in every size shipped (resources/icons/app)."""
    icon = QIcon()
    for file in sorted(paths.resource("icons", "app").glob("cairo-desktop-*.png")):
        icon.addFile(str(file))
    return icon
