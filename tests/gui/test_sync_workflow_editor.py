"""The editor after a sync change: it shows the activity as the import or the resolution left it, and
opening Conflicts with unsaved edits asks first, as Import and Export do."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.conftest import sample_activity
from tests.gui.test_sync_menu import _in_conflict

pytestmark = pytest.mark.gui


def test_the_editor_shows_the_value_kept_by_a_resolution(make_window, make_services, tmp_path: Path) -> None:
    coordinator, activity_id = _in_conflict(make_services, tmp_path, {"title": "Field's title"},
                                            {"title": "Secretariat's title"})
    window = make_window(coordinator)
    window.select_activity(activity_id)
    assert window.editor.ui.title.text() == "Secretariat's title"
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    choice = dialog.table.cellWidget(0, 4)
    choice.setCurrentIndex(choice.findData("incoming"))
    dialog.resolve_button.click()
    dialog.close()
    assert window.editor.ui.title.text() == coordinator.activities.get(activity_id).title == "Field's title"
    window.editor.ui.title.setText("Field's title, checked")
    assert window.editor.save()  # not refused as made on an older version
    assert coordinator.activities.get(activity_id).title == "Field's title, checked"


def test_the_editor_closes_an_activity_deleted_by_a_resolution(make_window, make_services, tmp_path: Path) -> None:
    field = make_services("ETH-ADD", "field")
    coordinator = make_services("KP-SEC", "coordinator", country="")
    added = field.activities.add(sample_activity(title="Deleted at the office"))
    field.sync.export_package(tmp_path / "1.xlsx")
    coordinator.sync.import_packages([tmp_path / "1.xlsx"])
    field.activities.delete(added.id)
    coordinator.activities.edit(added.id, {"place": "Bahir Dar"})
    field.sync.export_package(tmp_path / "2.xlsx")
    coordinator.sync.import_packages([tmp_path / "2.xlsx"])
    window = make_window(coordinator)
    window.select_activity(added.id)
    assert window.editor.activity is not None and window.editor.activity.id == added.id
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    deleted = dialog.table.cellWidget(0, 4)
    side = "incoming" if dialog.conflicts[0].incoming_value else "local"  # the side that deleted it
    deleted.setCurrentIndex(deleted.findData(side))
    dialog.resolve_button.click()
    dialog.close()
    assert window.model.rowCount() == 0
    assert window.editor.activity is None and not window.actions["save"].isEnabled()


def test_the_editor_shows_what_an_import_changed(make_window, make_services, qtbot, tmp_path: Path) -> None:
    field = make_services("ETH-ADD", "field")
    coordinator = make_services("KP-SEC", "coordinator", country="")
    added = field.activities.add(sample_activity(title="As first sent"))
    field.sync.export_package(tmp_path / "1.xlsx")
    coordinator.sync.import_packages([tmp_path / "1.xlsx"])
    field.activities.edit(added.id, {"title": "As corrected at the office"})
    field.sync.export_package(tmp_path / "2.xlsx")
    window = make_window(coordinator)
    window.select_activity(added.id)
    window.commands.apply_import([tmp_path / "2.xlsx"])
    qtbot.waitUntil(lambda: not window.jobs.busy and window.statusBar().currentMessage() != "", timeout=30_000)
    assert window.editor.ui.title.text() == "As corrected at the office"


def test_conflicts_with_unsaved_edits_asks_first(make_window, make_services, answers, tmp_path: Path) -> None:
    coordinator, activity_id = _in_conflict(make_services, tmp_path, {"title": "Field's title"},
                                            {"title": "Secretariat's title"})
    window = make_window(coordinator)
    window.select_activity(activity_id)
    window.editor.ui.title.setText("Typed, not saved")
    answers.push(QMessageBox.StandardButton.Cancel)
    window.actions["conflicts"].trigger()
    assert [kind for kind, _title, _text in answers.asked] == ["question"]
    assert window.commands.last_dialog is None and window.editor.ui.title.text() == "Typed, not saved"
