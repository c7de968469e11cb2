"""Moving values between the editor's widgets and a plain "raw state" dict, both ways.

The raw state is exactly what the person typed, valid or not (dates and numbers as text), so it can
be kept as a draft and given back untouched. :func:`parse_state` turns it into activity content and
a message per field that could not be read; the domain's validation does the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QComboBox, QTableView, QTableWidget, QTableWidgetItem, QToolButton, QWidget

from cairo_desktop.domain.activity import Activity, content_of
from cairo_desktop.domain.activity_json import apply_changes
from cairo_desktop.errors import UserError
from cairo_desktop.gui.date_field import iso_date, unreadable_date_message
from cairo_desktop.gui.eliding_combo import ElidingComboBox

TEXT_FIELDS = ("title", "description", "admin_area", "place", "notes", "budget_amount", "targeted_total", "reached_total")
COMBO_FIELDS = ("action", "status", "activity_type", "text_lang", "currency")
DATE_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")



def fill_combo(combo: QComboBox, entries: list[tuple[str, str]], tooltips: dict[str, str] | None = None) -> None:
    """Replace a combo's entries ``(label, code)`` keeping the selected code (also an unknown one)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, code in entries:
        combo.addItem(label, code)
        if tooltips and code in tooltips:
            combo.setItemData(combo.count() - 1, tooltips[code], Qt.ItemDataRole.ToolTipRole)
    set_combo_code(combo, current or "")
    combo.blockSignals(False)


def set_combo_code(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index < 0 and code:
        combo.addItem(code, code)  # keep a code we do not know, so validation can name it
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


REMOVE_COLUMN = "remove_column"  # table property: the last column holds each row's remove button


def data_columns(table: QTableWidget) -> int:
    return table.columnCount() - 1 if table.property(REMOVE_COLUMN) else table.columnCount()


def table_rows(table: QTableWidget) -> list[list[str]]:
    """Each row's cells: a combo's code or an item's text."""
    rows = []
    for row in range(table.rowCount()):
        values = []
        for column in range(data_columns(table)):
            widget = table.cellWidget(row, column)
            if isinstance(widget, QComboBox):
                values.append(str(widget.currentData() or ""))
            else:
                item = table.item(row, column)
                values.append(item.text().strip() if item else "")
        rows.append(values)
    return rows


def select_row(table: QTableView, row: int) -> None:
    """Select a whole row through the selection model (``selectRow`` selects nothing right to left, Qt 6.12)."""
    if 0 <= row < table.model().rowCount():
        table.selectionModel().setCurrentIndex(
            table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def row_of_widget(table: QTableWidget, widget: QWidget) -> int:
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            if table.cellWidget(row, column) is widget:
                return row
    return -1


class RowFollowsFocus(QObject):
    """Selects the row of a table whose cell widget (a combo box) is clicked or takes the focus, so that
    clicking or tabbing into a row of combo boxes selects it, as clicking a plain cell does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress) and isinstance(watched, QWidget):
            table = watched.parentWidget().parentWidget() if watched.parentWidget() is not None else None
            if isinstance(table, QTableWidget):
                row = row_of_widget(table, watched)
                if row >= 0 and table.currentRow() != row:
                    select_row(table, row)
        return False


def add_table_row(table: QTableWidget, values: list[str], combos: dict[int, list[tuple[str, str]]],
                  on_change: Any, read_only: bool = False, on_remove: Any = None,
                  focus_filter: QObject | None = None) -> None:
    """Append a row: combo boxes for the columns in ``combos``, text cells for the others and, when the
    table has a remove column, a button that removes this row (``on_remove(button)``)."""
    row = table.rowCount()
    table.insertRow(row)
    for column in range(data_columns(table)):
        value = values[column] if column < len(values) else ""
        if column in combos:  # "Name (CODE)": in a narrow column the name is elided, the code stays
            combo = ElidingComboBox(minimum_characters=6, elide=Qt.TextElideMode.ElideMiddle)
            fill_combo(combo, combos[column])
            set_combo_code(combo, value)
            combo.setEnabled(not read_only)
            combo.currentIndexChanged.connect(lambda _i: on_change())
            if focus_filter is not None:
                combo.installEventFilter(focus_filter)
            table.setCellWidget(row, column, combo)
        else:
            item = QTableWidgetItem(value)
            if read_only:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)
    if table.property(REMOVE_COLUMN):
        button = QToolButton()
        button.setObjectName("remove_row")  # enabled and disabled with the other add_/remove_ buttons
        button.setText("\u2715")
        button.setAutoRaise(True)
        text = QCoreApplication.translate("EditorFields", "Remove this row")
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setEnabled(not read_only)
        if on_remove is not None:
            button.clicked.connect(lambda _checked=False, b=button: on_remove(b))
        if focus_filter is not None:
            button.installEventFilter(focus_filter)
        table.setCellWidget(row, table.columnCount() - 1, button)


def state_of(activity: Activity) -> dict[str, Any]:
    """The raw state showing ``activity`` (what the widgets hold after loading it)."""
    content = content_of(activity)
    state: dict[str, Any] = {}
    for name in TEXT_FIELDS + COMBO_FIELDS + DATE_FIELDS:
        value = content.get(name)
        if name == "budget_amount" and value is not None:
            # repr: the shortest text that reads back as the same amount ("{:g}" kept 6 digits: 1234567.5 -> 1.23457e+06)
            value = repr(float(value)) if float(value) != int(value) else str(int(value))
        state[name] = "" if value is None else str(value)
    state["secondary_actions"] = sorted(content["secondary_actions"])
    state["approaches"] = sorted(content["approaches"])
    state["countries"] = [[c["country"], c["role"]] for c in content["countries"]]
    state["organisations"] = [[o["name"], o["role"], o["type"]] for o in content["organisations"]]
    state["people"] = [[p["group"], p["sex"], p["age"], p["targeted"], p["reached"]] for p in content["people"]]
    return state


def content_changes(state: dict[str, Any]) -> dict[str, Any]:
    """Activity content (as ``apply_changes`` takes it) from a raw state; a date typed in the locale's
    form is given as YYYY-MM-DD, one that cannot be read as typed."""
    changes: dict[str, Any] = {name: state.get(name, "") for name in TEXT_FIELDS + COMBO_FIELDS}
    for name in DATE_FIELDS:
        typed = state.get(name, "") or ""
        iso = iso_date(typed)
        changes[name] = typed if iso is None else iso
    changes["secondary_actions"] = list(state.get("secondary_actions", []))
    changes["approaches"] = list(state.get("approaches", []))
    changes["countries"] = [{"country": c, "role": r} for c, r in state.get("countries", []) if c or r]
    changes["organisations"] = [
        {"name": n, "role": r, "type": t} for n, r, t in state.get("organisations", []) if n or r or t
    ]
    changes["people"] = [
        {"group": g, "sex": s, "age": a, "targeted": t, "reached": r}
        for g, s, a, t, r in state.get("people", []) if t is not None or r is not None
    ]
    changes["organisations"] = [o if o["name"] else {**o, "name": " "} for o in changes["organisations"]]
    return changes


def parse_state(base: Activity, state: dict[str, Any]) -> tuple[Activity, dict[str, str]]:
    """The activity the state describes, and a plain message per field that could not be read."""
    problems: dict[str, str] = {}
    activity = base
    for name, value in content_changes(state).items():
        if name in DATE_FIELDS and iso_date(value) is None:
            problems[name] = unreadable_date_message(value)  # said next to the field; the day is not taken
            activity = apply_changes(activity, {name: ""})
            continue
        try:
            activity = apply_changes(activity, {name: value})
        except UserError as error:
            message = str(error)
            problems[name] = message.split(": ", 1)[1] if message.startswith("Field '") else message
    return activity, problems
