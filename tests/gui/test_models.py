"""Every model the window shows passes pytest-qt's model tester, and the list model pages lazily."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.gui.activity_model import PAGE, ActivityTableModel
from cairo_desktop.gui.people_grid import PeopleGridModel
from cairo_desktop.gui.plan_browser import PlanBrowser

pytestmark = pytest.mark.gui


def test_activity_model(qtmodeltester, filled_services) -> None:
    model = ActivityTableModel(filled_services)
    model.refresh()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    model.sort(0, Qt.SortOrder.AscendingOrder)
    titles = [model.index(row, 0).data() for row in range(3)]
    assert titles == sorted(titles)
    model.set_filter(ActivityFilter(text="water"))
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Water points in Metema"
    qtmodeltester.check(model, force_py=True)


def test_activity_model_fetches_only_the_pages_painted(coordinator_services) -> None:
    coordinator_services.demo.generate(PAGE * 3, offices=3, seed=4)
    calls: list[int] = []
    real_rows = coordinator_services.activities.rows

    def counting(ids):
        calls.append(len(ids))
        return real_rows(ids)

    coordinator_services.activities.rows = counting
    model = ActivityTableModel(coordinator_services)
    model.refresh()
    assert model.rowCount() == PAGE * 3 and calls == []
    assert model.index(PAGE + 5, 0).data()
    assert calls == [PAGE]
    model.index(PAGE + 6, 2).data()
    assert calls == [PAGE]  # same page: from the cache


def test_people_grid_model(qtmodeltester, field_services) -> None:
    grid = PeopleGridModel(field_services.vocabularies)
    grid.set_values({("REF", "f", "adults"): 4, ("REF", "m", "children"): 3, ("IDP", "f", "adults"): 2})
    qtmodeltester.check(grid, force_py=True)
    last_row, last_column = grid.rowCount() - 1, grid.columnCount() - 1
    assert grid.index(last_row, last_column).data() == "9"
    assert not grid.flags(grid.index(last_row, 0)) & Qt.ItemFlag.ItemIsEditable


def test_people_grid_keeps_cells_of_another_age_band_set(field_services) -> None:
    grid = PeopleGridModel(field_services.vocabularies)
    columns = grid.columnCount()
    grid.set_values({("REF", "f", "age0_5"): 4})
    assert grid.columnCount() == columns + 1 and grid.total() == 4


def test_plan_tree_model(qtmodeltester, filled_services, qtbot) -> None:
    browser = PlanBrowser(filled_services)
    qtbot.addWidget(browser)
    browser.set_figures(filled_services.statistics.per_action())
    qtmodeltester.check(browser.model, force_py=True)
    root = browser.model.item(0, 0)
    assert browser.model.item(0, 1).text() == "3"
    assert root.child(3, 1).text() == "1"  # domain 4 holds the one 4.1 activity
    browser.select_code("4.1")
    assert browser.selected_scope() == (("4.1",), ())
    assert "4.1" in browser.details.toPlainText()
    action_item = root.child(3, 0).child(0, 0)
    assert filled_services.plan.action("4.1").text.get("en")[:40] in action_item.toolTip()
