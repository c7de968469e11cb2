"""Moving values between the editor's widgets and a plain "raw state" dict, both ways.

The raw state is exactly what the person typed, valid or not (dates and numbers as text), so it can
be kept as a draft and given back untouched. :func:`parse_state` turns it into activity content and
a message per field that could not be read; the domain's validation does the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QTableWidget, QTableWidgetItem

from cairo_desktop.domain.activity import Activity, content_of
from cairo_desktop.domain.activity_json import apply_changes
from cairo_desktop.errors import UserError

EMPTY_DATE = QDate(1900, 1, 1)
TEXT_FIELDS = ("title", "description", "admin_area", "place", "notes", "budget_amount", "targeted_total", "reached_total")
COMBO_FIELDS = ("action", "status", "activity_type", "text_lang", "currency")
DATE_FIELDS = ("planned_start", "planned_end", "actual_start", "actual_end")


def prepare_date(edit: QDateEdit) -> None:
    edit.setMinimumDate(EMPTY_DATE)
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setSpecialValueText(" ")  # shown for EMPTY_DATE: "no date"
    edit.setDate(EMPTY_DATE)


def date_text(edit: QDateEdit) -> str:
    return "" if edit.date() == EMPTY_DATE else edit.date().toString("yyyy-MM-dd")


def set_date_text(edit: QDateEdit, text: str | None) -> None:
    parsed = QDate.fromString(text or "", "yyyy-MM-dd")
    edit.setDate(parsed if parsed.isValid() else EMPTY_DATE)


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


def table_rows(table: QTableWidget) -> list[list[str]]:
    """Each row's cells: a combo's code or an item's text."""
    rows = []
    for row in range(table.rowCount()):
        values = []
        for column in range(table.columnCount()):
            widget = table.cellWidget(row, column)
            if isinstance(widget, QComboBox):
                values.append(str(widget.currentData() or ""))
            else:
                item = table.item(row, column)
                values.append(item.text().strip() if item else "")
        rows.append(values)
    return rows


def add_table_row(table: QTableWidget, values: list[str], combos: dict[int, list[tuple[str, str]]],
                  on_change: Any, read_only: bool = False) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column in range(table.columnCount()):
        value = values[column] if column < len(values) else ""
        if column in combos:
            combo = QComboBox()
            fill_combo(combo, combos[column])
            set_combo_code(combo, value)
            combo.setEnabled(not read_only)
            combo.currentIndexChanged.connect(lambda _i: on_change())
            table.setCellWidget(row, column, combo)
        else:
            item = QTableWidgetItem(value)
            if read_only:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)


def state_of(activity: Activity) -> dict[str, Any]:
    """The raw state showing ``activity`` (what the widgets hold after loading it)."""
    content = content_of(activity)
    state: dict[str, Any] = {}
    for name in TEXT_FIELDS + COMBO_FIELDS + DATE_FIELDS:
        value = content.get(name)
        if name == "budget_amount" and value is not None:
            value = f"{value:g}" if float(value) != int(value) else str(int(value))
        state[name] = "" if value is None else str(value)
    state["secondary_actions"] = sorted(content["secondary_actions"])
    state["approaches"] = sorted(content["approaches"])
    state["countries"] = [[c["country"], c["role"]] for c in content["countries"]]
    state["organisations"] = [[o["name"], o["role"], o["type"]] for o in content["organisations"]]
    state["people"] = [[p["group"], p["sex"], p["age"], p["targeted"], p["reached"]] for p in content["people"]]
    return state


def content_changes(state: dict[str, Any]) -> dict[str, Any]:
    """Activity content (as ``apply_changes`` takes it) from a raw state."""
    changes: dict[str, Any] = {name: state.get(name, "") for name in TEXT_FIELDS + COMBO_FIELDS + DATE_FIELDS}
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
        try:
            activity = apply_changes(activity, {name: value})
        except UserError as error:
            message = str(error)
            problems[name] = message.split(": ", 1)[1] if message.startswith("Field '") else message
    return activity, problems
