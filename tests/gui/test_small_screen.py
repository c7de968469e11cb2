"""The window on a 1366x768 laptop screen, in English, French and Arabic: the editor is not squeezed,
nothing in it is cut behind a sideways scroll bar, the people grid shows every column and row with
its totals while typing, Save stays on screen, the filter bar shows its choices whole, and no column
of the list is cut at its edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox

from cairo_desktop.gui.people_grid import SEX_ROLE

from tests.conftest import sample_activity

pytestmark = pytest.mark.gui


@pytest.fixture
def laptop_window(make_window, field_services, qtbot):  # type: ignore[no-untyped-def]
    for number in range(30):
        field_services.activities.add(sample_activity(title=f"Training of border officials, session {number}",
                                                      place="Metema"))

    def open_in(lang: str):  # type: ignore[no-untyped-def]
        window = make_window(field_services)
        window.set_language(lang)
        window.resize(1366, 768)
        qtbot.waitUntil(lambda: window.width() == 1366, timeout=3000)
        window.select_activity(window.model.activity_id(0))
        QApplication.processEvents()
        return window

    yield open_in


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_editor_gets_the_width_it_needs_at_1366x768(laptop_window, lang: str) -> None:
    window = laptop_window(lang)
    try:
        editor, area = window.editor, window.editor_area
        for tab in range(editor.ui.tabs.count()):
            editor.ui.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            assert editor.width() >= editor.minimumSizeHint().width(), (tab, editor.width())
            assert area.viewport().width() >= editor.minimumSizeHint().width()
            assert not area.horizontalScrollBar().isVisible(), tab
        list_page = window.splitter.widget(0)
        assert list_page.width() >= 450  # the list keeps a useful share
        assert window.filter_bar.width() <= list_page.width()
    finally:
        window.set_language("en")


def test_the_splitter_cannot_squeeze_the_editor(laptop_window) -> None:
    window = laptop_window("fr")
    try:
        total = sum(window.splitter.sizes())
        window.splitter.setSizes([total - 100, 100])  # as a drag of the handle would
        QApplication.processEvents()
        assert window.editor_area.width() >= window.editor.minimumSizeHint().width()
        assert not window.editor_area.horizontalScrollBar().isVisible()
    finally:
        window.set_language("en")


def test_the_french_filter_bar_shows_its_choices_and_placeholder_whole(laptop_window) -> None:
    window = laptop_window("fr")
    try:
        bar = window.filter_bar
        for combo in bar.findChildren(QComboBox):
            text = combo.currentText()
            assert combo.width() >= combo.sizeHint().width(), text
            assert combo.fontMetrics().horizontalAdvance(text) < combo.width() - 20, text
        placeholder = bar.text.placeholderText()
        assert bar.text.width() > bar.text.fontMetrics().horizontalAdvance(placeholder), placeholder
    finally:
        window.set_language("en")


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_no_list_column_is_cut_at_the_edge(laptop_window, lang: str) -> None:
    window = laptop_window(lang)
    try:
        table, header = window.table, window.table.horizontalHeader()
        assert not table.horizontalScrollBar().isVisible()
        shown = [column for column in range(header.count()) if not header.isSectionHidden(column)]
        assert sum(header.sectionSize(column) for column in shown) <= table.viewport().width()
        start = window.model.header_texts().index(window.model.headerData(4, header.orientation()))
        assert start in shown and header.sectionSize(start) > table.fontMetrics().horizontalAdvance("2025-05-01")
        assert header.sectionSize(0) >= 150  # titles elided, not crushed
    finally:
        window.set_language("en")



def _grids(window):  # type: ignore[no-untyped-def]
    """Each people grid (reached, then targeted) with its tab shown."""
    editor = window.editor
    editor.ui.tabs.setCurrentWidget(editor.ui.tab_people)
    for tab, view in enumerate((editor.ui.people_reached, editor.ui.people_targeted)):
        editor.ui.people_tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        yield view


def _on_screen(widget, window) -> QRect:  # type: ignore[no-untyped-def]
    """The part of ``widget`` the editor's scroll area shows, in window coordinates."""
    area = window.editor_area.viewport()
    shown = QRect(area.mapTo(window, QPoint(0, 0)), area.size())
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).intersected(shown)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_people_grid_shows_every_column_and_the_totals_at_1366x768(laptop_window, lang: str) -> None:
    window = laptop_window(lang)
    try:
        for view in _grids(window):
            model, header, rows = view.model(), view.horizontalHeader(), view.verticalHeader()
            assert header.count() == 10  # 3 sexes x 3 age bands, and the total
            assert view.horizontalScrollBar().maximum() == 0, view.horizontalScrollBar().maximum()
            for column in range(header.count()):  # the totals too, none past either edge (left to right or not)
                left = header.sectionViewportPosition(column)
                assert 0 <= left and left + header.sectionSize(column) <= view.viewport().width(), (column, left)
            for row in range(rows.count()):  # every group and the total row, without scrolling the grid
                top = rows.sectionViewportPosition(row)
                assert 0 <= top and top + rows.sectionSize(row) <= view.viewport().height(), (row, top)
            assert _on_screen(view, window).size() == view.size()  # and the grid is not below the screen
            assert model.headerData(header.count() - 1, Qt.Orientation.Horizontal) == model.tr("Total")
    finally:
        window.set_language("en")


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_column_headings_are_short_and_the_full_label_is_the_tooltip(laptop_window, lang: str) -> None:
    window = laptop_window(lang)
    try:
        model = window.editor.reached
        vocab = window.services.vocabularies
        sex, age = model.pairs[1]
        heading = model.headerData(1, Qt.Orientation.Horizontal)
        tooltip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert heading == "18-59"  # the ages alone, the same in every language
        assert model.headerData(1, Qt.Orientation.Horizontal, SEX_ROLE) == vocab.sexes.label(sex, lang)
        assert vocab.sexes.label(sex, lang) in tooltip and vocab.age_bands.label(age, lang) in tooltip
        spans = window.editor.ui.people_reached.horizontalHeader().sex_spans()
        assert [text for text, _rect in spans] == [term.label.get(lang) for term in vocab.sexes]  # each sex once
        group = model.groups.index("RET")
        full = vocab.population_groups.label("RET", lang)
        assert model.headerData(group, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) == full
        assert model.headerData(group, Qt.Orientation.Vertical) == full.split("(")[0].strip()
    finally:
        window.set_language("en")


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_save_and_undo_stay_on_screen_on_every_tab(laptop_window, lang: str) -> None:
    window = laptop_window(lang)
    try:
        editor = window.editor
        for tab in range(editor.ui.tabs.count()):
            editor.ui.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            assert window.editor_area.verticalScrollBar().maximum() == 0, tab
            for button in (editor.ui.save_button, editor.ui.revert_button, editor.ui.delete_button):
                assert _on_screen(button, window).size() == button.size(), (tab, button.objectName())
    finally:
        window.set_language("en")


def test_the_group_names_are_whole_on_a_wide_screen(make_window, field_services, qtbot) -> None:
    """Narrow names are for laptops: with room, the grid is not cramped."""
    window = make_window(field_services)
    window.set_language("fr")
    try:
        window.resize(1920, 1080)
        qtbot.waitUntil(lambda: window.width() == 1920, timeout=3000)
        total = sum(window.splitter.sizes())  # the share a first start on a wide screen gives the editor
        window.splitter.setSizes([total - int(total * 0.45), int(total * 0.45)])
        for view in _grids(window):
            rows = view.verticalHeader()
            assert rows.width() >= rows.sizeHint().width()  # every name whole
            assert view.horizontalScrollBar().maximum() == 0
    finally:
        window.set_language("en")


def test_a_long_list_of_age_bands_scrolls_the_grid_not_the_window(make_window, field_services, qtbot) -> None:
    """The "cbm" set has 24 age columns: no laptop is that wide, so the grid scrolls, the editor does not."""
    field_services.installation.set_age_band_set("cbm")
    window = make_window(field_services)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366, timeout=3000)
    editor = window.editor
    editor.new_activity()
    view = next(_grids(window))
    assert view.horizontalHeader().count() == 25
    assert window.splitter.widget(0).width() >= 450  # the list keeps its share
    assert not window.editor_area.horizontalScrollBar().isVisible()
    assert view.horizontalScrollBar().maximum() > 0


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_no_list_or_table_in_the_editor_scrolls_sideways(laptop_window, lang: str) -> None:
    """Long plan action names are elided (whole in their tooltip) rather than put behind a scroll bar."""
    window = laptop_window(lang)
    try:
        editor = window.editor
        for tab in range(editor.ui.tabs.count()):
            editor.ui.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
            for view in editor.ui.tabs.currentWidget().findChildren(QAbstractItemView):
                if view.isVisible():
                    assert view.horizontalScrollBar().maximum() == 0, (tab, view.objectName())
        assert editor.ui.secondary_actions.item(0).toolTip()
    finally:
        window.set_language("en")


@pytest.fixture
def larger_font(app):  # type: ignore[no-untyped-def]
    """The system font a quarter larger, as a laptop set to larger text has it."""
    from PySide6.QtGui import QFont

    usual = QFont(QApplication.font())
    larger = QFont(usual)
    larger.setPointSizeF(usual.pointSizeF() * 1.25)
    QApplication.setFont(larger)
    yield larger
    QApplication.setFont(usual)


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_larger_font_elides_headers_and_hides_columns_before_cutting_a_value(
        larger_font, laptop_window, field_services, lang: str) -> None:
    """Less room (a larger font, a wordier language): headers are elided, whole in their tooltip, and the
    least important columns hidden; no value of a column that cannot elide is cut, and none is cut at the edge."""
    people = [{"group": "OFF", "sex": "f", "age": "adults", "targeted": 2_000_000, "reached": 1_234_567}]
    field_services.activities.add(sample_activity(title="A very large campaign", people=people))
    window = laptop_window(lang)
    try:
        table, header, model = window.table, window.table.horizontalHeader(), window.model
        assert table.font().pointSizeF() == larger_font.pointSizeF()
        assert not table.horizontalScrollBar().isVisible()
        shown = [column for column in range(header.count()) if not header.isSectionHidden(column)]
        assert sum(header.sectionSize(column) for column in shown) <= table.viewport().width()
        assert header.sectionSize(0) >= 150  # titles elided, not crushed
        metrics = table.fontMetrics()
        for column in shown:
            assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == \
                model.headerData(column, Qt.Orientation.Horizontal)  # an elided header is whole in its tooltip
            if column in (0, 2, 6):
                continue  # title, status and place are elided, whole in their tooltip
            for row in range(model.rowCount()):
                text = model.index(row, column).data()
                assert metrics.horizontalAdvance(text) + 6 <= header.sectionSize(column), (column, text)
    finally:
        window.set_language("en")
