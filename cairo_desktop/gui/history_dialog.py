"""The history of one activity: each revision with who, when, from which office, and what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from cairo_desktop.domain.readable import ReadableValues, field_label
from cairo_desktop.gui.local_time import local_minute


def _short(text: str) -> str:
    return text if len(text) <= 120 else text[:117] + "…"


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their before and after values need at the column's width (the view asks no width)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() == 0:
            return hint
        width = max(self._tree.header().sectionSize(index.column()) - 8, 20)
        text = str(index.data() or "")
        lines = option.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), lines.height() + 4))


class HistoryDialog(QDialog):
    def __init__(self, services: Any, activity_id: str, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        readable = ReadableValues(services.plan, services.vocabularies)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of the activity"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("historyTree")
        self.tree.setHeaderLabels([self.tr("When / field"), self.tr("Who / before"), self.tr("Office / after")])
        entries = services.activities.history(activity_id)
        for entry in reversed(entries):  # newest first
            if entry.deleted:
                what = self.tr("deleted")
            elif not entry.parents:
                what = self.tr("created")
            elif entry.is_merge:
                what = self.tr("merged")
            else:
                what = self.tr("changed")
            top = QTreeWidgetItem([f"{local_minute(entry.created_at, seconds=True)}  {what}", entry.author, entry.office])
            top.setToolTip(0, entry.rev_id)
            for change in entry.changes:
                old, new = (readable.value(change.field, value, lang) for value in (change.old, change.new))
                child = QTreeWidgetItem([field_label(change.field, lang), _short(old), _short(new)])
                child.setToolTip(1, old)
                child.setToolTip(2, new)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandToDepth(0)
        self._share_width()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _share_width(self) -> None:
        """Before and after share the width left by the first column and wrap, so both are read whole.

        Sized to their contents, a long "before" pushed "after" (the value the field now has) past the
        window's edge, and a change at the end of a title could not be seen without scrolling sideways.
        """
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        relayout = QTimer(self)  # the tree keeps its rows' heights: measure them again at the new width
        relayout.setSingleShot(True)
        relayout.timeout.connect(self.tree.doItemsLayout)
        header.sectionResized.connect(lambda *_args: relayout.start())
