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
    try:
        from cairo_desktop.gui.app_icon import app_icon

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
    from PySide6.QtWidgets import QMessageBox

    from cairo_desktop.errors import UserError
    from cairo_desktop.store.first_page import FirstPageReader
    from cairo_desktop.store.location import database_file

    file = database_file(db_path, database_url)
    try:
        url, lock = _lock_database(file, db_path, database_url)
    except UserError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    try:
        reader = FirstPageReader.open(file) if file is not None else None
        if reader is not None:
            return _run_list_first(app, settings, switcher, crash, window_holder, url, reader)
        return _run_services_first(app, settings, switcher, crash, window_holder, url)
    finally:
        lock.release()


def _lock_database(file, db_path, database_url):  # type: ignore[no-untyped-def]
    """The URL to open and the held single-copy lock; a file already there is locked without SQLAlchemy."""
    from cairo_desktop.gui.app_lock import DatabaseLock

    if file is not None and file.is_file():
        lock = DatabaseLock(file)
        lock.acquire()
        return f"sqlite:///{file}", lock
    from cairo_desktop.store.engine import make_engine, resolve_url, sqlite_file

    url = resolve_url(db_path, database_url)
    probe = make_engine(url)  # refuses a missing folder with its own message
    lock = DatabaseLock(sqlite_file(probe))
    probe.dispose()
    lock.acquire()
    return url, lock


def _open_services(url: str):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from cairo_desktop.errors import UserError
    from cairo_desktop.services import open_services

    try:
        return open_services(database_url=url)
    except UserError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return None


def _run_services_first(app, settings, switcher, crash, window_holder, url) -> int:  # type: ignore[no-untyped-def]
    """First start, a migration due, or a server database: services, set-up if needed, then the window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from cairo_desktop.gui.bundled_fonts import register_bundled_fonts

    register_bundled_fonts()
    app.setStyleSheet(_style_sheet())
    services = _open_services(url)
    if services is None:
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
        try:
            return app.exec()
        finally:
            _delete_now(window)
    finally:
        services.close()


def _run_list_first(app, settings, switcher, crash, window_holder, url, reader) -> int:  # type: ignore[no-untyped-def]
    """An everyday start: the list is painted from the read-only reader, then the services load behind it."""
    import sqlite3

    from PySide6.QtCore import QTimer

    from cairo_desktop.gui.bundled_fonts import register_bundled_fonts
    from cairo_desktop.gui.first_paint import call_after_first_paint
    from cairo_desktop.gui.main_window import MainWindow

    try:
        window = MainWindow(None, settings, switcher, crash, first_page=reader)
    except sqlite3.DatabaseError as error:  # a damaged file: its first page cannot be read
        _report_failed_start(error)
        return 1
    window_holder.append(window)
    opened: list[object] = []

    def load_services() -> None:
        try:
            services = _open_services(url)
        except Exception as error:  # noqa: BLE001 - the window cannot work without its database: say so, then stop
            services = None
            _report_failed_start(error)
        if services is None:
            window.hide()  # not close(): its "last window closed" quit would outlive this loop
            app.exit(1)
            return
        opened.append(services)
        register_bundled_fonts()  # before attach, whose refresh repaints the list with them
        app.setStyleSheet(_style_sheet())  # its touches are for the editor and dashboard: not worth slowing the first paint
        window.attach(services)
        QTimer.singleShot(0, window.offer_drafts)

    call_after_first_paint(window.table.viewport(), load_services)
    window.show()
    try:
        return app.exec()
    finally:
        _delete_now(window)  # no widget may outlive the reader and services it reads
        reader.close()
        for services in opened:
            services.close()  # type: ignore[attr-defined]


def _delete_now(widget) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _report_failed_start(error: Exception) -> None:
    import logging

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from cairo_desktop.gui.crash_handler import log_file

    logging.getLogger("cairo_desktop.gui").exception("Opening the database failed")
    QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
        "Launch", "Cairo Desktop could not open its database: {error}\nNothing was changed. The details are in the "
        "log file {log}; send it to your coordinator or support.").format(error=error, log=log_file()))

