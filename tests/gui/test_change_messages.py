"""A change that meets one made meanwhile (an import, another window, the command line) is refused in the
interface language, saying what happened and what to do; the core's English is for the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import sample_activity
from tests.gui.test_sync_menu import _in_conflict

pytestmark = pytest.mark.gui


def test_a_conflict_settled_meanwhile_is_explained_in_french(make_window, make_services, answers,
                                                             tmp_path: Path) -> None:
    coordinator, _activity_id = _in_conflict(make_services, tmp_path, {"title": "Field's title"},
                                             {"title": "Secretariat's title"})
    window = make_window(coordinator)
    window.set_language("fr")
    window.actions["conflicts"].trigger()
    dialog = window.commands.last_dialog
    (conflict,) = coordinator.sync.open_conflicts()
    coordinator.sync.resolve_conflict(conflict.id, "local")  # from the command line, while the window is open
    choice = dialog.table.cellWidget(0, 4)
    choice.setCurrentIndex(choice.findData("incoming"))
    dialog.resolve_button.click()
    kind, _title, text = answers.asked[-1]
    assert kind == "warning" and f"Le conflit {conflict.id} n'est plus ouvert" in text and "No open conflict" not in text
    dialog.close()


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "was changed since you opened it"),
    ("fr", "a été modifiée depuis que vous l'avez ouverte"),
    ("ar", "عُدِّل"),
])
def test_a_save_over_a_change_made_meanwhile_says_to_open_it_again(make_window, field_services, lang: str,
                                                                   expected: str) -> None:
    added = field_services.activities.add(sample_activity(title="Dialogue in Kassala"))
    window = make_window(field_services)
    window.set_language(lang)
    window.select_activity(added.id)
    window.editor.ui.title.setText("Dialogue in Kassala and Gedaref")
    field_services.activities.edit(added.id, {"notes": "changed meanwhile"})  # e.g. by an import
    assert window.editor.save() is False
    summary = window.editor.ui.summary_error.text()
    assert expected in summary and added.id[:8] in summary and "Reload it" not in summary
    assert field_services.activities.get(added.id).title == "Dialogue in Kassala"
