"""Numbers typed into the people grid: grouped thousands are taken, a refused value says why under the grid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from cairo_desktop.domain.filters import ActivityFilter

pytestmark = pytest.mark.gui


def _open_people(window):  # type: ignore[no-untyped-def]
    activity = window.services.activities.find(ActivityFilter(text="water"))[0]
    window.select_activity(activity.id)
    window.editor.ui.tabs.setCurrentIndex(3)
    return window.editor, window.editor.ui, activity.id


def _type_in_cell(qtbot, view, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = next(child for child in view.findChildren(QLineEdit) if child.isVisible())
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest cannot type beyond ASCII: as an input method (an Arabic keyboard) would
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)  # commits queued


@pytest.mark.parametrize("typed", ["1,200", "1 200", "1\u202f200", "١٢٠٠"])
def test_grouped_thousands_are_taken_as_one_number(make_window, filled_services, qtbot, typed: str) -> None:
    window = make_window(filled_services)
    editor, ui, activity_id = _open_people(window)
    _type_in_cell(qtbot, ui.people_reached, 2, 0, typed)
    assert ui.people_reached.model().index(2, 0).data(Qt.ItemDataRole.EditRole) == "1200"
    assert ui.people_reached.model().index(2, 0).data() == "1,200"  # shown grouped, as every count in the window
    assert not ui.people_input_error.isVisibleTo(editor)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert filled_services.activities.get(activity_id).people_total("reached") == 18 + 25 + 1200


@pytest.mark.parametrize(("typed", "reason"), [("-3", "cannot be below zero"), ("abc", "type a whole number"),
                                               ("2.5", "type a whole number"), ("1.200", "type a whole number")])
def test_a_refused_number_says_why_under_the_grid(make_window, filled_services, qtbot, typed: str, reason: str) -> None:
    window = make_window(filled_services)
    editor, ui, _activity_id = _open_people(window)
    grid = ui.people_reached.model()
    before = grid.index(0, 0).data()
    _type_in_cell(qtbot, ui.people_reached, 0, 0, typed)
    assert grid.index(0, 0).data() == before  # not kept ...
    label = ui.people_input_error
    assert label.isVisibleTo(editor) and f'"{typed}" was not kept' in label.text() and reason in label.text()
    _type_in_cell(qtbot, ui.people_reached, 0, 0, "7")  # ... and said until a number is taken
    assert grid.index(0, 0).data() == "7" and not label.isVisibleTo(editor)


def test_the_message_goes_when_another_activity_is_shown(make_window, filled_services, qtbot) -> None:
    window = make_window(filled_services)
    editor, ui, activity_id = _open_people(window)
    ui.people_tabs.setCurrentIndex(1)
    _type_in_cell(qtbot, ui.people_targeted, 0, 0, "-1")
    assert ui.people_input_error.isVisibleTo(editor)
    window.select_activity(next(window.model.activity_id(row) for row in range(window.model.rowCount())
                                if window.model.activity_id(row) != activity_id))
    assert editor.activity.id != activity_id
    assert not ui.people_input_error.isVisibleTo(editor)


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Keys as a person types them: each goes where the focus is (the grid, then the cell it opened)."""
    for character in text:
        qtbot.keyClick(QApplication.focusWidget(), character)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_numbers_are_typed_straight_into_the_grid_and_tab_moves_on(make_window, filled_services, qtbot,
                                                                   lang: str) -> None:
    window = make_window(filled_services)
    window.set_language(lang)
    try:
        _editor, ui, _activity_id = _open_people(window)
        view, grid = ui.people_reached, ui.people_reached.model()
        view.setFocus()
        view.setCurrentIndex(grid.index(0, 0))
        _type(qtbot, "12")  # no double click, no F2: the first digit opens the cell
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        _type(qtbot, "30")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        total_column = grid.columnCount() - 1
        edited = Qt.ItemDataRole.EditRole
        qtbot.waitUntil(lambda: grid.index(0, total_column).data(edited) == "42", timeout=2000)  # commits are queued
        assert (grid.index(0, 0).data(edited), grid.index(0, 1).data(edited)) == ("12", "30")
        # Shown in the interface language's digits, like the list's counts: ٤٢ in Arabic.
        assert grid.index(0, total_column).data() == ("٤٢" if lang == "ar" else "42")
        assert view.currentIndex() == grid.index(0, 2)  # Tab went on along the row, the next cell open to type
        assert view.state() == QAbstractItemView.State.EditingState
    finally:
        window.set_language("en")


def test_tab_goes_over_the_totals_to_the_next_row(make_window, filled_services, qtbot) -> None:
    """A number typed after Tab on a total would be lost: Tab skips the total column and the total row."""
    window = make_window(filled_services)
    _editor, ui, _activity_id = _open_people(window)
    view, grid = ui.people_reached, ui.people_reached.model()
    last_cell = grid.columnCount() - 2
    view.setFocus()
    view.setCurrentIndex(grid.index(0, last_cell))
    _type(qtbot, "5")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: grid.index(0, last_cell).data() == "5", timeout=2000)
    assert view.currentIndex() == grid.index(1, 0)  # not the row's total
    _type(qtbot, "8")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: grid.index(1, 0).data() == "8", timeout=2000)
    assert view.currentIndex() == grid.index(0, last_cell)  # and back the same way
    last_group = grid.rowCount() - 2
    view.setCurrentIndex(grid.index(last_group, last_cell))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.currentIndex() == grid.index(0, 0)  # over the total row, round to the first cell
