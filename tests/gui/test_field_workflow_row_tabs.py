"""Keyboard use of the country and partner rows: Tab reaches each row's lists and remove button, then Add."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _tab_chain(start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab reaches from ``start`` (visible, enabled, taking Tab focus)."""
    reached, widget = [], start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled()):
            widget = widget.nextInFocusChain()
        reached.append(widget)
    return reached


def _row_widgets(table: Any) -> list[QWidget]:
    return [table.cellWidget(row, column) for row in range(table.rowCount())
            for column in range(table.columnCount()) if table.cellWidget(row, column) is not None]


def test_tab_walks_the_rows_of_countries_and_partners(make_window: Any, filled_services: Any) -> None:
    window = make_window(filled_services)
    window.select_activity(window.model.activity_id(0))
    ui = window.editor.ui
    for tab, table, add in ((ui.tab_when_where, ui.countries, ui.add_countries),
                            (ui.tab_money, ui.organisations, ui.add_organisations)):
        ui.tabs.setCurrentWidget(tab)
        add.click()  # at least two rows, the new one last
        add.click()
        widgets = _row_widgets(table)
        assert len(widgets) >= 4
        assert not table.tabKeyNavigation()
        assert _tab_chain(table, len(widgets) + 1) == widgets + [add]
