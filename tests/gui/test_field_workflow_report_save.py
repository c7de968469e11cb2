"""Saving the summary report: a name typed without .pdf still gives a PDF file, and the window says where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtPdf", reason="the report dialog needs QtPdf")


def test_a_name_typed_without_pdf_is_saved_as_a_pdf_and_confirmed(make_window: Any, filled_services: Any,
                                                                  qtbot: Any, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from cairo_desktop.gui.report_dialog import ReportDialog

    window = make_window(filled_services)
    dialog = ReportDialog(filled_services, window, selection=window.current_filter())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=30_000)
    typed = tmp_path / "metema-report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(typed), "")))
    dialog.save_dialog()
    written = tmp_path / "metema-report.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert not typed.exists()
    assert str(written) in dialog.status.text()
