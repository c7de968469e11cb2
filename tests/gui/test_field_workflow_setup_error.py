"""First start: a refused office code is explained without squeezing the fields it is about."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_the_message_under_the_form_leaves_the_fields_their_height(qtbot: Any, app: Any, tmp_path: Any) -> None:
    from cairo_desktop.gui.setup_dialog import SetupDialog
    from cairo_desktop.services import open_services

    services = open_services(tmp_path / "first.db", author="amina")
    try:
        dialog = SetupDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        QTest.keyClicks(dialog.office_code, "eth add")
        QTest.keyClick(dialog.office_code, Qt.Key.Key_Return)
        assert dialog.isVisible() and "ETH ADD" in dialog.error.text()
        qtbot.wait(20)
        for field in (dialog.office_code, dialog.office_name, dialog.country):
            assert field.height() >= field.minimumSizeHint().height()
        assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
    finally:
        services.close()
