"""Fixtures for driving the real window: private QSettings, scripted message boxes, a filled window.

No test may block on a modal dialog: the static QMessageBox helpers are replaced by a queue of
answers the test sets in advance, and an unexpected question fails the test instead of hanging.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

pytest.importorskip("PySide6.QtWidgets", reason="PySide6 is not installed: the GUI tests cannot run")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from cairo_desktop.services import Services  # noqa: E402
from tests.conftest import sample_activity  # noqa: E402

_names = itertools.count(1)


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[QSettings]:
    """Each test writes its QSettings into its own folder, under its own application name."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("cairo-desktop-tests")
    QCoreApplication.setApplicationName(f"test-{next(_names)}")
    yield QSettings()


class Answers:
    """Scripted replies for QMessageBox.question/warning/information/critical."""

    def __init__(self) -> None:
        self.queue: list[Any] = []
        self.asked: list[tuple[str, str, str]] = []

    def push(self, *answers: Any) -> None:
        self.queue.extend(answers)

    def reply(self, kind: str, default: Any) -> Callable[..., Any]:
        def answer(_parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            self.asked.append((kind, title, text))
            if kind != "question":
                return QMessageBox.StandardButton.Ok
            if not self.queue:
                raise AssertionError(f"Unexpected question: {title}: {text}")
            return self.queue.pop(0)
        return answer


def assert_launch_refused_while_locked(database: Path, answers: Answers) -> None:
    """Launching on ``database`` while another copy holds its lock fails, with a critical message."""
    from cairo_desktop.gui.app_lock import DatabaseLock
    from cairo_desktop.gui.launch import launch

    holder = DatabaseLock(database)
    holder.acquire()
    try:
        assert launch(db_path=str(database)) == 1
    finally:
        holder.release()
    kind, _title, text = answers.asked[-1]
    assert kind == "critical" and "already open in another copy" in text


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    scripted = Answers()
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(scripted.reply(kind, None)))
    return scripted


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    from PySide6.QtCore import Qt

    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def make_window(qtbot: Any, app: QApplication, private_settings: QSettings) -> Iterator[Callable[..., Any]]:
    from cairo_desktop.gui.i18n import LanguageSwitcher
    from cairo_desktop.gui.main_window import MainWindow

    windows: list[Any] = []
    switcher = LanguageSwitcher(app)

    def factory(services: Services) -> Any:
        window = MainWindow(services, private_settings, switcher)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.raise_()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.editor.show_nothing()
        window.jobs.wait(10_000)
    switcher.apply("en")


@pytest.fixture
def filled_services(field_services: Services) -> Services:
    field_services.activities.add(sample_activity(title="Water points in Metema", action="1.3"))
    field_services.activities.add(sample_activity(title="Border officials training", action="4.1"))
    field_services.activities.add(sample_activity(title="Return counselling", action="5.2", status="closed",
                                                  actual_start="2024-02-01", actual_end="2024-03-01"))
    return field_services
