"""A package imported before: the preview says so and offers no Apply, and the count after an import
does not count it as imported (it changed nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.gui.import_preview import ImportPreviewDialog
from tests.conftest import sample_activity

pytestmark = pytest.mark.gui


@pytest.fixture
def first_and_second(make_services, tmp_path: Path) -> tuple[Path, Path]:
    field = make_services("ETH-ADD", "field")
    field.activities.add(sample_activity(title="First"))
    field.sync.export_package(tmp_path / "eth-add-1.xlsx")
    field.activities.add(sample_activity(title="Second"))
    field.sync.export_package(tmp_path / "eth-add-2.xlsx")
    return tmp_path / "eth-add-1.xlsx", tmp_path / "eth-add-2.xlsx"


def test_the_preview_of_a_package_imported_before_offers_nothing_to_apply(make_window, make_services, qtbot,
                                                                          first_and_second) -> None:
    first, _second = first_and_second
    coordinator = make_services("KP-SEC", "coordinator", country="")
    coordinator.sync.import_packages([first])
    window = make_window(coordinator)
    window.commands.preview_import([first])
    qtbot.waitUntil(lambda: isinstance(window.commands.last_dialog, ImportPreviewDialog), timeout=30_000)
    preview = window.commands.last_dialog
    text = preview.text.toPlainText()
    assert "Already imported" in text and f"{first.name} — can be imported" not in text
    assert not preview.apply_button.isEnabled()
    preview.close()


def test_a_package_imported_before_is_not_counted_as_imported(make_window, make_services, answers, qtbot,
                                                              first_and_second) -> None:
    first, second = first_and_second
    coordinator = make_services("KP-SEC", "coordinator", country="")
    coordinator.sync.import_packages([first])
    window = make_window(coordinator)
    window.commands.apply_import([first, second])
    qtbot.waitUntil(lambda: not window.jobs.busy and coordinator.activities.count(ActivityFilter()) == 2,
                    timeout=30_000)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=5_000)
    message = window.statusBar().currentMessage()
    assert message.startswith("1 of 2 packages imported.") and "already been imported" in message
    assert answers.asked == []  # nothing was refused
