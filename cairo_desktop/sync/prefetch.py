"""Loading the next sheet of a package in the background while Python works through the current one.

python-calamine parses a whole sheet in one call and releases the GIL while it does, so on a
machine with two cores the next sheet can be parsed while the rows of this one are checked and
applied. ``load`` is the reader's: a sheet parsed whole, or for a large sheet the object that gives
its parts as they are read (:mod:`sheet_parts`, which scans and parses each part itself).
``prepare`` (the hostile-file scan of a sheet parsed whole, which does nothing the second time) runs
in the calling thread before a sheet's load is started, and on sheets further ahead while the
caller would otherwise wait for a load; a sheet whose preparation fails is not loaded, and the
failure is raised when that sheet is asked for.

``ahead`` bounds how many loaded sheets wait beside the one in use (one for a large package; all of
a small package read ahead while the previous package is written). Only the loader thread touches
the workbook while a load is pending; a sheet asked for out of order is loaded after the pending
loads finish.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable


class SheetPrefetcher:
    def __init__(self, load: Callable[[str], Any], order: list[str], ahead: int = 1,
                 prepare: Callable[[str], None] = lambda name: None) -> None:
        self.order = tuple(order)
        self._prepare = prepare
        self._load = load
        self._waiting = list(order)
        self._ahead = max(1, ahead)
        self._pending: deque[tuple[str, Future[Any]]] = deque()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sheet-loader")
        self._schedule()

    def widen(self, ahead: int) -> None:
        """From now on, keep up to ``ahead`` sheets loading or loaded beyond the one in use."""
        self._ahead = max(self._ahead, ahead)
        self._schedule()

    def _schedule(self) -> None:
        while len(self._pending) < self._ahead and self._waiting:
            if not self._try_prepare(self._waiting[0]):
                return  # refused: raised when the sheet is asked for, in order
            name = self._waiting.pop(0)
            self._pending.append((name, self._executor.submit(self._load, name)))

    def take(self, name: str) -> Any:
        """What loading the sheet ``name`` returned (its load's error, if any, is raised here)."""
        if self._pending and self._pending[0][0] == name:
            _, future = self._pending.popleft()
            self._schedule()  # before waiting: the next load overlaps this one's use
            for waiting in self._waiting:  # rather than wait idle, prepare sheets still to come
                if future.done() or not self._try_prepare(waiting):
                    break
            return future.result()
        self._drain()  # the workbook must be free before it is used here
        if name in self._waiting:
            self._waiting.remove(name)
        self._prepare(name)
        return self._load(name)

    def _try_prepare(self, name: str) -> bool:
        try:
            self._prepare(name)
        except Exception:  # noqa: BLE001 - prepared (and its error raised) again when the sheet is asked for
            return False
        return True

    def _drain(self) -> None:
        while self._pending:
            _, future = self._pending.popleft()
            try:
                future.result()
            except Exception:  # noqa: BLE001 - a sheet nobody asked for yet; it is loaded (and refused) when asked
                pass

    def close(self) -> None:
        """Wait for any load in progress (the workbook may be closed next) and stop the thread."""
        self._waiting.clear()
        self._drain()
        self._executor.shutdown(wait=True)
