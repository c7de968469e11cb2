"""Entry script of the PyInstaller bundle: the same ``main`` as the ``cairo-desktop`` command.

On Linux it first gives back to programs the app starts the environment the user started it with
(``restore_child_environment``).
"""

from __future__ import annotations

import os
import sys
from typing import MutableMapping

from cairo_desktop.__main__ import main

LIBRARY_PATH = "LD_LIBRARY_PATH"
# Set by PyInstaller's PySide6 hook to the bundled Qt; this Qt finds its plugins without them (its
# prefix follows the bundled QtCore library), and the dist-test self-test opens the window without them.
QT_VARIABLES = ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH")


def restore_child_environment(environ: MutableMapping[str, str]) -> None:
    """Take the bundle's own settings out of ``environ``, which every program the app starts inherits.

    The launcher puts ``_internal`` on ``LD_LIBRARY_PATH`` (keeping the user's value, if any, as
    ``LD_LIBRARY_PATH_ORIG``), and PyInstaller points Qt at the bundled plugins. A file manager started
    by Help > About's "Open" buttons (through xdg-open) would load the bundle's GLib, OpenSSL or Qt
    plugins instead of its own and, on a distribution newer than the build machine, fail to start.
    This process's dynamic loader read the library path when it started, so the app is unaffected.
    """
    original = environ.pop(LIBRARY_PATH + "_ORIG", None)
    if original is not None:
        environ[LIBRARY_PATH] = original
    else:
        environ.pop(LIBRARY_PATH, None)
    for name in QT_VARIABLES:
        environ.pop(name, None)


if __name__ == "__main__":
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        restore_child_environment(os.environ)
    sys.exit(main())
