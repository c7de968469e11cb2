"""Reports > Summary in the app: preview of the real PDF, printing to a PDF printer, saving, cancelling."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

pytest.importorskip("PySide6.QtPdf")

from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from cairo_desktop.domain.filters import ActivityFilter  # noqa: E402
from cairo_desktop.gui.report_dialog import ReportDialog  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, report_services):  # type: ignore[no-untyped-def]
    widget = ReportDialog(report_services, None, selection=ActivityFilter(domains=(4,)), lang="en")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.pdf_path is not None, timeout=30000)
    yield widget
    widget.reject()


def test_preview_shows_the_real_pdf_and_prints_every_page(dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pages = len(PdfReader(dialog.pdf_path).pages)
    assert dialog.document.pageCount() == pages > 3
    assert dialog.domains.item(3).checkState().name == "Checked"  # the caller's filter is shown
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages
    saved = dialog.save_to(tmp_path / "saved.pdf")
    assert saved.read_bytes() == dialog.pdf_path.read_bytes()


def test_a_save_that_fails_half_way_keeps_the_older_file_and_says_why(dialog, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                       monkeypatch) -> None:
    import errno
    import shutil

    from cairo_desktop.errors import UserError

    older = tmp_path / "summary.pdf"
    older.write_bytes(b"%PDF-1.4 the older report")

    def disk_full(source: object, target: Path) -> None:
        Path(target).write_bytes(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", disk_full)
    with pytest.raises(UserError, match="the disk is full"):
        dialog.save_to(older)
    assert older.read_bytes() == b"%PDF-1.4 the older report"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["summary.pdf"]


@pytest.mark.parametrize(("error", "said"), [
    ("ENOSPC", "the disk is full"),  # one the shared wording knows
    ("EINVAL", "Invalid argument"),  # one it passes on: still a message, not the crash dialog
])
def test_a_failed_save_is_told_in_a_message(dialog, tmp_path: Path, monkeypatch, error: str,  # type: ignore[no-untyped-def]
                                            said: str) -> None:
    import errno
    import os
    import shutil

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    code = getattr(errno, error)

    def failing(source: object, target: Path) -> None:
        raise OSError(code, os.strerror(code))

    shown: list[str] = []
    monkeypatch.setattr(shutil, "copyfile", failing)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "s.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text))
    dialog.save_dialog()
    assert len(shown) == 1 and said in shown[0] and str(tmp_path / "s.pdf") in shown[0]
    assert list(tmp_path.iterdir()) == []


def test_changing_filters_regenerates_and_cancel_keeps_the_previous_preview(dialog, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = dialog.pdf_path
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.generate()
    qtbot.waitUntil(lambda: dialog.progress is None and dialog.pdf_path != first, timeout=30000)
    assert dialog.pdf_path.exists() and dialog.print_button.isEnabled()

    real = dialog.services.reports.summary_pdf
    started = threading.Event()

    def slow(*args, progress=None, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        while not progress.cancelled:  # the real service runs once Cancel has been pressed
            threading.Event().wait(0.01)
        return real(*args, progress=progress, **kwargs)

    monkeypatch.setattr(dialog.services.reports, "summary_pdf", slow)
    kept = dialog.pdf_path
    dialog.generate()
    assert not dialog.print_button.isEnabled() and dialog.cancel_button.isVisible()
    qtbot.waitUntil(started.is_set, timeout=5000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.progress is None, timeout=30000)
    assert dialog.pdf_path == kept and "Cancelled" in dialog.status.text()
    assert dialog.print_button.isEnabled()


def test_printing_sends_the_page_range_asked_for_and_can_be_cancelled(dialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two-pages.pdf"))
    printer.setFromTo(2, 3)
    seen = []
    assert dialog.print_to(printer, lambda done, total: seen.append((done, total)) or True) == 2
    assert seen == [(0, 2), (1, 2)]
    assert len(PdfReader(tmp_path / "two-pages.pdf").pages) == 2

    cancelled = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    cancelled.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    cancelled.setOutputFileName(str(tmp_path / "cancelled.pdf"))
    asked = []
    assert dialog.print_to(cancelled, lambda done, total: asked.append(done) or done < 1) == 0  # Cancel after page 1
    assert asked == [0, 1]  # no page rendered after Cancel; the printer was told to abandon the job


def test_criteria_of_the_list_without_a_control_here_are_named_and_can_be_dropped(qtbot, report_services) -> None:  # type: ignore[no-untyped-def]
    approach = report_services.plan.approaches[0]
    base = ActivityFilter(text="training", actions=("2.1",), approaches=(approach.code,), domains=(2,))
    widget = ReportDialog(report_services, None, selection=base, lang="en")
    qtbot.addWidget(widget)
    keep = widget.keep_list_filter
    assert keep.isVisibleTo(widget) and keep.isChecked()
    assert "\u201ctraining\u201d" in keep.text() and "2.1" in keep.text() and approach.short_title.get("en") in keep.text()
    assert widget.selection().text == "training" and widget.selection().approaches == (approach.code,)
    keep.setChecked(False)
    dropped = widget.selection()
    assert (dropped.text, dropped.actions, dropped.approaches, dropped.domains) == ("", (), (), (2,))
    widget.reject()
    plain = ReportDialog(report_services, None, selection=ActivityFilter(domains=(2,)), lang="en")
    qtbot.addWidget(plain)
    assert not plain.keep_list_filter.isVisibleTo(plain)
    plain.reject()
