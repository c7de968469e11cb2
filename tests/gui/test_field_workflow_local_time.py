"""Revision times are shown in the computer's local time, as the officer's clock reads them (stored in UTC)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Any, Iterator

import pytest

KHARTOUM = timezone(timedelta(hours=2))


@pytest.fixture
def khartoum_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local time zone is UTC+2 (POSIX TZ writes the offset west of Greenwich)."""
    monkeypatch.setenv("TZ", "CAT-2")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _as_read_in_khartoum(stored: str, pattern: str) -> str:
    return datetime.fromisoformat(stored.replace("Z", "+00:00")).astimezone(KHARTOUM).strftime(pattern)


def _as_stored(stored: str, length: int) -> str:
    return stored[:length].replace("T", " ")


def test_editor_heading_and_history_show_local_time(khartoum_clock: None, make_window: Any, filled_services: Any,
                                                    qtbot: Any) -> None:
    from cairo_desktop.gui.history_dialog import HistoryDialog

    window = make_window(filled_services)
    window.select_activity(window.model.activity_id(0))
    activity = window.editor.activity
    heading = window.editor.ui.heading.text()
    assert _as_read_in_khartoum(activity.updated_at, "%Y-%m-%d %H:%M") in heading
    assert _as_stored(activity.updated_at, 16) not in heading
    dialog = HistoryDialog(filled_services, activity.id, window)
    qtbot.addWidget(dialog)
    newest = filled_services.activities.history(activity.id)[-1]
    shown = dialog.tree.topLevelItem(0).text(0)
    assert shown.startswith(_as_read_in_khartoum(newest.created_at, "%Y-%m-%d %H:%M:%S"))
    assert not shown.startswith(_as_stored(newest.created_at, 19))
