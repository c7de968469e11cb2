"""The people grid: population group x (sex x age band), one grid for reached and one for targeted.

Rows are the population groups, columns the sex and age band pairs; a last row and a last column
show the totals and update as cells are typed. Empty cells mean "not known" and are not saved;
anything but a whole number of zero or more is refused by the cell, so the grid never holds a
value the activity could not, and ``refused`` says why in the interface language (the editor shows
it under the grid). Thousands may be grouped as people write them: "1,200", "1 200", "1'200".

``PeopleGridView`` shows the grid on a laptop screen without sideways scrolling: each sex is named
once over its age bands (``PeopleGridHeader``), so a column is only as wide as a number or an age
range, and the group names take the room the numbers leave (elided, whole in their tooltip).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (QAbstractItemModel, QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QRect,
                            QSize, Qt, Signal)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

from cairo_desktop.gui.numbers import whole

ModelIndex = QModelIndex | QPersistentModelIndex
Cell = tuple[str, str, str]  # (group, sex, age)
SEX_ROLE = Qt.ItemDataRole.UserRole + 1  # a column's sex, written once over its age bands; None for the total

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))
# digits in groups of three, one separator throughout: a comma, a space (also no-break), an apostrophe or
# the Arabic thousands separator. Not a point: "1.200" may be meant as 1.2.
_GROUPED = re.compile(r"^\d{1,3}(?P<sep>[,'\u2019\u066c \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*$")
_NEGATIVE = re.compile(r"^[-\u2212]\s*[\d.,\s]+$")


def read_count(text: str) -> int | None:
    """A number of people typed in a cell: None for an empty cell; ValueError("negative") or
    ValueError("not whole") for what is not a whole number of zero or more."""
    text = text.translate(_MARKS).translate(_DIGITS).strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if _GROUPED.match(text):
        return int(re.sub(r"\D", "", text))
    raise ValueError("negative" if _NEGATIVE.match(text) else "not whole")


class PeopleGridModel(QAbstractTableModel):
    edited = Signal()
    refused = Signal(str)  # why a typed value was not kept, in the interface language

    def __init__(self, vocabularies: Any, age_bands: Any = None, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._vocab = vocabularies
        self._age_bands = age_bands or vocabularies.age_bands
        self.lang = lang
        self._base_groups = list(vocabularies.population_groups.codes)
        self._base_pairs = [(sex, age) for sex in vocabularies.sexes.codes for age in self._age_bands.codes]
        self.groups = list(self._base_groups)
        self.pairs = list(self._base_pairs)
        self.values: dict[Cell, int] = {}
        self.read_only = False

    # --- content ---------------------------------------------------------------------------

    def set_values(self, values: dict[Cell, int | None]) -> None:
        """Show ``values``; a group or age band outside this installation's lists gets its own row or column."""
        self.beginResetModel()
        self.values = {cell: int(value) for cell, value in values.items() if value is not None}
        self.groups = list(self._base_groups)
        self.pairs = list(self._base_pairs)
        for group, sex, age in sorted(values):
            if group not in self.groups:
                self.groups.append(group)
            if (sex, age) not in self.pairs:
                self.pairs.append((sex, age))
        self.endResetModel()

    def total(self) -> int:
        return sum(self.values.values())

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.groups) + 1

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.pairs) + 1

    def _is_total(self, index: ModelIndex) -> bool:
        return index.row() == len(self.groups) or index.column() == len(self.pairs)

    def _cell(self, index: ModelIndex) -> Cell:
        sex, age = self.pairs[index.column()]
        return self.groups[index.row()], sex, age

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if not self._is_total(index) and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._is_total(index):
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        value = self._total_at(index.row(), index.column()) if self._is_total(index) else self.values.get(self._cell(index))
        if value is None:
            return ""
        # Shown as every count in the window is (grouped, in the language's digits); edited as plain digits.
        return whole(value) if role == Qt.ItemDataRole.DisplayRole else str(value)

    def _total_at(self, row: int, column: int) -> int:
        groups = self.groups if row == len(self.groups) else [self.groups[row]]
        pairs = self.pairs if column == len(self.pairs) else [self.pairs[column]]
        return sum(self.values.get((group, sex, age), 0) for group in groups for sex, age in pairs)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._is_total(index) or self.read_only:
            return False
        text = str(value if value is not None else "").strip()
        try:
            count = read_count(text)
        except ValueError as problem:
            if str(problem) == "negative":
                self.refused.emit(self.tr("\"{value}\" was not kept: a number of people cannot be below zero.").format(
                    value=text))
            else:
                self.refused.emit(self.tr("\"{value}\" was not kept: type a whole number of people, for example 1200 "
                                          "or 1 200.").format(value=text))
            return False
        cell = self._cell(index)
        if count is None:
            self.values.pop(cell, None)
        else:
            self.values[cell] = count
        last_row, last_column = len(self.groups), len(self.pairs)
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(self.index(index.row(), last_column), self.index(index.row(), last_column))
        self.dataChanged.emit(self.index(last_row, 0), self.index(last_row, last_column))
        self.edited.emit()
        return True

    def _age_term(self, age: str) -> Any:
        for band_set in (self._age_bands, *self._vocab.age_band_sets.values()):
            if age in band_set:
                return band_set, next(term for term in band_set if term.code == age)
        return None, None

    def _age_label(self, age: str) -> str:
        band_set, _term = self._age_term(age)
        return band_set.label(age, self.lang) if band_set is not None else age

    def _age_range(self, age: str) -> str:
        """The band as its ages ("0-17", "60+"): the same in every language, and as narrow as a number."""
        _band_set, term = self._age_term(age)
        low, high = (term.extra.get("min"), term.extra.get("max")) if term is not None else (None, None)
        if low is None:
            return self._age_label(age)
        return f"{low}+" if high is None else f"{low}-{high}"

    def _group_label(self, section: int, role: int) -> str:
        """A population group; its explanation in brackets only in the tooltip, where there is room."""
        label = self._vocab.population_groups.label(self.groups[section], self.lang)
        return label if role == Qt.ItemDataRole.ToolTipRole else label.split("(")[0].strip() or label

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SEX_ROLE):
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == SEX_ROLE:
                return None
            if section == len(self.groups):
                return self.tr("Total")
            return self._group_label(section, role) if 0 <= section < len(self.groups) else None
        if section == len(self.pairs):
            return None if role == SEX_ROLE else self.tr("Total")
        if 0 <= section < len(self.pairs):
            sex, age = self.pairs[section]
            sex_label = self._vocab.sexes.label(sex, self.lang)
            if role == SEX_ROLE:
                return sex_label
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{sex_label}, {self._age_label(age)}"
            return self._age_range(age)
        return None


class PeopleGridHeader(QHeaderView):
    """Column headings on two tiers: each sex once over its age bands, the age ranges under it.

    Qt's headers have no spanning sections; written in every column, "Other / unknown" or "Masculin"
    made each column several numbers wide and the grid scrolled sideways on a laptop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), 2 * hint.height())

    def _sex(self, section: int) -> str | None:
        model = self.model()
        return model.headerData(section, Qt.Orientation.Horizontal, SEX_ROLE) if model is not None else None

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if self._sex(section) is None:
            super().paintSection(painter, rect, section)
        else:
            super().paintSection(painter, rect.adjusted(0, rect.height() // 2, 0, 0), section)

    def sex_spans(self) -> list[tuple[str, QRect]]:
        """Each sex and the upper-tier rectangle over its columns, in viewport coordinates."""
        spans: list[tuple[str, QRect]] = []
        previous: str | None = None
        for visual in range(self.count()):
            section = self.logicalIndex(visual)
            sex = self._sex(section)
            if sex is None or self.isSectionHidden(section):
                previous = None
                continue
            rect = QRect(self.sectionViewportPosition(section), 0, self.sectionSize(section), self.height() // 2)
            if sex == previous:
                spans[-1] = (sex, spans[-1][1].united(rect))
            else:
                spans.append((sex, rect))
            previous = sex
        return spans

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        for sex, rect in self.sex_spans():
            option = QStyleOptionHeader()
            self.initStyleOption(option)
            option.rect = rect.intersected(self.viewport().rect())  # scrolled sideways, the name stays in view
            option.text = sex
            option.textAlignment = Qt.AlignmentFlag.AlignCenter
            option.position = QStyleOptionHeader.SectionPosition.Middle
            self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.end()


class PeopleGridView(QTableView):
    """The grid, fitted to its width: columns as wide as their numbers, the group names in what is left.

    Its minimum size holds every column, the totals and a short group name, and every row with the
    total row, so the editor asks the window for that much and the grid itself never scrolls: the
    totals stay in view while typing. On a wider screen the names are shown whole. Rows are as tall
    as a line of text, so the whole grid fits under the editor's tabs on a 768-pixel-high screen.

    An installation with many age bands (the "cbm" set: 24 columns and the total) would need a screen
    wider than any laptop's: there the grid asks for MAX_COLUMNS columns and scrolls sideways."""

    LABEL_MIN_CHARACTERS = 12  # the group names are elided to no fewer (about), whole in their tooltip
    NUMBER_DIGITS = 4  # a column is at least this many digits wide; a longer number widens its column
    MAX_COLUMNS = 10  # the most columns the grid asks room for: the standard bands, 3 sexes x 3 and the total

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(PeopleGridHeader(self))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # never needed: see minimumSizeHint
        self._size_rows()

    def _size_rows(self) -> None:
        height = self.fontMetrics().height()
        self.verticalHeader().setMinimumSectionSize(height + 4)
        self.verticalHeader().setDefaultSectionSize(height + 5)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.headerDataChanged, model.dataChanged):
                signal.connect(self.fit)
        self.fit()

    def _cell_width(self, text: str, bold: bool = False) -> int:
        font = QFont(self.font())
        font.setBold(bold)
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        return QFontMetrics(font).horizontalAdvance(text) + 2 * margin

    def _column_width(self, column: int) -> int:
        """As wide as its heading, its widest number and a number of NUMBER_DIGITS digits: known before
        the grid is first shown (Qt's ResizeToContents waits for that), so the editor asks for it in time."""
        model = self.model()
        self.horizontalHeader().ensurePolished()  # its font and margins are the style's only once polished
        floor = self._cell_width("0" * self.NUMBER_DIGITS)
        heading = self.horizontalHeader().sectionSizeFromContents(column).width()
        total_column = column == model.columnCount() - 1
        cells = [self._cell_width(str(model.index(row, column).data() or ""),
                                  bold=total_column or row == model.rowCount() - 1) for row in range(model.rowCount())]
        return max([floor, heading, *cells])

    def fit(self, *_args: Any) -> None:
        """Size the columns to their contents and give the group names the width the columns leave."""
        model, header = self.model(), self.horizontalHeader()
        if model is None:
            return
        before = self.minimumSizeHint()
        for column in range(model.columnCount()):
            width = self._column_width(column)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        self._fit_labels()
        if self.minimumSizeHint() != before:
            self._resize_ancestors()

    def _resize_ancestors(self) -> None:
        """Have every enclosing layout take the new minimum, also while the grid sits on a tab not shown.

        Qt stops passing a size change up at a hidden widget (the pages of tabs not shown are hidden), so
        the window would give the editor too little width until the People tab was opened."""
        widget: QWidget | None = self
        while widget is not None and not widget.isWindow():
            widget.updateGeometry()
            widget = widget.parentWidget()
            if widget is not None and widget.layout() is not None:
                widget.layout().invalidate()

    def _label_floor(self) -> int:
        content = self.verticalHeader().sizeHint().width()
        return min(content, self.fontMetrics().averageCharWidth() * self.LABEL_MIN_CHARACTERS)

    def _fixed_width(self) -> int:
        """Everything but the group names: the frame and every column with the totals."""
        return 2 * self.frameWidth() + self.horizontalHeader().length()

    def _scrolls_sideways(self) -> bool:
        return self.horizontalHeader().count() > self.MAX_COLUMNS

    def _asked_width(self, labels: int) -> int:
        """The width to ask for with ``labels`` pixels of group names: all columns, or MAX_COLUMNS of them."""
        header = self.horizontalHeader()
        if not self._scrolls_sideways():
            return self._fixed_width() + labels
        widest = max(header.sectionSize(column) for column in range(header.count()))
        return 2 * self.frameWidth() + labels + self.MAX_COLUMNS * widest

    def _full_height(self) -> int:
        bar = self.horizontalScrollBar().sizeHint().height() if self._scrolls_sideways() else 0
        headings = self.horizontalHeader().sizeHint().height()
        return 2 * self.frameWidth() + headings + self.verticalHeader().length() + bar

    def _fit_labels(self) -> None:
        """Give the group names the width the columns leave, between a short name and the whole one."""
        header = self.verticalHeader()
        room = self.width() - self._fixed_width()
        width = max(self._label_floor(), min(room, header.sizeHint().width()))
        if header.maximumWidth() != width:
            header.setMaximumWidth(width)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._asked_width(self._label_floor()), self._full_height())

    def sizeHint(self) -> QSize:
        return QSize(self._asked_width(self.verticalHeader().sizeHint().width()), self._full_height())

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab and Shift+Tab go from one cell a number can be typed in to the next, over the totals.

        Landing on a total, the next number typed would be lost (a total cannot be edited) until one more Tab."""
        steps = {QAbstractItemView.CursorAction.MoveNext: 1, QAbstractItemView.CursorAction.MovePrevious: -1}
        model = self.model()
        if action not in steps or model is None:
            return super().moveCursor(action, modifiers)
        columns = model.columnCount()
        cells = model.rowCount() * columns
        position = self.currentIndex().row() * columns + self.currentIndex().column()
        for _ in range(cells):
            position = (position + steps[action]) % cells
            candidate = model.index(position // columns, position % columns)
            if candidate.flags() & Qt.ItemFlag.ItemIsEditable:
                return candidate
        return super().moveCursor(action, modifiers)  # nothing editable (read-only): as any table

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_rows()
            self.fit()
