"""The import preview's counts: the outcome line of activities with conflicts says it counts activities,
as the sentence above it and the Conflicts window count fields."""

from __future__ import annotations

from pathlib import Path

import pytest

from cairo_desktop.gui.import_preview import ImportPreviewDialog
from tests.gui.sync_scenarios import two_fields_changed_apart

pytestmark = pytest.mark.gui


def test_the_conflict_count_of_the_preview_says_it_counts_activities(make_window, make_services, qtbot,
                                                                     tmp_path: Path) -> None:
    """One activity with two fields in conflict: the preview's sentence says 2 fields, the Conflicts window lists
    2 rows; the outcome line counts 1, so it must say it counts activities, not conflicts."""
    coordinator, _activity_id, package = two_fields_changed_apart(make_services, tmp_path)
    window = make_window(coordinator)
    window.commands.preview_import([package])
    qtbot.waitUntil(lambda: isinstance(window.commands.last_dialog, ImportPreviewDialog), timeout=30_000)
    preview = window.commands.last_dialog
    (report_line,) = [line for line in preview.text.toPlainText().splitlines() if line.endswith(": 1")
                      and "both places" in line and "merged" not in line]
    assert report_line.startswith("Activities ")  # "1 conflict to resolve" beside "2 fields" would contradict
    assert "2 fields were changed differently" in preview.text.toPlainText()
    preview.close()
