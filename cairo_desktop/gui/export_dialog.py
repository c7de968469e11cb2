"""Choosing what a sync package carries before its file is chosen.

The command line has ``--full``, ``--since-last`` and ``--office``; a coordinator working in the
window needs the same choices: the usual package (what the recipient has not confirmed yet), what
changed since the last export, everything (for a new or restored installation), and, for a
coordinator, one office's activities or the consolidated package for all offices.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QRadioButton, QVBoxLayout, QWidget,
)


@dataclass(frozen=True)
class ExportChoice:
    """The arguments of ``services.sync.export_package`` besides the file."""

    full: bool = False
    since_last: bool = False
    office: str | None = None

    def file_name(self, own_office: str, today: date) -> str:
        """A file name that says whose package it is and when it was made."""
        return f"{self.office or own_office}-{today.isoformat()}{'-full' if self.full else ''}.xlsx"


class ExportOptionsDialog(QDialog):
    def __init__(self, offices: list[tuple[str, str]], is_coordinator: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportOptions")
        self.setWindowTitle(self.tr("Export a sync package"))
        intro = QLabel(self.tr("A package carries activities to the coordinator or to the offices, by USB stick or "
                               "email. Choose what it should carry."))
        intro.setWordWrap(True)
        self.unconfirmed = QRadioButton(self.tr("What the recipient has not confirmed receiving yet (usual)"))
        self.since_last = QRadioButton(self.tr("Only what changed since my last export"))
        self.everything = QRadioButton(self.tr("Everything (for a new or restored installation)"))
        self.unconfirmed.setChecked(True)
        self._modes = QButtonGroup(self)
        for button in (self.unconfirmed, self.since_last, self.everything):
            self._modes.addButton(button)
        self.office = QComboBox()
        self.office.setObjectName("exportOffice")
        self.office.addItem(self.tr("All offices (a consolidated package)"), "")
        for code, name in offices:
            self.office.addItem(f"{code} — {name}" if name and name != code else code, code)
        form = QFormLayout()
        form.addRow(self.tr("Activities of"), self.office)
        self.office.setVisible(is_coordinator)
        form.labelForField(self.office).setVisible(is_coordinator)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.unconfirmed, self.since_last, self.everything):
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def choice(self) -> ExportChoice:
        return ExportChoice(full=self.everything.isChecked(), since_last=self.since_last.isChecked(),
                            office=self.office.currentData() or None)
