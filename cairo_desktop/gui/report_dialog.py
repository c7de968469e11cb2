"""Reports > Summary: choose what to report on, see the real PDF, print it or save it.

The preview is the very PDF the services write (shown with Qt's PDF module), so what is printed or
saved is what was seen. Writing runs on a worker thread with a progress bar and a working Cancel;
printing renders each PDF page to the printer at its resolution.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDate, QRectF, QRunnable, QSize, Qt, QThreadPool
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QListWidget, QListWidgetItem, QMessageBox, QProgressBar, QProgressDialog, QPushButton,
                               QSplitter, QVBoxLayout, QWidget)

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.errors import Cancelled, UserError
from cairo_desktop.gui.message_texts import translate_message
from cairo_desktop.gui.save_names import with_suffix
from cairo_desktop.gui.worker import JobSignals, QtProgress
from cairo_desktop.output_files import write_atomically

FRAME_ALLOWANCE = 60  # a title bar and the window's frame, which availableGeometry does not leave out

PRINT_DPI = 200.0  # the most a PDF page is rendered at for the printer
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "ar": "العربية"}


class _SummaryJob(QRunnable):
    """Writes the summary on the pool's thread; only plain values cross back (a path or a message)."""

    def __init__(self, services: Any, path: Path, selection: ActivityFilter, lang: str, annex: bool, size: str,
                 progress: QtProgress) -> None:
        super().__init__()
        self.args = (services, path, selection, lang, annex, size)
        self.progress = progress

    def run(self) -> None:
        services, path, selection, lang, annex, size = self.args
        signals = self.progress.signals
        try:
            services.reports.summary_pdf(path, selection, lang=lang, annex=annex, page_size=size, progress=self.progress)
        except Cancelled:
            signals.cancelled.emit()
        except UserError as error:
            signals.failed.emit(str(error))
        except Exception as error:  # shown to the user; the crash handler logs bugs raised on the GUI thread
            signals.failed.emit(f"The report could not be written: {error}")
        else:
            signals.finished.emit(str(path))


def _check_list(items: list[tuple[str, str]], chosen: tuple[str, ...], name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    for code, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(110)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


class ReportDialog(QDialog):
    def __init__(self, services: Any, parent: QWidget | None = None, selection: ActivityFilter | None = None,
                 lang: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Summary report"))
        self.services = services
        self.base = selection or ActivityFilter()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.folder = Path(tempfile.mkdtemp(prefix="cairo-report-"))
        self.pdf_path: Path | None = None
        self.progress: QtProgress | None = None
        self._runs = 0
        self.document = QPdfDocument(self)
        self._build(lang)
        self._fit_screen()

    # --- layout ----------------------------------------------------------------------------

    def _fit_screen(self) -> None:
        """1100x760 where there is room, else the screen's free area less the title bar and frame.

        760 pixels and a title bar do not fit a 1366x768 laptop: Print, Save as and Close were below
        the screen's edge (or under the task bar).
        """
        width, height = 1100, 760
        screen = (self.parentWidget() or self).screen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width() - 20), min(height, free.height() - FRAME_ALLOWANCE)
        self.resize(max(width, self.minimumSizeHint().width()), max(height, self.minimumSizeHint().height()))

    def _build(self, lang: str) -> None:
        plan, vocab, base = self.services.plan, self.services.vocabularies, self.base
        form = QFormLayout()
        self.date_from, self.use_from = self._date(base.date_from, "dateFrom")
        self.date_to, self.use_to = self._date(base.date_to, "dateTo")
        form.addRow(self.use_from, self.date_from)
        form.addRow(self.use_to, self.date_to)
        self.domains = _check_list([(str(d.number), f"{d.number}. {d.short_title.get(lang)}") for d in plan.domains],
                                   tuple(str(d) for d in base.domains), "domainList")
        self.statuses = _check_list([(t.code, t.label.get(lang)) for t in vocab.statuses], base.statuses, "statusList")
        offices = [(code, f"{code} {name}" if name and name != code else code)
                   for code, name in self.services.installation.offices()]
        self.offices = _check_list(offices, base.offices, "officeList")
        members = [(code, vocab.countries.label(code, lang)) for code in vocab.kp_members()]
        members += [(code, vocab.countries.label(code, lang)) for code in base.countries if code not in dict(members)]
        members.sort(key=lambda member: member[1].casefold())  # by name as read, not by ISO code
        self.countries = _check_list(members, base.countries, "countryList")
        for label, widget in ((self.tr("Domains"), self.domains), (self.tr("Statuses"), self.statuses),
                              (self.tr("Offices"), self.offices), (self.tr("Countries"), self.countries)):
            form.addRow(label, widget)
        self.language = QComboBox(objectName="reportLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.page_size = QComboBox(objectName="pageSize")
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setCurrentText(self.services.installation.setting("page_size", "A4") or "A4")
        self.annex = QCheckBox(self.tr("Add the list of activities (annex)"), objectName="annexCheck")
        self.keep_list_filter = QCheckBox(objectName="keepListFilter")
        self.keep_list_filter.setChecked(True)
        self.keep_list_filter.setVisible(bool(base.text.strip() or base.actions or base.approaches))
        self.keep_list_filter.setText(self._list_filter_text(lang))
        form.addRow(self.keep_list_filter)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Paper"), self.page_size)
        form.addRow(self.annex)
        self.generate_button = QPushButton(self.tr("&Update preview"), objectName="generateButton")
        self.generate_button.clicked.connect(self.generate)
        form.addRow(self.generate_button)
        filters = QWidget()
        filters.setLayout(form)

        self.view = QPdfView(objectName="pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(objectName="reportStatus")
        self.bar = QProgressBar(objectName="reportProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        running = QHBoxLayout()
        running.addWidget(self.status, 1)
        running.addWidget(self.bar)
        running.addWidget(self.cancel_button)
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right.addLayout(running)
        preview = QWidget()
        preview.setLayout(right)
        splitter = QSplitter()
        splitter.addWidget(filters)
        splitter.addWidget(preview)
        splitter.setStretchFactor(1, 1)

        self.print_button = QPushButton(self.tr("&Print…"), objectName="printButton")
        self.save_button = QPushButton(self.tr("&Save as…"), objectName="saveButton")
        close = QPushButton(self.tr("Close"), objectName="closeButton")
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_dialog)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._set_running(False)

    def _list_filter_text(self, lang: str) -> str:
        """The criteria of the list's filter that this dialog has no control for, named for the person."""
        base, parts = self.base, []
        comma, semicolon = self.tr(", "), self.tr("; ")  # "، " and "؛ " in Arabic, " ; " in French
        if base.text.strip():
            parts.append(self.tr("words \u201c{text}\u201d").format(text=base.text.strip()))
        if base.actions:
            parts.append(self.tr("actions {codes}").format(codes=comma.join(base.actions)))
        if base.approaches:
            names = [self.services.plan.approach(code).short_title.get(lang) for code in base.approaches]
            parts.append(self.tr("approaches: {names}").format(names=comma.join(names)))
        return self.tr("Also only the activities of the list's filter: {criteria}").format(criteria=semicolon.join(parts))

    def _date(self, value: date | None, name: str) -> tuple[QDateEdit, QCheckBox]:
        edit = QDateEdit(objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
        check = QCheckBox(self.tr("From") if name == "dateFrom" else self.tr("To"))
        check.setChecked(value is not None)
        edit.setEnabled(value is not None)
        check.toggled.connect(edit.setEnabled)
        return edit, check

    # --- state -----------------------------------------------------------------------------

    def selection(self) -> ActivityFilter:
        """The filter the widgets describe; criteria the dialog does not show are kept from the caller's."""
        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            return edit.date().toPython() if check.isChecked() else None  # type: ignore[return-value]

        base = self.base if self.keep_list_filter.isChecked() else replace(self.base, text="", actions=(),
                                                                             approaches=())
        return replace(base, domains=tuple(int(d) for d in _checked(self.domains)),
                       statuses=_checked(self.statuses), offices=_checked(self.offices),
                       countries=_checked(self.countries), date_from=day(self.use_from, self.date_from),
                       date_to=day(self.use_to, self.date_to))

    def _set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.generate_button.setEnabled(not running)
        ready = not running and self.pdf_path is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # --- generation ------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.pdf_path is None and self.progress is None:
            self.generate()

    def generate(self) -> None:
        if self.progress is not None:
            return
        self._runs += 1
        path = self.folder / f"summary-{self._runs}.pdf"
        signals = JobSignals(self)
        self.progress = QtProgress(signals)
        signals.progressed.connect(self._progressed)
        signals.finished.connect(self._finished)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._cancelled)
        self.status.setText(self.tr("Writing the report…"))
        self.bar.setRange(0, 0)
        self._set_running(True)
        self.pool.start(_SummaryJob(self.services, path, self.selection(), str(self.language.currentData()),
                                    self.annex.isChecked(), self.page_size.currentText(), self.progress))

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total))
        self.status.setText(message)

    def _finished(self, path: str) -> None:
        self.progress = None
        self.pdf_path = Path(path)
        self.document.load(path)
        self.status.setText(self.tr("%Ln pages", "", self.document.pageCount()))
        self._set_running(False)

    def _failed(self, message: str) -> None:
        self.progress = None
        self._set_running(False)
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Summary report"), message)

    def _cancelled(self) -> None:
        self.progress = None
        self._set_running(False)
        self.status.setText(self.tr("Cancelled; the previous preview is kept."))

    # --- output ----------------------------------------------------------------------------

    def save_to(self, path: str | Path) -> Path:
        """Copy the report to ``path`` whole or not at all: a full or pulled-out USB stick leaves any older file
        of that name as it was."""
        if self.pdf_path is None:
            raise UserError("There is no report to save yet.")
        source = self.pdf_path
        return write_atomically(path, lambda temporary: shutil.copyfile(source, temporary), "summary.pdf")

    def save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), "summary.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            path = str(with_suffix(path, ".pdf"))
            try:
                saved = self.save_to(path)
                self.status.setText(self.tr("Report saved: {file}").format(file=saved))
            except UserError as error:
                QMessageBox.warning(self, self.tr("Summary report"), translate_message(str(error)))
            except OSError as error:  # one the shared wording does not know (output_files passes those on)
                QMessageBox.warning(self, self.tr("Summary report"), self.tr("Cannot write {file}: {reason}").format(
                    file=path, reason=error.strerror or error))

    def print_to(self, printer: QPrinter, on_page: Callable[[int, int], bool] = lambda done, total: True) -> int:
        """Render the pages the printer asks for (all, or its page range) onto ``printer``; returns the number
        of pages sent. ``on_page(done, total)`` is called before each page; when it returns False the job is
        abandoned (nothing is printed) and 0 is returned."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        pages = list(range(max(first, 1) - 1, min(last, count) if last else count)) if first or last else list(range(count))
        painter = QPainter()
        if not pages or not painter.begin(printer):
            return 0
        try:
            for done, index in enumerate(pages):
                if not on_page(done, len(pages)):
                    printer.abort()
                    return 0
                if done:
                    printer.newPage()
                target = printer.pageLayout().paintRectPixels(printer.resolution())
                points = self.document.pagePointSize(index)
                scale = min(target.width() / points.width(), target.height() / points.height())
                # Rendered at no more than 200 dpi, then scaled: sharp text on paper, and a print job of well under
                # a megabyte a page (300 dpi made 107 MB for 63 pages; a 1200 dpi A4 page would be half a gigabyte).
                dpi = min(PRINT_DPI, scale * 72.0)
                image = self.document.render(index, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72)))
                painter.drawImage(QRectF(0, 0, points.width() * scale, points.height() * scale), image)
        finally:
            if painter.isActive():
                painter.end()
        return len(pages)

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        progress = QProgressDialog(self.tr("Preparing the pages for the printer…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def on_page(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(self.tr("Sending page {page} of {count} to the printer…").format(page=done + 1,
                                                                                              count=total))
            QCoreApplication.processEvents()  # keeps the window drawn and the Cancel button alive between pages
            return not progress.wasCanceled()

        try:
            self.print_to(printer, on_page)
        finally:
            progress.close()

    def done(self, result: int) -> None:
        self.cancel()
        self.pool.waitForDone()
        self.document.close()
        shutil.rmtree(self.folder, ignore_errors=True)
        super().done(result)
