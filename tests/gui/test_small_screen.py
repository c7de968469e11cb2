"""The window on a 1366x768 laptop screen, in English, French and Arabic: the editor is not squeezed,
nothing in it is cut behind a sideways scroll bar, the filter bar shows its choices whole, and no
column of the list is cut at its edge."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox

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

