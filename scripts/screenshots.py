"""Screenshots of the main window, the editor and the dashboard in English and Arabic.

Run under a real (virtual) screen so fonts and styles are those a person sees:

    xvfb-run -a -s "-screen 0 1680x1050x24" .venv/bin/python scripts/screenshots.py [out_dir]

It builds a throwaway database of demo activities and writes PNG files (default docs/screenshots).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(out_dir: Path) -> int:
    work = Path(tempfile.mkdtemp(prefix="cairo-shots-"))
    os.environ["CAIRO_HOME"] = str(work / "home")
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from cairo_desktop.gui.i18n import LanguageSwitcher
    from cairo_desktop.gui.launch import _style_sheet
    from cairo_desktop.gui.main_window import MainWindow
    from cairo_desktop.services import open_services

    QCoreApplication.setOrganizationName("cairo-desktop-screenshots")
    app = QApplication([sys.argv[0]])
    app.setStyleSheet(_style_sheet())
    services = open_services(work / "shots.db", author="amina")
    services.installation.initialise("ETH-ADD", "Addis Ababa field office", "field", "ETH")
    services.demo.generate(3000, offices=4, seed=11)
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "ar"):
        settings = QSettings(str(work / f"{lang}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings, LanguageSwitcher(app))
        window.set_language(lang)
        window.resize(1600, 960)
        window.show()
        window.plan_browser.select_code("d3")
        own = next(row for row in range(window.model.rowCount())
                   if services.activities.can_edit(services.activities.get(window.model.activity_id(row))))
        window.select_activity(window.model.activity_id(own))
        _settle(app)
        window.grab().save(str(out_dir / f"main-{lang}.png"))
        window.editor.ui.tabs.setCurrentWidget(window.editor.ui.tab_people)
        window.editor.ui.title.setText("")  # show an inline validation message
        _settle(app)
        window.editor.grab().save(str(out_dir / f"editor-{lang}.png"))
        window.editor.discard_changes()
        window.plan_browser.select_code("")
        window.tabs.setCurrentIndex(1)
        _settle(app)
        window.grab().save(str(out_dir / f"dashboard-{lang}.png"))
        window.close()
    services.close()
    print(f"Screenshots written to {out_dir}")
    return 0


def _settle(app) -> None:  # type: ignore[no-untyped-def]
    import time

    deadline = time.time() + 0.6
    while time.time() < deadline:
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
