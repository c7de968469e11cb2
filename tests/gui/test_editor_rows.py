"""Rows of countries and organisations can be removed with the mouse in every language, right to left too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def _new_with_countries(window, codes: list[str]):  # type: ignore[no-untyped-def]
    window.new_activity()
    ui = window.editor.ui
    ui.tabs.setCurrentIndex(1)
    for code in codes:
        ui.add_countries.click()
        combo = ui.countries.cellWidget(ui.countries.rowCount() - 1, 0)
        combo.setCurrentIndex(combo.findData(code))
    return window.editor, ui


def _country_codes(editor) -> list[str]:  # type: ignore[no-untyped-def]
    return [row[0] for row in editor.raw_state()["countries"]]


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_duplicated_country_is_removed_with_its_row_button(make_window, field_services, qtbot, lang: str) -> None:
    window = make_window(field_services)
    window.set_language(lang)
    try:
        editor, ui = _new_with_countries(window, ["ETH", "SDN", "ETH"])
        assert "countries" in editor.errors  # ETH is listed twice
        button = ui.countries.cellWidget(2, ui.countries.columnCount() - 1)
        assert button.isVisible() and button.isEnabled() and button.toolTip()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert _country_codes(editor) == ["ETH", "SDN"]
        assert "countries" not in editor.errors and not ui.error_countries.isVisibleTo(editor)
    finally:
        editor.discard_changes()
        window.set_language("en")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_clicking_into_a_row_of_combo_boxes_selects_it_for_remove_selected(make_window, field_services, qtbot,
                                                                           lang: str) -> None:
    window = make_window(field_services)
    window.set_language(lang)
    try:
        editor, ui = _new_with_countries(window, ["ETH", "SDN", "ITA"])
        assert not ui.remove_countries.isEnabled()  # nothing selected: nothing it could remove
        combo = ui.countries.cellWidget(1, 0)
        qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # opens its list, as for a person
        popup = QApplication.activePopupWidget()
        if popup is not None:
            qtbot.keyClick(popup, Qt.Key.Key_Escape)
        assert ui.remove_countries.isEnabled()
        qtbot.mouseClick(ui.remove_countries, Qt.MouseButton.LeftButton)
        assert _country_codes(editor) == ["ETH", "ITA"]
    finally:
        editor.discard_changes()
        window.set_language("en")


def test_the_row_number_selects_the_row_right_to_left(make_window, field_services, qtbot) -> None:
    window = make_window(field_services)
    window.set_language("ar")
    try:
        editor, ui = _new_with_countries(window, ["ETH", "SDN", "ITA"])
        header = ui.countries.verticalHeader()
        middle = QPoint(header.width() // 2, header.sectionViewportPosition(1) + header.sectionSize(1) // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
        assert {index.row() for index in ui.countries.selectionModel().selectedRows()} == {1}
        qtbot.mouseClick(ui.remove_countries, Qt.MouseButton.LeftButton)
        assert _country_codes(editor) == ["ETH", "ITA"]
    finally:
        editor.discard_changes()
        window.set_language("en")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_organisation_row_is_removed_with_its_button(make_window, field_services, qtbot, lang: str) -> None:
    window = make_window(field_services)
    window.set_language(lang)
    try:
        window.new_activity()
        editor, ui = window.editor, window.editor.ui
        ui.tabs.setCurrentIndex(2)
        for name in ("IOM", "UNHCR"):
            ui.add_organisations.click()
            ui.organisations.item(ui.organisations.rowCount() - 1, 0).setText(name)
        button = ui.organisations.cellWidget(0, ui.organisations.columnCount() - 1)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert [row[0] for row in editor.raw_state()["organisations"]] == ["UNHCR"]
    finally:
        editor.discard_changes()
        window.set_language("en")


def test_rows_of_a_read_only_activity_cannot_be_removed(make_window, make_services) -> None:
    from cairo_desktop.store.installation import save_identity
    from tests.conftest import sample_activity

    services = make_services("KP-SEC", "coordinator", country="")
    services.activities.add(sample_activity(), office="SDN-KRT")
    with services.database.session() as session:
        save_identity(session, "ETH-ADD", "Addis", "field", "ETH")
    services.context.forget_identity()
    window = make_window(services)
    window.select_activity(window.model.activity_id(0))
    ui = window.editor.ui
    assert window.editor.read_only
    assert not ui.countries.cellWidget(0, ui.countries.columnCount() - 1).isEnabled()
    assert not ui.remove_countries.isEnabled()


def test_a_click_on_a_combo_box_selects_its_row_even_without_the_focus(make_window, field_services, qtbot) -> None:
    window = make_window(field_services)
    editor, ui = _new_with_countries(window, ["ETH", "SDN"])
    try:
        combo = ui.countries.cellWidget(1, 1)
        combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as in a window that is not active: no focus event comes
        qtbot.mousePress(combo, Qt.MouseButton.LeftButton)
        popup = QApplication.activePopupWidget()
        if popup is not None:
            qtbot.keyClick(popup, Qt.Key.Key_Escape)
        assert {index.row() for index in ui.countries.selectionModel().selectedRows()} == {1}
    finally:
        editor.discard_changes()


def test_the_last_rows_combo_boxes_fill_their_cells(make_window, field_services, qtbot) -> None:
    window = make_window(field_services)
    editor, ui = _new_with_countries(window, ["ETH", "COD"])  # a long name chosen in the row just added
    try:
        qtbot.wait(100)  # past the timer with which a combo box may resize itself
        table = ui.countries
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                cell = table.visualRect(table.model().index(row, column))
                assert table.cellWidget(row, column).geometry() == cell, (row, column)
    finally:
        editor.discard_changes()
