"""The main window's dialogs and long jobs: settings, history, sync, reports, about.

Dialogs owned by other areas (the report dialog, the about box) are imported when first opened,
so the window starts without them. Long work goes through the window's :class:`JobRunner`: a
progress dialog with a Cancel that rolls back, and errors shown by the crash handler.
"""

from __future__ import annotations

import inspect
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from cairo_desktop.errors import Cancelled, NotFound, UserError
from cairo_desktop.gui.message_texts import translate_message
from cairo_desktop.gui.numbers import whole
from cairo_desktop.gui.save_names import with_suffix

MAX_REFUSALS_SHOWN, MAX_REFUSAL_LINES = 4, 16  # beyond either, the refusals go into the message's details
IMPORT_ONLY_WARNINGS = ("no_backup",)  # warning kinds an import gives and its preview cannot

if TYPE_CHECKING:  # the sync windows load when first used: the list paints first at start
    from cairo_desktop.gui.export_dialog import ExportChoice
    from cairo_desktop.progress import Progress


class Commands(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_dialog: QDialog | None = None  # for tests and screenshots

    @property
    def services(self) -> Any:
        return self.window.services

    def _fail(self, error: BaseException) -> None:
        handler = self.window.crash_handler
        if handler is not None:
            handler.report(error)
        elif isinstance(error, UserError):
            QMessageBox.warning(self.window, self.tr("Cairo Desktop"), translate_message(str(error)))
        else:
            raise error

    def _done_message(self, text: str, lasting: bool = False) -> None:
        """``text`` on the status bar for a few seconds; ``lasting`` until the next message (a package written for
        a USB stick: the officer may look up only after plugging it out)."""
        self.window.statusBar().showMessage(text, 0 if lasting else 8000)

    # --- editor and settings ---------------------------------------------------------------

    def show_history(self, activity_id: str) -> None:
        from cairo_desktop.gui.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.services, activity_id, self.window, lang=self.window.lang)
        self.last_dialog = dialog
        dialog.open()

    def open_settings(self) -> None:
        from cairo_desktop.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window.lang, self.window)
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self.window.set_language(dialog.chosen_language()))
        dialog.open()

    def show_about(self) -> None:
        from cairo_desktop.gui.about_dialog import AboutDialog

        dialog = AboutDialog(self.services, self.window)
        self.last_dialog = dialog
        dialog.exec()

    # --- sync ------------------------------------------------------------------------------

    def import_packages(self) -> None:
        if not self.window.confirm_leave():
            return
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import packages"), "", self.tr("Sync packages (*.xlsx);;All files (*)"))
        if files:
            self.preview_import([Path(f) for f in files])

    def preview_import(self, files: list[Path], unsigned_reason: str | None = None) -> None:
        sync = self.services.sync
        self.window.jobs.start(
            self.tr("Checking the packages…"),
            lambda progress: sync.import_packages(files, dry_run=True, accept_unsigned_reason=unsigned_reason,
                                                  progress=progress),
            lambda reports: self._show_preview(files, reports, unsigned_reason), self._fail, self.window)

    def _show_preview(self, files: list[Path], reports: list[Any], unsigned_reason: str | None = None) -> None:
        from cairo_desktop.gui.import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(reports, self.window, unsigned_reason)
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_import(files, dialog.unsigned_reason))
        dialog.finished.connect(lambda code: self.preview_import(files, dialog.unsigned_reason)
                                if code == ImportPreviewDialog.ACCEPT_UNSIGNED else None)
        dialog.open()

    def apply_import(self, files: list[Path], unsigned_reason: str | None = None) -> None:
        sync = self.services.sync
        finished = [0]  # packages done (each in its own transaction) before a Cancel

        def run(progress: Progress) -> list[Any]:
            try:
                return sync.import_packages(files, accept_unsigned_reason=unsigned_reason, progress=progress)
            except Cancelled as cancelled:
                finished[0] = len(cancelled.finished)
                raise

        self.window.jobs.start(self.tr("Importing the packages…"), run, self._imported, self._import_failed,
                               self.window, on_cancelled=lambda: self._import_cancelled(files, finished[0]))

    def _import_failed(self, error: BaseException) -> None:
        """A failure rolls back only the package it met: those imported before it stay, so the list shows them."""
        self._after_sync_change()
        self._fail(error)

    def _import_cancelled(self, files: list[Path], finished: int) -> None:
        """Cancel rolls back only the package being imported: the ones finished before it stay imported,
        so the list is refreshed and the message says so instead of "nothing was changed"."""
        if not finished:
            self._done_message(self.tr("Import cancelled; nothing was changed."))
            return
        self._after_sync_change()
        self._done_message(self.tr(
            "Import cancelled during {file}: it and the packages after it were not imported. Packages finished before "
            "it: %Ln (imported or refused as the preview showed).", "", finished).format(file=files[finished].name))

    def _imported(self, reports: list[Any]) -> None:
        from cairo_desktop.gui.import_preview import (
            describe_problem,
            describe_refusal,
            describe_warning,
            in_interface_direction,
        )

        self._after_sync_change()
        # A package imported before is "ok" but brought nothing: counted apart, not as imported.
        done = sum(1 for report in reports if report.ok and not report.already_imported)
        text = self.tr("{done} of %Ln packages imported.", "", len(reports)).format(done=whole(done))
        already = sum(1 for report in reports if report.already_imported)
        if already:
            text += " " + self.tr("%Ln had already been imported; importing again changed nothing.", "", already)
        conflicts = sum(report.open_conflicts for report in reports if report.ok)
        if conflicts:
            text += " " + self.tr("%Ln conflicts to resolve: Sync, Conflicts.", "", conflicts)
        self._done_message(text)
        # The preview (a dry run) could not give these: a backup is made, or found impossible, only on import.
        after = [describe_warning(warning, data) for report in reports
                 for warning, data in zip(report.warnings, report.warning_data) if data.get("kind") in IMPORT_ONLY_WARNINGS]
        if after:
            QMessageBox.warning(self.window, self.tr("Imported, with a warning"),
                                in_interface_direction("\n\n".join(after), self.window.layoutDirection()))
        problems = []
        for report in reports:
            if not report.ok:
                rows = report.refusal["rows"][:10] if report.refusal.get("kind") == "problems" else []
                # "{where}: {problem}" is the translated "name: reason" (a space before the colon in French)
                named = QCoreApplication.translate("ImportPreview", "{where}: {problem}").format(
                    where=Path(report.file).name, problem=describe_refusal(report))
                problems.append("\n".join([named] + [f"• {describe_problem(row)}" for row in rows]))
        if problems:
            self._show_refusals(problems)

    def _show_refusals(self, problems: list[str]) -> None:
        """The refused packages and why: in the message itself when short; else a short message with every
        reason in its scrolling details, since a box of a dozen refusals outgrows a 768-pixel screen and hides
        its OK button."""
        from cairo_desktop.gui.import_preview import in_interface_direction

        title, direction = self.tr("Some packages were refused"), self.window.layoutDirection()
        text = in_interface_direction("\n\n".join(problems), direction)
        if len(problems) <= MAX_REFUSALS_SHOWN and text.count("\n") <= MAX_REFUSAL_LINES:
            QMessageBox.warning(self.window, title, text)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, in_interface_direction(self.tr(
            "%Ln packages were refused; nothing was imported from them. Their reasons, file by file, are in the "
            "details.", "", len(problems)), direction), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("refusedPackages")
        box.setDetailedText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = box
        box.open()

    def _after_sync_change(self) -> None:
        """After an import or a resolution rewrote activities: the list, and the editor showing the activity as
        it now is (it kept the values from before, and a change typed there was then refused as stale)."""
        self.window.refresh()
        editor = self.window.editor
        if editor.activity is None or editor.is_new or editor.dirty:
            return
        try:
            activity = self.services.activities.get(editor.activity.id)
        except NotFound:
            activity = None
        if activity is None or activity.deleted:  # deleted by the package or by the choice made
            editor.show_nothing()
        else:
            editor.load_activity(activity)
        self.window._update_actions()  # Save, Delete, History follow what the editor now shows

    def export_package(self) -> None:
        from cairo_desktop.gui.export_dialog import ExportOptionsDialog

        if not self.window.confirm_leave():
            return
        identity = self.services.context.require_identity()
        options = ExportOptionsDialog(self.services.installation.offices(), identity.is_coordinator, self.window)
        self.last_dialog = options
        if options.exec() != QDialog.DialogCode.Accepted:
            return
        choice = options.choice()
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export package"), choice.file_name(identity.office_code, date.today()),
            self.tr("Sync packages (*.xlsx)"))
        if path:
            self.run_export(with_suffix(path, ".xlsx"), choice)

    def run_export(self, path: Path, choice: ExportChoice | None = None) -> None:
        from cairo_desktop.gui.export_dialog import ExportChoice

        sync, choice = self.services.sync, choice or ExportChoice()
        self.window.jobs.start(
            self.tr("Writing the package…"),
            lambda progress: sync.export_package(path, full=choice.full, office=choice.office,
                                                 since_last=choice.since_last, progress=progress),
            lambda summary: self._done_message(self.tr("Package written: {file} (%Ln activities).", "",
                                                       summary.activities).format(file=summary.path), lasting=True),
            self._fail, self.window,
            on_cancelled=lambda: self._done_message(self.tr("Export cancelled; no package was written.")))

    def show_conflicts(self) -> None:
        from cairo_desktop.gui.sync_ui import ConflictsDialog

        if not self.window.confirm_leave():  # a resolution would make the unsaved edits stale
            return
        dialog = ConflictsDialog(self.services, self.window, on_resolved=self._after_sync_change, lang=self.window.lang)
        self.last_dialog = dialog
        dialog.open()

    def show_keys(self) -> None:
        from cairo_desktop.gui.keys_dialog import KeysDialog

        dialog = KeysDialog(self.services, self.window)
        self.last_dialog = dialog
        dialog.open()

    # --- reports ---------------------------------------------------------------------------

    def print_report(self) -> None:
        try:
            from cairo_desktop.gui.report_dialog import ReportDialog
        except ImportError:
            QMessageBox.information(self.window, self.tr("Reports"), self.tr("Printed reports are not available in this version."))
            return
        kwargs: dict[str, Any] = {"selection": self.window.current_filter()}
        if "lang" in inspect.signature(ReportDialog).parameters:
            kwargs["lang"] = self.window.lang
        dialog = ReportDialog(self.services, self.window, **kwargs)
        self.last_dialog = dialog
        dialog.exec()

    def activity_pdf(self) -> None:
        activity = self.window.editor.activity
        if activity is None or not hasattr(self.services, "reports"):
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Activity sheet"), f"activity-{activity.id[:8]}.pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return
        reports, lang, target = self.services.reports, self.window.lang, with_suffix(path, ".pdf")
        self.window.jobs.start(
            self.tr("Writing the activity sheet…"), lambda _progress: reports.activity_pdf(activity.id, target, lang=lang),
            lambda out: self._done_message(self.tr("Activity sheet written: {file}").format(file=out)), self._fail, self.window)
