"""Where the app finds its read-only files and keeps the user's files.

One place answers both questions for a source checkout and a PyInstaller bundle
(``sys._MEIPASS``), so no other module builds a path from ``__file__``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cairo_desktop import APP_ID


def _install_root() -> Path:
    """The folder holding ``resources/``, ``db/`` and ``forms/``.

    In a PyInstaller bundle that is ``sys._MEIPASS``; otherwise the checkout the package runs from
    (``make run`` installs it in editable mode, so the installed package is the checkout).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _install_root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return _install_root() / "db"


def forms_dir() -> Path:
    return _install_root() / "forms"


def _user_dir(kind: str) -> Path:
    override = os.environ.get("CAIRO_HOME")
    if override:
        path = Path(override) / kind
    else:
        import platformdirs  # not imported when CAIRO_HOME decides: a few milliseconds of the desktop's start

        getter = {
            "data": platformdirs.user_data_dir,
            "logs": platformdirs.user_log_dir,
        }[kind]
        path = Path(getter(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    """Database, backups and keys. ``CAIRO_HOME`` moves them and the logs (tests, portable installs); the
    window's settings are Qt's, in each system's own place (see ``gui/about_dialog.settings_place``)."""
    return _user_dir("data")


def user_log_dir() -> Path:
    return _user_dir("logs")


def default_database_path() -> Path:
    return user_data_dir() / "cairo.db"


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir_if_any() -> Path | None:
    """The backups folder for a message, or None where it cannot be made: an error message must not fail."""
    try:
        return backups_dir()
    except OSError:
        return None
