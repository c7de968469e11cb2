"""Keyboard use of the editor's General tab: Tab walks the fields in the order they read."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _tab_chain(start: QWidget, steps: int) -> list[str]:
    """Object names of the widgets Tab reaches from ``start`` (visible, enabled, taking Tab focus)."""
    names, widget = [], start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled()):
            widget = widget.nextInFocusChain()
        names.append(widget.objectName())
    return names


def test_tab_reaches_the_approaches_before_the_buttons_under_the_tabs(make_window: Any, filled_services: Any) -> None:
    window = make_window(filled_services)
    window.select_activity(window.model.activity_id(0))
    editor = window.editor
    boxes = [box.objectName() for box in editor.approach_boxes.values()]
    assert boxes
    chain = _tab_chain(editor.ui.secondary_actions, len(boxes) + 1)
    assert chain[:len(boxes)] == boxes
    assert chain[len(boxes)] == "history_button"
