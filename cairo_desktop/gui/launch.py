"""Composition root of the desktop app: open the database, build services, show the window."""

from __future__ import annotations

import sys


def launch(db_path: str | None = None, database_url: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from cairo_desktop.services import open_services

    services = open_services(db_path, database_url)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setWindowTitle("Cairo Desktop")
    window.setCentralWidget(QLabel(f"Database: {services.database.url}"))
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
