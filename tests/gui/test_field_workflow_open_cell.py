"""A number still being typed in the people grid is not lost by Ctrl+S, New or choosing another activity."""

from __future__ import annotations

from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox


def _type_in_first_cell(window: Any, text: str) -> tuple[Any, Any]:
    """Open the first reached cell with a digit and leave its editor open; returns the grid and the cell's key."""
    editor = window.editor
    editor.ui.tabs.setCurrentWidget(editor.ui.tab_people)
    view = editor.ui.people_reached
    index = view.model().index(0, 0)
    view.setCurrentIndex(index)
    view.setFocus()
    QTest.keyClicks(view, text[0])  # a digit opens the cell; the rest goes to its editor, as when typing
    assert view.state() == QAbstractItemView.State.EditingState
    QTest.keyClicks(QApplication.focusWidget(), text[1:])
    return view, index


def _reached(activity: Any, cell: tuple[str, str, str]) -> int | None:
    return next((count.reached for count in activity.people if (count.group, count.sex, count.age) == cell), None)


def test_save_shortcut_keeps_the_number_being_typed(make_window: Any, filled_services: Any) -> None:
    window = make_window(filled_services)
    window.select_activity(window.model.activity_id(0))
    view, index = _type_in_first_cell(window, "1234")
    cell = window.editor.reached._cell(index)
    assert _reached(window.editor.activity, cell) != 1234
    window.actions["save"].trigger()
    assert view.state() != QAbstractItemView.State.EditingState
    assert _reached(filled_services.activities.get(window.editor.activity.id), cell) == 1234


def test_leaving_the_activity_asks_about_the_number_being_typed(make_window: Any, filled_services: Any,
                                                                answers: Any) -> None:
    window = make_window(filled_services)
    first, second = window.model.activity_id(0), window.model.activity_id(1)
    window.select_activity(first)
    _type_in_first_cell(window, "7")
    answers.push(QMessageBox.StandardButton.Cancel)
    window.select_activity(second)
    assert [kind for kind, _title, _text in answers.asked] == ["question"]
    assert window.editor.activity.id == first and window.editor.dirty
