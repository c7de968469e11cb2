"""The editor's words: labels and choices in the current language, inline errors, the read-only line.

Kept apart from the editor's behaviour so the language switch re-fills every label, combo and
header in one place. Validation messages come from the domain in English; :mod:`message_texts`
shows the known ones in the interface language, the rare ones as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidgetItem, QMessageBox, QTableWidget

from cairo_desktop.gui import editor_fields as fields
from cairo_desktop.gui.local_time import local_minute
from cairo_desktop.gui.message_texts import translate_message


_CODE = re.compile(r"(?<![\w\u2011-])[A-Z][A-Z0-9]+(?:-[A-Z0-9]{2,})+(?![\w\u2011-])")


def unbroken_codes(text: str) -> str:
    """``text`` for display with codes such as ETH-ADD kept whole on one line and left to right in Arabic:
    a no-break hyphen (U+2011) inside first-strong isolates (U+2068 ... U+2069)."""
    return _CODE.sub(lambda match: "\u2068" + match[0].replace("-", "\u2011") + "\u2069", text)


class EditorTexts(QObject):
    def __init__(self, editor: Any, services: Any) -> None:
        super().__init__(editor)
        self.editor = editor
        self.ui = editor.ui
        self._plan = services.plan
        self._vocab = services.vocabularies

    @property
    def lang(self) -> str:
        return str(self.editor.lang)

    # --- labels and choices ----------------------------------------------------------------

    def retranslate(self) -> None:
        ui, vocab, lang = self.ui, self._vocab, self.lang
        self.editor._loading, was_loading = True, self.editor._loading
        ui.retranslateUi(self.editor)
        plan_actions = [(f"{a.code} {a.short_title.get(lang)}", a.code) for a in self._plan.actions]
        fields.fill_combo(ui.action, [(self.tr("(choose an action)"), "")] + plan_actions,
                          {a.code: a.text.get(lang) for a in self._plan.actions})
        fields.fill_combo(ui.status, [(t.label.get(lang), t.code) for t in vocab.statuses])
        fields.fill_combo(ui.activity_type, [(t.label.get(lang), t.code) for t in vocab.activity_types])
        fields.fill_combo(ui.text_lang, [(t.label.get(lang), t.code) for t in vocab.languages])
        common = set(vocab.common_currencies())
        currencies = [(f"{t.code} {t.label.get(lang)}", t.code) for t in vocab.currencies if t.code in common]
        currencies += [(f"{t.code} {t.label.get(lang)}", t.code) for t in vocab.currencies if t.code not in common]
        fields.fill_combo(ui.currency, [("", "")] + currencies)
        checked = {ui.secondary_actions.item(r).data(256) for r in range(ui.secondary_actions.count())
                   if ui.secondary_actions.item(r).checkState() == Qt.CheckState.Checked}
        ui.secondary_actions.clear()
        for action in self._plan.actions:
            item = QListWidgetItem(f"{action.code} {action.short_title.get(lang)}")
            item.setData(256, action.code)
            item.setToolTip(action.text.get(lang))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(self.check(action.code in checked))
            ui.secondary_actions.addItem(item)
        for approach in self._plan.approaches:
            box = self.editor.approach_boxes[approach.code]
            box.setText(approach.short_title.get(lang))
            box.setToolTip(f"<p>{approach.text.get(lang)}</p>")
            box.setWhatsThis(approach.text.get(lang))
        ui.countries.setColumnCount(3)  # the last column: each row's remove button
        ui.countries.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Role on the route"), ""])
        ui.organisations.setColumnCount(4)
        ui.organisations.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Type"), ""])
        for table in (ui.countries, ui.organisations):
            header = table.horizontalHeader()
            for column in range(table.columnCount() - 1):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(table.columnCount() - 1, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(table.columnCount() - 1, table.verticalHeader().defaultSectionSize())
        for table in (ui.countries, ui.organisations):
            combos = self.table_combos(table)
            for row in range(table.rowCount()):
                for column, entries in combos.items():
                    fields.fill_combo(table.cellWidget(row, column), entries)
        for name in fields.DATE_FIELDS:
            getattr(ui, name).retranslate()
        ui.budget_amount.setPlaceholderText(self.tr("for example 25000"))
        for name in ("reached_total", "targeted_total"):  # the hint is cut on a laptop: whole in the tooltip
            hint = self.tr("leave empty to use the sum of the grid")
            getattr(ui, name).setPlaceholderText(hint)
            getattr(ui, name).setToolTip(hint)
        self.editor._loading = was_loading
        if self.editor.activity is not None:
            self.update_heading()
            self.editor._refresh()
        else:
            self.ui.heading.setText(QCoreApplication.translate(
                "ActivityEditor", "Select an activity in the list, or press Ctrl+N to record a new one."))

    def table_combos(self, table: QTableWidget) -> dict[int, list[tuple[str, str]]]:
        vocab, lang = self._vocab, self.lang
        if table is self.ui.countries:
            members = set(vocab.kp_members())
            ordered = sorted(vocab.countries, key=lambda t: (t.code not in members, t.label.get(lang)))
            return {0: [("", "")] + [(f"{t.label.get(lang)} ({t.code})", t.code) for t in ordered],
                    1: [(self.tr("(not stated)"), "")] + [(t.label.get(lang), t.code) for t in vocab.route_roles]}
        return {1: [(t.label.get(lang), t.code) for t in vocab.organisation_roles],
                2: [("", "")] + [(t.label.get(lang), t.code) for t in vocab.organisation_types]}

    @staticmethod
    def check(on: bool) -> Qt.CheckState:
        return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked

    def update_heading(self) -> None:
        activity = self.editor.activity
        if activity is None:
            return
        if self.editor.is_new:
            text = self.tr("New activity for office {office}").format(office=activity.office)
        else:
            text = self.tr("Activity {id} of office {office}, last changed {when} by {who}").format(
                id=activity.id[:8], office=activity.office, when=local_minute(activity.updated_at),
                who=activity.updated_by)
        self.ui.heading.setText(unbroken_codes(text))

    # --- errors and read-only --------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> None:
        for name in _error_fields():
            label: QLabel = getattr(self.ui, f"error_{name}")
            message = errors.get(name, "")
            label.setText(self.translate_message(message))
            label.setProperty("error", True)
            label.setVisible(bool(message))
        tabs = self.ui.tabs
        for index in range(tabs.count()):
            page = tabs.widget(index).objectName()
            bad = any(name in errors for name in _tab_fields().get(page, ()))
            tabs.tabBar().setTabTextColor(index, Qt.GlobalColor.darkRed if bad else tabs.palette().windowText().color())
        if errors:
            self.show_summary(self.tr("Not saved yet: correct the fields marked in red ({count}).").format(count=len(errors)))
        else:
            self.show_summary("")

    def show_summary(self, text: str) -> None:
        self.ui.summary_error.setText(self.translate_message(text))
        self.ui.summary_error.setProperty("error", True)
        self.ui.summary_error.setVisible(bool(text))

    def apply_read_only(self, read_only: bool, reason: str) -> None:
        ui = self.ui
        for tab_index in range(ui.tabs.count()):
            page = ui.tabs.widget(tab_index)
            for child in page.findChildren(QObject):
                name = child.objectName()
                editable = name in _editable_names()
                if not editable and not name.startswith(("approach_", "add_", "remove_")):
                    continue
                if editable and hasattr(child, "setReadOnly"):  # hasattr on a Qt object is slow: ask only here
                    child.setReadOnly(read_only)
                else:
                    child.setEnabled(not read_only)
        ui.save_button.setVisible(not read_only)
        ui.revert_button.setVisible(not read_only)
        ui.delete_button.setVisible(not read_only and not self.editor.is_new)
        ui.history_button.setEnabled(self.editor.activity is not None and not self.editor.is_new)
        ui.read_only_banner.setText(unbroken_codes(self.translate_message(reason)))
        ui.read_only_banner.setVisible(bool(reason))

    def confirm_delete(self) -> bool:
        answer = QMessageBox.question(
            self.editor, self.tr("Delete activity"),
            self.tr("Delete this activity? It disappears from the list and from reports; its history is kept and "
                    "the deletion travels to other offices with the next package."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- messages --------------------------------------------------------------------------

    def translate_message(self, message: str) -> str:
        return translate_message(message)


def _error_fields() -> tuple[str, ...]:
    from cairo_desktop.gui.activity_editor import ERROR_FIELDS

    return ERROR_FIELDS


def _tab_fields() -> dict[str, tuple[str, ...]]:
    from cairo_desktop.gui.activity_editor import FIELD_TAB

    return FIELD_TAB


@lru_cache(maxsize=1)
def _editable_names() -> frozenset[str]:
    return frozenset(fields.TEXT_FIELDS + fields.COMBO_FIELDS + fields.DATE_FIELDS) | {
        "secondary_actions", "countries", "organisations"}
