"""Unhandled exceptions: logged to a file, shown in a dialog, and the app keeps running.

PySide6 prints an exception raised in a slot and carries on, so without this a failure would go
unseen. :func:`install` replaces ``sys.excepthook`` and ``threading.excepthook``; exceptions from
other threads are passed to the GUI thread through a queued signal before any widget is touched.
A :class:`~cairo_desktop.errors.UserError` that escapes is shown as the plain sentence it is.
Database work happens inside service transactions, so an exception rolls it back by itself.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import threading
from pathlib import Path
from types import TracebackType
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cairo_desktop import APP_ID, paths
from cairo_desktop.errors import UserError

LOG_NAME = "cairo-desktop.log"
log = logging.getLogger("cairo_desktop.gui")


def log_file() -> Path:
    """The log's place: the user's log folder, or, when that folder cannot be made (a read-only or foreign-owned
    parent), one in the system's temporary folder, so that the app still starts and its messages say where."""
    try:
        return paths.user_log_dir() / LOG_NAME
    except OSError:
        folder = Path(tempfile.gettempdir()) / f"{APP_ID}-logs"
        with contextlib.suppress(OSError):
            folder.mkdir(exist_ok=True)
        return folder / LOG_NAME


STDERR_LOG = "cairo-desktop-stderr"  # the handler used when no log file can be written
LOG_MAX_BYTES = 2_000_000
LOG_BACKUPS = 3


def _rotate(path: Path) -> None:
    """Keep the log at a few MB: at start, a full file becomes ``.1`` (and ``.1`` becomes ``.2`` ...)."""
    try:
        if path.stat().st_size < LOG_MAX_BYTES:
            return
    except FileNotFoundError:
        return
    for number in range(LOG_BACKUPS - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


def configure_logging() -> Path:
    """A log file in the user's log folder, rotated at start (``logging.handlers`` is slow to import)."""
    path = log_file()
    root = logging.getLogger("cairo_desktop")
    if not any(getattr(h, "baseFilename", None) == str(path) or h.get_name() == STDERR_LOG for h in root.handlers):
        try:
            _rotate(path)
            handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
        except OSError:  # nowhere to write a log: the app runs all the same, reporting on standard error
            handler = logging.StreamHandler()
            handler.set_name(STDERR_LOG)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


class CrashHandler(QObject):
    """Receives exceptions from any thread and reports them on the GUI thread."""

    raised = Signal(object, object, object)

    def __init__(self, parent_window: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_window = parent_window
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.raised.connect(self._show)
        self.last_dialog: QMessageBox | None = None

    def install(self) -> None:
        configure_logging()
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def _hook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, value, tb)
            return
        self.raised.emit(kind, value, tb)  # direct call on the GUI thread, queued from others

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self._hook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def report(self, error: BaseException) -> None:
        """Report an exception caught by a worker (same path as an unhandled one)."""
        self.raised.emit(type(error), error, error.__traceback__)

    def _show(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if isinstance(value, UserError):
            from cairo_desktop.gui.message_texts import translate_message  # its patterns are not needed to start

            log.info("User error: %s", value)
            self._dialog(QMessageBox.Icon.Warning, self.tr("Cairo Desktop"), translate_message(str(value)), "")
            return
        import traceback  # only when something broke: it is slow to import at start

        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unhandled exception\n%s", details)
        text = self.tr(
            "Something went wrong inside Cairo Desktop. Your saved data is safe and the application keeps "
            "working; the change you were making may not have been saved. The details were written to the log file:"
        )
        self._dialog(QMessageBox.Icon.Critical, self.tr("Unexpected error"), f"{text}\n{log_file()}\n\n{value}", details)

    def _dialog(self, icon: QMessageBox.Icon, title: str, text: str, details: str) -> None:
        if QApplication.instance() is None:
            sys.stderr.write(text + "\n")
            return
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent_window())
        box.setObjectName("errorDialog")
        if details:
            box.setDetailedText(details)
        if self.last_dialog is not None and not self.last_dialog.isVisible():
            self.last_dialog.deleteLater()
        box.open()  # not exec(): the event loop keeps running, and tests are never blocked
        self.last_dialog = box
