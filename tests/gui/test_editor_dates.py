"""The editor's date fields, driven by keyboard and mouse: typed, cleared, refused with a reason, picked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from cairo_desktop.domain.filters import ActivityFilter

pytestmark = pytest.mark.gui


def _open_water_points(window):  # type: ignore[no-untyped-def]
    activity = window.services.activities.find(ActivityFilter(text="water"))[0]
    window.select_activity(activity.id)
    window.editor.ui.tabs.setCurrentIndex(1)
    return window.editor, window.editor.ui, activity.id


def _type_into(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_a_date_typed_into_an_empty_field_is_taken_and_saved(make_window, filled_services, qtbot) -> None:
    window = make_window(filled_services)
    editor, ui, activity_id = _open_water_points(window)
    assert ui.actual_start.text() == ""
    _type_into(qtbot, ui.actual_start, "2025-03-10")
    assert editor.raw_state()["actual_start"] == "2025-03-10"
    assert ui.save_button.isEnabled(), editor.errors
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert filled_services.activities.get(activity_id).actual_start == date(2025, 3, 10)


def test_a_date_in_the_french_form_is_read_and_shown_as_year_month_day(make_window, filled_services, qtbot) -> None:
    window = make_window(filled_services)
    window.set_language("fr")
    try:
        editor, ui, activity_id = _open_water_points(window)
        _type_into(qtbot, ui.actual_start, "10/03/2025")
        assert ui.actual_start.text() == "2025-03-10"  # shows how it was understood
        assert "actual_start" not in editor.errors
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert filled_services.activities.get(activity_id).actual_start == date(2025, 3, 10)
    finally:
        window.set_language("en")


def test_select_all_and_backspace_clears_a_date(make_window, filled_services, qtbot) -> None:
    window = make_window(filled_services)
    editor, ui, activity_id = _open_water_points(window)
    assert ui.planned_end.text() == "2025-06-30"
    ui.planned_end.setFocus()
    qtbot.keyClick(ui.planned_end, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(ui.planned_end, Qt.Key.Key_Backspace)
    qtbot.keyClick(ui.planned_end, Qt.Key.Key_Tab)
    assert editor.raw_state()["planned_end"] == "" and editor.dirty
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert filled_services.activities.get(activity_id).planned_end is None


@pytest.mark.parametrize("typed", ["31/02/2025", "next week", "2025-13-01"])
def test_a_date_that_cannot_be_read_is_said_next_to_the_field(make_window, filled_services, qtbot, typed: str) -> None:
    window = make_window(filled_services)
    editor, ui, activity_id = _open_water_points(window)
    _type_into(qtbot, ui.planned_end, typed)
    assert ui.planned_end.text() == typed  # kept as typed, to be corrected
    assert ui.error_planned_end.isVisibleTo(editor)
    assert f'Cannot read "{typed}" as a date' in ui.error_planned_end.text()
    assert "YYYY" not in ui.error_planned_end.text() and "-" in ui.error_planned_end.text()  # an example to copy
    assert not ui.save_button.isEnabled()
    assert editor.save() is False
    assert filled_services.activities.get(activity_id).planned_end == date(2025, 6, 30)


def test_the_calendar_of_an_empty_date_opens_at_this_month_and_picks_a_day(make_window, filled_services, qtbot) -> None:
    window = make_window(filled_services)
    editor, ui, _activity_id = _open_water_points(window)
    ui.actual_start.setFocus()
    qtbot.keyClick(ui.actual_start, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    calendar = popup if isinstance(popup, QCalendarWidget) else popup.findChild(QCalendarWidget)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.clicked.emit(QDate(2025, 3, 12))
    assert ui.actual_start.text() == "2025-03-12" and not calendar.isVisible()
    assert editor.raw_state()["actual_start"] == "2025-03-12"


@pytest.mark.parametrize(("lang", "typed", "day"), [("en", "10/03/2025", date(2025, 3, 10)),
                                                    ("fr", "10/03/2025", date(2025, 3, 10)),
                                                    ("ar", "١٠/٠٣/٢٠٢٥", date(2025, 3, 10))])
def test_a_date_written_day_first_is_read_day_first_in_every_language(make_window, filled_services, lang: str,
                                                                       typed: str, day: date,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Every member state of the Khartoum Process writes the day first; Qt's English is the US form."""
    from PySide6.QtCore import QLocale

    from cairo_desktop.gui.date_field import iso_date

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.C)))  # a laptop set to C
    window = make_window(filled_services)
    window.set_language(lang)
    try:
        assert iso_date(typed) == day.isoformat()
        assert iso_date("10/03/25") is None  # 1925 or 2025: the year is written in full
    finally:
        window.set_language("en")
