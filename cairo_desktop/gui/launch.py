"""Composition root of the desktop app: database, services, QApplication, window; nothing global.

Order matters: the crash handler and log come first (so a failure while starting is recorded),
then the database lock (a second copy is refused before it touches anything), then the services,
the first-start setup, the window, and finally the offer of drafts left by a crash.
"""

from __future__ import annotations

import sys

from cairo_desktop import APP_ID, APP_NAME


def _style_sheet() -> str:
    from cairo_desktop import paths

    file = paths.resource("styles", "app.qss")
    return file.read_text(encoding="utf-8") if file.is_file() else ""


def launch(db_path: str | None = None, database_url: str | None = None) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from cairo_desktop.gui.crash_handler import CrashHandler
    from cairo_desktop.gui.i18n import LanguageSwitcher, saved_language

    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationDisplayName(APP_NAME)
    app.setStyleSheet(_style_sheet())
    try:
        from cairo_desktop.gui.about_dialog import app_icon

        app.setWindowIcon(app_icon())
    except ImportError:
        pass
    settings = QSettings()
    switcher = LanguageSwitcher(app)
    switcher.apply(saved_language(settings))
    window_holder: list[object] = []
    crash = CrashHandler(lambda: window_holder[0] if window_holder else None)  # type: ignore[arg-type, return-value]
    crash.install()

    try:
        return _run(app, settings, switcher, crash, window_holder, db_path, database_url)
    finally:
        crash.uninstall()


def _run(app, settings, switcher, crash, window_holder, db_path, database_url) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QMessageBox

    from cairo_desktop.errors import UserError
    from cairo_desktop.gui.app_lock import DatabaseLock
    from cairo_desktop.store.engine import make_engine, resolve_url, sqlite_file

    try:
        url = resolve_url(db_path, database_url)
        probe = make_engine(url)
        lock = DatabaseLock(sqlite_file(probe))
        probe.dispose()
        lock.acquire()
    except UserError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    try:
        from cairo_desktop.services import open_services

        services = open_services(database_url=url)
    except UserError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        lock.release()
        return 1
    try:
        if services.context.identity() is None:
            from cairo_desktop.gui.setup_dialog import SetupDialog

            if SetupDialog(services, switcher.language).exec() != QDialog.DialogCode.Accepted:
                return 1
        from cairo_desktop.gui.main_window import MainWindow

        window = MainWindow(services, settings, switcher, crash)
        window_holder.append(window)
        window.show()
        QTimer.singleShot(0, window.offer_drafts)
        return app.exec()
    finally:
        services.close()
        lock.release()
