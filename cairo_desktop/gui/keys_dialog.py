"""Keys: this installation's fingerprint, and the offices' keys it trusts.

Packages are signed. The first key seen for an office is trusted from then on, and its fingerprint
should be confirmed by phone; a package signed with another key is refused. So a field officer must
be able to read out their own fingerprint, and a coordinator must be able to trust the new key of
an office that reinstalled the app (or forget one) without the command line (``keys show``,
``keys trust OFFICE FINGERPRINT``, ``keys forget OFFICE``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from cairo_desktop.errors import UserError
from cairo_desktop.gui.message_texts import translate_message


class TrustKeyDialog(QDialog):
    """Office code, fingerprint (as read over the phone) and role of a key to trust."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustKeyDialog")
        self.setWindowTitle(self.tr("Trust an office's key"))
        help_text = QLabel(self.tr("Type the fingerprint the office reads to you by phone (8 groups of 4 characters). "
                                   "Packages from that office signed with any other key will be refused."))
        help_text.setWordWrap(True)
        self.office = QLineEdit()
        self.office.setObjectName("trustOffice")
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("trustFingerprint")
        self.fingerprint.setPlaceholderText("3F2A-91C0-…")
        self.role = QComboBox()
        self.role.addItem(self.tr("field office"), "field")
        self.role.addItem(self.tr("coordinator"), "coordinator")
        form = QFormLayout()
        form.addRow(self.tr("Office code"), self.office)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        form.addRow(self.tr("Role"), self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # OK only once both are typed: an empty office code would be trusted as an office named ""
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for field in (self.office, self.fingerprint):
            field.textChanged.connect(self._update_ok)
        self._update_ok()
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.office.text().strip() and self.fingerprint.text().strip()))


class KeysDialog(QDialog):
    def __init__(self, services: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self.setWindowTitle(self.tr("Keys"))
        self._sync = services.sync
        identity = services.context.require_identity()
        self.own_fingerprint = self._sync.key_fingerprint()
        own = QLabel(self.tr("This installation (office {office}) signs its packages with the key:").format(
            office=identity.office_code))
        own.setWordWrap(True)
        self.own = QLabel(self.own_fingerprint)
        self.own.setObjectName("ownFingerprint")
        font = self.own.font()
        font.setBold(True)
        self.own.setFont(font)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.own_fingerprint))
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(copy)
        if identity.is_coordinator:  # the offices check the coordinator's packages against it
            self.note = QLabel(self.tr("Read it to each office by phone when it imports its first package from you, "
                                       "so that it can check that your packages come from you."))
        else:
            self.note = QLabel(self.tr("Read it to the coordinator by phone when they import your first package."))
        self.note.setObjectName("ownFingerprintNote")
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("trustedKeys")
        self.table.setHorizontalHeaderLabels([self.tr("Office"), self.tr("Role"), self.tr("Fingerprint"),
                                              self.tr("Trusted since")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.trust_button = buttons.addButton(self.tr("&Trust a key…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.forget_button = buttons.addButton(self.tr("&Forget"), QDialogButtonBox.ButtonRole.ActionRole)
        self.trust_button.clicked.connect(lambda: self.trust())
        self.forget_button.clicked.connect(lambda: self.forget())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addLayout(own_row)
        layout.addWidget(self.note)
        layout.addWidget(QLabel(self.tr("Keys trusted for the other offices:")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.reload()

    def reload(self) -> None:
        self.pinned = self._sync.pinned_keys()
        self.table.setRowCount(0)
        for pinned in self.pinned:
            row = self.table.rowCount()
            self.table.insertRow(row)
            role = self.tr("coordinator") if pinned.role == "coordinator" else self.tr("field office")
            fingerprint = pinned.fingerprint + (self.tr(" (awaiting the first package)") if pinned.pending else "")
            for column, text in enumerate((pinned.office, role, fingerprint, pinned.pinned_at[:10])):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.forget_button.setEnabled(bool(self.pinned))

    def trust(self) -> None:
        form = TrustKeyDialog(self)
        while form.exec() == QDialog.DialogCode.Accepted:  # refused: the form again as typed, to correct, not retype
            if self.trust_from(form):
                return

    def trust_from(self, form: TrustKeyDialog) -> bool:
        """Trust the key typed in ``form``; a mistake is explained and nothing changes."""
        try:
            pinned = self._sync.trust_key(form.office.text(), form.fingerprint.text(), form.role.currentData())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Key not trusted"), translate_message(str(error)))
            return False
        self.reload()
        sharing = self._sync.offices_sharing_key(pinned.office)
        if sharing:
            QMessageBox.information(self, self.tr("Key trusted for two offices"), self.tr(
                "The same key is trusted for office {others}: either office can now sign for the other. Keep it so "
                "only if office {office}'s computer was copied from theirs.").format(
                    others=", ".join(sharing), office=pinned.office))
        return True

    def forget(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.pinned):
            QMessageBox.information(self, self.tr("Forget a key"), self.tr("Select an office in the list first."))
            return
        office = self.pinned[row].office
        answer = QMessageBox.question(
            self, self.tr("Forget a key"),
            self.tr("Forget the key of office {office}? The next package from that office will be trusted with "
                    "whatever key signed it, so confirm its fingerprint by phone then.").format(office=office))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._sync.forget_key(office)
        except UserError as error:  # forgotten meanwhile, e.g. from the command line
            QMessageBox.warning(self, self.tr("Forget a key"), translate_message(str(error)))
        self.reload()
