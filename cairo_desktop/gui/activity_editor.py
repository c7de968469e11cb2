"""The activity editor: every field of an activity, checked as you type, never losing an edit.

Built on the Designer form ``forms/activity_editor.ui`` (compiled to ``ui_activity_editor.py``).
Each change re-reads the widgets into a raw state, parses and validates it, and shows each problem
under its field in plain words; Save stays disabled while anything is invalid. The raw state is
written as a draft about a second after the last change and removed on save or discard. An
activity this installation may not change opens read-only with the reason on top.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QApplication, QCheckBox, QListWidgetItem, QPlainTextEdit, QWidget,
)

from cairo_desktop.domain.activity import Activity
from cairo_desktop.domain.revision import utc_now
from cairo_desktop.domain.validation import validate
from cairo_desktop.errors import UserError, ValidationFailed
from cairo_desktop.gui import editor_fields as fields
from cairo_desktop.gui.date_field import date_text, set_date_text
from cairo_desktop.gui.drafts import Draft, DraftStore
from cairo_desktop.gui.editor_texts import EditorTexts
from cairo_desktop.gui.people_grid import PeopleGridModel
from cairo_desktop.gui.ui_activity_editor import Ui_ActivityEditorForm

ERROR_FIELDS = (
    "title", "action", "status", "activity_type", "text_lang", "description", "secondary_actions", "approaches",
    "planned_start", "planned_end", "actual_start", "actual_end", "admin_area", "place", "countries",
    "organisations", "budget_amount", "currency", "people", "reached_total", "targeted_total", "notes",
)
FIELD_TAB = {"tab_general": ERROR_FIELDS[:8], "tab_when_where": ERROR_FIELDS[8:15],
             "tab_money": ("organisations", "budget_amount", "currency"),
             "tab_people": ("people", "reached_total", "targeted_total"), "tab_notes": ("notes",)}


class ActivityEditor(QWidget):
    saved = Signal(str)
    deleted = Signal(str)
    dirty_changed = Signal(bool)
    history_requested = Signal(str)

    def __init__(self, services: Any, drafts: DraftStore, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityEditor")
        self._services = services
        self._drafts = drafts
        self.lang = lang
        self.ui = Ui_ActivityEditorForm()
        self.ui.setupUi(self)
        self.texts = EditorTexts(self, services)
        self.activity: Activity | None = None
        self.is_new = False
        self.read_only = True
        self.errors: dict[str, str] = {}
        self._loaded_state: dict[str, Any] = {}
        self._loading = False
        self._was_dirty = False
        age_bands = services.installation.age_bands() if hasattr(services.installation, "age_bands") else None
        self.reached = PeopleGridModel(services.vocabularies, age_bands, lang, self)
        self.targeted = PeopleGridModel(services.vocabularies, age_bands, lang, self)
        self.ui.people_reached.setModel(self.reached)
        self.ui.people_targeted.setModel(self.targeted)
        self.ui.people_input_error.setProperty("error", True)
        for grid in (self.reached, self.targeted):  # a refused cell says why, under the grid
            grid.refused.connect(self.show_people_input_error)
            grid.edited.connect(lambda: self.show_people_input_error(""))
        self.show_people_input_error("")
        self.approach_boxes: dict[str, QCheckBox] = {}
        for approach in services.plan.approaches:
            box = QCheckBox()
            box.setObjectName(f"approach_{approach.code}")
            self.ui.approaches_layout.addWidget(box)
            self.approach_boxes[approach.code] = box
        self._tab_through_approaches()
        self._row_focus = fields.RowFollowsFocus(self)
        for table in (self.ui.countries, self.ui.organisations):
            table.setProperty(fields.REMOVE_COLUMN, True)
            table.setTabKeyNavigation(False)  # Tab goes to the row's lists (see _tab_through_rows), arrows move
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setStretchLastSection(False)
            # clicking a row number selects the row also right to left, where Qt's own selectRow selects nothing
            table.verticalHeader().sectionPressed.connect(lambda row, t=table: fields.select_row(t, row))
            table.selectionModel().selectionChanged.connect(lambda *_args: self._update_remove_buttons())
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(1000)
        self._draft_timer.timeout.connect(self.write_draft)
        self._connect()
        self.texts.retranslate()
        self.show_nothing()

    def _tab_through_approaches(self) -> None:
        """Tab goes from the other actions to the approach boxes, as they read on the tab.

        The boxes are made after the form, so Qt put them last in the focus chain: Tab jumped from
        "Other actions served" to History and Delete below the tabs before reaching them.
        """
        previous: QWidget = self.ui.secondary_actions
        for box in self.approach_boxes.values():
            QWidget.setTabOrder(previous, box)
            previous = box

    def heightForWidth(self, width: int) -> int:
        """The least height the editor needs at ``width``, not the height it would like.

        The window's scroll area makes the editor as tall as this says. Qt's layouts answer with their
        preferred height (a tall description box and lists), which put Save, Undo and Delete below the
        bottom of a 768-pixel screen; at the least height the fields still show whole, and the buttons stay
        in view whenever the screen is tall enough for the editor at all."""
        return min(super().heightForWidth(width), self.minimumSizeHint().height())

    # --- wiring ----------------------------------------------------------------------------

    def _date_edits(self) -> list[Any]:
        return [getattr(self.ui, name) for name in fields.DATE_FIELDS]

    def _connect(self) -> None:
        ui = self.ui
        for name in fields.TEXT_FIELDS:
            widget = getattr(ui, name)
            signal = widget.textChanged
            signal.connect(self.on_changed)
        for name in fields.COMBO_FIELDS:
            getattr(ui, name).currentIndexChanged.connect(self.on_changed)
        for edit in self._date_edits():
            edit.textChanged.connect(self.on_changed)
        ui.secondary_actions.itemChanged.connect(self.on_changed)
        for box in self.approach_boxes.values():
            box.toggled.connect(self.on_changed)
        for table in (ui.countries, ui.organisations):
            table.itemChanged.connect(self.on_changed)
        self.reached.edited.connect(self.on_changed)
        self.targeted.edited.connect(self.on_changed)
        ui.add_countries.clicked.connect(lambda: self._add_row(ui.countries, ["", ""]))
        ui.add_organisations.clicked.connect(lambda: self._add_row(ui.organisations, ["", "implementing", ""]))
        ui.remove_countries.clicked.connect(lambda: self._remove_rows(ui.countries))
        ui.remove_organisations.clicked.connect(lambda: self._remove_rows(ui.organisations))
        ui.save_button.clicked.connect(self.save)
        ui.revert_button.clicked.connect(self.discard_changes)
        ui.delete_button.clicked.connect(self.delete_activity)
        ui.history_button.clicked.connect(lambda: self.activity and self.history_requested.emit(self.activity.id))

    def _add_row(self, table: Any, values: list[str]) -> None:
        self._append_row(table, values)
        self.on_changed()

    def _append_row(self, table: Any, values: list[str]) -> None:
        fields.add_table_row(table, values, self.texts.table_combos(table), self.on_changed, self.read_only,
                             on_remove=lambda button, t=table: self._remove_row_of(t, button),
                             focus_filter=self._row_focus)
        self._tab_through_rows(table)

    def _tab_through_rows(self, table: Any) -> None:
        """Tab goes from the table through each row's lists and remove button, then on to Add.

        Made after the form, those widgets came last in the focus chain: Tab left the table for Add,
        History and the plan, and a row's country or role was reached only after the whole window.
        """
        previous = table
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                widget = table.cellWidget(row, column)
                if widget is not None:
                    QWidget.setTabOrder(previous, widget)
                    previous = widget

    @staticmethod
    def _selected_rows(table: Any) -> list[int]:
        return sorted({index.row() for index in table.selectionModel().selectedRows()}
                      | {index.row() for index in table.selectedIndexes()})

    def _remove_rows(self, table: Any) -> None:
        for row in reversed(self._selected_rows(table)):
            table.removeRow(row)
        self.on_changed()
        self._update_remove_buttons()

    def _remove_row_of(self, table: Any, button: Any) -> None:
        row = fields.row_of_widget(table, button)
        if row >= 0 and not self.read_only:
            table.removeRow(row)
            self.on_changed()
            self._update_remove_buttons()

    def _update_remove_buttons(self) -> None:
        """"Remove selected" is offered only when a row is selected (each row also has its own button)."""
        for table, button in ((self.ui.countries, self.ui.remove_countries),
                              (self.ui.organisations, self.ui.remove_organisations)):
            button.setEnabled(not self.read_only and bool(self._selected_rows(table)))

    # --- state -----------------------------------------------------------------------------

    def raw_state(self) -> dict[str, Any]:
        ui = self.ui
        state: dict[str, Any] = {}
        for name in fields.TEXT_FIELDS:
            widget = getattr(ui, name)
            state[name] = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        for name in fields.COMBO_FIELDS:
            state[name] = str(getattr(ui, name).currentData() or "")
        for name in fields.DATE_FIELDS:
            state[name] = date_text(getattr(ui, name))
        state["secondary_actions"] = sorted(
            str(ui.secondary_actions.item(row).data(256)) for row in range(ui.secondary_actions.count())
            if ui.secondary_actions.item(row).checkState().value == 2
        )
        state["approaches"] = sorted(code for code, box in self.approach_boxes.items() if box.isChecked())
        state["countries"] = fields.table_rows(ui.countries)
        state["organisations"] = fields.table_rows(ui.organisations)
        cells = set(self.reached.values) | set(self.targeted.values)
        state["people"] = sorted(
            [g, s, a, self.targeted.values.get((g, s, a)), self.reached.values.get((g, s, a))] for g, s, a in cells
        )
        return state

    def load_state(self, state: dict[str, Any]) -> None:
        """Put a raw state into the widgets (loading an activity or restoring a draft)."""
        ui = self._ui_loading(True)
        for name in fields.TEXT_FIELDS:
            getattr(ui, name).setPlainText(state.get(name, "")) if isinstance(getattr(ui, name), QPlainTextEdit) \
                else getattr(ui, name).setText(state.get(name, ""))
        for name in fields.COMBO_FIELDS:
            fields.set_combo_code(getattr(ui, name), state.get(name, ""))
        for name in fields.DATE_FIELDS:
            set_date_text(getattr(ui, name), state.get(name, ""))
        wanted = set(state.get("secondary_actions", []))
        for row in range(ui.secondary_actions.count()):
            item: QListWidgetItem = ui.secondary_actions.item(row)
            item.setCheckState(self.texts.check(item.data(256) in wanted))
        for code, box in self.approach_boxes.items():
            box.setChecked(code in state.get("approaches", []))
        for table, key in ((ui.countries, "countries"), (ui.organisations, "organisations")):
            table.setRowCount(0)
            for values in state.get(key, []):
                self._append_row(table, values)
        people = state.get("people", [])
        self.show_people_input_error("")
        self.targeted.set_values({(g, s, a): t for g, s, a, t, _r in people})
        self.reached.set_values({(g, s, a): r for g, s, a, _t, r in people})
        self._ui_loading(False)
        self.on_changed()

    def show_people_input_error(self, message: str) -> None:
        self.ui.people_input_error.setText(message)
        self.ui.people_input_error.setVisible(bool(message))

    def _ui_loading(self, loading: bool) -> Any:
        self._loading = loading
        return self.ui

    @property
    def dirty(self) -> bool:
        return self.activity is not None and not self.read_only and self.raw_state() != self._loaded_state

    # --- showing an activity ---------------------------------------------------------------

    def show_nothing(self) -> None:
        """An empty, disabled editor: no values or messages of an activity discarded or deleted are left in it.

        Greyed but still filled, the form looked as if a discarded new activity or a deleted one was
        still there, with "Not yet saved: correct the fields marked in red" under it.
        """
        self.activity = None
        self.read_only = True
        self._draft_timer.stop()
        self.load_state({})
        self._loaded_state = {}
        self.texts.show_errors({})
        self.texts.show_summary("")
        self.texts.apply_read_only(True, "")
        self.setEnabled(False)
        self.ui.heading.setText(self.tr("Select an activity in the list, or press Ctrl+N to record a new one."))
        self._set_dirty(False)

    def load_activity(self, activity: Activity, is_new: bool = False, draft_state: dict[str, Any] | None = None) -> None:
        self.activity = activity
        self.is_new = is_new
        self.setEnabled(True)
        reason = "" if is_new else self._services.activities.why_read_only(activity)
        if activity.deleted:
            reason = self.tr("This activity has been deleted; it is shown as it was.")
        self.read_only = bool(reason)
        self.reached.read_only = self.targeted.read_only = self.read_only
        self._loaded_state = {}
        self.load_state(fields.state_of(activity))
        self._loaded_state = self.raw_state()
        self.texts.apply_read_only(self.read_only, reason)
        self.texts.update_heading()
        if draft_state is not None and not self.read_only:
            self.load_state(draft_state)
        self.ui.tabs.setCurrentIndex(0)
        self._refresh()

    def new_activity(self, action: str = "") -> None:
        identity = self._services.context.require_identity()
        activity = Activity(title="", action=action, status="pipeline", office=identity.office_code,
                            text_lang=self.lang if self.lang in ("en", "fr", "ar") else "en")
        if identity.country:
            activity.countries = []
        self.load_activity(activity, is_new=True)
        self.ui.title.setFocus()

    # --- checking --------------------------------------------------------------------------

    def on_changed(self, *_args: Any) -> None:
        if self._loading or self.activity is None:
            return
        self._refresh()
        if self.dirty:
            self._draft_timer.start()

    def _refresh(self) -> None:
        self.errors = self.current_problems()
        self.texts.show_errors(self.errors)
        dirty = self.dirty
        self.ui.save_button.setEnabled(not self.read_only and not self.errors and (dirty or self.is_new))
        self.ui.revert_button.setEnabled(dirty)
        self._update_remove_buttons()
        self._set_dirty(dirty)

    def current_problems(self) -> dict[str, str]:
        if self.activity is None:
            return {}
        activity, problems = fields.parse_state(self.activity, self.raw_state())
        for issue in validate(activity):
            problems.setdefault(issue.field, issue.message)
        return problems

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    # --- saving, discarding, deleting ------------------------------------------------------

    def commit_open_cell(self) -> None:
        """Hand a value still being typed in a table cell to its table, before saving or leaving the activity.

        Ctrl+S, the toolbar's Save, Ctrl+N or Ctrl+Q leave the focus in the cell, so its editor never gave
        the table the number typed: it was lost without a word, and the activity not even counted as changed.
        """
        focus = QApplication.focusWidget()
        if focus is None:
            return
        for view in (self.ui.people_reached, self.ui.people_targeted, self.ui.countries, self.ui.organisations):
            if view.state() == QAbstractItemView.State.EditingState and view.isAncestorOf(focus):
                view.commitData(focus)
                view.closeEditor(focus, QAbstractItemDelegate.EndEditHint.NoHint)

    def save(self) -> bool:
        """Save the edits; False (with the reasons shown) when they cannot be saved."""
        if self.activity is None or self.read_only:
            return False
        self.commit_open_cell()
        self._refresh()
        if self.errors:
            return False
        activity, _ = fields.parse_state(self.activity, self.raw_state())
        try:
            if self.is_new:
                saved = self._services.activities.add(replace(activity, rev="", heads=[]))
            else:
                saved = self._services.activities.edit(self.activity.id, activity, expected_rev=self.activity.rev)
        except ValidationFailed as failure:
            self.texts.show_errors({issue.field: issue.message for issue in failure.issues})
            return False
        except UserError as error:
            self.texts.show_summary(str(error))
            return False
        self._drafts.delete(saved.id)
        self.load_activity(saved)
        self.saved.emit(saved.id)
        return True

    def discard_changes(self) -> None:
        if self.activity is None:
            return
        self._draft_timer.stop()
        self._drafts.delete(self.activity.id)
        if self.is_new:
            self.show_nothing()
        else:
            self.load_activity(self._services.activities.get(self.activity.id))

    def delete_activity(self) -> None:
        if self.activity is None or self.is_new or self.read_only:
            return
        if not self.texts.confirm_delete():
            return
        deleted = self._services.activities.delete(self.activity.id)
        self._drafts.delete(deleted.id)
        self.show_nothing()
        self.deleted.emit(deleted.id)

    def write_draft(self) -> None:
        if self.activity is None or not self.dirty:
            return
        state = self.raw_state()
        self._drafts.save(Draft(self.activity.id, self.is_new, self.activity.rev, state.get("title", ""), utc_now(), state))

    # --- language --------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.reached.set_language(lang)
        self.targeted.set_language(lang)
        self.texts.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "texts"):
            self.texts.retranslate()
        super().changeEvent(event)


