"""Long jobs (import, export, reports, demo data) off the GUI thread, with progress and Cancel.

A job is a plain function ``job(progress) -> result`` from the services; it runs on a one-thread
pool (one database writer at a time). :class:`QtProgress` is the Qt-free ``Progress`` a job sees:
its reports cross to the GUI thread by a queued signal, and the dialog's Cancel sets the flag the
job checks, so the job raises ``Cancelled`` and its transaction rolls back. Only plain data crosses
threads; widgets are touched on the GUI thread only. The dialog appears after 500 ms, so quick jobs
do not flash.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cairo_desktop.errors import Cancelled
from cairo_desktop.gui.progress_texts import progress_text
from cairo_desktop.progress import Progress


class JobSignals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class QtProgress(Progress):
    def __init__(self, signals: JobSignals) -> None:
        super().__init__()
        self.signals = signals  # the job posts its outcome through them too
        self._last: tuple[int, str] = (-1, "")

    def report(self, done: int, total: int, message: str = "") -> None:
        permille = done * 1000 // total if total > 0 else 0
        if (permille, message) != self._last:  # spare the event queue: only visible changes
            self._last = (permille, message)
            self.signals.progressed.emit(done, total, message)


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[Progress], Any], progress: QtProgress, signals: JobSignals) -> None:
        super().__init__()
        self._job, self._progress, self._signals = job, progress, signals

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as error:  # handed to the GUI thread, which shows it
            self._signals.failed.emit(error)
        else:
            self._signals.finished.emit(result)


class JobRunner(QObject):
    """Starts jobs on a single background thread and keeps their signals alive until they end."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: list[tuple[JobSignals, QProgressDialog | None, QtProgress]] = []

    def start(self, title: str, job: Callable[[Progress], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None], parent: QWidget | None = None,
              on_cancelled: Callable[[], None] | None = None, show_dialog: bool = True) -> QtProgress:
        signals = JobSignals()
        progress = QtProgress(signals)
        dialog = None
        if show_dialog:
            dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            dialog.setObjectName("jobProgress")
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(500)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(progress.cancel)
            signals.progressed.connect(lambda done, total, message: self._show(dialog, done, total, message))
        entry = (signals, dialog, progress)
        self._running.append(entry)

        def finish(callback: Callable[..., None], *args: Any) -> None:
            self._running.remove(entry)
            if dialog is not None:
                dialog.canceled.disconnect()
                dialog.close()
                dialog.deleteLater()
            callback(*args)

        signals.finished.connect(lambda result: finish(on_done, result))
        signals.failed.connect(lambda error: finish(on_error, error))
        signals.cancelled.connect(lambda: finish(on_cancelled or (lambda: None)))
        self.pool.start(_Runnable(job, progress, signals))
        return progress

    @staticmethod
    def _show(dialog: QProgressDialog, done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            dialog.setLabelText(progress_text(message))

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
