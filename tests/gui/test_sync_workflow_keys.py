"""Sync, Keys: trusting an office's key read over the phone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from cairo_desktop.gui.keys_dialog import TrustKeyDialog

pytestmark = pytest.mark.gui

FINGERPRINT = "3F2A-91C0-1234-5678-9ABC-DEF0-1234-5678"


def _in_the_form(qtbot, steps) -> None:  # type: ignore[no-untyped-def]
    """Run ``steps(form)`` in the trust form once it is open (it is modal), then close it if still open;
    gives up after about two seconds (the form never came)."""
    tries = iter(range(100))

    def act() -> None:
        form = QApplication.activeModalWidget()
        if not isinstance(form, TrustKeyDialog) or not form.isVisible():
            if next(tries, None) is not None:
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


def test_a_refused_fingerprint_brings_the_form_back_as_typed(make_window, make_services, answers, qtbot) -> None:
    coordinator = make_services("KP-SEC", "coordinator", country="")
    window = make_window(coordinator)
    window.actions["keys"].trigger()
    keys = window.commands.last_dialog
    seen_again: list[tuple[str, str]] = []

    def correct(form: TrustKeyDialog) -> None:
        seen_again.append((form.office.text(), form.fingerprint.text()))
        form.fingerprint.setText(FINGERPRINT)
        qtbot.keyClick(form.fingerprint, Qt.Key.Key_Return)

    def mistype(form: TrustKeyDialog) -> None:
        qtbot.keyClicks(form.office, "ETH-ADD")
        qtbot.keyClicks(form.fingerprint, FINGERPRINT[:-1])  # one character short, as heard on a bad line
        _in_the_form(qtbot, correct)
        qtbot.keyClick(form.fingerprint, Qt.Key.Key_Return)

    _in_the_form(qtbot, mistype)
    keys.trust()
    kind, _title, text = answers.asked[-1]
    assert kind == "warning" and "is not a key fingerprint" in text
    assert seen_again == [("ETH-ADD", FINGERPRINT[:-1])]  # the form came back with what was typed
    assert [(key.office, key.fingerprint) for key in coordinator.sync.pinned_keys()] == [("ETH-ADD", FINGERPRINT)]
    keys.close()
