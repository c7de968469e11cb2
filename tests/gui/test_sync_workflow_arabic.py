"""The import in Arabic and French: paragraphs read in the interface's direction, numbers in its digits,
a file named before its refusal with the language's punctuation ("notes.xlsx : ..." in French).

Qt gives a paragraph the direction of its first letter; the import's headings and refusals start
with a file name (Latin letters), so in Arabic they were laid out left to right, aligned left.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument

from cairo_desktop.gui.import_preview import ImportPreviewDialog
from cairo_desktop.gui.numbers import whole
from tests.conftest import sample_activity

pytestmark = pytest.mark.gui


def _preview(window, qtbot, files: list[Path]) -> ImportPreviewDialog:  # type: ignore[no-untyped-def]
    window.commands.last_dialog = None
    window.commands.preview_import(files)
    qtbot.waitUntil(lambda: isinstance(window.commands.last_dialog, ImportPreviewDialog), timeout=30_000)
    return window.commands.last_dialog


def _refused_box(window, qtbot, answers, files: list[Path]) -> str:  # type: ignore[no-untyped-def]
    window.commands.apply_import(files)
    qtbot.waitUntil(lambda: any(kind == "warning" for kind, _title, _text in answers.asked), timeout=30_000)
    return next(text for kind, _title, text in answers.asked if kind == "warning")


def _directions(text: str) -> list[tuple[str, Qt.LayoutDirection]]:
    """Each non-empty paragraph of a message box's plain text with the direction Qt lays it out in."""
    document = QTextDocument()
    document.setPlainText(text)
    block, found = document.begin(), []
    while block.isValid():
        if block.text().strip("\u200f "):
            found.append((block.text(), block.textDirection()))
        block = block.next()
    return found


@pytest.fixture
def packages(make_services, tmp_path: Path) -> tuple[list[Path], str]:
    field = make_services("ETH-ADD", "field")
    field.activities.add(sample_activity())
    files = [tmp_path / f"eth-add-{n}.xlsx" for n in (1, 2, 3)]
    for file in files:
        field.sync.export_package(file, full=True)
    return files, field.sync.key_fingerprint()


def test_the_preview_reads_right_to_left_in_arabic(make_window, make_services, packages, qtbot) -> None:
    files, _fingerprint = packages
    window = make_window(make_services("KP-SEC", "coordinator", country=""))
    window.set_language("ar")
    try:
        document = _preview(window, qtbot, [files[0]]).text.document()
        block, headings = document.begin(), 0
        while block.isValid():
            if block.text().strip():
                assert block.textDirection() == Qt.LayoutDirection.RightToLeft, block.text()
                headings += block.text().startswith(files[0].name)
            block = block.next()
        assert headings == 1  # the heading that starts with the file name was checked too
        window.commands.last_dialog.close()
    finally:
        window.set_language("en")


def test_the_refused_packages_read_right_to_left_in_arabic(make_window, make_services, answers, qtbot,
                                                           tmp_path: Path) -> None:
    not_a_workbook = tmp_path / "notes.xlsx"
    not_a_workbook.write_text("not a workbook")
    window = make_window(make_services("KP-SEC", "coordinator", country=""))
    window.set_language("ar")
    try:
        text = _refused_box(window, qtbot, answers, [not_a_workbook, tmp_path / "missing.xlsx"])
        paragraphs = _directions(text)
        assert len(paragraphs) == 2 and paragraphs[0][0].lstrip("\u200f").startswith("notes.xlsx")
        assert all(direction == Qt.LayoutDirection.RightToLeft for _text, direction in paragraphs), paragraphs
    finally:
        window.set_language("en")


def test_package_numbers_are_written_in_the_interface_digits(make_window, make_services, packages, qtbot) -> None:
    files, _fingerprint = packages
    coordinator = make_services("KP-SEC", "coordinator", country="")
    window = make_window(coordinator)
    window.set_language("ar")
    try:
        assert whole(3) != "3"  # Arabic-Indic digits, else this test proves nothing
        text = _preview(window, qtbot, [files[0]]).text.toPlainText()
        number = QCoreApplication.translate("ImportPreviewDialog", "From office {office}, package number {seq}.")
        assert number.format(office="ETH-ADD", seq=whole(1)) in text
        window.commands.last_dialog.close()
        coordinator.sync.import_packages([files[0]])
        text = _preview(window, qtbot, [files[2]]).text.toPlainText()
        gap = QCoreApplication.translate("ImportPreviewDialog", "Package {first} from office {office} has not been "
                                         "imported yet; nothing is lost, import it when it arrives.")
        assert gap.format(first=whole(2), office="ETH-ADD") in text
        window.commands.last_dialog.close()
    finally:
        window.set_language("en")


def test_the_refused_packages_are_named_with_french_punctuation(make_window, make_services, answers, qtbot,
                                                                tmp_path: Path) -> None:
    not_a_workbook = tmp_path / "notes.xlsx"
    not_a_workbook.write_text("not a workbook")
    window = make_window(make_services("KP-SEC", "coordinator", country=""))
    window.set_language("fr")
    try:
        text = _refused_box(window, qtbot, answers, [not_a_workbook])
        assert text.startswith("notes.xlsx : ") and "notes.xlsx:" not in text  # French: a space before the colon
    finally:
        window.set_language("en")
