"""Run something once a widget has been painted for the first time.

The desktop app loads its services only after the list is on screen. A zero-delay timer is not
enough for that: the window system's expose and the paint can come after it. This watches the
widget's first ``Paint`` event, then runs the callback from the event loop (not inside the paint);
a fallback timer runs it anyway if no paint comes (a window opened minimised, on another desktop).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1500


class _FirstPaintWatcher(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._callback()


def call_after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, soon after ``widget`` is first painted (or after a fallback delay)."""
    _FirstPaintWatcher(widget, callback)
