"""The message after an import that refused many packages fits a 1366x768 screen, OK button included,
and still gives every file's reason (in its scrolling details)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.gui

SCREEN_HEIGHT = 768 - 60  # a laptop screen less the title bar and the task bar


def _not_packages(tmp_path: Path, count: int) -> list[Path]:
    files = []
    for number in range(count):
        files.append(tmp_path / f"office-{number:02d}-package.xlsx")
        files[-1].write_text("not a workbook")
    return files


def _refusal_shown(window, answers, qtbot) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """The height the refusal message takes on screen and all the text a person can read in it."""
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)
    warnings = [text for kind, _title, text in answers.asked if kind == "warning"]
    if warnings:  # a plain message: as tall as its text
        box = QMessageBox(QMessageBox.Icon.Warning, "", warnings[-1], QMessageBox.StandardButton.Ok, window)
    else:
        box = window.commands.last_dialog
        assert isinstance(box, QMessageBox) and box.isVisible()
    box.show()
    qtbot.waitExposed(box)
    height, text = box.height(), box.text() + "\n" + box.detailedText()
    box.close()
    return height, text


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_a_dozen_refused_packages_fit_the_screen(make_window, make_services, answers, qtbot, tmp_path: Path,
                                                 lang: str) -> None:
    files = _not_packages(tmp_path, 14)
    window = make_window(make_services("KP-SEC", "coordinator", country=""))
    window.set_language(lang)
    try:
        window.commands.apply_import(files)
        height, text = _refusal_shown(window, answers, qtbot)
        assert height <= SCREEN_HEIGHT
        assert all(file.name in text for file in files)  # no reason is lost
    finally:
        window.set_language("en")


def test_a_few_refused_packages_are_told_in_the_message_itself(make_window, make_services, answers, qtbot,
                                                               tmp_path: Path) -> None:
    files = _not_packages(tmp_path, 2)
    window = make_window(make_services("KP-SEC", "coordinator", country=""))
    window.commands.apply_import(files)
    height, text = _refusal_shown(window, answers, qtbot)
    assert [kind for kind, _title, _text in answers.asked] == ["warning"] and height <= SCREEN_HEIGHT
    assert all(f"{file.name}: This is not an Excel workbook" in text for file in files)
