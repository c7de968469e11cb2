"""The activity list's table model: a list of ids, with rows fetched a page at a time as painted.

Filtering and sorting are SQL (``services.activities.ids``), so the model never holds 100,000
activities: it holds ids, read in slices as the view scrolls (``canFetchMore``/``fetchMore``), and a
cache of the rows the view has painted. A sort re-runs the id query with another ORDER BY; a filter
change resets the model. Only the first slice is read before the list repaints, which keeps a filter
on 100,000 activities interactive; how many match is counted separately (:meth:`matching`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.gui.numbers import whole

_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, _FONT, _USER = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.UserRole))
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _FOREGROUND, _FONT, _USER})
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@lru_cache(maxsize=1)
def _greyed() -> QBrush:
    return QBrush(QColor("#8a8a8a"))


@lru_cache(maxsize=1)
def _struck_out() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


PAGE = 200  # rows read per painted page
ID_SLICE = 1000  # ids read per fetchMore
ModelIndex = QModelIndex | QPersistentModelIndex

# (row key from LIST_COLUMNS, ORDER BY key, header text)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("action", "action"),
    ("status", "status"),
    ("office", "office"),
    ("start_date", "start_date"),
    ("end_date", "end_date"),
    ("place", "place"),
    ("people_reached", "people_reached"),
)


class ActivityTableModel(QAbstractTableModel):
    def __init__(self, services: Any, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._services = services
        self.lang = lang
        self.selection = ActivityFilter()
        self.order_by = "updated_at"
        self.descending = True
        self._ids: list[str] = []
        self._rows: dict[str, Any] = {}
        self._exhausted = True
        self._matching: int | None = None
        self._headers: list[str] | None = None

    def use_services(self, services: Any) -> None:
        """Read from ``services`` from now on (after the start-up reader); the caller refreshes."""
        self._services = services

    @property
    def _vocab(self) -> Any:
        return self._services.vocabularies

    @property
    def _plan(self) -> Any:
        return self._services.plan  # only tooltips use it: not loaded for the first paint

    # --- queries ---------------------------------------------------------------------------

    def set_filter(self, selection: ActivityFilter) -> None:
        self.selection = selection
        self.refresh()

    def refresh(self) -> None:
        """Re-run the id query (after a filter change, a sort or a save) and drop cached rows."""
        self.beginResetModel()
        self._load_first_slice()
        self.endResetModel()

    def _load_first_slice(self) -> None:
        self._ids = self._services.activities.ids(self.selection, self.order_by, self.descending, limit=ID_SLICE)
        self._exhausted = len(self._ids) < ID_SLICE
        self._rows = {}
        self._matching = len(self._ids) if self._exhausted else None

    def matching(self) -> int:
        """How many activities match the filter (counted in SQL once per filter)."""
        if self._matching is None:
            self._matching = self._services.activities.count(self.selection)
        return self._matching

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted:
            return
        more = self._services.activities.ids(self.selection, self.order_by, self.descending,
                                             limit=ID_SLICE * 5, offset=len(self._ids))
        self._exhausted = len(more) < ID_SLICE * 5
        if more:
            self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(more) - 1)
            self._ids.extend(more)
            self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        order_by, descending = COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder
        if (order_by, descending) == (self.order_by, self.descending):
            return
        self.order_by, self.descending = order_by, descending
        self.refresh()

    def activity_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, activity_id: str) -> int:
        """Row of an id among those read so far (-1 when not, or not yet, listed)."""
        try:
            return self._ids.index(activity_id)
        except ValueError:
            return -1

    def forget(self, activity_id: str) -> None:
        """Reload one row the next time it is painted (after a save)."""
        self._rows.pop(activity_id, None)
        row = self.row_of(activity_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._headers = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def _row(self, row: int) -> Any:
        activity_id = self._ids[row]
        found = self._rows.get(activity_id)
        if found is None:
            start = row - row % PAGE
            page = self._ids[start:start + PAGE]
            self._rows.update(self._services.activities.rows(page))
            found = self._rows.get(activity_id)
        return found

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (_DISPLAY, _TOOLTIP) or orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None  # the tooltip: a narrow column elides its header
        if self._headers is None:
            self._headers = self.header_texts()
        return self._headers[section]

    def header_texts(self) -> list[str]:
        return [
            self.tr("Title"), self.tr("Action"), self.tr("Status"), self.tr("Office"), self.tr("Start"),
            self.tr("End"), self.tr("Place"), self.tr("People reached"),
        ]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # data() runs for every role of every painted cell: plain ints and early returns keep it cheap.
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:
            return None
        row_number, column = index.row(), index.column()
        if not 0 <= row_number < len(self._ids) or not 0 <= column < len(COLUMNS):
            return None  # an invalid index has row -1
        if role == _USER:
            return self._ids[row_number]
        key = COLUMNS[column][0]
        if role == _ALIGNMENT:
            return _RIGHT_ALIGNED if key == "people_reached" else None
        row = self._row(row_number)
        if row is None:
            return None
        if role == _FOREGROUND:
            return _greyed() if row.deleted or row.status in ("cancelled", "suspended") else None
        if role == _FONT:
            return _struck_out() if row.deleted else None
        value = getattr(row, key)
        if role == _TOOLTIP:
            if key == "action" and value in self._plan.action_codes:
                return f"{value} {self._plan.action(value).short_title.get(self.lang)}"
            if key in ("title", "place"):
                return value
            if key == "status":  # elided in a narrow column
                return self._display(key, value)
            return None
        return self._display(key, value)

    def _display(self, key: str, value: Any) -> Any:
        if value is None:
            return ""
        if key == "status":
            return self._vocab.statuses.label(value, self.lang)
        if key in ("start_date", "end_date"):
            return value.isoformat() if hasattr(value, "isoformat") else str(value)
        if key == "people_reached":
            return whole(value)
        return str(value)
