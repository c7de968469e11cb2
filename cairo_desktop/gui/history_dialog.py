"""The history of one activity: each revision with who, when, from which office, and what changed."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


def _short(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "…"


class HistoryDialog(QDialog):
    def __init__(self, services: Any, activity_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
                top.addChild(QTreeWidgetItem([change.field, _short(change.old), _short(change.new)]))
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
