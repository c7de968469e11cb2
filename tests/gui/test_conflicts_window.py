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


def test_a_value_of_a_third_edit_is_named_under_its_field(make_window, make_services, tmp_path: Path) -> None:
    from tests.sync.helpers import three_edits_apart

    coordinator = three_edits_apart(make_services, tmp_path, "c0ffee00-1111-4111-8111-000000000001")
    [conflict] = coordinator.sync.open_conflicts()
    window = make_window(coordinator)
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    field = dialog.table.item(0, 1)
    assert field.text().splitlines()[1] == "+ 1 more value"
    assert conflict.others[0] in field.toolTip() and "edit the activity to write it" in field.toolTip()
    shown = {dialog.table.item(0, column).text() for column in (2, 3)}
    assert shown == {conflict.local_value, conflict.incoming_value}  # the third is not offered as a side
    window.set_language("fr")
    try:
        dialog.reload()
        assert dialog.table.item(0, 1).text().splitlines()[1] != "+ 1 more value"
    finally:
        window.set_language("en")
    dialog.close()
