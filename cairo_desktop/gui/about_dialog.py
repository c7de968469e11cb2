"""Help > About: which version this is, under which licence, and where it keeps the user's files.

When a field office phones for help, the first questions are "which version?", "which office is
this?" and "where is the database?". This dialog answers them in one place, lets the user open each
folder (data, backups, logs: the per-OS folders of :mod:`cairo_desktop.paths`; settings: Qt's own place) and copy
everything as plain text into an e-mail.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from cairo_desktop import APP_NAME, __version__, paths
from cairo_desktop.gui.app_icon import app_icon

LICENCE = "MIT"
LICENCE_HOLDER = "Cairo Desktop developers"


def user_folders() -> list[tuple[str, Path]]:
    """(key, folder) for every place the app writes the user's files, as the about dialog lists them."""
    return [
        ("data", paths.user_data_dir()),
        ("backups", paths.backups_dir()),
        ("logs", paths.user_log_dir()),
    ]


def settings_place() -> tuple[str, Path | None]:
    """Where the window's settings really are, and the folder to open for them.

    They are Qt's settings, kept in each system's own place (a file on Linux and macOS, the registry on
    Windows), not in the app's folders: ``CAIRO_HOME`` does not move them.
    """
    settings = QSettings()
    name = settings.fileName()
    if sys.platform == "win32" and settings.format() == QSettings.Format.NativeFormat:
        return name, None  # a registry key: no folder to open
    return name, Path(name).parent


class AboutDialog(QDialog):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setWindowIcon(app_icon())
        self._services = services
        self.folder_buttons: dict[str, QPushButton] = {}
        self.values: dict[str, str] = {}

        header = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(QPixmap(str(paths.resource("icons", "app", "cairo-desktop-64.png"))))
        title = QLabel(f"<b>{APP_NAME}</b><br>{self.tr('Version')} {__version__}")
        title.setObjectName("aboutTitle")
        header.addWidget(logo)
        header.addWidget(title, 1)

        form = QFormLayout()
        self._add_row(form, "version", self.tr("Version"), self._version_text())
        self._add_row(form, "licence", self.tr("Licence"), f"{LICENCE} © {LICENCE_HOLDER}")
        self._add_row(form, "office", self.tr("Office"), self._office_text())
        self._add_row(form, "database", self.tr("Database"), self._database_text())
        labels = {"data": self.tr("Data folder"), "backups": self.tr("Backups"), "logs": self.tr("Logs"),
                  "settings": self.tr("Settings")}
        for key, folder in user_folders():
            self._add_row(form, key, labels[key], str(folder), folder)
        place, folder = settings_place()
        self._add_row(form, "settings", labels["settings"], place, folder)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _add_row(self, form: QFormLayout, key: str, label: str, value: str, folder: Path | None = None) -> None:
        self.values[key] = value
        text = QLabel(value)
        text.setObjectName(f"about_{key}")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        is_path = folder is not None or key in ("database", "settings")
        text.setWordWrap(not is_path)  # a path broken over lines is misread when typed into Explorer
        if is_path:
            text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # paths read left to right in Arabic too
        if folder is None:
            form.addRow(label, text)
            return
        row = QHBoxLayout()
        row.addWidget(text, 1)
        button = QPushButton(self.tr("Open"))
        button.setObjectName(f"open_{key}")
        button.clicked.connect(lambda _checked=False, f=folder: self.open_folder(f))
        self.folder_buttons[key] = button
        row.addWidget(button)
        form.addRow(label, row)

    @staticmethod
    def _version_text() -> str:
        return f"{__version__} (Python {platform.python_version()}, Qt for Python {pyside_version})"

    def _office_text(self) -> str:
        identity = self._services.installation.identity()
        if identity is None:
            return self.tr("not set up yet")
        role = self.tr("coordinator") if identity.is_coordinator else self.tr("field office")
        return f"{identity.office_code}: {identity.office_name} ({role})"

    def _database_text(self) -> str:
        database = self._services.database
        return str(database.file) if database.file is not None else database.url

    def open_folder(self, folder: Path) -> bool:
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def details_text(self) -> str:
        """Everything the dialog shows, as plain lines for a support e-mail."""
        lines = [f"{APP_NAME} {self.values['version']}", f"Licence: {self.values['licence']}"]
        lines += [f"{key}: {self.values[key]}" for key in ("office", "database", "data", "backups", "logs", "settings")]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
