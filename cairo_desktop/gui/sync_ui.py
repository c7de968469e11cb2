"""Sync, Conflicts: the fields on which two edits of an activity disagree, and the choice of value.

Conflicts are shown one field per row with both values worded for people (:mod:`domain.readable`);
the person picks which to keep and each choice is written as a resolving revision. Everything goes
through ``services.sync`` (see docs/GUI.md). A resolving revision settles every open field of its
activity (a field not chosen keeps the value in bold), so rows of that activity left on "(decide
later)" are named and the person asked first, instead of vanishing from the list unasked.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QMessageBox, QStyledItemDelegate, QStyleOptionViewItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from cairo_desktop.domain.readable import ReadableValues, field_label
from cairo_desktop.errors import UserError
from cairo_desktop.gui.import_preview import in_interface_direction
from cairo_desktop.gui.message_texts import translate_message


TOP_ALIGNED = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading
MAX_NAMED = 8  # undecided fields named in the question before "… and N more"


class _ChoiceOnFirstLine(QStyledItemDelegate):
    """Places the Keep box at its own height at the top of its row, beside the values' first lines:
    the view would stretch it over a row of many lines (a people conflict) into a tall empty box."""

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        rect = QRect(option.rect)
        rect.setHeight(min(rect.height(), editor.sizeHint().height()))
        editor.setGeometry(rect)


class ConflictsDialog(QDialog):
    """Open conflicts, field by field: keep the local or the incoming value."""

    def __init__(self, services: Any, parent: QWidget | None = None, on_resolved: Callable[[], None] | None = None,
                 lang: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self._services = services
        self._lang = lang
        self._readable = ReadableValues(services.plan, services.vocabularies)
        self._on_resolved = on_resolved or (lambda: None)
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Activity"), self.tr("Field"), self.tr("Value here"), self.tr("Incoming value"), self.tr("Keep")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Values wrap onto as many lines as they need; Qt would still cut a wrapped line a fraction of a pixel
        # too wide with "…" (bold Arabic: "390 targeted" shown as "3…"), hiding the very figure to decide on.
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setItemDelegateForColumn(4, _ChoiceOnFirstLine(self.table))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.resolve_button = buttons.addButton(self.tr("&Resolve"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.resolve_button.clicked.connect(self.resolve)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.reload()

    def _field_text(self, conflict: Any) -> str:
        """The field's name, and under it how many values a third edit (or more) proposed besides the two."""
        label = field_label(conflict.field, self._lang)
        if not conflict.others:
            return label
        return label + "\n" + self.tr("+ %Ln more value(s)", "", len(conflict.others))

    def _others_tip(self, conflict: Any) -> str:
        """The further values in full, and how to keep one of them."""
        values = "\n".join(f"\u2022 {self._readable.value(conflict.field, value, self._lang, ' ')}"
                           for value in conflict.others)
        return self.tr("Also proposed by other edits made apart:\n{values}\nTo keep one of these, settle the field "
                       "either way, then edit the activity to write it.").format(values=values)

    def reload(self) -> None:
        self.conflicts = list(self._services.sync.open_conflicts())
        self.table.setRowCount(0)
        for conflict in self.conflicts:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = (f"{conflict.activity_id[:8]} {conflict.title}", self._field_text(conflict),
                     self._readable.value(conflict.field, conflict.local_value, self._lang, "\n"),
                     self._readable.value(conflict.field, conflict.incoming_value, self._lang, "\n"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(self._others_tip(conflict) if column == 1 and conflict.others else text)
                item.setTextAlignment(TOP_ALIGNED)  # long values are read from their first line, as the choice
                if (column, conflict.shown) in ((2, "local"), (3, "incoming")):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
            choice = QComboBox()
            choice.addItem(self.tr("(decide later)"), "")
            choice.addItem(self.tr("Value here"), "local")
            choice.addItem(self.tr("Incoming value"), "incoming")
            self.table.setCellWidget(row, 4, choice)
        self.table.resizeRowsToContents()  # long values (people, organisations) wrap instead of being cut
        self.resolve_button.setEnabled(bool(self.conflicts))
        if self.conflicts:
            self.help.setText(self.tr(
                "The same field was changed differently in two places. For each row choose which value to keep, "
                "then press Resolve. Until then the app uses the value in bold."))
        else:  # the instructions would speak of rows that are not there
            self.help.setText(self.tr("No conflicts to resolve: every imported change agrees with the changes made "
                                      "here."))

    def resolve(self) -> None:
        """One resolving revision per activity, with the choice made for each of its fields."""
        chosen: dict[str, tuple[Any, dict[str, str]]] = {}
        for row, conflict in enumerate(self.conflicts):
            keep = self.table.cellWidget(row, 4).currentData()
            if keep:
                first, fields = chosen.setdefault(conflict.activity_id, (conflict.id, {}))
                fields[conflict.field] = keep
        if not chosen:  # nothing would happen: say what to do instead of doing nothing
            QMessageBox.information(self, self.tr("Nothing chosen yet"), self.tr(
                "In the Keep column, choose for at least one row which value to keep (the value here or the incoming "
                "value), then press Resolve. Rows left on \"(decide later)\" stay open."))
            return
        if not self._settle_undecided_too(chosen):
            return
        refused = []
        for conflict_id, fields in chosen.values():
            try:
                self._services.sync.resolve_conflict(conflict_id, fields)
            except UserError as error:  # settled meanwhile (another window, an import), or not ours to settle
                refused.append(translate_message(str(error)))
        self.reload()
        self._on_resolved()
        if refused:
            QMessageBox.warning(self, self.tr("Some conflicts were not settled"), "\n\n".join(refused))

    def _settle_undecided_too(self, chosen: dict[str, tuple[Any, dict[str, str]]]) -> bool:
        """Whether to go on when an activity with a choice also has rows left on "(decide later)".

        The service settles an activity as a whole, so those rows would keep the value in bold and
        leave the list: the person is told which, and may go back to choose them.
        """
        undecided = [row for row, conflict in enumerate(self.conflicts)
                     if conflict.activity_id in chosen and not self.table.cellWidget(row, 4).currentData()]
        if not undecided:
            return True
        lines = ["• {activity} — {field}".format(activity=self.table.item(row, 0).text(),
                                                 field=self.table.item(row, 1).text())
                 for row in undecided[:MAX_NAMED]]  # a longer list would push the buttons off a laptop screen
        if len(undecided) > MAX_NAMED:
            lines.append(self.tr("… and %Ln more", "", len(undecided) - MAX_NAMED))
        names = "\n".join(lines)
        question = self.tr(
            "An activity's conflicts are settled together. These fields of the same activities are still on "
            "\"(decide later)\"; they will keep the value in bold:\n\n{fields}\n\nResolve anyway? Press No to "
            "choose their values first.").format(fields=names)
        answer = QMessageBox.question(self, self.tr("Settle the whole activity?"),
                                      in_interface_direction(question, self.layoutDirection()))
        return answer == QMessageBox.StandardButton.Yes
