"""Sync, Keys: trusting an office's key read over the phone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from cairo_desktop.gui.keys_dialog import TrustKeyDialog

pytestmark = pytest.mark.gui

FINGERPRINT = "3F2A-91C0-1234-5678-9ABC-DEF0-1234-5678"


def _in_the_form(qtbot, steps) -> None:  # type: ignore[no-untyped-def]
    """Run ``steps(form)`` in the trust form once it is open (it is modal), then close it if still open."""
    def act() -> None:
        form = QApplication.activeModalWidget()
        if not isinstance(form, TrustKeyDialog):
            QTimer.singleShot(20, act)
            return
        steps(form)
        if form.isVisible():
            form.reject()
    QTimer.singleShot(0, act)


def test_a_key_cannot_be_trusted_for_an_office_left_blank(make_window, make_services, qtbot) -> None:
    coordinator = make_services("KP-SEC", "coordinator", country="")
    window = make_window(coordinator)
    window.actions["keys"].trigger()
    keys = window.commands.last_dialog
    pressed: list[bool] = []

    def type_only_the_fingerprint(form: TrustKeyDialog) -> None:
        qtbot.keyClicks(form.fingerprint, FINGERPRINT)  # the office code forgotten
        qtbot.keyClick(form.fingerprint, Qt.Key.Key_Return)
        pressed.append(form.isVisible())  # Enter did not accept the form

    _in_the_form(qtbot, type_only_the_fingerprint)
    keys.trust()
    assert pressed == [True] and coordinator.sync.pinned_keys() == []  # no key trusted for an office named ""

    def type_both(form: TrustKeyDialog) -> None:
        qtbot.keyClicks(form.office, "ETH-ADD")
        qtbot.keyClicks(form.fingerprint, FINGERPRINT)
        qtbot.keyClick(form.fingerprint, Qt.Key.Key_Return)

    _in_the_form(qtbot, type_both)
    keys.trust()
    assert [(key.office, key.fingerprint) for key in coordinator.sync.pinned_keys()] == [("ETH-ADD", FINGERPRINT)]
    keys.close()
