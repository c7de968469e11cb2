"""An everyday start paints the list before the services load, then becomes the full window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.errors import UserError
from cairo_desktop.gui.main_window import MainWindow
from cairo_desktop.store.first_page import FirstPageReader
from tests.gui.conftest import assert_launch_refused_while_locked

pytestmark = pytest.mark.gui


def test_the_window_shows_the_list_first_and_everything_after_attach(qtbot, app, private_settings,
                                                                     filled_services) -> None:
    reader = FirstPageReader.open(filled_services.database.file)
    assert reader is not None
    window = MainWindow(None, private_settings, first_page=reader)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    expected = filled_services.activities.ids(ActivityFilter(), limit=10)
    assert [window.model.activity_id(row) for row in range(window.model.rowCount())] == expected
    assert window.model.index(0, 0).data() == filled_services.activities.get(expected[0]).title
    assert not any(action.isEnabled() for action in window.actions.values())  # nothing to act on yet
    assert window.status_labels["office"].text() == "Office ETH-ADD (field office)"
    assert not hasattr(window, "plan_browser") and window.editor is None

    with qtbot.waitSignal(window.ready, timeout=5000):
        window.attach(filled_services)
    assert window.first_page is None and window.services is filled_services
    assert window.actions["new"].isEnabled() and window.actions["import"].isEnabled()
    assert window.plan_browser.isVisibleTo(window) and window.editor.isVisibleTo(window)
    assert [window.model.activity_id(row) for row in range(window.model.rowCount())] == expected
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.editor.activity is not None and window.editor.activity.id == expected[0])
    window.editor.show_nothing()
    window.jobs.wait(10_000)


def test_closing_before_the_services_arrive_just_closes(qtbot, app, private_settings, filled_services,
                                                       answers) -> None:
    reader = FirstPageReader.open(filled_services.database.file)
    window = MainWindow(None, private_settings, first_page=reader)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.close()
    assert answers.asked == []
    reader.close()


class _FirstListPaint(QObject):
    """Records, at the list's first painted page, whether the services had been loaded yet."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[str, Any] = {}

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "rows" not in self.seen:
            table = obj.parent()
            if table is not None and table.objectName() == "activityTable" and table.model().rowCount() > 0:
                window = table.window()
                self.seen.update(rows=table.model().rowCount(), services=window.services)
        return False


def test_launch_paints_the_list_then_loads_the_services(tmp_path: Path, app, filled_services, answers) -> None:
    from cairo_desktop.gui.launch import launch

    database = filled_services.database.file
    filled_services.close()
    watch = _FirstListPaint()
    app.installEventFilter(watch)
    ready: dict[str, Any] = {}

    def when_ready() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.services is not None:
                ready.update(count=widget.services.activities.count(ActivityFilter()),
                             editor=type(widget.editor).__name__)
                widget.close()
                return
        QTimer.singleShot(10, when_ready)

    QTimer.singleShot(0, when_ready)
    try:
        assert launch(db_path=str(database)) == 0
    finally:
        app.removeEventFilter(watch)
    assert watch.seen == {"rows": 3, "services": None}  # painted from the reader, before the services
    assert ready == {"count": 3, "editor": "ActivityEditor"}
    assert answers.asked == []
    assert not Path(f"{database}.lock").exists()


def test_launch_refuses_an_existing_database_open_elsewhere(app, filled_services, answers) -> None:
    database = filled_services.database.file
    filled_services.close()
    before = database.read_bytes()
    assert_launch_refused_while_locked(database, answers)
    assert database.read_bytes() == before


def test_the_full_window_fits_a_small_laptop_screen(make_window, filled_services) -> None:
    window = make_window(filled_services)
    needed = window.minimumSizeHint()
    assert needed.width() <= 1366 - 16 and needed.height() <= 768 - 48, needed  # frame and task bar aside
    assert window.editor_area.widget() is window.editor  # the editor scrolls instead of widening the window


@pytest.mark.parametrize("failure", [RuntimeError("the disk is unreadable"), UserError("The database is damaged.")])
def test_a_database_that_fails_to_open_after_the_first_paint_is_reported(app, filled_services, answers,
                                                                        monkeypatch, failure) -> None:
    import cairo_desktop.services
    from cairo_desktop.gui.launch import launch

    database = filled_services.database.file
    filled_services.close()
    before = database.read_bytes()

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise failure

    monkeypatch.setattr(cairo_desktop.services, "open_services", broken)
    assert launch(db_path=str(database)) == 1
    kind, _title, text = answers.asked[-1]
    assert kind == "critical" and str(failure) in text
    if isinstance(failure, RuntimeError):  # an unexpected failure also says where the details are
        assert "could not open its database" in text and "cairo-desktop.log" in text
    assert not any(isinstance(widget, MainWindow) and widget.isVisible() for widget in QApplication.topLevelWidgets())
    assert database.read_bytes() == before
    assert not Path(f"{database}.lock").exists()


def test_the_plan_dock_moves_to_the_reading_side(make_window, filled_services, qtbot) -> None:
    from PySide6.QtCore import Qt

    window = make_window(filled_services)
    assert window.dockWidgetArea(window.plan_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    window.set_language("ar")
    assert window.dockWidgetArea(window.plan_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    qtbot.waitUntil(lambda: window.plan_dock.geometry().x() > window.centralWidget().geometry().x(), timeout=3000)
    window.set_language("fr")
    assert window.dockWidgetArea(window.plan_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    window.set_language("en")


def test_what_the_first_paint_imports_leaves_out_ctypes_and_platformdirs(tmp_path: Path) -> None:
    """Both cost milliseconds before the list is painted: the None guard needs only ``_ctypes``, and the
    user folders need platformdirs only when CAIRO_HOME does not decide them."""
    import os
    import subprocess
    import sys

    code = ("import sys\n"
            "from cairo_desktop import paths\n"
            "import cairo_desktop.gui.launch, cairo_desktop.gui.crash_handler, cairo_desktop.gui.main_window\n"
            "import cairo_desktop.gui.startup_services, cairo_desktop.gui.first_paint\n"
            "paths.user_log_dir(); paths.user_data_dir()\n"
            "print(sorted(name for name in ('ctypes', 'platformdirs') if name in sys.modules))\n")
    env = dict(os.environ, CAIRO_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_damaged_database_is_reported_at_start_not_a_silent_exit(app, filled_services, answers, tmp_path) -> None:
    """"database disk image is malformed" while the first page was read closed the app with no word (packaging
    audit): it is said, with where the log is, and nothing is written."""
    import os

    from cairo_desktop.gui.launch import launch

    filled_services.demo.generate(300)
    database = filled_services.database.file
    filled_services.close()
    size = database.stat().st_size
    with open(database, "r+b") as handle:  # the middle half overwritten, as a failing disk would
        handle.seek(size // 4)
        handle.write(os.urandom(size // 2))
    before = database.read_bytes()
    assert launch(db_path=str(database)) == 1
    kind, _title, text = answers.asked[-1]
    assert kind == "critical" and "could not open its database" in text and "malformed" in text
    assert not any(isinstance(widget, MainWindow) and widget.isVisible() for widget in QApplication.topLevelWidgets())
    assert database.read_bytes() == before


def test_the_shipped_ethiopic_and_arabic_fonts_are_known_to_the_window_once_it_works(app, filled_services) -> None:
    """Amharic and Tigrinya titles showed as boxes on a computer without an Ethiopic font (packaging audit)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFontDatabase

    from cairo_desktop.gui.bundled_fonts import register_bundled_fonts
    from cairo_desktop.gui.launch import launch

    database = filled_services.database.file
    filled_services.close()
    register_bundled_fonts.cache_clear()

    def when_working() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.services is not None]
        if windows:
            windows[0].close()
        else:
            QTimer.singleShot(20, when_working)

    QTimer.singleShot(0, when_working)
    assert launch(db_path=str(database)) == 0
    assert register_bundled_fonts.cache_info().currsize == 1  # the start registered them
    families = register_bundled_fonts()  # what it registered, from the cache
    assert {"Noto Sans Ethiopic", "Noto Sans Arabic", "DejaVu Sans"} <= set(families)
    assert {"Noto Sans Ethiopic", "Noto Sans Arabic"} <= set(QFontDatabase.families())
