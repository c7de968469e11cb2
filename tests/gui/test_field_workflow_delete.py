"""Deleting an activity leaves the editor empty: the commands that act on the shown activity follow."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox


def test_commands_on_the_shown_activity_are_disabled_after_deleting_it(make_window: Any, filled_services: Any,
                                                                      answers: Any) -> None:
    window = make_window(filled_services)
    window.select_activity(window.model.activity_id(0))
    commands = ("save", "delete", "history", "activity_pdf")
    assert all(window.actions[name].isEnabled() for name in commands)
    rows = window.model.rowCount()
    answers.push(QMessageBox.StandardButton.Yes)
    window.actions["delete"].trigger()
    assert window.editor.activity is None
    assert window.model.rowCount() == rows - 1
    assert [name for name in commands if window.actions[name].isEnabled()] == []
