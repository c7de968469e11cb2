"""The import preview: what importing the chosen packages would do, before anything changes.

``services.sync.import_packages(..., dry_run=True)`` runs in the worker; this dialog lists, file by
file and in the interface language, where each package comes from, what it would change, what to
watch for (a first key to confirm by phone, a gap in the numbering) or why it is refused. Only
"Apply" imports for real (see docs/GUI.md).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QTextBrowser, QVBoxLayout, QWidget

from cairo_desktop.gui.message_texts import translate_message
from cairo_desktop.gui.numbers import whole


# Refusals that carry a kind (``ImportReport.refusal``), as the window words them; the values fill the braces.
_REFUSALS = {
    "missing_file": QT_TRANSLATE_NOOP("ImportPreview", "The file does not exist or cannot be opened. Check where it "
                                                       "was saved."),
    "not_xlsx": QT_TRANSLATE_NOOP("ImportPreview", "This is not an Excel workbook (.xlsx), or it was cut short while "
                                                   "copying. Copy the file again from the USB stick or email and retry."),
    "damaged": QT_TRANSLATE_NOOP("ImportPreview", "The workbook is damaged; perhaps the copy was interrupted. Copy the "
                                                  "file again and retry."),
    "unreadable": QT_TRANSLATE_NOOP("ImportPreview", "The workbook cannot be read ({detail}); it is damaged. Copy the "
                                                     "file again, or ask the sender to export it again."),
    "sheet_unreadable": QT_TRANSLATE_NOOP("ImportPreview", "Sheet '{sheet}' cannot be read ({detail}); the file is "
                                                           "damaged. Copy the file again, or ask the sender to export "
                                                           "it again."),
    "not_a_package": QT_TRANSLATE_NOOP("ImportPreview", "This workbook is not a Cairo Desktop sync package (its hidden "
                                                        "'_manifest' sheet names the format '{format}'). Ask the sender "
                                                        "to export the package again from Cairo Desktop."),
    "manifest_damaged": QT_TRANSLATE_NOOP("ImportPreview", "The hidden '_manifest' sheet, which says where the package "
                                                           "comes from, is damaged. Ask the sender to export the "
                                                           "package again."),
    "missing_sheets": QT_TRANSLATE_NOOP("ImportPreview", "The sheet(s) {sheets} are missing, so this is not a complete "
                                                         "Cairo Desktop package (or a sheet was renamed or deleted). Ask "
                                                         "the sender to export the package again."),
    "formula": QT_TRANSLATE_NOOP("ImportPreview", "Cell {cell} of sheet '{sheet}' holds a formula; packages carry values "
                                                  "only. Replace the formula by its value (copy, paste as values) and "
                                                  "save again."),
    "formula_somewhere": QT_TRANSLATE_NOOP("ImportPreview", "A cell of sheet '{sheet}' holds a formula; packages carry "
                                                            "values only. Replace formulas by their values and save "
                                                            "again."),
    "newer_format": QT_TRANSLATE_NOOP("ImportPreview", "The package uses sync format version {version}, and this Cairo "
                                                       "Desktop reads version {supported}. Update Cairo Desktop on this "
                                                       "computer, or ask the sender to export with format version "
                                                       "{supported}."),
    "older_format": QT_TRANSLATE_NOOP("ImportPreview", "The package uses sync format version {version}, which this Cairo "
                                                       "Desktop no longer reads (it reads version {supported}). Ask the "
                                                       "sender to update Cairo Desktop and export again."),
    "own_office_other_key": QT_TRANSLATE_NOOP("ImportPreview", "The package claims to come from this office ({office}) "
                                                               "but is signed with another key (fingerprint "
                                                               "{fingerprint}). It was not made here; do not import it."),
    "other_key": QT_TRANSLATE_NOOP("ImportPreview", "The package is signed with a different key than the one trusted for "
                                                    "office {office} (trusted {trusted}, this one {fingerprint}). If that "
                                                    "office reinstalled Cairo Desktop, confirm the new fingerprint by "
                                                    "phone and trust it under Sync, Keys; otherwise do not import it."),
    "shared_key": QT_TRANSLATE_NOOP("ImportPreview", "The package says it comes from office {office}, but it is "
                                                     "signed with the key already trusted for office {other} "
                                                     "(fingerprint {fingerprint}). One key signing for two offices "
                                                     "means the package may not come from {office}, or that office's "
                                                     "computer was copied from {other}'s. Confirm the fingerprint by "
                                                     "phone with office {office}: if it is the same, trust it for "
                                                     "{office} under Sync, Keys and import again; otherwise do not "
                                                     "import it."),
    "role_claim": QT_TRANSLATE_NOOP("ImportPreview", "Office {office} is known as a field office, but this package "
                                                     "claims the coordinator role. Ask the coordinator to confirm; do "
                                                     "not import it."),
    "problems": QT_TRANSLATE_NOOP("ImportPreview", "{count} problem(s) in the rows below ({listed} listed); nothing "
                                                   "was imported. Correct them in the workbook and import it again."),
    "columns_changed": QT_TRANSLATE_NOOP("ImportPreview", "The header row of sheet '{sheet}' is not as exported "
                                                          "(missing columns: {missing}; unknown columns: {unknown}). "
                                                          "Keep the header row exactly as exported: do not rename, add "
                                                          "or delete columns."),
    "columns_order": QT_TRANSLATE_NOOP("ImportPreview", "The columns of sheet '{sheet}' are in a different order than "
                                                        "exported. Put them back in the original order."),
    "value_right": QT_TRANSLATE_NOOP("ImportPreview", "Sheet '{sheet}', row {row}: there is a value in column {column}, "
                                                      "to the right of the last column. Remove it: packages carry only "
                                                      "the listed columns."),
    "too_big": QT_TRANSLATE_NOOP("ImportPreview", "The file is {size} MB, larger than any package should be ({limit} "
                                                  "MB). Ask the sender to split the export."),
    "zip_bomb": QT_TRANSLATE_NOOP("ImportPreview", "The workbook would unpack to far more than a package holds, as "
                                                   "'zip bombs' do; it was refused unread. Ask the sender for a normally "
                                                   "exported package, or to split the export."),
    "entities": QT_TRANSLATE_NOOP("ImportPreview", "The workbook contains XML entity definitions, a known attack "
                                                   "('billion laughs'); it was refused unread. Do not open this file; "
                                                   "ask the sender for a normally exported package."),
    "too_many_columns": QT_TRANSLATE_NOOP("ImportPreview", "Sheet '{sheet}' uses {count} columns; a package sheet has "
                                                           "at most {limit}. Remove the extra columns (or cells far to "
                                                           "the right) and save again."),
    "too_many_rows": QT_TRANSLATE_NOOP("ImportPreview", "Sheet '{sheet}' has more rows than a package may hold; it was "
                                                        "refused unread. Split the export into smaller packages."),
    "cell_position": QT_TRANSLATE_NOOP("ImportPreview", "A cell of sheet '{sheet}' has no position, or a damaged "
                                                        "one; Excel and LibreOffice always write one, so the file was "
                                                        "changed by another program. It was refused unread. Open it in "
                                                        "Excel or LibreOffice, save it, and import it again; or ask the "
                                                        "sender to export it again."),
    "xml_markup": QT_TRANSLATE_NOOP("ImportPreview", "Sheet '{sheet}' holds XML comments, CDATA sections or "
                                                     "processing instructions, which Excel and LibreOffice never "
                                                     "write, so the file was changed by another program. It was "
                                                     "refused unread. Open it in Excel or LibreOffice, save it, and "
                                                     "import it again; or ask the sender to export it again."),
    "empty_sheet": QT_TRANSLATE_NOOP("ImportPreview", "Sheet '{sheet}' is empty: its header row is missing. Ask the "
                                                      "sender to export the package again."),
    "huge_cell": QT_TRANSLATE_NOOP("ImportPreview", "Sheet '{sheet}', row {row}, column '{field}': a cell holds "
                                                    "{length} characters; a cell may hold at most {limit}. Shorten it "
                                                    "and save again."),
    "unsigned": QT_TRANSLATE_NOOP("ImportPreview", "It is not signed, or its values were changed after it was signed, "
                                                   "so where it comes from cannot be checked. To import it anyway, "
                                                   "import it again and press \u201cImport anyway\u2026\u201d in the "
                                                   "preview."),
    "old_sequence": QT_TRANSLATE_NOOP("ImportPreview", "This is package number {seq} from office {office}, but a "
                                                       "package with that number was already imported (the latest is "
                                                       "number {last}); a re-numbered package is refused. If the office "
                                                       "restored an old backup, ask it to export everything (Sync, "
                                                       "Export package, Everything)."),
}


def describe_refusal(report: Any) -> str:
    """Why a file was refused, in the interface language when the refusal has a kind (else the core's English).

    The command line's advice ("run 'cairo-desktop keys trust'") becomes the window's ("under Sync, Keys").
    """
    values = dict(report.refusal or {})
    kind = values.pop("kind", "")
    if kind == "formula" and not values.get("cell"):
        kind = "formula_somewhere"
    if kind not in _REFUSALS:
        return str(report.message)
    shown = {name: whole(value) if type(value) is int else value for name, value in values.items()}
    return QCoreApplication.translate("ImportPreview", _REFUSALS[kind]).format(**shown)


def describe_problem(row: dict[str, Any]) -> str:
    """One refused row (an item of the "problems" refusal's ``rows``) in the interface language; the sheet and
    column keep the names they have in the workbook."""
    message = translate_message(row["message"])
    if not row.get("sheet"):
        return message
    comma = QCoreApplication.translate("ImportPreview", ", ")  # the list separator: "، " in Arabic
    where = QCoreApplication.translate("ImportPreview", "Sheet '{sheet}'").format(sheet=row["sheet"])
    if row.get("row") is not None:
        where += comma + QCoreApplication.translate("ImportPreview", "row {row}").format(row=whole(row["row"]))
    if row.get("field"):
        where += comma + QCoreApplication.translate("ImportPreview", "column '{column}'").format(column=row["field"])
    return QCoreApplication.translate("ImportPreview", "{where}: {problem}").format(where=where, problem=message)


def follow_interface_direction(document: QTextDocument, direction: Qt.LayoutDirection) -> None:
    """Lay every paragraph of ``document`` out in the interface's direction.

    Qt gives a paragraph the direction of its first letter, so in Arabic a heading or a line that
    starts with a file name ("pkg2-ETH-ADD.xlsx — ...") would read left to right, aligned left.
    """
    option = document.defaultTextOption()
    option.setTextDirection(direction)
    document.setDefaultTextOption(option)


def in_interface_direction(text: str, direction: Qt.LayoutDirection) -> str:
    """``text`` for a message box: in a right-to-left interface each line starts with a right-to-left mark,
    so a line that begins with a file name still reads right to left (see :func:`follow_interface_direction`)."""
    if direction != Qt.LayoutDirection.RightToLeft:
        return text
    return "\n".join("\u200f" + line if line else line for line in text.split("\n"))


# Warnings that carry a kind (``ImportReport.warning_data``), as the window words them; the values fill the braces.
_WARNINGS = {
    "first_key": QT_TRANSLATE_NOOP("ImportPreviewDialog", "First package from office {office}: its key (fingerprint "
                                                          "{fingerprint}) becomes the trusted key for that office once "
                                                          "imported. Read the fingerprint to the sender by phone to "
                                                          "confirm it."),
    "accepted_unsigned": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Not signed, or changed after it was signed; accepted "
                                                                  "because: {reason}. It may only change activities of "
                                                                  "office {office}."),
    "previous_key": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Signed with the key office {office} used before it "
                                                             "reinstalled Cairo Desktop (fingerprint {fingerprint}): a "
                                                             "package made before the reinstall, imported as such."),
    "sequence_gap_one": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Package {first} from office {office} has not been "
                                                                 "imported yet; nothing is lost, import it when it "
                                                                 "arrives."),
    "sequence_gap": QT_TRANSLATE_NOOP("ImportPreviewDialog", "Packages {first} to {last} from office {office} have not "
                                                             "been imported yet; nothing is lost, import them when they "
                                                             "arrive."),
    "no_backup_not_found": QT_TRANSLATE_NOOP("ImportPreviewDialog", "No backup of the database was made before this "
                                                                    "import: the PostgreSQL backup program (pg_dump) was "
                                                                    "not found on this computer. Ask whoever runs the "
                                                                    "database server to confirm that it is backed up, or "
                                                                    "install the PostgreSQL client tools on this "
                                                                    "computer so that the next imports are backed up."),
    "no_backup": QT_TRANSLATE_NOOP("ImportPreviewDialog", "No backup of the database was made before this import: the "
                                                          "PostgreSQL backup program (pg_dump) failed ({detail}). Ask "
                                                          "whoever runs the database server to confirm that it is "
                                                          "backed up. If the message speaks of a version mismatch, "
                                                          "install PostgreSQL client tools of the server's version or "
                                                          "newer."),
}


def describe_warning(text: str, data: dict[str, Any]) -> str:
    """A sync warning (``ImportReport.warning_data``) in the interface language; one without a kind as written.

    Shared by the preview (what an import would do) and the message after an import (a warning only the import
    itself can give, such as a backup it could not make).
    """
    kind = data.get("kind", "")
    if kind == "sequence_gap" and data.get("first") == data.get("last"):
        kind = "sequence_gap_one"
    if kind == "no_backup" and data.get("reason") == "not_found":
        kind = "no_backup_not_found"
    if kind not in _WARNINGS:
        return text
    shown = {name: whole(value) if type(value) is int else value for name, value in data.items()}
    return QCoreApplication.translate("ImportPreviewDialog", _WARNINGS[kind]).format(**shown)


class ImportPreviewDialog(QDialog):
    """What an import would do, file by file; Apply is offered only when something can be imported.

    A package refused only because it is unsigned or was changed after signing (a workbook a partner
    filled in by hand) can be let in with a reason, which is recorded: "Import anyway…" asks for it
    and closes the dialog with :data:`ACCEPT_UNSIGNED`; the caller then previews again with that reason.
    """

    ACCEPT_UNSIGNED = 2  # result code: preview again, accepting unsigned packages for ``unsigned_reason``

    def __init__(self, reports: list[Any], parent: QWidget | None = None, unsigned_reason: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import packages: preview"))
        self.unsigned_reason = unsigned_reason
        self.text = QTextBrowser()
        self.text.setObjectName("importPreviewText")
        intro = self.tr("Nothing has been changed yet. This is what the import would do:")
        parts = [f"<p>{intro}</p>"]
        if unsigned_reason:
            parts.append("<p>" + escape(self.tr("Unsigned or changed packages are accepted, for this reason (it is "
                                                "recorded): {reason}").format(reason=unsigned_reason)) + "</p>")
        for report in reports:
            if report.already_imported:  # "can be imported" would promise a change that does not come
                verdict = self.tr("already imported")
            else:
                verdict = self.tr("can be imported") if report.ok else self.tr("refused")
            parts.append(f"<h4>{escape(Path(report.file).name)} — {verdict}</h4>")
            if report.ok:
                lines = self._what_it_does(report)
            elif report.unsigned:
                lines = [self.tr("It is not signed, or its values were changed after it was signed (for example by "
                                 "hand in a spreadsheet), so where it comes from cannot be checked. If you know, "
                                 "press \u201cImport anyway\u2026\u201d and say why."),
                         self._signature_problem(report)]
            else:
                lines = [describe_refusal(report)]
            parts.extend(f"<p>{escape(line)}</p>" for line in lines)
            counted = [(self._outcome(key), value) for key, value in report.counts.items() if value]
            if counted:
                items = [escape(self.tr("{name}: {value}").format(name=name, value=whole(value))) for name, value in counted]
                parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            if report.ok:
                listed = []
            elif report.refusal.get("kind") == "problems":
                listed = [describe_problem(row) for row in report.refusal["rows"]]
            else:
                listed = list(report.refused[1:])  # the first is the reason given above
            warnings = [describe_warning(text, data) for text, data in zip(report.warnings, report.warning_data)]
            for line in listed + warnings:
                parts.append(f"<p>• {escape(line)}</p>")
        self.text.setHtml("".join(parts))
        follow_interface_direction(self.text.document(), self.layoutDirection())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyImport")
        self.apply_button.setEnabled(any(report.ok and not report.already_imported for report in reports))
        self.unsigned_button = self.buttons.addButton(self.tr("Import &anyway…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.unsigned_button.setObjectName("acceptUnsigned")
        self.unsigned_button.setVisible(unsigned_reason is None and any(report.unsigned for report in reports))
        self.unsigned_button.clicked.connect(self._ask_reason)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(720, 480)

    def _ask_reason(self) -> None:
        reason, given = QInputDialog.getText(
            self, self.tr("Import anyway"),
            self.tr("Why may the unsigned or changed packages be imported? For example: \u201cpartner workbook, "
                    "checked by phone with the sender\u201d. The reason is recorded with the import."))
        if given and reason.strip():
            self.unsigned_reason = reason.strip()
            self.done(self.ACCEPT_UNSIGNED)

    def _what_it_does(self, report: Any) -> list[str]:
        """An importable file in the interface language (refusals stay as the core words them)."""
        if report.already_imported:
            return [self.tr("Already imported: importing it again changes nothing.")]
        lines = [self.tr("From office {office}, package number {seq}.").format(office=report.office,
                                                                             seq=whole(report.seq))]
        if report.signed:
            lines.append(self.tr("Its signature is valid (key {fingerprint}).").format(fingerprint=report.fingerprint))
        if report.open_conflicts:
            lines.append(self.tr("%Ln fields were changed differently here and at the sender; after the import, "
                                 "choose which values to keep under Sync, Conflicts.", "", report.open_conflicts))
        return lines

    def _signature_problem(self, report: Any) -> str:
        """Which check failed (``detail`` of an "unsigned" refusal), in the interface language."""
        detail = report.refusal.get("detail")
        if detail == "not_signed":
            return self.tr("The package is not signed.")
        if detail == "manifest_changed":
            return self.tr("Its signature does not match: the hidden '_manifest' sheet was changed.")
        if detail == "sheet_changed" and report.refusal.get("sheet"):
            return self.tr("The values of sheet '{sheet}' were changed after the package was signed.").format(
                sheet=report.refusal["sheet"])
        return report.refusal.get("problem") or report.refused[0]

    def _outcome(self, key: str) -> str:
        """An import outcome (``sync.apply.OUTCOMES``) as the person reads it."""
        names = {
            "new": self.tr("New activities"),
            "updated": self.tr("Updated"),
            "deleted": self.tr("Deleted"),
            "unchanged": self.tr("Already here, unchanged"),
            "stale": self.tr("Older than what is here (kept as history)"),
            "merged": self.tr("Edited in both places, merged"),
            # counted by activity, while the sentence above and the Conflicts window count fields: say which
            "conflicts": self.tr("Activities edited in both places, with conflicts to resolve"),
            "hand_made": self.tr("Rows added or changed by hand in the workbook"),
        }
        return names.get(key, key)
