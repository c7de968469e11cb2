"""Loading the next sheet of a package in the background while Python works through the current one.

python-calamine parses a whole sheet in one call and releases the GIL while it does, so on a
machine with two cores the next sheet can be parsed while the rows of this one are checked and
applied: a large import then waits for the spreadsheet parser only for its first sheet. At most
one sheet is loaded ahead, so memory holds at most two parsed sheets. Only the loader thread touches
the workbook while a load is pending; a sheet that was not announced is loaded after it finishes.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from python_calamine import CalamineWorkbook


class SheetPrefetcher:
    def __init__(self, workbook: CalamineWorkbook, order: list[str]) -> None:
        self._workbook = workbook
        self._order = list(order)
        self._pending: tuple[str, Future[Any]] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sheet-loader")
        self._schedule_next()

    def _schedule_next(self) -> None:
        if self._pending is None and self._order:
            name = self._order.pop(0)
            self._pending = (name, self._executor.submit(self._workbook.get_sheet_by_name, name))

    def take(self, name: str) -> Any:
        """The parsed sheet ``name`` (its load's error, if any, is raised here)."""
        pending, self._pending = self._pending, None
        if pending is not None and pending[0] == name:
            self._schedule_next()  # before waiting: the next load overlaps this one's use
            return pending[1].result()
        if pending is not None:
            try:
                pending[1].result()  # not wanted now, but the workbook must be free again
            except Exception:  # noqa: BLE001 - the sheet is loaded again (and refused) when asked for
                pass
        if name in self._order:
            self._order.remove(name)
        return self._workbook.get_sheet_by_name(name)

    def close(self) -> None:
        """Wait for any load in progress (the workbook may be closed next) and stop the thread."""
        self._order.clear()
        pending, self._pending = self._pending, None
        if pending is not None:
            try:
                pending[1].result()
            except Exception:  # noqa: BLE001 - nobody asked for that sheet
                pass
        self._executor.shutdown(wait=True)
