"""Files saved from the window get the suffix their type needs (Qt's own save dialog adds none), and the
message that a package was written stays until the next one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from cairo_desktop.gui.save_names import with_suffix


@pytest.mark.parametrize(("typed", "suffix", "expected"), [
    ("/tmp/sheet", ".pdf", "/tmp/sheet.pdf"),
    ("/tmp/sheet.pdf", ".pdf", "/tmp/sheet.pdf"),
    ("/tmp/SHEET.PDF", ".pdf", "/tmp/SHEET.PDF"),
    ("/tmp/eth-add.2026", ".xlsx", "/tmp/eth-add.2026.xlsx"),
    ("/tmp/Package.XLSX", ".xlsx", "/tmp/Package.XLSX"),
])
def test_a_name_typed_without_its_suffix_gets_it(typed: str, suffix: str, expected: str) -> None:
    assert with_suffix(typed, suffix) == Path(expected)


def _answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), "")))


def test_an_activity_sheet_named_without_pdf_is_written_as_a_pdf(make_window: Any, filled_services: Any, qtbot: Any,
                                                                 tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(filled_services)
    window.select_activity(window.model.activity_id(0))
    _answer_save_dialog(monkeypatch, tmp_path / "metema sheet")
    window.actions["activity_pdf"].trigger()
    qtbot.waitUntil(lambda: (tmp_path / "metema sheet.pdf").exists() and not window.jobs.busy, timeout=30_000)
    assert not (tmp_path / "metema sheet").exists()
    assert (tmp_path / "metema sheet.pdf").read_bytes().startswith(b"%PDF")


def test_the_package_written_message_stays(make_window: Any, filled_services: Any, qtbot: Any, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from cairo_desktop.gui.export_dialog import ExportChoice, ExportOptionsDialog

    window = make_window(filled_services)
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda _self: 1)
    monkeypatch.setattr(ExportOptionsDialog, "choice", lambda _self: ExportChoice())
    _answer_save_dialog(monkeypatch, tmp_path / "for the coordinator")
    shown: list[tuple[str, int]] = []
    bar = window.statusBar()
    monkeypatch.setattr(bar, "showMessage", lambda text, timeout=0: shown.append((text, timeout)))
    window.commands.export_package()
    package = tmp_path / "for the coordinator.xlsx"
    qtbot.waitUntil(lambda: package.exists() and not window.jobs.busy and bool(shown), timeout=30_000)
    text, timeout = shown[-1]
    assert text.startswith("Package written:") and "(3 activities)" in text
    assert timeout == 0  # stays until the next message, not the few seconds of the others
