"""The summary report's window fits the screen it opens on, buttons included (1366x768 laptops)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6.QtPdf", reason="the report dialog needs QtPdf")


def test_report_dialog_leaves_room_for_its_title_bar_on_the_screen(make_window: Any, filled_services: Any) -> None:
    from cairo_desktop.gui.report_dialog import FRAME_ALLOWANCE, ReportDialog

    window = make_window(filled_services)
    dialog = ReportDialog(filled_services, window, selection=window.current_filter())
    try:
        free = window.screen().availableGeometry()
        assert dialog.width() <= free.width()
        assert dialog.height() + FRAME_ALLOWANCE <= free.height() or dialog.height() == dialog.minimumSizeHint().height()
    finally:
        dialog.cancel()
        dialog.pool.waitForDone(10_000)
        dialog.deleteLater()
