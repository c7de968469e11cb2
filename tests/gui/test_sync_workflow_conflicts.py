"""Sync, Conflicts: fields of one activity are settled together, so none leaves the list unasked;
no wrapped value is cut short with "…".

The service writes one resolving revision per activity; a field the person left on "(decide
later)" would silently keep the value in bold. The window names those fields and asks first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import sample_activity
from tests.gui.sync_scenarios import two_fields_changed_apart

pytestmark = pytest.mark.gui


def _two_fields_in_conflict(make_services, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A coordinator with one activity whose place and description were changed differently at the field office."""
    coordinator, activity_id, package = two_fields_changed_apart(make_services, tmp_path)
    assert coordinator.sync.import_packages([package])[0].open_conflicts == 2
    return coordinator, activity_id


def _choose(dialog, field: str, keep: str) -> None:  # type: ignore[no-untyped-def]
    row = next(row for row, conflict in enumerate(dialog.conflicts) if conflict.field == field)
    choice = dialog.table.cellWidget(row, 4)
    choice.setCurrentIndex(choice.findData(keep))


def test_a_field_left_for_later_is_not_settled_unasked(make_window, make_services, answers, qtbot,
                                                       tmp_path: Path) -> None:
    coordinator, activity_id = _two_fields_in_conflict(make_services, tmp_path)
    window = make_window(coordinator)
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    assert dialog.table.rowCount() == 2
    _choose(dialog, "place", "incoming")  # the description is left on "(decide later)"

    answers.push(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    kind, _title, text = answers.asked[-1]
    description_row = next(row for row, c in enumerate(dialog.conflicts) if c.field == "description")
    assert kind == "question" and dialog.table.item(description_row, 1).text() in text
    assert len(coordinator.sync.open_conflicts()) == 2 and dialog.table.rowCount() == 2  # No: nothing settled
    assert coordinator.activities.get(activity_id).place == "Bahir Dar"

    answers.push(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert coordinator.sync.open_conflicts() == [] and dialog.table.rowCount() == 0
    assert coordinator.activities.get(activity_id).place == "Gondar"
    dialog.close()


def test_no_question_when_every_field_of_the_activity_is_chosen(make_window, make_services, answers, qtbot,
                                                                 tmp_path: Path) -> None:
    coordinator, activity_id = _two_fields_in_conflict(make_services, tmp_path)
    window = make_window(coordinator)
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    _choose(dialog, "place", "incoming")
    _choose(dialog, "description", "local")
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert answers.asked == [] and coordinator.sync.open_conflicts() == []
    activity = coordinator.activities.get(activity_id)
    assert (activity.place, activity.description) == ("Gondar", "Written at the secretariat.")
    dialog.close()


def _cut_lines(table, row: int, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The lines of a cell Qt's item view would end with "…": wrapped as the view wraps them, a line wider
    than the cell is elided unless the view's elide mode is ElideNone (QCommonStyle's viewItemDrawText)."""
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QStyle

    item = table.item(row, column)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = table.visualItemRect(item).width() - 2 * margin
    layout = QTextLayout(item.text().replace("\n", "\u2028"), item.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(table.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    wide = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        if line.naturalTextWidth() > width:
            wide.append(item.text().replace("\n", "\u2028")[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return wide if table.textElideMode() != Qt.TextElideMode.ElideNone else []


def test_no_wrapped_value_is_cut_short_in_arabic(make_window, make_services, qtbot, tmp_path: Path) -> None:
    from tests.gui.test_sync_menu import _in_conflict

    people = [{"group": "SMG", "sex": "f", "age": "adults", "targeted": 390, "reached": 335},
              {"group": "SMG", "sex": "f", "age": "children", "targeted": 387, "reached": 265},
              {"group": "SMG", "sex": "m", "age": "adults", "targeted": 39, "reached": 37}]
    coordinator, _activity_id = _in_conflict(make_services, tmp_path, {"people": [dict(people[0], reached=346)] + people[1:]},
                                             {"people": people})
    window = make_window(coordinator)
    window.set_language("ar")
    try:
        window.actions["conflicts"].trigger()
        dialog = window.commands.last_dialog
        table = dialog.table
        for width in range(600, 1100, 3):  # the dialog as a person may size it; each width wraps differently
            dialog.resize(width, 480)
            qtbot.wait(1)
            table.resizeRowsToContents()
            for column in (2, 3):
                assert _cut_lines(table, 0, column) == [], (width, column)
        dialog.close()
    finally:
        window.set_language("en")


def test_the_choice_keeps_its_own_height_beside_a_long_value(make_window, make_services, tmp_path: Path) -> None:
    """A people conflict takes many lines; the Keep box stays a box, at the top where the values start."""
    from tests.gui.test_sync_menu import _in_conflict

    people = sample_activity()["people"]
    coordinator, _activity_id = _in_conflict(make_services, tmp_path, {"people": [dict(people[0], reached=19), people[1]]},
                                             {"people": [dict(people[0], reached=17), people[1]]})
    window = make_window(coordinator)
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    table = dialog.table
    choice = table.cellWidget(0, 4)
    assert table.rowHeight(0) > 2 * choice.sizeHint().height()  # a tall row, else this proves nothing
    assert choice.height() <= choice.sizeHint().height()
    assert abs(choice.geometry().top() - table.rowViewportPosition(0)) <= 4
    value = table.item(0, 2)
    assert Qt.AlignmentFlag(value.textAlignment()) & Qt.AlignmentFlag.AlignTop  # its first line beside the box
    dialog.close()


def test_the_question_about_undecided_fields_fits_the_screen(make_window, make_services, answers, qtbot,
                                                             tmp_path: Path) -> None:
    """Thirty activities with two fields in conflict, one chosen in each: the question names the undecided
    fields without growing past a 768-pixel screen."""
    field = make_services("ETH-ADD", "field")
    coordinator = make_services("KP-SEC", "coordinator", country="")
    added = field.activities.add_many([sample_activity(title=f"Awareness session number {n} in Gondar")
                                       for n in range(30)])
    field.sync.export_package(tmp_path / "1.xlsx")
    coordinator.sync.import_packages([tmp_path / "1.xlsx"])
    field.activities.edit_many([(a.id, {"place": "Gondar", "description": "Field."}, None) for a in added])
    coordinator.activities.edit_many([(a.id, {"place": "Bahir Dar", "description": "Secretariat."}, None)
                                      for a in added])
    field.sync.export_package(tmp_path / "2.xlsx")
    coordinator.sync.import_packages([tmp_path / "2.xlsx"])
    window = make_window(coordinator)
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    assert dialog.table.rowCount() == 60
    for row, conflict in enumerate(dialog.conflicts):
        if conflict.field == "place":
            dialog.table.cellWidget(row, 4).setCurrentIndex(2)
    answers.push(QMessageBox.StandardButton.No)
    dialog.resolve_button.click()
    kind, title, text = answers.asked[-1]
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Yes, window)
    box.show()
    qtbot.waitExposed(box)
    assert kind == "question" and box.height() <= 768 - 60
    box.close()
    assert len(coordinator.sync.open_conflicts()) == 60  # No: nothing settled
    dialog.close()


def test_the_window_says_when_there_is_nothing_to_resolve(make_window, make_services, qtbot, tmp_path: Path) -> None:
    """With no conflict the window says so instead of asking to choose in rows that are not there; after the
    last one is resolved too."""
    from tests.gui.test_sync_menu import _in_conflict

    coordinator, _activity_id = _in_conflict(make_services, tmp_path, {"place": "Gondar"}, {"place": "Bahir Dar"})
    window = make_window(coordinator)
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    instructions = dialog.help.text()
    assert "For each row" in instructions
    _choose(dialog, "place", "local")
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and "For each row" not in dialog.help.text() and dialog.help.text()
    dialog.close()


def test_the_question_about_undecided_fields_reads_right_to_left_in_arabic(make_window, make_services, answers,
                                                                          tmp_path: Path) -> None:
    """Its lines start with the activity's id and title (often Latin letters): they still read right to left."""
    from PySide6.QtGui import QTextDocument

    coordinator, _activity_id = _two_fields_in_conflict(make_services, tmp_path)
    window = make_window(coordinator)
    window.set_language("ar")
    try:
        window.actions["conflicts"].trigger()
        dialog = window.commands.last_dialog
        _choose(dialog, "place", "incoming")
        answers.push(QMessageBox.StandardButton.No)
        dialog.resolve_button.click()
        document = QTextDocument()
        document.setPlainText(answers.asked[-1][2])
        block, directions = document.begin(), []
        while block.isValid():
            if block.text().strip("\u200f "):
                directions.append(block.textDirection())
            block = block.next()
        assert len(directions) >= 3 and set(directions) == {Qt.LayoutDirection.RightToLeft}
        dialog.close()
    finally:
        window.set_language("en")
