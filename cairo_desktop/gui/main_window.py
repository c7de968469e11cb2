"""The main window: plan browser, filter bar, activity list, editor and dashboard in one place.

It wires the parts together and owns the cross-cutting behaviour: one filter shared by the list,
the dashboard and the plan figures; the unsaved-changes question before anything replaces the
editor's content (another record, a new activity, closing); drafts offered back after a crash;
window geometry and column layout kept in QSettings; the language switch.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, Iterator

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDockWidget, QFrame, QLabel, QMainWindow, QMessageBox, QScrollArea, QSplitter,
    QStyle, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from cairo_desktop.domain.filters import ActivityFilter
from cairo_desktop.domain.i18n import LANGUAGES, RIGHT_TO_LEFT
from cairo_desktop.gui import main_actions
from cairo_desktop.gui.activity_model import ActivityTableModel
from cairo_desktop.gui.filter_bar import FilterBar
from cairo_desktop.gui.i18n import LANGUAGE_KEY, LanguageSwitcher, saved_language
from cairo_desktop.gui.local_time import local_minute
from cairo_desktop.gui.numbers import whole
from cairo_desktop.store.first_page import FirstPageReader

log = logging.getLogger("cairo_desktop.gui")

PLAN_MIN_WIDTH = 240  # the plan browser elides long domain names below this
SMALL_SCREEN = 1600  # a laptop screen (1366 or 1440 pixels wide): the window takes all of it
TITLE_MIN_WIDTH = 170  # the list's titles are elided, not narrower than this while a column can give way
TITLE_LEAST_WIDTH = 150  # ...and never narrower than this: below, the list scrolls sideways
# Hidden, once even elided headers leave the titles less than this, in this order: the action code, the status.
LAST_RESORT_COLUMNS = ((1, TITLE_MIN_WIDTH), (2, TITLE_LEAST_WIDTH))
OPTIONAL_COLUMNS = (6, 5, 3)  # place, end, office: hidden in this order while the list is too narrow for them


def _leading_area(lang: str) -> Qt.DockWidgetArea:
    """Where reading starts: the left, or the right in Arabic."""
    return Qt.DockWidgetArea.RightDockWidgetArea if lang in RIGHT_TO_LEFT else Qt.DockWidgetArea.LeftDockWidgetArea


class MainWindow(QMainWindow):
    """The window; built in two steps so that the list can be painted before the services load.

    ``MainWindow(services)`` is ready at once. ``MainWindow(None, first_page=reader)`` shows the
    menus, the filter bar and the first page of the list from a read-only reader
    (``store.first_page``), with every command disabled, until :meth:`attach` brings the services,
    the plan browser, the editor and the dashboard. ``ready`` is emitted then.
    """

    ready = Signal()

    def __init__(self, services: Any, settings: QSettings | None = None, switcher: LanguageSwitcher | None = None,
                 crash_handler: Any = None, *, first_page: FirstPageReader | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.services: Any = None
        self.first_page = first_page
        self.settings = settings or QSettings()
        self.switcher = switcher or LanguageSwitcher(QApplication.instance())
        self.crash_handler = crash_handler
        self.lang = saved_language(self.settings)
        if self.switcher.language != self.lang:
            self.switcher.apply(self.lang)
            self.lang = self.switcher.language  # English when that language's file is missing
        if services is None:
            if first_page is None:
                raise ValueError("MainWindow needs services or a first-page reader")
            from cairo_desktop.gui.startup_services import StartupServices

            self._build(StartupServices(first_page))
            for action in self.actions.values():
                action.setEnabled(False)
            self.model.refresh()
        else:
            self._build(services)
            self.attach(services)

    def _build(self, source: Any) -> None:
        """What the first paint shows: ``source`` is the services or their start-up stand-in."""
        self.plan_dock = QDockWidget()
        self.plan_dock.setObjectName("planDock")
        self.plan_dock.setWidget(QWidget())  # the plan browser arrives with the services
        self.plan_dock.widget().setMinimumWidth(PLAN_MIN_WIDTH)
        self.addDockWidget(_leading_area(self.lang), self.plan_dock)  # Qt does not mirror dock areas itself
        self.filter_bar = FilterBar(source, self.lang)
        self.model = ActivityTableModel(source, self.lang, self)
        self.table = QTableView()
        self.table.setObjectName("activityTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)  # most recent first
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 320)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # right to left too: Qt elides at the line's end
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # full header in its tooltip
        self.table.viewport().installEventFilter(self)  # resized: the title column takes what the others leave
        self._columns_sized = False
        self._narrowed: dict[int, int] = {}  # the columns' widths before _narrow_columns
        self._fitting_now = False
        self._widths_key: tuple[str, str, str] | None = None
        self._widths: dict[int, tuple[int, int]] = {}
        self.table.horizontalHeader().sectionResized.connect(self._section_resized)
        self.editor: Any = None  # the editor and the dashboard arrive with the services
        self.editor_area = QScrollArea()  # scrolls, so the window fits a small laptop screen
        self.editor_area.setObjectName("editorArea")
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.dashboard: Any = QWidget()
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(4, 4, 4, 4)
        list_layout.addWidget(self.filter_bar)
        list_layout.addWidget(self.table)
        self.splitter = QSplitter()
        self.splitter.setObjectName("listEditorSplitter")
        self.splitter.addWidget(list_page)
        self.splitter.addWidget(self.editor_area)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the list; the editor keeps its width
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)  # neither pane can be dragged away to nothing
        self.splitter.installEventFilter(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("centralTabs")
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self.dashboard, "")
        self.setCentralWidget(self.tabs)
        self.status_labels = {key: QLabel() for key in ("office", "database", "count", "conflicts")}
        for key, label in self.status_labels.items():
            label.setObjectName(f"status_{key}")
            self.statusBar().addPermanentWidget(label)
        self._figures_timer = QTimer(self)
        self._figures_timer.setSingleShot(True)
        self.actions, self.menus, self.toolbar = main_actions.build(self, self.plan_dock.toggleViewAction())
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.retranslate()
        self._restore_layout()

    def attach(self, services: Any) -> None:
        """Bring the services: the editor, the dashboard, live filters, figures and every command."""
        from cairo_desktop.gui.activity_editor import ActivityEditor
        from cairo_desktop.gui.commands import Commands
        from cairo_desktop.gui.dashboard import Dashboard
        from cairo_desktop.gui.drafts import DraftStore
        from cairo_desktop.gui.plan_browser import PlanBrowser
        from cairo_desktop.gui.worker import JobRunner

        self.services = services
        self.jobs = JobRunner(self)
        self.drafts = DraftStore(database_key=str(services.database.url))
        self.commands = Commands(self)
        self.editor = ActivityEditor(services, self.drafts, self.lang)
        self.editor_area.setWidget(self.editor)
        self.editor.installEventFilter(self)  # its minimum width changes with the language: the pane follows
        current = self.tabs.currentIndex()
        self.tabs.removeTab(1)
        self.dashboard.deleteLater()
        self.dashboard = Dashboard(services, self.lang)
        self.tabs.insertTab(1, self.dashboard, "")
        self.tabs.setCurrentIndex(current)
        self.plan_browser = PlanBrowser(services, self.lang)
        self.plan_browser.setMinimumWidth(PLAN_MIN_WIDTH)
        placeholder = self.plan_dock.widget()
        self.plan_dock.setWidget(self.plan_browser)
        placeholder.deleteLater()
        self.filter_bar.use_services(services)
        self.model.use_services(services)
        if self.first_page is not None:
            self.first_page.close()
            self.first_page = None
        for action in self.actions.values():
            action.setEnabled(True)
        self._connect()
        self.retranslate()
        self.apply_filter()
        self._update_actions()
        self._room_pending = not self._splitter_saved  # once shown, at its real width (see eventFilter)
        self._fit_editor(make_room=self._room_pending and self.isVisible())
        self.ready.emit()

    # --- wiring ----------------------------------------------------------------------------

    def _connect(self) -> None:
        a, c = self.actions, self.commands
        a["new"].triggered.connect(self.new_activity)
        a["save"].triggered.connect(self.editor.save)
        a["revert"].triggered.connect(self.editor.discard_changes)
        a["delete"].triggered.connect(self.editor.delete_activity)
        a["history"].triggered.connect(lambda: self.editor.activity and c.show_history(self.editor.activity.id))
        a["find"].triggered.connect(self.focus_find)
        a["settings"].triggered.connect(c.open_settings)
        a["quit"].triggered.connect(self.close)
        a["show_list"].triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        a["show_dashboard"].triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        a["refresh"].triggered.connect(self.refresh)
        a["import"].triggered.connect(c.import_packages)
        a["export"].triggered.connect(c.export_package)
        a["conflicts"].triggered.connect(c.show_conflicts)
        a["keys"].triggered.connect(c.show_keys)
        a["print_report"].triggered.connect(c.print_report)
        a["activity_pdf"].triggered.connect(self._activity_sheet)
        a["about"].triggered.connect(c.show_about)
        self.plan_browser.filter_changed.connect(self.apply_filter)
        self.filter_bar.changed.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.editor.saved.connect(self._after_save)
        self.editor.deleted.connect(self._after_delete)
        self.editor.dirty_changed.connect(lambda _dirty: self._update_actions())
        self.editor.history_requested.connect(c.show_history)
        self._figures_timer.timeout.connect(self._update_figures)
        self._figures_timer.timeout.connect(self._update_status)

    def retranslate(self) -> None:
        # Qt adds " — Cairo Desktop" (the application's display name) itself.
        self.setWindowTitle(self.tr("Khartoum Process activities"))
        self.plan_dock.setWindowTitle(self.tr("Plan browser"))
        self.tabs.setTabText(0, self.tr("Activities"))
        self.tabs.setTabText(1, self.tr("Dashboard"))
        main_actions.retranslate(self.actions, self.menus, self.toolbar)
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "actions"):
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is getattr(self, "editor", None):
            self._fit_editor()
        elif event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_columns()
        elif event.type() == QEvent.Type.Resize and watched is self.splitter and getattr(self, "_room_pending", False):
            self._room_pending = False
            QTimer.singleShot(0, lambda: self._fit_editor(make_room=True))  # after the splitter has placed its panes
        return False

    # --- fitting a laptop screen -----------------------------------------------------------

    def _fit_editor(self, make_room: bool = False) -> None:
        """Keep the editor pane at least as wide as the editor needs, so nothing in it is cut or scrolls
        sideways; with ``make_room``, also give it its preferred width when the list can spare it."""
        if self.editor is None:
            return
        area = self.editor_area
        extra = area.verticalScrollBar().sizeHint().width() + 2 * area.frameWidth()
        needed = self.editor.minimumSizeHint().width() + extra
        if area.minimumWidth() != needed:
            area.setMinimumWidth(needed)
        sizes = self.splitter.sizes()
        if len(sizes) != 2 or sum(sizes) <= 0:
            return
        wanted = needed
        if make_room:  # 45 % of the two panes, or what it needs: the list keeps the rest
            wanted = max(needed, int(sum(sizes) * 0.45))
        list_minimum = self.splitter.widget(0).minimumSizeHint().width()
        if sizes[1] < wanted or (make_room and sizes[1] != wanted):
            editor_width = min(wanted, max(needed, sum(sizes) - list_minimum))
            self.splitter.setSizes([sum(sizes) - editor_width, editor_width])

    def _size_columns(self) -> None:
        """Widths for the short columns from their header and what they show, in the interface language."""
        header = self.table.horizontalHeader()
        self._narrowed = {}  # these widths replace those kept while narrowed
        with self._fitting():
            for column, (_least, whole_header) in self._column_widths().items():
                header.resizeSection(column, whole_header)
        self._columns_sized = True
        self._fit_columns()

    def _column_widths(self) -> dict[int, tuple[int, int]]:
        """Each short column's least width (narrower, its values would be cut; a status or a place is
        elided, whole in its tooltip, so it keeps a few letters) and its width with its header whole
        (a long one is elided beyond nine letters' width), for the interface language and the list's font."""
        header = self.table.horizontalHeader()
        heading, cells = header.fontMetrics(), self.table.fontMetrics()
        key = (self.lang, self.table.font().key(), header.font().key())
        if self._widths_key == key:
            return self._widths
        room = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 18  # and the sort arrow
        texts = self.model.header_texts()
        few_letters, capped = cells.horizontalAdvance("M" * 5) + 16, cells.horizontalAdvance("M" * 9) + 16
        samples = {1: ["5.4"], 2: [term.label.get(self.lang) for term in self.model._vocab.statuses],
                   3: ["ETH-ADD"], 4: ["0000-00-00"], 5: ["0000-00-00"], 7: [whole(9_999_999)]}
        widths: dict[int, tuple[int, int]] = {}
        for column, values in samples.items():
            content = max(cells.horizontalAdvance(value) for value in values) + 16
            whole_header = max(content, heading.horizontalAdvance(texts[column]) + room)
            if column == 2:
                widths[column] = (min(content, few_letters), min(whole_header, capped))
            else:
                widths[column] = (content, max(content, min(whole_header, capped)) if column == 7 else whole_header)
        widths[6] = (few_letters, max(heading.horizontalAdvance(texts[6]) + room, 120))
        self._widths_key, self._widths = key, widths
        return widths

    def _fit_columns(self) -> None:
        """The title column takes the width the other columns leave (elided, not below TITLE_MIN_WIDTH).
        While that is too little: place, end and office are hidden; then the other headers are elided
        (whole in their tooltip) down to what their values need; then the action code is hidden, and then,
        below TITLE_LEAST_WIDTH, the status. So no column is cut at the list's edge, and no date or count
        is cut, even with a larger font or in Arabic. A column the user widened keeps its width."""
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        if available <= 0 or header.count() < 8:
            return
        widths = self._column_widths()
        with self._fitting():
            self._restore_full_widths()
            for column in (*OPTIONAL_COLUMNS, *(column for column, _title in LAST_RESORT_COLUMNS)):
                header.setSectionHidden(column, False)
            for column in OPTIONAL_COLUMNS:
                if available - self._others_width() >= TITLE_MIN_WIDTH:
                    break
                header.setSectionHidden(column, True)
            if available - self._others_width() < TITLE_MIN_WIDTH:
                self._narrow_columns(TITLE_MIN_WIDTH - available + self._others_width(), widths)
            for column, title in LAST_RESORT_COLUMNS:
                if available - self._others_width() < title and header.sectionSize(column) <= widths[column][1]:
                    if column in self._narrowed:  # hidden at its own width: a width set while hidden is kept
                        header.resizeSection(column, self._narrowed.pop(column))
                    header.setSectionHidden(column, True)
            header.resizeSection(0, max(TITLE_LEAST_WIDTH, available - self._others_width()))

    def _others_width(self) -> int:
        header = self.table.horizontalHeader()
        return sum(header.sectionSize(c) for c in range(1, header.count()) if not header.isSectionHidden(c))

    def _narrow_columns(self, excess: int, widths: dict[int, tuple[int, int]]) -> None:
        """Take ``excess`` pixels from the shown columns, the one with the most to spare first, never
        below their least width nor from a column the user widened; :meth:`_restore_full_widths` gives
        the widths back."""
        header = self.table.horizontalHeader()
        shown = [c for c in range(1, header.count()) if not header.isSectionHidden(c)]
        self._narrowed = {c: header.sectionSize(c) for c in shown}
        spare = {c: size - widths[c][0] for c, size in self._narrowed.items() if widths[c][0] < size <= widths[c][1]}
        for column in sorted(spare, key=spare.__getitem__, reverse=True):
            take = min(spare[column], excess)
            header.resizeSection(column, self._narrowed[column] - take)
            excess -= take
            if excess <= 0:
                break

    def _restore_full_widths(self) -> None:
        narrowed, self._narrowed = self._narrowed, {}
        for column, width in narrowed.items():
            self.table.horizontalHeader().resizeSection(column, width)

    @contextmanager
    def _fitting(self) -> Iterator[None]:
        """While the window sizes the columns itself (a user's resize is kept, see _section_resized)."""
        self._fitting_now = True
        try:
            yield
        finally:
            self._fitting_now = False

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting_now and column in self._narrowed:
            self._narrowed[column] = new  # dragged while narrowed: that is the width to give back

    # --- filter and list -------------------------------------------------------------------

    def current_filter(self) -> ActivityFilter:
        actions, domains = self.plan_browser.selected_scope()
        return ActivityFilter(actions=actions, domains=domains, approaches=self.plan_browser.checked_approaches(),
                              **self.filter_bar.criteria())

    def apply_filter(self) -> None:
        selection = self.current_filter()
        keep = self.editor.activity.id if self.editor.activity is not None else None
        self.model.set_filter(selection)
        self._reselect(keep)
        self.dashboard.set_filter(selection)
        self._update_status()
        self._figures_timer.start(150)  # after the list has repainted: figures are secondary

    def _update_figures(self) -> None:
        """Plan figures for the filter without the plan node itself, so every node keeps its numbers."""
        self.plan_browser.set_figures(self.services.statistics.per_action(replace(self.current_filter(), actions=(), domains=())))

    def refresh(self) -> None:
        self.filter_bar.refresh_choices()
        self.apply_filter()

    def _reselect(self, activity_id: str | None) -> None:
        row = self.model.row_of(activity_id) if activity_id else -1
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            selection.clear()  # also forgets the current row, so choosing it again loads it
        selection.blockSignals(False)

    def _row_changed(self, current: Any, previous: Any) -> None:
        activity_id = self.model.activity_id(current.row()) if current.isValid() else None
        if self.editor.activity is not None and activity_id == self.editor.activity.id:
            return
        if not self.confirm_leave():
            self._reselect(self.editor.activity.id if self.editor.activity else None)
            return
        if activity_id:
            self.editor.load_activity(self.services.activities.get(activity_id))
        self._update_actions()

    def select_activity(self, activity_id: str) -> None:
        row = self.model.row_of(activity_id)
        if row >= 0:  # not table.selectRow(): it selects nothing in a right-to-left layout (Qt 6.12)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))

    def _after_save(self, activity_id: str) -> None:
        self.model.refresh()
        self.filter_bar.refresh_choices()
        self._reselect(activity_id)
        self._update_status()
        self._figures_timer.start(150)
        self.statusBar().showMessage(self.tr("Saved."), 4000)

    def _activity_sheet(self) -> None:
        """The sheet is made from the saved activity: unsaved corrections are saved (or dropped) first, as for Export."""
        if self.confirm_leave():
            self.commands.activity_pdf()

    def _after_delete(self, _activity_id: str) -> None:
        """The list loses the row and the editor is empty: Save, Delete, History and the sheet have nothing to act on."""
        self.refresh()
        self._update_actions()

    # --- editor commands -------------------------------------------------------------------

    def new_activity(self) -> None:
        if not self.confirm_leave():
            return
        actions, _domains = self.plan_browser.selected_scope()
        self.tabs.setCurrentIndex(0)
        self.editor.new_activity(actions[0] if actions else "")
        self._reselect(None)
        self._update_actions()

    def focus_find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter_bar.text.setFocus()
        self.filter_bar.text.selectAll()

    def confirm_leave(self) -> bool:
        """True when the editor's content may be replaced: nothing unsaved, saved, or discarded."""
        self.editor.commit_open_cell()  # a number still being typed in a grid cell counts as a change
        if not self.editor.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The activity you are editing has changes that are not saved. Save them now?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.discard_changes()
            return True
        return False

    def _update_actions(self) -> None:
        editing = self.editor.activity is not None and not self.editor.read_only
        self.actions["save"].setEnabled(editing)
        self.actions["revert"].setEnabled(self.editor.dirty)
        self.actions["delete"].setEnabled(editing and not self.editor.is_new)
        self.actions["history"].setEnabled(self.editor.activity is not None and not self.editor.is_new)
        self.actions["activity_pdf"].setEnabled(self.editor.activity is not None and not self.editor.is_new)
        has_sync = hasattr(self.services, "sync")
        for name in ("import", "export", "conflicts", "keys"):
            self.actions[name].setEnabled(has_sync)

    def _update_status(self) -> None:
        labels = self.status_labels
        identity = self.services.context.identity() if self.services is not None else self.first_page
        if identity:
            role = self.tr("coordinator") if identity.is_coordinator else self.tr("field office")
            labels["office"].setText(self.tr("Office {office} ({role})").format(office=identity.office_code, role=role))
        if self.services is None:
            file = self.first_page.file if self.first_page is not None else None
            labels["database"].setText(self.tr("Database: {name}").format(name=file.name if file else ""))
            labels["count"].setText("…")
            return
        db = self.services.database
        labels["database"].setText(self.tr("Database: {name}").format(name=db.file.name if db.file else db.url))
        labels["database"].setToolTip(str(db.file or db.url))
        if self._figures_timer.isActive() or not self.isVisible():  # counting waits until the list is painted
            labels["count"].setText("…")
            self._figures_timer.start(150)
        else:
            total = self.services.activities.count(ActivityFilter())
            labels["count"].setText(self.tr("{shown} of %Ln activities", "", total).format(
                shown=whole(self.model.matching())))
        sync = getattr(self.services, "sync", None)
        conflicts = sync.count_open_conflicts() if sync is not None else 0
        labels["conflicts"].setText(self.tr("%Ln conflicts waiting", "", conflicts))
        labels["conflicts"].setVisible(sync is not None)

    # --- language, layout, closing ---------------------------------------------------------

    def set_language(self, lang: str) -> None:
        was_right_to_left = self.lang in RIGHT_TO_LEFT
        self.switcher.apply(lang)
        self.lang = self.switcher.language
        if (self.lang in RIGHT_TO_LEFT) != was_right_to_left:  # the plan follows the reading side
            mirrored = {Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
                        Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea}
            area = self.dockWidgetArea(self.plan_dock)
            if area in mirrored:
                self.addDockWidget(mirrored[area], self.plan_dock)
        chosen = lang if lang in LANGUAGES else self.lang  # kept even while its file is missing: a reinstall brings it
        self.settings.setValue(LANGUAGE_KEY, chosen)
        if self.services.installation.setting("language", "en") != chosen:
            self.services.installation.set_setting("language", chosen)  # the CLI's reports follow the app
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self.lang in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight)
        for part in (self.model, self.plan_browser, self.filter_bar, self.editor, self.dashboard):
            part.set_language(self.lang)
        self.retranslate()
        self._size_columns()  # the headers and statuses changed width
        self._fit_editor()

    def _restore_layout(self) -> None:
        """The saved layout; on first start, as much of the screen as the three panes like. A laptop screen
        (1366x768) gets the whole screen, a narrower plan dock, and an editor as wide as it needs (the
        list gives way: its filter bar wraps, its titles are elided)."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        small = screen is not None and screen.width() < SMALL_SCREEN
        if screen is not None and small:
            width, height = screen.width(), screen.height()
            self.move(screen.topLeft())
        else:
            width = min(1760, int(screen.width() * 0.96)) if screen is not None else 1360
            height = min(980, int(screen.height() * 0.94)) if screen is not None else 820
        self.resize(max(width, 1024), max(height, 640))
        self.resizeDocks([self.plan_dock], [280 if small else 340], Qt.Orientation.Horizontal)
        self.splitter.setSizes([740, 560])
        header_saved = self._splitter_saved = False
        for key, restore in (("window/geometry", self.restoreGeometry), ("window/state", self.restoreState),
                             ("list/header", self.table.horizontalHeader().restoreState),
                             ("list/splitter", self.splitter.restoreState)):
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
                header_saved = header_saved or key == "list/header"
                self._splitter_saved = self._splitter_saved or key == "list/splitter"
        if not header_saved:
            self._size_columns()

    def save_layout(self) -> None:
        self._restore_full_widths()  # the widths chosen, not those narrowed for this window
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("list/header", self.table.horizontalHeader().saveState())
        self.settings.setValue("list/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # If anything here raised, Qt would close the window anyway and unsaved edits would be gone.
        try:
            if self.services is None:  # still starting: nothing can have been edited yet
                self.save_layout()
                event.accept()
                return
            if not self.confirm_leave():
                event.ignore()
                return
            if self.jobs.busy:
                event.ignore()
                self.statusBar().showMessage(self.tr("Wait for the running task to finish or cancel it."), 5000)
                return
            self.save_layout()
            event.accept()
        except Exception as error:  # noqa: BLE001 - kept open; reported below
            log.exception("Closing failed")
            event.ignore()
            if self.crash_handler is not None:
                self.crash_handler.report(error)

    def offer_drafts(self) -> None:
        """Offer back edits left unsaved by a crash or power cut."""
        for draft in self.drafts.load_all():
            title = draft.title or self.tr("(untitled)")
            answer = QMessageBox.question(
                self, self.tr("Unsaved edits found"),
                self.tr("Cairo Desktop was closed while the activity \"{title}\" had unsaved edits ({when}). "
                        "Restore them in the editor?").format(title=title, when=local_minute(draft.saved_at)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
            if answer != QMessageBox.StandardButton.Yes:
                self.drafts.delete(draft.activity_id)
                continue
            self._restore_draft(draft)
            return  # one at a time: the editor holds one activity; the others are offered next start

    def _restore_draft(self, draft: Any) -> None:
        if draft.is_new:
            from cairo_desktop.domain.activity import Activity

            identity = self.services.context.require_identity()
            activity = Activity(title="", action="", id=draft.activity_id, office=identity.office_code)
            self.editor.load_activity(activity, is_new=True, draft_state=draft.state)
        else:
            self.select_activity(draft.activity_id)
            self.editor.load_activity(self.services.activities.get(draft.activity_id), draft_state=draft.state)
        self._update_actions()
