"""Small things on screen: plan figures aligned on every row, country names elided keeping their code,
office codes kept whole on one line in the Arabic read-only banner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from cairo_desktop.store.installation import save_identity
from tests.conftest import sample_activity

pytestmark = pytest.mark.gui


def test_plan_figures_are_aligned_on_every_row(make_window, filled_services, qtbot) -> None:
    window = make_window(filled_services)
    model = window.plan_browser.model
    root = model.item(0, 0)
    qtbot.waitUntil(lambda: model.item(0, 1).text() == "3", timeout=3000)
    figures = [model.item(0, 1), model.item(0, 2)]
    for row in range(root.rowCount()):
        domain = root.child(row, 0)
        figures += [root.child(row, 1), root.child(row, 2)]
        figures += [domain.child(action, column) for action in range(domain.rowCount()) for column in (1, 2)]
    assert len(figures) > 40
    for figure in figures:
        assert figure.textAlignment() & Qt.AlignmentFlag.AlignRight, figure.text()


def test_country_names_are_elided_keeping_their_code(make_window, filled_services) -> None:
    window = make_window(filled_services)
    window.select_activity(window.model.activity_id(0))
    ui = window.editor.ui
    ui.tabs.setCurrentIndex(1)
    table = ui.countries
    combos = [table.cellWidget(row, 0) for row in range(table.rowCount())]
    assert [combo.currentData() for combo in combos] == ["ETH", "SDN"]
    for combo in combos:
        assert combo.shown_text() == combo.currentText()  # whole where the column has room
    table.horizontalHeader().setSectionResizeMode(0, table.horizontalHeader().ResizeMode.Interactive)
    table.horizontalHeader().resizeSection(0, 100)
    QApplication.processEvents()  # the cell widgets follow their column
    for combo in combos:
        shown = combo.shown_text()
        assert shown.endswith(f" ({combo.currentData()})") and (shown == combo.currentText() or "…" in shown), shown
    assert "…" in combos[0].shown_text()  # Ethiopia (ETH) does not fit


def _lines_of(text: str, font, width: int) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textStart() + line.textLength()))
    layout.endLayout()
    return lines


def test_office_codes_are_not_broken_across_lines_in_the_arabic_banner(make_window, make_services) -> None:
    services = make_services("KP-SEC", "coordinator", country="")
    services.activities.add(sample_activity(title="Secretariat dialogue", action="2.1"), office="SDN-KRT")
    with services.database.session() as session:
        save_identity(session, "ETH-ADD", "Addis", "field", "ETH")
    services.context.forget_identity()
    window = make_window(services)
    window.set_language("ar")
    try:
        window.select_activity(window.model.activity_id(0))
        banner = window.editor.ui.read_only_banner
        text = banner.text()
        assert "\u2068SDN\u2011KRT\u2069" in text and "\u2068ETH\u2011ADD\u2069" in text
        assert "SDN-KRT" not in text and "ETH-ADD" not in text
        for code in ("\u2068SDN\u2011KRT\u2069", "\u2068ETH\u2011ADD\u2069"):
            start = text.index(code)
            for width in range(120, 480, 3):
                lines = _lines_of(text, banner.font(), width)
                holding = [n for n, (begin, end) in enumerate(lines) if begin < start + len(code) and start < end]
                assert len(holding) == 1, (code, width)
    finally:
        window.set_language("en")
