"""Create, edit and delete activities through the real widgets, and check the database."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from cairo_desktop.domain.filters import ActivityFilter

pytestmark = [__import__("pytest").mark.gui]


def _choose(combo, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def test_create_an_activity_through_the_editor(make_window, field_services, qtbot) -> None:
    window = make_window(field_services)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ui = window.editor.ui
    assert window.editor.is_new and not ui.save_button.isEnabled()
    qtbot.keyClicks(ui.title, "Legal aid desk in Khartoum")
    _choose(ui.action, "3.2")
    _choose(ui.status, "implementation")
    ui.planned_start.setDate(QDate(2025, 3, 1))
    window.editor.approach_boxes["human_rights"].setChecked(True)
    ui.add_countries.click()
    _choose(ui.countries.cellWidget(0, 0), "SDN")
    _choose(ui.countries.cellWidget(0, 1), "origin")
    qtbot.keyClicks(ui.budget_amount, "12500")
    _choose(ui.currency, "USD")
    reached = window.editor.reached
    reached.setData(reached.index(0, 0), "7")
    reached.setData(reached.index(1, 0), "5")
    assert reached.index(reached.rowCount() - 1, 0).data() == "12"  # column total as typed
    assert ui.save_button.isEnabled(), window.editor.errors
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [activity] = field_services.activities.find(ActivityFilter())
    assert activity.title == "Legal aid desk in Khartoum" and activity.action == "3.2"
    assert activity.approaches == ["human_rights"] and activity.countries[0].country == "SDN"
    assert activity.budget_amount == 12500 and activity.currency == "USD"
    assert activity.people_total("reached") == 12 and activity.office == "ETH-ADD"
    assert window.model.rowCount() == 1 and window.table.currentIndex().row() == 0
    assert not window.editor.is_new and not window.editor.dirty


def test_edit_then_delete(make_window, filled_services, qtbot, answers) -> None:
    window = make_window(filled_services)
    row = window.model.row_of(filled_services.activities.find(ActivityFilter(text="water"))[0].id)
    window.table.selectRow(row)
    ui = window.editor.ui
    assert ui.title.text() == "Water points in Metema"
    ui.title.setText("Water points in Metema and Gallabat")
    assert window.editor.dirty
    ui.save_button.click()
    activity_id = window.editor.activity.id
    assert filled_services.activities.get(activity_id).title == "Water points in Metema and Gallabat"
    assert len(filled_services.activities.history(activity_id)) == 2

    answers.push(QMessageBox.StandardButton.Yes)
    ui.delete_button.click()
    assert filled_services.activities.get(activity_id).deleted
    assert window.model.row_of(activity_id) == -1 and window.model.rowCount() == 2
    assert window.editor.activity is None


def test_validation_messages_sit_next_to_their_fields(make_window, filled_services) -> None:
    window = make_window(filled_services)
    window.table.selectRow(0)
    editor, ui = window.editor, window.editor.ui
    ui.title.setText("")
    assert ui.error_title.isVisibleTo(editor) and ui.error_title.text() == "A title is required."
    assert not ui.save_button.isEnabled()
    ui.budget_amount.setText("25 thousand")
    assert "not an amount of money" in ui.error_budget_amount.text()
    ui.planned_end.setDate(QDate(2020, 1, 1))
    assert "before the start" in ui.error_planned_end.text()
    assert "correct the fields" in ui.summary_error.text()
    assert editor.save() is False  # Ctrl+S does nothing while something is invalid
    ui.title.setText("Back to a title")
    ui.budget_amount.setText("100")
    ui.planned_end.setDate(QDate(2026, 1, 1))
    assert not ui.error_title.isVisibleTo(editor) and editor.errors == {}
    assert ui.save_button.isEnabled()


def test_people_totals_above_the_stated_total_are_refused(make_window, filled_services) -> None:
    window = make_window(filled_services)
    window.table.selectRow(0)
    window.editor.ui.reached_total.setText("3")
    assert "more than the stated total" in window.editor.ui.error_reached_total.text()
    grid = window.editor.reached
    assert grid.setData(grid.index(0, 0), "-4") is False and grid.setData(grid.index(0, 0), "x") is False


def test_switching_records_asks_and_cancel_keeps_the_edits(make_window, filled_services, answers) -> None:
    window = make_window(filled_services)
    window.table.selectRow(0)
    first_id = window.editor.activity.id
    window.editor.ui.title.setText("Edited but not saved")
    answers.push(QMessageBox.StandardButton.Cancel)
    window.table.selectRow(1)
    assert answers.asked[-1][1] == "Unsaved changes"
    assert window.editor.activity.id == first_id and window.editor.ui.title.text() == "Edited but not saved"
    assert window.table.currentIndex().row() == 0

    answers.push(QMessageBox.StandardButton.Discard)
    window.table.selectRow(1)
    assert window.editor.activity.id != first_id
    assert filled_services.activities.get(first_id).title != "Edited but not saved"


def test_closing_with_unsaved_edits_asks_first(make_window, filled_services, answers) -> None:
    window = make_window(filled_services)
    window.table.selectRow(0)
    window.editor.ui.place.setText("Kassala")
    answers.push(QMessageBox.StandardButton.Cancel)
    assert window.close() is False and window.isVisible()
    assert window.editor.ui.place.text() == "Kassala"
    answers.push(QMessageBox.StandardButton.Save)
    assert window.close() is True
    assert filled_services.activities.get(window.editor.activity.id).place == "Kassala"


def test_history_lists_who_changed_which_field(make_window, filled_services) -> None:
    window = make_window(filled_services)
    window.table.selectRow(0)
    window.editor.ui.place.setText("Gedaref")
    window.editor.save()
    window.actions["history"].trigger()
    dialog = window.commands.last_dialog
    tree = dialog.tree
    assert tree.topLevelItemCount() == 2
    newest = tree.topLevelItem(0)
    assert newest.text(1) == "tester" and newest.text(2) == "ETH-ADD"
    changed = {newest.child(i).text(0): (newest.child(i).text(1), newest.child(i).text(2)) for i in range(newest.childCount())}
    assert changed["Place"] == ("Metema", "Gedaref")  # the field by its label, not its stored name
    dialog.close()
    window.set_language("fr")
    try:
        window.actions["history"].trigger()
        newest = window.commands.last_dialog.tree.topLevelItem(0)
        assert "Lieu" in {newest.child(i).text(0) for i in range(newest.childCount())}
        window.commands.last_dialog.close()
    finally:
        window.set_language("en")
