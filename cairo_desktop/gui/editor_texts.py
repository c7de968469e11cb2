"""The editor's words: labels and choices in the current language, inline errors, the read-only line.

Kept apart from the editor's behaviour so the language switch re-fills every label, combo and
header in one place. Validation messages come from the domain in English; the common ones are
recognised here and shown in the interface language, the rare ones as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMessageBox, QTableWidget

from cairo_desktop.gui import editor_fields as fields


class EditorTexts(QObject):
    def __init__(self, editor: Any, services: Any) -> None:
        super().__init__(editor)
        self.editor = editor
        self.ui = editor.ui
        self._plan = services.plan
        self._vocab = services.vocabularies
        self._patterns: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = []

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
        ui.countries.setColumnCount(2)
        ui.countries.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Role on the route")])
        ui.organisations.setColumnCount(3)
        ui.organisations.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Type")])
        for table in (ui.countries, ui.organisations):
            combos = self.table_combos(table)
            for row in range(table.rowCount()):
                for column, entries in combos.items():
                    fields.fill_combo(table.cellWidget(row, column), entries)
        ui.budget_amount.setPlaceholderText(self.tr("for example 25000"))
        for name in ("reached_total", "targeted_total"):
            getattr(ui, name).setPlaceholderText(self.tr("leave empty to use the sum of the grid"))
        self.editor._loading = was_loading
        self._patterns = self._message_patterns()
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
                id=activity.id[:8], office=activity.office, when=activity.updated_at[:16].replace("T", " "),
                who=activity.updated_by)
        self.ui.heading.setText(text)

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
        ui.read_only_banner.setText(self.translate_message(reason))
        ui.read_only_banner.setVisible(bool(reason))

    def confirm_delete(self) -> bool:
        answer = QMessageBox.question(
            self.editor, self.tr("Delete activity"),
            self.tr("Delete this activity? It disappears from the list and from reports; its history is kept and "
                    "the deletion travels to other offices with the next package."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- messages --------------------------------------------------------------------------

    def _message_patterns(self) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
        table: list[tuple[str, Callable[[re.Match[str]], str]]] = [
            (r"A title is required\.", lambda m: self.tr("A title is required.")),
            (r"Choose the action of the plan.*", lambda m: self.tr("Choose the action of the plan this activity serves (for example 3.2).")),
            (r"A start date is required.*", lambda m: self.tr("A start date is required once an activity has started.")),
            (r"The date (.*) is not between 1900 and 2100.*", lambda m: self.tr("The date {date} is not between 1900 and 2100; check the year.").format(date=m[1])),
            (r"The end \((.*)\) is before the start \((.*)\)\.", lambda m: self.tr("The end ({end}) is before the start ({start}).").format(end=m[1], start=m[2])),
            (r"Say in which currency.*", lambda m: self.tr("Say in which currency the budget is (for example EUR).")),
            (r"([\d,]+) is more people than live on Earth.*", lambda m: self.tr("{count} is more people than live on Earth; check the number.").format(count=m[1])),
            (r"The budget cannot be negative\.", lambda m: self.tr("The budget cannot be negative.")),
            (r"The budget must be an amount of money.*", lambda m: self.tr("The budget must be an amount of money, for example 25000.")),
            (r"Every organisation needs a name\.", lambda m: self.tr("Every organisation needs a name.")),
            (r"'(.*)' is not a date.*", lambda m: self.tr("'{value}' is not a date; write it as YYYY-MM-DD, for example 2025-04-09.").format(value=m[1])),
            (r"'(.*)' is not an amount of money.*", lambda m: self.tr("'{value}' is not an amount of money; write digits only, for example 25000.").format(value=m[1])),
            (r"'(.*)' is not a whole number of people\.", lambda m: self.tr("'{value}' is not a whole number of people.").format(value=m[1])),
            (r"The people (\w+) by group, sex and age add up to (\d+), more than the stated total of (\d+)\.",
             lambda m: self.tr("The people in the grid add up to {sum}, more than the stated total of {total}.").format(sum=m[2], total=m[3])),
            (r"'' is not an ISO 3166.*", lambda m: self.tr("Choose a country in every row, or remove the empty row.")),
            (r"(\w+) is listed twice\.", lambda m: self.tr("{country} is listed twice.").format(country=m[1])),
            (r"The title is too long \((\d+) characters; at most (\d+)\)\.",
             lambda m: self.tr("The title is too long ({length} characters; at most {limit}).").format(length=m[1], limit=m[2])),
            (r"The text is too long \(at most (\d+) characters\)\.",
             lambda m: self.tr("The text is too long (at most {limit} characters).").format(limit=m[1])),
            (r"'(.*)' is not an action of the Cairo Action Plan \(1\.1 to 5\.4\)\.",
             lambda m: self.tr("'{code}' is not an action of the Cairo Action Plan (1.1 to 5.4).").format(code=m[1])),
            (r"'(.*)' is not a cross-cutting approach; use one of (.*)\.",
             lambda m: self.tr("'{code}' is not a cross-cutting approach; use one of {choices}.").format(code=m[1], choices=m[2])),
            (r"'(.*)' is not a status; use one of (.*)\.",
             lambda m: self.tr("'{code}' is not a status; use one of {choices}.").format(code=m[1], choices=m[2])),
            (r"'(.*)' is not an activity type; use one of (.*)\.",
             lambda m: self.tr("'{code}' is not an activity type; use one of {choices}.").format(code=m[1], choices=m[2])),
            (r"'(.*)' is not a known language code\.",
             lambda m: self.tr("'{code}' is not a known language code.").format(code=m[1])),
            (r"'(.*)' is not an ISO 3166 alpha-3 country code.*",
             lambda m: self.tr("'{code}' is not an ISO 3166 alpha-3 country code (for example ETH, SDN, ITA).").format(code=m[1])),
            (r"'(.*)' is not a route role; use origin, transit or destination\.",
             lambda m: self.tr("'{code}' is not a route role; use origin, transit or destination.").format(code=m[1])),
            (r"'(.*)' is not an organisation role; use one of (.*)\.",
             lambda m: self.tr("'{code}' is not an organisation role; use one of {choices}.").format(code=m[1], choices=m[2])),
            (r"'(.*)' is not an organisation type code\.",
             lambda m: self.tr("'{code}' is not an organisation type code.").format(code=m[1])),
            (r"'(.*)' is not an ISO 4217 currency code.*",
             lambda m: self.tr("'{code}' is not an ISO 4217 currency code (for example EUR, USD, ETB).").format(code=m[1])),
            (r"'(.*)' is not a population group\.",
             lambda m: self.tr("'{code}' is not a population group.").format(code=m[1])),
            (r"'(.*)' is not a sex category; use f, m or x\.",
             lambda m: self.tr("'{code}' is not a sex category; use f, m or x.").format(code=m[1])),
            (r"'(.*)' is not an age band\.", lambda m: self.tr("'{code}' is not an age band.").format(code=m[1])),
            (r"People targeted cannot be negative \((.*): (-?\d+)\)\.",
             lambda m: self.tr("People targeted cannot be negative ({cell}: {value}).").format(cell=m[1], value=m[2])),
            (r"People reached cannot be negative \((.*): (-?\d+)\)\.",
             lambda m: self.tr("People reached cannot be negative ({cell}: {value}).").format(cell=m[1], value=m[2])),
            (r"The cell (.*) appears twice\.", lambda m: self.tr("The cell {cell} appears twice.").format(cell=m[1])),
            (r"The total of people targeted cannot be negative\.",
             lambda m: self.tr("The total of people targeted cannot be negative.")),
            (r"The total of people reached cannot be negative\.",
             lambda m: self.tr("The total of people reached cannot be negative.")),
            (r"This activity belongs to office (\S+); this installation is the field office (\S+) and can only change its own activities\.",
             lambda m: self.tr("Read only: this activity belongs to office {owner}. This installation is the field office {office} and can change only its own activities; the owner or a coordinator can change it.").format(owner=m[1], office=m[2])),
        ]
        return [(re.compile(pattern, re.DOTALL), build) for pattern, build in table]

    def translate_message(self, message: str) -> str:
        for pattern, build in self._patterns:
            match = pattern.fullmatch(message)
            if match:
                return build(match)
        return message


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
