"""Sync, Keys: read out this installation's fingerprint; trust or forget the offices' keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cairo_desktop.gui.keys_dialog import TrustKeyDialog
from tests.conftest import sample_activity

pytestmark = pytest.mark.gui


def test_keys_window_shows_the_own_key_and_trusts_and_forgets_office_keys(make_window, make_services, answers,
                                                                          tmp_path: Path) -> None:
    field = make_services("ETH-ADD", "field")
    field.activities.add(sample_activity())
    field.sync.export_package(tmp_path / "1.xlsx")
    coordinator = make_services("KP-SEC", "coordinator", country="")
    coordinator.sync.import_packages([tmp_path / "1.xlsx"])  # trusts ETH-ADD's key on first use
    window = make_window(coordinator)
    window.actions["keys"].trigger()
    dialog = window.commands.last_dialog
    assert dialog.own.text() == coordinator.sync.key_fingerprint()
    assert [dialog.table.item(0, column).text() for column in (0, 2)] == ["ETH-ADD", field.sync.key_fingerprint()]

    form = TrustKeyDialog(dialog)
    form.office.setText("sdn-krt")
    form.fingerprint.setText("12-34")
    assert not dialog.trust_from(form)  # a mistyped fingerprint is explained; nothing is trusted
    kind, _title, text = answers.asked[-1]
    assert kind == "warning" and "is not a key fingerprint" in text and dialog.table.rowCount() == 1

    sudan = make_services("SDN-KRT", "field", country="SDN")
    form.fingerprint.setText(sudan.sync.key_fingerprint().lower())  # as typed from a phone call
    asked = len(answers.asked)
    assert dialog.trust_from(form)
    assert len(answers.asked) == asked  # a key of its own: nothing to say
    shown = {dialog.table.item(row, 0).text(): dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())}
    assert shown["SDN-KRT"].startswith(sudan.sync.key_fingerprint()) and "awaiting" in shown["SDN-KRT"]

    copied = TrustKeyDialog(dialog)
    copied.office.setText("ERI-ASM")
    copied.fingerprint.setText(field.sync.key_fingerprint())  # Asmara's computer was copied from Addis's
    assert dialog.trust_from(copied)
    kind, _title, text = answers.asked[-1]
    assert kind == "information" and "The same key is trusted for office ETH-ADD" in text and "ERI-ASM" in text
    coordinator.sync.forget_key("ERI-ASM")
    dialog.reload()

    dialog.table.selectRow(next(row for row in range(2) if dialog.table.item(row, 0).text() == "ETH-ADD"))
    answers.push(QMessageBox.StandardButton.No)
    dialog.forget()
    assert dialog.table.rowCount() == 2  # asked, and kept
    answers.push(QMessageBox.StandardButton.Yes)
    dialog.forget()
    assert [pinned.office for pinned in coordinator.sync.pinned_keys()] == ["SDN-KRT"]
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    coordinator.sync.forget_key("SDN-KRT")  # meanwhile, from the command line
    answers.push(QMessageBox.StandardButton.Yes)
    dialog.forget()
    kind, _title, text = answers.asked[-1]
    assert kind == "warning" and "No key is trusted for office SDN-KRT" in text and dialog.table.rowCount() == 0
    dialog.close()


@pytest.mark.parametrize(("role", "reader", "listener"), [("coordinator", "each office", "coordinator"),
                                                          ("field", "the coordinator", "each office")])
def test_the_fingerprint_note_is_worded_for_the_role(make_window, make_services, role: str, reader: str,
                                                     listener: str) -> None:
    services = make_services("KP-SEC" if role == "coordinator" else "ETH-ADD", role,
                             country="" if role == "coordinator" else "ETH")
    window = make_window(services)
    window.actions["keys"].trigger()
    dialog = window.commands.last_dialog
    assert f"Read it to {reader} by phone" in dialog.note.text()
    assert listener not in dialog.note.text()
    dialog.close()


def test_the_keys_window_words_the_refusals_in_french(make_window, make_services, answers) -> None:
    coordinator = make_services("KP-SEC", "coordinator", country="")
    window = make_window(coordinator)
    window.set_language("fr")
    try:
        window.actions["keys"].trigger()
        dialog = window.commands.last_dialog
        form = TrustKeyDialog(dialog)
        form.office.setText("sdn-krt")
        form.fingerprint.setText("12-34")
        assert not dialog.trust_from(form)
        assert "n'est pas une empreinte de clé" in answers.asked[-1][2]
        form.office.setText("kp-sec")
        form.fingerprint.setText(make_services("SDN-KRT", country="SDN").sync.key_fingerprint())
        assert not dialog.trust_from(form)
        assert "est le bureau de cette installation" in answers.asked[-1][2]
        assert coordinator.sync.pinned_keys() == []
        dialog.close()
    finally:
        window.set_language("en")
