"""History: a correction is read whole, its value before and after, without scrolling sideways."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt

LONG = "Community dialogue on anti-smuggling investigations with border officials, Metema and Gallabat"


def test_before_and_after_of_a_long_title_fit_the_window_and_wrap(make_window: Any, filled_services: Any,
                                                                  qtbot: Any) -> None:
    from cairo_desktop.gui.history_dialog import HistoryDialog

    window = make_window(filled_services)
    window.select_activity(window.model.activity_id(0))
    window.editor.ui.title.setText(LONG)
    assert window.editor.save()
    window.editor.ui.title.setText(LONG + " corrected")
    assert window.editor.save()
    dialog = HistoryDialog(filled_services, window.editor.activity.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree, header = dialog.tree, dialog.tree.header()
    qtbot.wait(50)  # the rows are measured again once the columns have their width
    assert header.sectionPosition(2) + header.sectionSize(2) <= tree.viewport().width()
    change = tree.topLevelItem(0).child(0)
    for column, text in ((1, LONG), (2, LONG + " corrected")):
        assert change.text(column) == text
        cell = tree.visualItemRect(change)
        width = header.sectionSize(column) - 8
        needed = tree.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        assert needed.height() <= cell.height()
