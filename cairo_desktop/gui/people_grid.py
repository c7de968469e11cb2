"""The people grid: population group x (sex x age band), one grid for reached and one for targeted.

Rows are the population groups, columns the sex and age band pairs; a last row and a last column
show the totals and update as cells are typed. Empty cells mean "not known" and are not saved;
anything but a whole number of zero or more is refused by the cell, so the grid never holds a
value the activity could not, and ``refused`` says why in the interface language (the editor shows
it under the grid). Thousands may be grouped as people write them: "1,200", "1 200", "1'200".
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

ModelIndex = QModelIndex | QPersistentModelIndex
Cell = tuple[str, str, str]  # (group, sex, age)

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
        if self._is_total(index):
            return str(self._total_at(index.row(), index.column()))
        value = self.values.get(self._cell(index))
        return "" if value is None else str(value)

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

    def _age_label(self, age: str) -> str:
        for band_set in (self._age_bands, *self._vocab.age_band_sets.values()):
            if age in band_set:
                return band_set.label(age, self.lang)
        return age

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            if section == len(self.groups):
                return self.tr("Total")
            if 0 <= section < len(self.groups):
                return self._vocab.population_groups.label(self.groups[section], self.lang)
            return None
        if section == len(self.pairs):
            return self.tr("Total")
        if 0 <= section < len(self.pairs):
            sex, age = self.pairs[section]
            sex_label = self._vocab.sexes.label(sex, self.lang)
            age_label = self._age_label(age)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{sex_label}, {age_label}"
            return f"{sex_label}\n{age_label.split('(')[0].strip()}"
        return None
