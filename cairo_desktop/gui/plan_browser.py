"""The plan browser: the Cairo Action Plan as a tree, with activities and people reached per node.

Domains and their actions are rows of a tree; a node's full text shows on hover and in the panel
below; selecting a node filters the activity list to that domain or action. The cross-cutting
approaches are check boxes that narrow the list to activities applying all the checked ones.
Figures come from ``services.statistics.per_action`` for the current filter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QTreeView,
    QVBoxLayout, QWidget,
)

from cairo_desktop.gui.numbers import whole

CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # "" for all, "d3" for domain 3, "3.2" for an action


def _number(value: int) -> str:
    return whole(value)


class PlanBrowser(QWidget):
    filter_changed = Signal()

    def __init__(self, services: Any, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planBrowser")
        self._plan = services.plan
        self.lang = lang
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("planTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setStretchLastSection(False)
        self.approach_title = QLabel()
        self.approaches = QListWidget()
        self.approaches.setObjectName("approachList")
        self.approaches.setMaximumHeight(130)
        self.approaches.setWordWrap(True)  # a narrow dock (a laptop screen) wraps the long names
        self.approaches.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.approaches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details = QTextBrowser()
        self.details.setObjectName("planDetails")
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree, 1)
        top_layout.addWidget(self.approach_title)
        top_layout.addWidget(self.approaches)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._figures: dict[str, Any] = {}
        self._build()
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.approaches.itemChanged.connect(lambda _item: self.filter_changed.emit())

    # --- building and texts ----------------------------------------------------------------

    def _build(self) -> None:
        self.model.clear()
        root = QStandardItem()
        root.setData("", CODE_ROLE)
        self.model.appendRow([root, QStandardItem(), QStandardItem()])
        for domain in self._plan.domains:
            item = QStandardItem()
            item.setData(f"d{domain.number}", CODE_ROLE)
            for action in domain.actions:
                child = QStandardItem()
                child.setData(action.code, CODE_ROLE)
                item.appendRow([child, QStandardItem(), QStandardItem()])
            root.appendRow([item, QStandardItem(), QStandardItem()])
        self.approaches.blockSignals(True)
        self.approaches.clear()
        for approach in self._plan.approaches:
            entry = QListWidgetItem()
            entry.setData(CODE_ROLE, approach.code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.approaches.addItem(entry)
        self.approaches.blockSignals(False)
        self.retranslate()
        self.tree.expandToDepth(0)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels([self.tr("Cairo Action Plan"), self.tr("Activities"), self.tr("Reached")])
        self.approach_title.setText(self.tr("Cross-cutting approaches (tick to filter):"))
        root = self.model.item(0, 0)
        root.setText(self.tr("All activities"))
        for row, domain in enumerate(self._plan.domains):
            item = root.child(row, 0)
            item.setText(f"{domain.number}. {domain.short_title.get(self.lang)}")
            item.setToolTip(f"<p>{domain.title.get(self.lang)}</p>")
            for action_row, action in enumerate(domain.actions):
                child = item.child(action_row, 0)
                child.setText(f"{action.code} {action.short_title.get(self.lang)}")
                child.setToolTip(f"<p><b>{action.code}</b> {action.text.get(self.lang)}</p>")
        self.approaches.blockSignals(True)
        for row, approach in enumerate(self._plan.approaches):
            entry = self.approaches.item(row)
            entry.setText(approach.short_title.get(self.lang))
            entry.setToolTip(f"<p>{approach.text.get(self.lang)}</p>")
        self.approaches.blockSignals(False)
        self._show_details(self.tree.currentIndex())

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- figures ---------------------------------------------------------------------------

    def set_figures(self, per_action: dict[str, Any]) -> None:
        """Show activities and people reached per node (domains and the root are sums)."""
        self._figures = per_action
        root = self.model.item(0, 0)
        total_count = total_reached = 0
        for row, domain in enumerate(self._plan.domains):
            domain_count = domain_reached = 0
            item = root.child(row, 0)
            for action_row, action in enumerate(domain.actions):
                figures = per_action.get(action.code)
                count, reached = (figures.activities, figures.people_reached) if figures else (0, 0)
                item.child(action_row, 1).setText(_number(count))
                item.child(action_row, 2).setText(_number(reached))
                domain_count += count
                domain_reached += reached
            root.child(row, 1).setText(_number(domain_count))
            root.child(row, 2).setText(_number(domain_reached))
            total_count += domain_count
            total_reached += domain_reached
        self.model.item(0, 1).setText(_number(total_count))
        self.model.item(0, 2).setText(_number(total_reached))
        figures_alignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # the end of the line
        for node in [self.model.item(0, 0), *(root.child(row, 0) for row in range(root.rowCount()))]:
            parent = node.parent() or self.model.invisibleRootItem()
            rows = [(parent, node.row())] + [(node, row) for row in range(node.rowCount())]
            for holder, row in rows:
                for column in (1, 2):
                    figure = holder.child(row, column)
                    if figure is not None and figure.textAlignment() != figures_alignment:
                        figure.setTextAlignment(figures_alignment)

    # --- selection -------------------------------------------------------------------------

    def selected_code(self) -> str:
        index = self.tree.currentIndex()
        return str(index.siblingAtColumn(0).data(CODE_ROLE) or "") if index.isValid() else ""

    def selected_scope(self) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """(actions, domains) to filter on for the selected node."""
        code = self.selected_code()
        if code.startswith("d"):
            return (), (int(code[1:]),)
        if code:
            return (code,), ()
        return (), ()

    def checked_approaches(self) -> tuple[str, ...]:
        return tuple(
            str(self.approaches.item(row).data(CODE_ROLE)) for row in range(self.approaches.count())
            if self.approaches.item(row).checkState() == Qt.CheckState.Checked
        )

    def select_code(self, code: str) -> None:
        matches = self.model.match(self.model.index(0, 0), CODE_ROLE, code, 1,
                                   Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if matches:
            self.tree.setCurrentIndex(matches[0])

    def _current_changed(self, current: Any, _previous: Any) -> None:
        self._show_details(current)
        self.filter_changed.emit()

    def _show_details(self, index: Any) -> None:
        code = str(index.siblingAtColumn(0).data(CODE_ROLE) or "") if index is not None and index.isValid() else ""
        if code.startswith("d"):
            domain = self._plan.domain(int(code[1:]))
            heading = self.tr("Domain {number}").format(number=domain.number)
            html = f"<h3>{heading}</h3><p>{domain.title.get(self.lang)}</p>"
        elif code:
            action = self._plan.action(code)
            heading = self.tr("Action {code}").format(code=action.code)
            html = f"<h3>{heading}: {action.short_title.get(self.lang)}</h3><p>{action.text.get(self.lang)}</p>"
        else:
            hint = self.tr("Select a domain or an action to list its activities and read its full text.")
            html = f"<h3>{self._plan.title.get(self.lang)}</h3><p>{hint}</p>"
        self.details.setHtml(html)
