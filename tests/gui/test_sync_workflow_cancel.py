"""Cancelling an import of several packages: each package is imported in its own transaction, so the
ones finished before Cancel stay imported. The window must show them and not say "nothing was changed"."""

from __future__ import annotations

from pathlib import Path

import pytest

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.gui import worker

pytestmark = pytest.mark.gui


@pytest.fixture
def two_packages(make_services, tmp_path: Path) -> list[Path]:
    files = []
    for office, country in (("ETH-ADD", "ETH"), ("SDN-KRT", "SDN")):
        field = make_services(office, "field", country=country)
        field.demo.generate(20, seed=len(files) + 1)
        files.append(tmp_path / f"{office}.xlsx")
        field.sync.export_package(files[-1])
    return files


def _cancel_when_reading(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Press Cancel as the core starts reading ``name`` (the job then stops at its next safe point)."""
    report = worker.QtProgress.report

    def reporting(progress: worker.QtProgress, done: int, total: int, message: str = "") -> None:
        report(progress, done, total, message)
        if message == f"Reading {name}":
            progress.cancel()

    monkeypatch.setattr(worker.QtProgress, "report", reporting)


def test_cancel_during_the_second_package_keeps_and_shows_the_first(make_window, make_services, qtbot, monkeypatch,
                                                                     two_packages: list[Path]) -> None:
    coordinator = make_services("KP-SEC", "coordinator", country="")
    window = make_window(coordinator)
    _cancel_when_reading(monkeypatch, two_packages[1].name)
    window.commands.apply_import(two_packages)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=5_000)
    imported = coordinator.activities.count(ActivityFilter())
    assert imported == 20  # the first package stayed imported, the second was rolled back
    message = window.statusBar().currentMessage()
    assert "nothing was changed" not in message and two_packages[1].name in message
    assert window.model.rowCount() == imported  # the list shows what was imported


def test_cancel_during_the_first_package_changes_nothing(make_window, make_services, qtbot, monkeypatch,
                                                         two_packages: list[Path]) -> None:
    coordinator = make_services("KP-SEC", "coordinator", country="")
    window = make_window(coordinator)
    _cancel_when_reading(monkeypatch, two_packages[0].name)
    window.commands.apply_import(two_packages)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()), timeout=5_000)
    assert coordinator.activities.count(ActivityFilter()) == 0
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was changed."
