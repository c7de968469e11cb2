"""After a new activity is discarded or an activity deleted, the editor shows nothing of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox


def _shown_values(editor: Any) -> dict[str, Any]:
    ui = editor.ui
    return {"title": ui.title.text(), "description": ui.description.toPlainText(), "place": ui.place.text(),
            "countries": ui.countries.rowCount(), "organisations": ui.organisations.rowCount(),
            "summary": ui.summary_error.isVisibleTo(editor), "title error": ui.error_title.isVisibleTo(editor)}


EMPTY = {"title": "", "description": "", "place": "", "countries": 0, "organisations": 0,
         "summary": False, "title error": False}


def test_discarding_a_new_activity_empties_the_form(make_window: Any, filled_services: Any) -> None:
    window = make_window(filled_services)
    window.new_activity()
    QTest.keyClicks(window.editor.ui.title, "Atelier")
    assert window.editor.ui.summary_error.isVisibleTo(window.editor)  # no action chosen yet
    window.actions["revert"].trigger()
    assert window.editor.activity is None
    assert _shown_values(window.editor) == EMPTY


def test_deleting_an_activity_empties_the_form(make_window: Any, filled_services: Any, answers: Any) -> None:
    window = make_window(filled_services)
    window.select_activity(window.model.activity_id(0))
    assert window.editor.ui.title.text()
    answers.push(QMessageBox.StandardButton.Yes)
    window.actions["delete"].trigger()
    assert window.editor.activity is None
    assert _shown_values(window.editor) == EMPTY
