"""The window as a whole: filters, read-only records, language and direction, layout memory, dashboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cairo_desktop.store.installation import save_identity
from tests.conftest import sample_activity

pytestmark = pytest.mark.gui


def test_plan_node_text_and_approach_filter_the_list(make_window, filled_services, qtbot) -> None:
    window = make_window(filled_services)
    assert window.model.rowCount() == 3
    window.plan_browser.select_code("d4")
    assert window.model.rowCount() == 1
    window.plan_browser.select_code("")
    window.filter_bar.text.setText("counselling")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    window.filter_bar.text.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=2000)
    approaches = window.plan_browser.approaches
    approaches.item(window.services.plan.approach_codes.index("anti_racism")).setCheckState(Qt.CheckState.Checked)
    assert window.model.rowCount() == 0
    qtbot.waitUntil(lambda: window.status_labels["count"].text() == "0 of 3 activities", timeout=2000)
    assert "ETH-ADD" in window.status_labels["office"].text()


def test_another_offices_activity_is_read_only_with_the_reason(make_window, make_services) -> None:
    services = make_services("KP-SEC", "coordinator", country="")
    services.activities.add(sample_activity(title="Secretariat dialogue", action="2.1"), office="SDN-KRT")
    with services.database.session() as session:  # the same database now serves a field office
        save_identity(session, "ETH-ADD", "Addis", "field", "ETH")
    services.context.forget_identity()
    window = make_window(services)
    window.table.selectRow(0)
    ui = window.editor.ui
    assert window.editor.read_only and ui.title.isReadOnly()
    assert ui.read_only_banner.isVisibleTo(window.editor)
    shown = ui.read_only_banner.text().replace("\u2011", "-")  # codes are shown with no-break hyphens
    assert "SDN-KRT" in shown and "ETH-ADD" in shown
    assert not ui.save_button.isVisibleTo(window.editor) and not window.actions["save"].isEnabled()
    ui.title.setText("typed anyway")  # programmatic text on a read-only field is still not saveable
    assert window.editor.save() is False


def test_switching_to_arabic_lays_the_window_out_right_to_left(make_window, filled_services, app, private_settings) -> None:
    window = make_window(filled_services)
    window.set_language("ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.editor.isRightToLeft()
    assert private_settings.value("ui/language") == "ar"
    assert filled_services.installation.setting("language") == "ar"  # what the CLI's reports default to
    assert window.menus["file"].title() != "&File"  # translated by the compiled .qm
    assert window.tabs.tabText(0) != "Activities"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) != "Title"
    status_cell = window.model.index(0, 2).data()
    assert status_cell in {t.label.ar for t in filled_services.vocabularies.statuses}
    plan_text = window.plan_browser.model.item(0, 0).child(0, 0).text()
    assert filled_services.plan.domains[0].short_title.ar in plan_text
    window.set_language("en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight and window.menus["file"].title() == "&File"


def test_settings_dialog_changes_the_language(make_window, filled_services) -> None:
    window = make_window(filled_services)
    window.actions["settings"].trigger()
    dialog = window.commands.last_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    assert window.lang == "fr" and window.actions["new"].text() != "&New activity"


def test_window_geometry_and_columns_are_remembered(make_window, filled_services, private_settings) -> None:
    window = make_window(filled_services)
    window.table.setColumnWidth(2, 211)
    window.close()
    again = make_window(filled_services)
    assert again.table.columnWidth(2) == 211


def test_dashboard_shows_the_current_filter(make_window, filled_services) -> None:
    window = make_window(filled_services)
    window.plan_browser.select_code("d1")
    window.actions["show_dashboard"].trigger()
    dashboard = window.dashboard
    assert dashboard.overview.total == 1
    assert dashboard.heading.text() == "1 activity in the current selection"
    domain_series = dashboard.views[0].chart().series()[0]
    implementation = [s for s in domain_series.barSets() if s.label() == "Implementation"][0]
    assert implementation.at(0) == 1.0 and implementation.at(3) == 0.0
    people = dashboard.views[1].chart().series()[0]
    assert sum(bar.sum() for bar in people.barSets()) == 43  # 18 + 25 reached in the sample


def test_shortcuts_for_frequent_commands() -> None:
    from cairo_desktop.gui.main_actions import ACTIONS

    wanted = {"new": "Ctrl+N", "save": "Ctrl+S", "find": "Ctrl+F", "import": "Ctrl+I", "export": "Ctrl+E",
              "print_report": "Ctrl+P"}
    assert {name: ACTIONS[name][0] for name in wanted} == wanted


def test_dashboard_charts_read_right_to_left_in_arabic(make_window, filled_services) -> None:
    window = make_window(filled_services)
    window.actions["show_dashboard"].trigger()
    try:
        for lang, rtl, side in (("ar", True, Qt.AlignmentFlag.AlignRight), ("en", False, Qt.AlignmentFlag.AlignLeft)):
            window.set_language(lang)
            domains, people, approaches = (view.chart() for view in window.dashboard.views)
            for chart in (domains, people, approaches):  # names or counts on the side where reading starts
                assert all(axis.alignment() == side for axis in chart.axes()
                           if axis.alignment() != Qt.AlignmentFlag.AlignBottom), lang
            first_domain = domains.axes(Qt.Orientation.Horizontal)[0].categories()[0]
            assert first_domain.startswith("5." if rtl else "1."), (lang, first_domain)  # the first at the right
            assert approaches.axes(Qt.Orientation.Horizontal)[0].isReverse() == rtl  # bars grow from the names
    finally:
        window.set_language("en")


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_title_does_not_name_the_app_twice(make_window, filled_services, lang: str) -> None:
    """Qt adds the application's display name to every window title itself ("… — Cairo Desktop")."""
    from cairo_desktop import APP_NAME

    window = make_window(filled_services)
    window.set_language(lang)
    try:
        assert window.windowTitle() and APP_NAME not in window.windowTitle()
    finally:
        window.set_language("en")


def test_a_missing_translation_file_shows_english_throughout_not_half(make_window, filled_services, monkeypatch,
                                                                    tmp_path, private_settings) -> None:
    """A damaged install without cairo_fr.qm showed English menus beside French plan texts (packaging audit)."""
    from cairo_desktop.gui import i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: str(tmp_path))  # no .qm file there
    window = make_window(filled_services)
    window.set_language("fr")
    try:
        assert window.lang == "en" and window.switcher.language == "en"
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Title"  # the list's texts, in English
        assert private_settings.value(i18n.LANGUAGE_KEY) == "fr"  # the choice is kept for when the file is back
    finally:
        monkeypatch.undo()
        window.set_language("en")
