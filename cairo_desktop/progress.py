"""Progress reporting and cancellation for long jobs, without Qt.

Import, export, reports and demo data take a :class:`Progress`. The CLI passes a console bar,
tests a recorder, the GUI a bridge to its worker thread. A job calls ``report`` now and then and
``check_cancelled`` at safe points; cancelling raises :class:`~cairo_desktop.errors.Cancelled` so the
caller's transaction rolls back.
"""

from __future__ import annotations

import sys
import threading
from typing import TextIO

from cairo_desktop.errors import Cancelled


class Progress:
    """Base progress sink: records nothing, never cancelled unless :meth:`cancel` is called."""

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        """Called by jobs; subclasses display it."""

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("Cancelled by the user; nothing was changed.")


class RecordingProgress(Progress):
    """Keeps every report, for tests."""

    def __init__(self, cancel_after: int | None = None) -> None:
        super().__init__()
        self.reports: list[tuple[int, int, str]] = []
        self._cancel_after = cancel_after

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total, message))
        if self._cancel_after is not None and len(self.reports) >= self._cancel_after:
            self.cancel()


class ConsoleProgress(Progress):
    """A one-line bar on a terminal; silent when the stream is not a terminal.

    ``line_open`` says a bar's line was left without its end (a job stopped before 100%), so that whoever
    prints a refusal or "cancelled" next starts a new line instead of gluing it to the bar ("... 10%cancelled").
    One bar runs at a time in a process, so the state is the class's.
    """

    line_open = False

    def __init__(self, stream: TextIO | None = None) -> None:
        super().__init__()
        self._stream = stream or sys.stderr
        self._last_percent = -1

    def report(self, done: int, total: int, message: str = "") -> None:
        if not self._stream.isatty() or total <= 0:
            return
        percent = min(100, done * 100 // total)
        if percent == self._last_percent:
            return
        self._last_percent = percent
        end = "\n" if done >= total else ""
        self._stream.write(f"\r{message[:50]:<50} {percent:3d}%{end}")
        self._stream.flush()
        ConsoleProgress.line_open = not end
