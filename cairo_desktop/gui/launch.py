"""Composition root of the desktop app: open the database, build services, show the window."""

from __future__ import annotations

import sys
from typing import Sequence


def launch(argv: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from cairo_desktop.cli.main import build_parser
    from cairo_desktop.services import open_services

    args, _ = build_parser().parse_known_args(list(argv))
    services = open_services(args.db, args.database_url)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setWindowTitle("Cairo Desktop")
    window.setCentralWidget(QLabel(f"Database: {services.database.url}"))
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
