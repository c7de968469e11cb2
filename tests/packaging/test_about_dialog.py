"""Help > About: version, licence, office, database and the user's folders, as a person sees them."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel

from cairo_desktop import __version__, paths
from cairo_desktop.gui.about_dialog import AboutDialog
from cairo_desktop.services import Services, open_services

pytestmark = pytest.mark.gui


def _label(dialog: AboutDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"about_{key}")
    assert label is not None, key
    return label.text()


def test_shows_version_licence_office_database_and_folders(qtbot, field_services: Services,  # type: ignore[no-untyped-def]
                                                          isolated_home: Path) -> None:
    dialog = AboutDialog(field_services, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _label(dialog, "version").startswith(__version__ + " (Python ")
    assert _label(dialog, "licence") == "MIT © Cairo Desktop developers"
    assert _label(dialog, "office") == "ETH-ADD: ETH-ADD office (field office)"
    assert Path(_label(dialog, "database")) == field_services.database.file
    assert Path(_label(dialog, "data")) == paths.user_data_dir()
    assert Path(_label(dialog, "backups")) == paths.backups_dir()
    assert Path(_label(dialog, "logs")) == paths.user_log_dir()
    for key in ("data", "backups", "logs"):
        assert Path(_label(dialog, key)).is_relative_to(isolated_home)  # CAIRO_HOME moves them all
    # The window's settings are Qt's, in the system's own place (CAIRO_HOME does not move them): shown as they are.
    assert _label(dialog, "settings") == QSettings().fileName()
    assert not dialog.windowIcon().isNull()


def test_coordinator_and_a_database_not_set_up(qtbot, make_services: Callable[..., Services],  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    coordinator = make_services("KP-SEC", "coordinator", country="")
    dialog = AboutDialog(coordinator, None)
    qtbot.addWidget(dialog)
    assert _label(dialog, "office") == "KP-SEC: KP-SEC office (coordinator)"
    blank = open_services(tmp_path / "blank.db")
    try:
        other = AboutDialog(blank, None)
        qtbot.addWidget(other)
        assert _label(other, "office") == "not set up yet"
    finally:
        blank.close()


def test_copy_details_puts_every_line_on_the_clipboard(qtbot, field_services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(field_services, None)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0].startswith(f"Cairo Desktop {__version__}")
    assert f"database: {field_services.database.file}" in text
    assert f"backups: {paths.backups_dir()}" in text and "office: ETH-ADD" in text


def test_open_buttons_open_each_folder(qtbot, field_services: Services,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = AboutDialog(field_services, None)
    qtbot.addWidget(dialog)
    for key in ("data", "backups", "logs", "settings"):
        dialog.folder_buttons[key].click()
    assert [Path(p) for p in opened] == [paths.user_data_dir(), paths.backups_dir(), paths.user_log_dir(),
                                         Path(QSettings().fileName()).parent]
