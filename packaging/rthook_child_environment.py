"""PyInstaller runtime hook: programs the bundle starts do not inherit its library folder.

On Linux the bundle's launcher puts ``_internal`` on ``LD_LIBRARY_PATH`` so the app finds its own Qt,
GLib, OpenSSL and libstdc++. Every program the app starts would inherit that variable: the file
manager or viewer that Help > About's "Open" buttons start through xdg-open would load the bundle's
copies of those libraries instead of its own and, on a distribution newer than the build machine,
fail to start. The dynamic loader of this process read the variable when the process started, so
putting back what the user had (the launcher keeps it as ``LD_LIBRARY_PATH_ORIG``) changes nothing
for the app itself.
"""

from __future__ import annotations

import os
import sys
from typing import MutableMapping

VARIABLE = "LD_LIBRARY_PATH"


def restore_library_path(environ: MutableMapping[str, str]) -> None:
    """Give ``environ`` the library path the user started the program with (none if they had none)."""
    original = environ.pop(VARIABLE + "_ORIG", None)
    if original is not None:
        environ[VARIABLE] = original
    else:
        environ.pop(VARIABLE, None)


if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
    restore_library_path(os.environ)
