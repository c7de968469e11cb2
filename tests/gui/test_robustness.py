"""Unhandled exceptions, the one-copy lock, drafts after a crash, cancellable background work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.errors import UserError
from cairo_desktop.gui.app_lock import DatabaseInUse, DatabaseLock
from cairo_desktop.gui.crash_handler import CrashHandler, log_file
from cairo_desktop.gui.drafts import DraftStore
from cairo_desktop.gui.worker import JobRunner

pytestmark = pytest.mark.gui


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, app) -> None:
    handler = CrashHandler()
    handler.install()
    try:
        button = QPushButton()
        qtbot.addWidget(button)

        def broken() -> None:
            raise RuntimeError("the slot broke")

        button.clicked.connect(broken)
        button.click()
        dialog = handler.last_dialog
        assert dialog is not None and dialog.isVisible() and dialog.icon() == QMessageBox.Icon.Critical
        assert "the slot broke" in dialog.text() and "RuntimeError" in dialog.detailedText()
        assert "RuntimeError: the slot broke" in log_file().read_text(encoding="utf-8")
        dialog.close()
        button.clicked.disconnect()
        button.clicked.connect(lambda: (_ for _ in ()).throw(UserError("Plain words for the user.")))
        button.click()  # the app kept working: a second failure is shown too, as a warning
        assert handler.last_dialog.text() == "Plain words for the user."
        assert handler.last_dialog.icon() == QMessageBox.Icon.Warning
        handler.last_dialog.close()
    finally:
        handler.uninstall()


def test_a_second_copy_on_the_same_database_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "office.db"
    first = DatabaseLock(database)
    first.acquire()
    try:
        with pytest.raises(DatabaseInUse, match="already open in another copy"):
            DatabaseLock(database).acquire()
    finally:
        first.release()
    again = DatabaseLock(database)
    again.acquire()
    assert again.held
    again.release()


def test_a_stale_lock_left_by_a_crash_is_recovered(tmp_path: Path) -> None:
    database = tmp_path / "office.db"
    crashed = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0)\n"
        "os._exit(0)  # no unlock: like a power cut\n"
    )
    subprocess.run([sys.executable, "-c", crashed, f"{database}.lock"], check=True, timeout=60)
    assert Path(f"{database}.lock").exists()
    lock = DatabaseLock(database)
    lock.acquire()
    assert lock.held
    lock.release()


def test_unsaved_edits_survive_a_crash_as_a_draft(make_window, filled_services, answers, qtbot) -> None:
    window = make_window(filled_services)
    window.table.selectRow(0)
    activity_id = window.editor.activity.id
    window.editor.ui.notes.setPlainText("typed just before the power cut")
    window.editor.ui.place.setText("Gallabat")
    qtbot.waitUntil(lambda: DraftStore(database_key=str(filled_services.database.url)).load_all() != [], timeout=3000)
    window.editor._loaded_state = window.editor.raw_state()  # the crash: nothing saved, nothing asked
    window.close()

    again = make_window(filled_services)
    answers.push(QMessageBox.StandardButton.Yes)
    again.offer_drafts()
    assert again.editor.activity.id == activity_id
    assert again.editor.ui.notes.toPlainText() == "typed just before the power cut"
    assert again.editor.dirty
    assert again.editor.save(), again.editor.errors
    assert filled_services.activities.get(activity_id).notes == "typed just before the power cut"
    assert DraftStore(database_key=str(filled_services.database.url)).load_all() == []


def test_declining_a_draft_deletes_it(make_window, filled_services, answers) -> None:
    window = make_window(filled_services)
    window.new_activity()
    window.editor.ui.title.setText("Half-typed new activity")
    window.editor.write_draft()
    drafts = DraftStore(database_key=str(filled_services.database.url))
    assert [d.title for d in drafts.load_all()] == ["Half-typed new activity"]
    answers.push(QMessageBox.StandardButton.No)
    window.offer_drafts()
    assert drafts.load_all() == []


def test_cancelling_a_background_job_rolls_it_back(coordinator_services, qtbot) -> None:
    runner = JobRunner()
    outcome: list[str] = []

    def job(progress):
        progress.cancel()  # the user pressed Cancel while the job was running
        return coordinator_services.demo.generate(3000, offices=2, seed=1, progress=progress)

    runner.start("Demo", job, lambda _r: outcome.append("done"), lambda e: outcome.append(repr(e)),
                 on_cancelled=lambda: outcome.append("cancelled"), show_dialog=False)
    qtbot.waitUntil(lambda: outcome != [], timeout=20_000)
    assert outcome == ["cancelled"]
    assert coordinator_services.activities.count(ActivityFilter(deleted="all")) == 0


def test_a_background_job_reports_progress_and_its_result(coordinator_services, qtbot) -> None:
    runner = JobRunner()
    outcome: list[object] = []
    seen: list[tuple[int, int]] = []

    def job(progress):
        progress.signals.progressed.connect(lambda d, t, _m: seen.append((d, t)))
        return coordinator_services.demo.generate(500, offices=2, seed=1, progress=progress)

    runner.start("Demo", job, outcome.append, outcome.append, show_dialog=False)
    qtbot.waitUntil(lambda: outcome != [], timeout=20_000)
    assert coordinator_services.activities.count() == 500
    assert seen and seen[-1][0] == seen[-1][1]
