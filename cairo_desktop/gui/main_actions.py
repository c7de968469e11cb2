"""The main window's commands: one QAction each, in the menus and the toolbar, with shortcuts.

Texts are set by :func:`retranslate` so a language switch renames every menu entry at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

# name -> (shortcut, standard icon or None, toolbar?)
ACTIONS: dict[str, tuple[str, str | None, bool]] = {
    "new": ("Ctrl+N", "SP_FileIcon", True),
    "save": ("Ctrl+S", "SP_DialogSaveButton", True),
    "revert": ("", "SP_DialogResetButton", False),
    "delete": ("", "SP_TrashIcon", False),
    "history": ("Ctrl+H", None, False),
    "find": ("Ctrl+F", "SP_FileDialogContentsView", False),
    "settings": ("", None, False),
    "quit": ("Ctrl+Q", None, False),
    "show_list": ("Ctrl+1", None, False),
    "show_dashboard": ("Ctrl+2", None, False),
    "refresh": ("F5", "SP_BrowserReload", True),
    "import": ("Ctrl+I", "SP_ArrowDown", True),
    "export": ("Ctrl+E", "SP_ArrowUp", True),
    "conflicts": ("", "SP_MessageBoxWarning", True),
    "keys": ("", None, False),
    "print_report": ("Ctrl+P", "SP_FileDialogDetailedView", True),
    "activity_pdf": ("", None, False),
    "about": ("", None, False),
}

MENUS = (
    ("file", ("new", "save", None, "settings", None, "quit")),
    ("edit", ("find", None, "revert", "delete", "history")),
    ("view", ("show_list", "show_dashboard", "plan_browser", None, "refresh")),
    ("sync", ("import", "export", None, "conflicts", "keys")),
    ("reports", ("print_report", "activity_pdf")),
    ("help", ("about",)),
)


def _texts() -> dict[str, str]:
    return {
        "new": QCoreApplication.translate("MainActions", "&New activity"), "save": QCoreApplication.translate("MainActions", "&Save"), "revert": QCoreApplication.translate("MainActions", "&Undo changes"),
        "delete": QCoreApplication.translate("MainActions", "&Delete activity"), "history": QCoreApplication.translate("MainActions", "&History of the activity…"), "find": QCoreApplication.translate("MainActions", "&Find…"),
        "settings": QCoreApplication.translate("MainActions", "Se&ttings…"), "quit": QCoreApplication.translate("MainActions", "&Quit"), "show_list": QCoreApplication.translate("MainActions", "&Activities"),
        "show_dashboard": QCoreApplication.translate("MainActions", "&Dashboard"), "refresh": QCoreApplication.translate("MainActions", "&Refresh"), "import": QCoreApplication.translate("MainActions", "&Import packages…"),
        "export": QCoreApplication.translate("MainActions", "&Export package…"), "conflicts": QCoreApplication.translate("MainActions", "&Conflicts…"), "keys": QCoreApplication.translate("MainActions", "&Keys…"), "print_report": QCoreApplication.translate("MainActions", "&Print report…"),
        "activity_pdf": QCoreApplication.translate("MainActions", "Activity &sheet (PDF)…"), "about": QCoreApplication.translate("MainActions", "&About Cairo Desktop"),
        "menu.file": QCoreApplication.translate("MainActions", "&File"), "menu.edit": QCoreApplication.translate("MainActions", "&Edit"), "menu.view": QCoreApplication.translate("MainActions", "&View"), "menu.sync": QCoreApplication.translate("MainActions", "S&ync"),
        "menu.reports": QCoreApplication.translate("MainActions", "&Reports"), "menu.help": QCoreApplication.translate("MainActions", "&Help"), "toolbar": QCoreApplication.translate("MainActions", "Main toolbar"),
        "plan_browser": QCoreApplication.translate("MainActions", "&Plan browser"),
    }


def build(window: QMainWindow, plan_dock_action: QAction) -> tuple[dict[str, QAction], dict[str, Any], QToolBar]:
    actions: dict[str, QAction] = {}
    style = window.style()
    for name, (shortcut, icon, _toolbar) in ACTIONS.items():
        action = QAction(window)
        action.setObjectName(f"action_{name}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(style.standardIcon(getattr(QStyle.StandardPixmap, icon)))
        actions[name] = action
        window.addAction(action)  # shortcuts work even with the menu bar hidden (and in tests)
    actions["plan_browser"] = plan_dock_action
    menus: dict[str, Any] = {}
    for menu_name, entries in MENUS:
        menu = window.menuBar().addMenu("")
        menu.setObjectName(f"menu_{menu_name}")
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[entry])
        menus[menu_name] = menu
    toolbar = window.addToolBar("")
    toolbar.setObjectName("mainToolbar")
    for name, (_shortcut, _icon, on_toolbar) in ACTIONS.items():
        if on_toolbar:
            toolbar.addAction(actions[name])
    return actions, menus, toolbar


def retranslate(actions: dict[str, QAction], menus: dict[str, Any], toolbar: QToolBar) -> None:
    texts = _texts()
    for name, action in actions.items():
        action.setText(texts[name])
        shortcut = ACTIONS.get(name, ("", None, False))[0]
        tip = texts[name].replace("&", "").rstrip("…")
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
    for name, menu in menus.items():
        menu.setTitle(texts[f"menu.{name}"])
    toolbar.setWindowTitle(texts["toolbar"])
