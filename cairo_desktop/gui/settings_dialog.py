"""Settings the user may change: for now the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from cairo_desktop.domain.i18n import LANGUAGES
from cairo_desktop.gui.i18n import LANGUAGE_NAMES


class SettingsDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        note = QLabel(self.tr("The plan, the lists and the printed reports follow the language too."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Interface &language:"), self.language)
        layout.addRow(note)
        layout.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())
