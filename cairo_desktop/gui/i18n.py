"""Switching the interface language: Qt translators, right-to-left layout, the QSettings key.

The interface strings are translated with Qt's own tools (``lupdate`` extracts them from the Python
sources and the Designer forms into ``resources/translations/cairo_*.ts``; ``lrelease`` compiles the
``.qm`` files loaded here). Plan texts and vocabularies carry their own translations and are picked
with the same language code, so everything on screen follows one setting.

A sentence with a count is one message with a form per plural rule of the language (``tr(text, "", n)``
with ``%Ln``): two in French, six in Arabic, and two in English, whose source strings carry only the
plural (``cairo_en.ts`` holds the plural messages alone, made with ``lupdate -pluralonly``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from cairo_desktop import paths
from cairo_desktop.domain.i18n import LANGUAGES, RIGHT_TO_LEFT

LANGUAGE_KEY = "ui/language"
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "ar": "العربية"}


def saved_language(settings: QSettings) -> str:
    """The language chosen in the settings, else the system's when it is one of ours, else English."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    if value in LANGUAGES:
        return value
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "en"


def translations_dir() -> str:
    return str(paths.resource("translations"))


class LanguageSwitcher:
    """Owns the installed translators (Qt keeps only a pointer) and switches them as a unit."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = ""  # none applied yet: even English has a file to install (its plural forms)

    def apply(self, lang: str) -> bool:
        """Install ``lang``'s translations and layout direction; False if its .qm file is missing, and then
        English throughout (:attr:`language` says which language is in use)."""
        if lang not in LANGUAGES:
            lang = "en"
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        found = True
        if lang != "en":
            ours = QTranslator()
            found = ours.load(f"cairo_{lang}", translations_dir())
            if found:
                self._translators.append(ours)
                qt_own = QTranslator()
                if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                    self._translators.append(qt_own)
            else:  # a damaged install: English menus beside French plan texts would be worse than English
                logging.getLogger("cairo_desktop.gui").warning("No translation file for %s in %s; showing English",
                                                               lang, translations_dir())
                lang = "en"
        if lang == "en":
            english = QTranslator()  # the singular of counted sentences ("1 activity"); without it, "1 activities"
            if english.load("cairo_en", translations_dir()):
                self._translators.append(english)
        for translator in self._translators:
            self._app.installTranslator(translator)
        self.language = lang
        QLocale.setDefault(QLocale(lang))
        if isinstance(self._app, QApplication):
            direction = Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
            self._app.setLayoutDirection(direction)
        return found
