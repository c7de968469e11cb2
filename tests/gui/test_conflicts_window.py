"""Sync, Conflicts: pressing Resolve with no choice made says what to do, and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_sync_menu import _in_conflict

pytestmark = pytest.mark.gui


def test_resolve_with_nothing_chosen_says_what_to_do(make_window, make_services, answers, qtbot,
                                                     tmp_path: Path) -> None:
    coordinator, activity_id = _in_conflict(make_services, tmp_path, {"place": "Gondar"}, {"place": "Bahir Dar"})
    window = make_window(coordinator)
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    assert dialog.table.rowCount() == 1 and dialog.resolve_button.isEnabled()
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    kind, _title, text = answers.asked[-1]
    assert kind == "information" and "Keep column" in text and "Resolve" in text
    assert dialog.table.rowCount() == 1 and len(coordinator.sync.open_conflicts()) == 1  # nothing settled
    choice = dialog.table.cellWidget(0, 4)
    choice.setCurrentIndex(choice.findData("local"))
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert coordinator.sync.open_conflicts() == [] and len(answers.asked) == 1
    assert coordinator.activities.get(activity_id).place == "Bahir Dar"
    dialog.close()
