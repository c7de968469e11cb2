"""The activity sheet is made from the saved activity: unsaved corrections are saved first, when the user says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


def test_the_sheet_asks_to_save_the_typed_correction_first(make_window: Any, filled_services: Any, answers: Any,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(filled_services, "reports"):
        pytest.skip("no reports in this installation")
    window = make_window(filled_services)
    window.select_activity(window.model.activity_id(0))
    activity_id = window.editor.activity.id
    window.editor.ui.title.setText("Water points in Metema and Gallabat")
    chosen: list[str] = []

    def save_file_name(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        chosen.append(filled_services.activities.get(activity_id).title)  # what the sheet will be made from
        return str(tmp_path / "sheet.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))
    answers.push(QMessageBox.StandardButton.Save)
    window.actions["activity_pdf"].trigger()
    window.jobs.wait(20_000)
    assert [title for _kind, title, _text in answers.asked] == ["Unsaved changes"]
    assert chosen == ["Water points in Metema and Gallabat"]


def test_cancel_keeps_the_correction_and_makes_no_sheet(make_window: Any, filled_services: Any, answers: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(filled_services)
    window.select_activity(window.model.activity_id(0))
    window.editor.ui.title.setText("Water points in Metema and Gallabat")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: pytest.fail("no file is asked for after Cancel")))
    answers.push(QMessageBox.StandardButton.Cancel)
    window.actions["activity_pdf"].trigger()
    assert window.editor.dirty and window.editor.ui.title.text() == "Water points in Metema and Gallabat"
