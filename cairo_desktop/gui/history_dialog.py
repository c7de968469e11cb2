"""The history of one activity: each revision with who, when, from which office, and what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from cairo_desktop.domain.readable import ReadableValues, field_label


def _short(text: str) -> str:
    return text if len(text) <= 120 else text[:117] + "…"


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
            top = QTreeWidgetItem([f"{entry.created_at[:19].replace('T', ' ')}  {what}", entry.author, entry.office])
            top.setToolTip(0, entry.rev_id)
            for change in entry.changes:
                old, new = (readable.value(change.field, value, lang) for value in (change.old, change.new))
                child = QTreeWidgetItem([field_label(change.field, lang), _short(old), _short(new)])
                child.setToolTip(1, old)
                child.setToolTip(2, new)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandToDepth(0)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(820, 480)
