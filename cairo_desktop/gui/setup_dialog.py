"""First start: who is this installation? The same identity ``cairo-desktop init`` records.

Every revision carries the office code, and the role decides what may be changed, so the dialog
explains both choices in plain words before anything can be recorded.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget,
)

from cairo_desktop.errors import UserError
from cairo_desktop.services.installation import OFFICE_CODE


class SetupDialog(QDialog):
    def __init__(self, services: Any, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self._services = services
        self.setWindowTitle(self.tr("Set up this installation"))
        intro = QLabel(self.tr(
            "Before recording activities, say which office this computer works for. Every change made here is "
            "signed with this office, and packages sent to the coordinator name it. You choose this once."))
        intro.setWordWrap(True)
        self.office_code = QLineEdit()
        self.office_code.setObjectName("officeCode")
        self.office_code.setPlaceholderText(self.tr("for example ETH-ADD"))
        self.office_name = QLineEdit()
        self.office_name.setObjectName("officeName")
        self.office_name.setPlaceholderText(self.tr("for example Addis Ababa field office"))
        self.country = QComboBox()
        self.country.setObjectName("officeCountry")
        vocab = services.vocabularies
        self.country.addItem(self.tr("(no single country: secretariat or regional office)"), "")
        members = set(vocab.kp_members())
        for term in sorted(vocab.countries, key=lambda t: (t.code not in members, t.label.get(lang))):
            self.country.addItem(f"{term.label.get(lang)} ({term.code})", term.code)
        self.field_role = QRadioButton(self.tr("Field office: records and changes its own activities only"))
        self.field_role.setObjectName("roleField")
        self.coordinator_role = QRadioButton(self.tr(
            "Coordinator: receives packages from the offices, resolves conflicts and may correct any activity"))
        self.coordinator_role.setObjectName("roleCoordinator")
        self.field_role.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("setupError")
        self.error.setWordWrap(True)
        self.error.setProperty("error", True)
        form = QFormLayout()
        form.addRow(self.tr("Office &code:"), self.office_code)
        form.addRow(self.tr("Office &name:"), self.office_name)
        form.addRow(self.tr("Co&untry:"), self.country)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Role of this installation:")))
        layout.addWidget(self.field_role)
        layout.addWidget(self.coordinator_role)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def accept(self) -> None:
        role = "coordinator" if self.coordinator_role.isChecked() else "field"
        problem = self._problem()
        if problem:
            self._show_error(problem)
            return
        try:
            self._services.installation.initialise(
                self.office_code.text(), self.office_name.text(), role, str(self.country.currentData() or ""))
        except UserError as error:
            self._show_error(str(error))
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        """Show why the set-up cannot go on, growing the dialog to hold it.

        The dialog was sized without a message: its two or three lines squeezed the office fields
        until the typed code was cut in half.
        """
        self.error.setText(text)
        self.layout().activate()
        needed = max(self.heightForWidth(self.width()), self.minimumSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _problem(self) -> str:
        """What is wrong with the typed code or name, in the interface language (the service says it in English)."""
        code = self.office_code.text().strip().upper()
        if not code:
            return self.tr("Type the office code, for example ETH-ADD: it names this office on every activity and "
                           "package.")
        if not OFFICE_CODE.match(code):
            return self.tr("The office code '{code}' cannot be used: use 2 to 32 letters, digits, '-' or '_', "
                           "starting with a letter or digit (for example ETH-ADD).").format(code=code)
        if not self.office_name.text().strip():
            return self.tr("Give the office a name, for example “Addis Ababa field office”.")
        return ""
